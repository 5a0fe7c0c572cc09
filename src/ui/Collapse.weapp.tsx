import { View } from '@tarojs/components'
import type { CollapsePanelProps, CollapseProps } from './Collapse.types'
import { cx } from './cx'

/** Expandable list, e.g. the FAQ (weapp: t-collapse). */
export function Collapse(props: CollapseProps) {
  return (
    <View id={props.id} className={cx('ui-collapse', props.className)}>
      <t-collapse
        value={props.value}
        onChange={(e: { detail: { value: Array<string | number> } }) => props.onChange(e.detail.value.map(String))}
      >
        {props.children}
      </t-collapse>
    </View>
  )
}

/** One expandable panel inside a Collapse (weapp: t-collapse-panel). */
export function CollapsePanel(props: CollapsePanelProps) {
  return (
    <View id={props.id} className={cx('ui-collapse-panel', props.className)}>
      <t-collapse-panel value={props.value} header={props.header}>
        <View className="ui-collapse-panel__body">{props.children}</View>
      </t-collapse-panel>
    </View>
  )
}
