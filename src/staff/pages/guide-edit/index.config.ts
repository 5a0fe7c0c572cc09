export default definePageConfig({
  navigationBarTitleText: '编辑办事指南'
})
