import { View } from '@tarojs/components'
import type { CellGroupProps, CellProps } from './Cell.types'
import { cx } from './cx'

/** One row of a list (weapp: t-cell). */
export function Cell(props: CellProps) {
  return (
    <View id={props.id} className={cx('ui-cell', props.onClick && 'ui-cell--tappable', props.className)}>
      <t-cell
        title={props.title}
        description={props.description ?? ''}
        note={props.note ?? ''}
        arrow={props.arrow ?? false}
        required={props.required ?? false}
        hover={Boolean(props.onClick)}
        onClick={props.onClick}
      />
    </View>
  )
}

/** A titled group of rows (weapp: t-cell-group). */
export function CellGroup(props: CellGroupProps) {
  return (
    <View id={props.id} className={cx('ui-cell-group', props.className)}>
      <t-cell-group title={props.title ?? ''} theme={props.theme ?? 'default'}>
        {props.children}
      </t-cell-group>
    </View>
  )
}
