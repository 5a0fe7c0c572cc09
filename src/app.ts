import Taro, { useDidShow, useLaunch, usePageNotFound } from '@tarojs/taro'
import type { PropsWithChildren } from 'react'
import { sceneRedirect } from './services/scan'
import './app.scss'

let routedScene: string | null = null

/** Opens the scan page for a code scanned while the app was closed or in the background. */
function followScene(options: { path?: string; query?: Record<string, string | undefined> } | undefined): void {
  const url = options ? sceneRedirect(options.path ?? '', options.query) : null
  if (!url || url === routedScene) return
  routedScene = url
  setTimeout(() => void Taro.reLaunch({ url }).catch(() => undefined), 0)
}

/**
 * The app shell: pages render themselves inside `components/layout/Page`; an unknown address opens
 * 页面不存在; a QR scene opened on any page but the scan page (cold start or back from the
 * background) goes to the scan page.
 */
function App({ children }: PropsWithChildren) {
  useLaunch(followScene)
  useDidShow(followScene)
  usePageNotFound((res) => {
    void Taro.redirectTo({ url: `/pages/not-found/index?from=${encodeURIComponent(res.path)}` })
  })
  return children
}

export default App
