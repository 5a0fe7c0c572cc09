import Taro, { usePageNotFound } from '@tarojs/taro'
import type { PropsWithChildren } from 'react'
import './app.scss'

/** The app shell: pages render themselves inside `components/layout/Page`; an unknown address opens 页面不存在. */
function App({ children }: PropsWithChildren) {
  usePageNotFound((res) => {
    void Taro.redirectTo({ url: `/pages/not-found/index?from=${encodeURIComponent(res.path)}` })
  })
  return children
}

export default App
