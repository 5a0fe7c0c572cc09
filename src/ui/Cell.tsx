import { View } from '@tarojs/components'
import { Cell as TdCell, CellGroup as TdCellGroup } from 'tdesign-mobile-react/es/cell'
import type { CellGroupProps, CellProps } from './Cell.types'
import { cx } from './cx'

/** One row of a list (H5: tdesign-mobile-react Cell). */
export function Cell(props: CellProps) {
  return (
    <View id={props.id} className={cx('ui-cell', props.onClick && 'ui-cell--tappable', props.className)}>
      <TdCell
        title={props.title}
        description={props.description}
        note={props.note}
        arrow={props.arrow ?? false}
        required={props.required ?? false}
        hover={Boolean(props.onClick)}
        onClick={() => props.onClick?.()}
      />
    </View>
  )
}

/** A titled group of rows (H5: tdesign-mobile-react CellGroup). */
export function CellGroup(props: CellGroupProps) {
  return (
    <View id={props.id} className={cx('ui-cell-group', props.className)}>
      <TdCellGroup title={props.title} theme={props.theme ?? 'default'}>
        {props.children}
      </TdCellGroup>
    </View>
  )
}
