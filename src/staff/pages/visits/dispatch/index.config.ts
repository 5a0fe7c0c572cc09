export default definePageConfig({
  navigationBarTitleText: '派志愿者上门'
})
