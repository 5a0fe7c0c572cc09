import { tdesignIn } from '../../../../ui/usingComponents'

export default definePageConfig({
  navigationBarTitleText: '满意度统计',
  usingComponents: tdesignIn('staff')
})
