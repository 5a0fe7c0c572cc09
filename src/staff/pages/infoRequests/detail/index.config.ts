import { tdesignIn } from '../../../../ui/usingComponents'

export default definePageConfig({
  navigationBarTitleText: '信息公开申请办理',
  usingComponents: tdesignIn('staff')
})
