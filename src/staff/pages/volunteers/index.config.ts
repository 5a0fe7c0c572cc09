import { tdesignIn } from '../../../ui/usingComponents'

export default definePageConfig({
  navigationBarTitleText: '志愿者审核',
  usingComponents: tdesignIn('staff')
})
