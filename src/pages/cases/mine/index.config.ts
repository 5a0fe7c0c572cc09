import { tdesignIn } from '../../../ui/usingComponents'

export default definePageConfig({
  navigationBarTitleText: '我的诉求',
  usingComponents: tdesignIn('pages/cases')
})
