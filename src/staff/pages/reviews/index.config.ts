import { tdesignIn } from '../../../ui/usingComponents'

export default definePageConfig({
  navigationBarTitleText: '好差评',
  usingComponents: tdesignIn('staff')
})
