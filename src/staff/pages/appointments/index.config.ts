import { tdesignIn } from '../../../ui/usingComponents'

export default definePageConfig({
  navigationBarTitleText: '今天的预约',
  usingComponents: tdesignIn('staff')
})
