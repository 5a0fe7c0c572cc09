import { View } from '@tarojs/components'
import { Button } from '../../ui'
import { canMove } from '../../staff/lib/listEdit'
import './staff.scss'

export interface RowToolsProps {
  /** Ids become `<idPrefix>-up-<i>`, `<idPrefix>-down-<i>`, `<idPrefix>-remove-<i>`. */
  idPrefix: string
  index: number
  length: number
  /** Word for the row in the remove button, e.g. 材料. */
  noun: string
  onMove: (from: number, to: number) => void
  onRemove: (index: number) => void
}

/** 上移 / 下移 / 删除 for one row of a list editor. */
export function RowTools(props: RowToolsProps) {
  const { idPrefix, index, length } = props
  return (
    <View className="row-tools">
      <Button
        id={`${idPrefix}-up-${index}`}
        size="small"
        variant="outline"
        disabled={!canMove(length, index, -1)}
        onClick={() => props.onMove(index, index - 1)}
      >
        上移
      </Button>
      <Button
        id={`${idPrefix}-down-${index}`}
        size="small"
        variant="outline"
        disabled={!canMove(length, index, 1)}
        onClick={() => props.onMove(index, index + 1)}
      >
        下移
      </Button>
      <Button id={`${idPrefix}-remove-${index}`} size="small" variant="outline" theme="danger" onClick={() => props.onRemove(index)}>
        {`删除这条${props.noun}`}
      </Button>
    </View>
  )
}
