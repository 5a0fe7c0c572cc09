import { Text, View } from '@tarojs/components'
import type { DisclosureItemSummary } from '../../shared/disclosure'
import { cx } from '../../ui'
import { dateCn } from './format'
import './disclosure.scss'

export interface ItemRowProps {
  id: string
  item: DisclosureItemSummary
  onOpen: (item: DisclosureItemSummary) => void
}

/** A published item in a list: its title, what it is, where it belongs, when, and whether it still holds (in words). */
export function ItemRow(props: ItemRowProps) {
  const i = props.item
  const where = [i.categoryLabel, i.domainName, i.villageName].filter(Boolean).join(' · ')
  return (
    <View id={props.id} className="dz-row" hoverClass="dz-row--pressed" role="link" onClick={() => props.onOpen(i)}>
      <Text className="dz-row__title">
        {i.validity !== 'valid' ? <Text className={cx('dz-badge', 'dz-badge--warn')}>{`【${i.validityLabel}】`}</Text> : null}
        {i.title}
      </Text>
      <Text className="dz-row__line">{`${i.kindLabel} · ${where}`}</Text>
      <Text className="dz-row__line">{`${i.source}${i.publishedAt ? ` · ${dateCn(i.publishedAt)}发布` : ''}${i.documentNumber ? ` · ${i.documentNumber}` : ''}`}</Text>
    </View>
  )
}
