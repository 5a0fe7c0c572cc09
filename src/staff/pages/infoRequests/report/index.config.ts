export default definePageConfig({
  navigationBarTitleText: '依申请公开年度报告'
})
