import { tdesignIn } from '../../../ui/usingComponents'

export default definePageConfig({
  navigationBarTitleText: '办事指南',
  enableShareAppMessage: true,
  usingComponents: tdesignIn('pages/guides')
})
