import { tdesignIn } from '../../../ui/usingComponents'

export default definePageConfig({
  navigationBarTitleText: '这个码已停用',
  usingComponents: tdesignIn('pages/scan')
})
