import { tdesignIn } from '../../../ui/usingComponents'

export default definePageConfig({
  navigationBarTitleText: '便民地图',
  usingComponents: tdesignIn('pages/disclosure')
})
