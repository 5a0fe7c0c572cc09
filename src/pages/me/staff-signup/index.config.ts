import { tdesignIn } from '../../../ui/usingComponents'

export default definePageConfig({
  navigationBarTitleText: '工作人员认证',
  usingComponents: tdesignIn('pages/me/staff-signup')
})
