import { tdesignIn } from '../../../ui/usingComponents'

export default definePageConfig({
  navigationBarTitleText: '志愿服务登记',
  usingComponents: tdesignIn('pages/volunteer')
})
