import { tdesignIn } from '../../../ui/usingComponents'

export default definePageConfig({
  navigationBarTitleText: '录入节假日安排',
  usingComponents: tdesignIn('staff')
})
