import { Text, View } from '@tarojs/components'
import type { BaseProps } from './common.types'
import { cx } from './cx'

export interface TileProps extends BaseProps {
  title: string
  /** Second line, e.g. a window name or a count. */
  note?: string
  onClick: () => void
}

/** A large square tap target for grids (departments, life events). */
export function Tile(props: TileProps) {
  return (
    <View id={props.id} className={cx('ui-tile', props.className)} hoverClass="ui-tile--pressed" onClick={props.onClick}>
      <Text className="ui-tile__title">{props.title}</Text>
      {props.note ? <Text className="ui-tile__note">{props.note}</Text> : null}
    </View>
  )
}
