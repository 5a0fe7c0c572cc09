import { tdesignIn } from '../../../ui/usingComponents'

export default definePageConfig({
  navigationBarTitleText: '服务单',
  usingComponents: tdesignIn('pages/volunteer')
})
