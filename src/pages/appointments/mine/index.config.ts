import { tdesignIn } from '../../../ui/usingComponents'

export default definePageConfig({
  navigationBarTitleText: '我的预约',
  usingComponents: tdesignIn('pages/appointments')
})
