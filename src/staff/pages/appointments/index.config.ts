export default definePageConfig({
  navigationBarTitleText: '今天的预约'
})
