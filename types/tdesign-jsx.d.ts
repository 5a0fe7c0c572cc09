import type { Key, ReactNode } from 'react'

/** Attributes a tdesign-miniprogram custom component accepts in Taro React (kebab-case names, bind events as onXxx). */
type TdNativeProps = {
  children?: ReactNode
  key?: Key
  [attr: string]: unknown
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      't-button': TdNativeProps
      't-cell': TdNativeProps
      't-cell-group': TdNativeProps
      't-search': TdNativeProps
      't-tag': TdNativeProps
      't-checkbox': TdNativeProps
      't-switch': TdNativeProps
      't-collapse': TdNativeProps
      't-collapse-panel': TdNativeProps
      't-empty': TdNativeProps
      't-loading': TdNativeProps
      't-input': TdNativeProps
      't-textarea': TdNativeProps
    }
  }
}
