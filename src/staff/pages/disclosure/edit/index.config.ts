import { tdesignIn } from '../../../../ui/usingComponents'

export default definePageConfig({
  navigationBarTitleText: '编辑公开信息',
  usingComponents: tdesignIn('staff')
})
