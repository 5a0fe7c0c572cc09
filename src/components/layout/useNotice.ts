import Taro from '@tarojs/taro'
import { useCallback, useState } from 'react'
import { currentDisplay } from '../elder/store'

export interface Notice {
  tone: 'info' | 'success' | 'error'
  text: string
}

/**
 * Messages for the person: always kept inline on the page (render `notice` with InlineMessage);
 * outside elder mode a short toast is shown as well. Elder mode never pops anything up.
 */
export function useNotice() {
  const [notice, setNotice] = useState<Notice | null>(null)
  const show = useCallback((tone: Notice['tone'], text: string) => {
    setNotice({ tone, text })
    if (!currentDisplay().elder) {
      Taro.showToast({ title: text, icon: 'none', duration: 2500 }).catch(() => undefined)
    }
  }, [])
  const clear = useCallback(() => setNotice(null), [])
  return { notice, show, clear }
}
