import { tdesignIn } from '../../../ui/usingComponents'

export default definePageConfig({
  navigationBarTitleText: '我的信息公开申请',
  usingComponents: tdesignIn('pages/infoRequests')
})
