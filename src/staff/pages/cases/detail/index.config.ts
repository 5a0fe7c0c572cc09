import { tdesignIn } from '../../../../ui/usingComponents'

export default definePageConfig({
  navigationBarTitleText: '诉求详情',
  usingComponents: tdesignIn('staff')
})
