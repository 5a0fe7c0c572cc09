import { tdesignIn } from '../../../ui/usingComponents'

export default definePageConfig({
  navigationBarTitleText: '预约办理',
  usingComponents: tdesignIn('pages/appointments')
})
