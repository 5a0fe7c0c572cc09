import { tdesignIn } from '../../../ui/usingComponents'

export default definePageConfig({
  navigationBarTitleText: '工作台',
  usingComponents: tdesignIn('staff')
})
