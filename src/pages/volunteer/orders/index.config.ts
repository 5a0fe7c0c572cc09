import { tdesignIn } from '../../../ui/usingComponents'

export default definePageConfig({
  navigationBarTitleText: '我的服务单',
  usingComponents: tdesignIn('pages/volunteer')
})
