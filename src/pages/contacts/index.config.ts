export default definePageConfig({
  navigationBarTitleText: '多对一联系表'
})
