import { tdesignIn } from '../../../ui/usingComponents'

export default definePageConfig({
  navigationBarTitleText: '评价服务',
  usingComponents: tdesignIn('pages/reviews')
})
