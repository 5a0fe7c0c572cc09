import { tdesignIn } from '../../../../ui/usingComponents'

export default definePageConfig({
  navigationBarTitleText: '公开目录维护',
  usingComponents: tdesignIn('staff')
})
