import { tdesignIn } from '../../../../ui/usingComponents'

export default definePageConfig({
  navigationBarTitleText: '差评整改',
  usingComponents: tdesignIn('staff')
})
