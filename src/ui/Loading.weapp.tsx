import { View } from '@tarojs/components'
import type { LoadingProps } from './Loading.types'
import { cx } from './cx'

/** Busy indicator with text (weapp: t-loading). */
export function Loading(props: LoadingProps) {
  return (
    <View id={props.id} className={cx('ui-loading', props.className)}>
      <t-loading theme="circular" text={props.text ?? '正在加载…'} layout="horizontal" />
    </View>
  )
}
