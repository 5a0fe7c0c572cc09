import { tdesignIn } from '../../../ui/usingComponents'

export default definePageConfig({
  navigationBarTitleText: '申请政府信息公开',
  usingComponents: tdesignIn('pages/infoRequests')
})
