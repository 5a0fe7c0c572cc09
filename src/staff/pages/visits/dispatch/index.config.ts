import { tdesignIn } from '../../../../ui/usingComponents'

export default definePageConfig({
  navigationBarTitleText: '派志愿者上门',
  usingComponents: tdesignIn('staff')
})
