export default definePageConfig({
  navigationBarTitleText: '这个码已停用'
})
