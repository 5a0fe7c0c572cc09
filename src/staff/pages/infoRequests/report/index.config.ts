import { tdesignIn } from '../../../../ui/usingComponents'

export default definePageConfig({
  navigationBarTitleText: '依申请公开年度报告',
  usingComponents: tdesignIn('staff')
})
