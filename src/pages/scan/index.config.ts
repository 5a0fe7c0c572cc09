import { tdesignIn } from '../../ui/usingComponents'

export default definePageConfig({
  navigationBarTitleText: '扫码办事',
  usingComponents: tdesignIn('pages/scan')
})
