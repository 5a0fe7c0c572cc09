export default definePageConfig({
  navigationBarTitleText: '审核工作人员'
})
