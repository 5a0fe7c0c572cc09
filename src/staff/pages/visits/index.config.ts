import { tdesignIn } from '../../../ui/usingComponents'

export default definePageConfig({
  navigationBarTitleText: '上门服务派单',
  usingComponents: tdesignIn('staff')
})
