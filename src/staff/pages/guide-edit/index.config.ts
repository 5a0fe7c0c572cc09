import { tdesignIn } from '../../../ui/usingComponents'

export default definePageConfig({
  navigationBarTitleText: '编辑办事指南',
  usingComponents: tdesignIn('staff')
})
