import { Text, View } from '@tarojs/components'
import { CASE_STATUS_LABELS, type CaseTimelineEntry, type StaffCaseUpdate } from '../../shared/cases'
import { chinaTime } from './format'
import './cases.scss'

export interface CaseTimelineProps {
  id?: string
  /** Oldest first, as the server sends them; shown newest first. */
  entries: readonly (CaseTimelineEntry | StaffCaseUpdate)[]
}

const isStaffUpdate = (e: CaseTimelineEntry | StaffCaseUpdate): e is StaffCaseUpdate => 'internalNote' in e

/**
 * Every step of a case, newest first: what happened, who did it, the status it moved to, the public
 * text, and (in the staff console) the author and internal note, marked as not shown to the resident.
 */
export function CaseTimeline(props: CaseTimelineProps) {
  const entries = [...props.entries].reverse()
  return (
    <View id={props.id} className="case-timeline">
      {entries.map((e, i) => {
        const staff = isStaffUpdate(e) ? e : null
        const moved = e.from !== e.to ? `（${CASE_STATUS_LABELS[e.to]}）` : ''
        return (
          <View key={`${e.at}-${i}`} className="case-timeline__item">
            <View className="case-timeline__dot" />
            <Text className="case-timeline__head">{`${e.actionLabel}${moved}`}</Text>
            <Text className="case-timeline__time">{`${chinaTime(e.at)} · ${staff ? `${staff.authorName}（${e.by}）` : e.by}`}</Text>
            {e.text ? <Text className="case-timeline__text">{e.text}</Text> : null}
            {staff && !staff.public ? <Text className="case-timeline__text muted">（仅工作人员可见）</Text> : null}
            {staff?.internalNote ? <Text className="case-timeline__note">{`内部备注：${staff.internalNote}`}</Text> : null}
          </View>
        )
      })}
    </View>
  )
}
