import { tdesignIn } from '../../../ui/usingComponents'

export default definePageConfig({
  navigationBarTitleText: '权责清单',
  usingComponents: tdesignIn('pages/disclosure')
})
