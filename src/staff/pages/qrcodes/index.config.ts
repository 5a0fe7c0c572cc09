import { tdesignIn } from '../../../ui/usingComponents'

export default definePageConfig({
  navigationBarTitleText: '二维码管理',
  usingComponents: tdesignIn('staff')
})
