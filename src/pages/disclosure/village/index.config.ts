import { tdesignIn } from '../../../ui/usingComponents'

export default definePageConfig({
  navigationBarTitleText: '村务公开',
  usingComponents: tdesignIn('pages/disclosure')
})
