import { tdesignIn } from '../../../ui/usingComponents'

export default definePageConfig({
  navigationBarTitleText: '政务公开',
  usingComponents: tdesignIn('pages/disclosure')
})
