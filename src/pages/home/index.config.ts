export default definePageConfig({
  navigationBarTitleText: '乡里办',
  enableShareAppMessage: true
})
