import type { ReactNode } from 'react'
import { useState } from 'react'
import { useDidHide, useDidShow } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { cx } from '../../ui'
import { useDisplay } from '../elder/store'
import { labelNavigationBar, reopenIfAddressChanged } from './h5Shell'

export interface PageProps {
  className?: string
  children: ReactNode
}

/**
 * The root of every screen: `#page-root`, with class `elder` and `data-elder="1"` in 关怀模式
 * and a `fs-<px>` class that sets the text-size CSS variables for the page and TDesign.
 * H5 keeps earlier pages of the stack in the DOM, so only the page on screen carries the id; there a
 * shown page also follows its address (see reopenIfAddressChanged) and names the navigation bar's
 * controls.
 */
export function Page(props: PageProps) {
  const display = useDisplay()
  const [shown, setShown] = useState(true)
  useDidShow(() => {
    setShown(true)
    if (process.env.TARO_ENV === 'h5') {
      labelNavigationBar()
      reopenIfAddressChanged()
    }
  })
  useDidHide(() => setShown(false))
  return (
    <View
      id={shown ? 'page-root' : undefined}
      className={cx('page-root', display.elder && 'elder', `fs-${display.fontPx}`, props.className)}
      data-elder={display.elder ? '1' : '0'}
    >
      {props.children}
    </View>
  )
}
