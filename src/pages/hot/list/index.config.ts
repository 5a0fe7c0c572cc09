export default definePageConfig({
  navigationBarTitleText: '热点回应'
})
