import { View } from '@tarojs/components'
import type { EmptyProps } from './Empty.types'
import { cx } from './cx'

/** Nothing-here state (weapp: t-empty). */
export function Empty(props: EmptyProps) {
  return (
    <View id={props.id} className={cx('ui-empty', props.className)}>
      <t-empty icon="info-circle" description={props.description} />
      {props.children ? <View className="ui-empty__extra">{props.children}</View> : null}
    </View>
  )
}
