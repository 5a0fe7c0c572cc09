import { View } from '@tarojs/components'
import { Empty as TdEmpty } from 'tdesign-mobile-react/es/empty'
import type { EmptyProps } from './Empty.types'
import { cx } from './cx'

/** Nothing-here state (H5: tdesign-mobile-react Empty). */
export function Empty(props: EmptyProps) {
  return (
    <View id={props.id} className={cx('ui-empty', props.className)}>
      <TdEmpty description={props.description} />
      {props.children ? <View className="ui-empty__extra">{props.children}</View> : null}
    </View>
  )
}
