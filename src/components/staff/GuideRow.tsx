import { Text, View } from '@tarojs/components'
import { Tag } from '../../ui'
import type { StaffGuideRow } from '../../services/staffConsole'
import { formatDate, guideBadges } from '../../staff/lib/status'
import './staff.scss'

export interface GuideRowProps {
  guide: StaffGuideRow
  onOpen: (guide: StaffGuideRow) => void
}

/** One guide in the staff list: title, department, state in words, last edit; tapping opens the editor. */
export function GuideRow(props: GuideRowProps) {
  const g = props.guide
  return (
    <View
      id={`staff-guide-${g.slug}`}
      className="guide-row"
      hoverClass="guide-row--pressed"
      role="button"
      onClick={() => props.onOpen(g)}
    >
      <View className="guide-row__main">
        <Text className="guide-row__title">{g.title}</Text>
        <Text className="guide-row__meta">{`${g.departmentName || '未分站所'} · 草稿改于 ${formatDate(g.draftUpdatedAt)}`}</Text>
        <View className="guide-row__badges">
          {guideBadges(g).map((b) => (
            <Tag key={b.text} theme={b.tone} variant="light-outline" size="medium">
              {b.text}
            </Tag>
          ))}
        </View>
      </View>
      <Text className="guide-row__go">编辑 ›</Text>
    </View>
  )
}
