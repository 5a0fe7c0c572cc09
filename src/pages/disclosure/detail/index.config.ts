import { tdesignIn } from '../../../ui/usingComponents'

export default definePageConfig({
  navigationBarTitleText: '公开信息',
  usingComponents: tdesignIn('pages/disclosure')
})
