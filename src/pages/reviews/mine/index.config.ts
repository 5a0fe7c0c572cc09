import { tdesignIn } from '../../../ui/usingComponents'

export default definePageConfig({
  navigationBarTitleText: '我的评价',
  usingComponents: tdesignIn('pages/reviews')
})
