import { tdesignIn } from '../../../ui/usingComponents'

export default definePageConfig({
  navigationBarTitleText: '审核工作人员',
  usingComponents: tdesignIn('staff')
})
