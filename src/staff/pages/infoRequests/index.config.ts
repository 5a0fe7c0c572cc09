import { tdesignIn } from '../../../ui/usingComponents'

export default definePageConfig({
  navigationBarTitleText: '依申请公开',
  usingComponents: tdesignIn('staff')
})
