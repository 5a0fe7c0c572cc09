import { tdesignIn } from '../../../ui/usingComponents'

export default definePageConfig({
  navigationBarTitleText: '评价详情',
  usingComponents: tdesignIn('pages/reviews')
})
