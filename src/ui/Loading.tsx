import { View } from '@tarojs/components'
import { Loading as TdLoading } from 'tdesign-mobile-react/es/loading'
import type { LoadingProps } from './Loading.types'
import { cx } from './cx'

/** Busy indicator with text (H5: tdesign-mobile-react Loading). */
export function Loading(props: LoadingProps) {
  return (
    <View id={props.id} className={cx('ui-loading', props.className)}>
      <TdLoading theme="circular" text={props.text ?? '正在加载…'} layout="horizontal" />
    </View>
  )
}
