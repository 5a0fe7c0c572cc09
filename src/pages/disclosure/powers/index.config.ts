export default definePageConfig({
  navigationBarTitleText: '权责清单'
})
