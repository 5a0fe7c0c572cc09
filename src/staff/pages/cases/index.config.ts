import { tdesignIn } from '../../../ui/usingComponents'

export default definePageConfig({
  navigationBarTitleText: '诉求办理',
  usingComponents: tdesignIn('staff')
})
