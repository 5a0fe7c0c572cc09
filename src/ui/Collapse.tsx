import { View } from '@tarojs/components'
import { Collapse as TdCollapse, CollapsePanel as TdCollapsePanel } from 'tdesign-mobile-react/es/collapse'
import type { CollapsePanelProps, CollapseProps } from './Collapse.types'
import { cx } from './cx'

/** Expandable list, e.g. the FAQ (H5: tdesign-mobile-react Collapse). */
export function Collapse(props: CollapseProps) {
  return (
    <View id={props.id} className={cx('ui-collapse', props.className)}>
      <TdCollapse value={props.value} onChange={(value) => props.onChange((value ?? []).map(String))}>
        {props.children}
      </TdCollapse>
    </View>
  )
}

/** One expandable panel inside a Collapse (H5: tdesign-mobile-react CollapsePanel). */
export function CollapsePanel(props: CollapsePanelProps) {
  return (
    <View id={props.id} className={cx('ui-collapse-panel', props.className)}>
      <TdCollapsePanel value={props.value} header={props.header}>
        <View className="ui-collapse-panel__body">{props.children}</View>
      </TdCollapsePanel>
    </View>
  )
}
