import { Text, View } from '@tarojs/components'
import { Button, Textarea } from '../../ui'
import { addItem, moveItem, removeAt, replaceAt } from '../../staff/lib/listEdit'
import type { FormErrors } from '../../staff/lib/guideForm'
import { RowTools } from './RowTools'
import './staff.scss'

export interface LinesEditorProps {
  /** Lines get `<idPrefix>-<i>`; the add button `<idPrefix>-add`. */
  idPrefix: string
  /** Error key of the list, e.g. `eligibility` (a line's is `eligibility.2`). */
  field: string
  /** Word for one line, e.g. 条件. */
  noun: string
  lines: string[]
  placeholder?: string
  maxlength: number
  errors: FormErrors
  /** `structural` is true when rows were added, removed or moved. */
  onChange: (lines: string[], structural: boolean) => void
}

/** A numbered list of text lines with add, remove and reorder. */
export function LinesEditor(props: LinesEditorProps) {
  const { lines } = props
  return (
    <View id={props.idPrefix} className="list-editor">
      {lines.length === 0 ? <Text className="muted">还没有{props.noun}。</Text> : null}
      {lines.map((line, i) => (
        <View key={i} className="list-editor__row">
          <Textarea
            id={`${props.idPrefix}-${i}`}
            label={`第 ${i + 1} 条${props.noun}`}
            value={line}
            placeholder={props.placeholder}
            maxlength={props.maxlength}
            error={props.errors[`${props.field}.${i}`]}
            onChange={(value) => props.onChange(replaceAt(lines, i, value), false)}
          />
          <RowTools
            idPrefix={props.idPrefix}
            index={i}
            length={lines.length}
            noun={props.noun}
            onMove={(from, to) => props.onChange(moveItem(lines, from, to), true)}
            onRemove={(index) => props.onChange(removeAt(lines, index), true)}
          />
        </View>
      ))}
      {props.errors[props.field] ? <Text className="ui-field__error">⚠ {props.errors[props.field]}</Text> : null}
      <Button id={`${props.idPrefix}-add`} variant="outline" theme="primary" block onClick={() => props.onChange(addItem(lines, ''), true)}>
        {`＋ 添加一条${props.noun}`}
      </Button>
    </View>
  )
}
