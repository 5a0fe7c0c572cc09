import { tdesignIn } from '../../../../ui/usingComponents'

export default definePageConfig({
  navigationBarTitleText: '预约时段设置',
  usingComponents: tdesignIn('staff')
})
