import { tdesignIn } from '../../../ui/usingComponents'

export default definePageConfig({
  navigationBarTitleText: '我要反映',
  usingComponents: tdesignIn('pages/cases')
})
