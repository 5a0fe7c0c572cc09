import { useDidShow } from '@tarojs/taro'
import { useRef } from 'react'

/** Runs `again` each time the page is shown anew (coming back to it), not when it first opens. */
export function useReshown(again: () => void): void {
  const first = useRef(true)
  useDidShow(() => {
    if (first.current) {
      first.current = false
      return
    }
    again()
  })
}
