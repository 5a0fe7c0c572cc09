import { tdesignIn } from '../../../ui/usingComponents'

export default definePageConfig({
  navigationBarTitleText: '政务公开发布',
  usingComponents: tdesignIn('staff')
})
