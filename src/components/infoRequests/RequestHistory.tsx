import { Text, View } from '@tarojs/components'
import type { RequestTimelineEntry, StaffRequestUpdate } from '../../shared/infoRequests'
import { chinaMonthDayTime } from '../../shared/chinaTime'
import '../disclosure/disclosure.scss'

export interface RequestHistoryProps {
  id?: string
  /** Oldest first, as the server sends them; shown newest first. */
  entries: readonly (RequestTimelineEntry | StaffRequestUpdate)[]
}

const isStaff = (e: RequestTimelineEntry | StaffRequestUpdate): e is StaffRequestUpdate => 'authorName' in e

/** Every step of a request, newest first; in the console with the author and internal notes (marked as not shown to the applicant). */
export function RequestHistory(props: RequestHistoryProps) {
  return (
    <View id={props.id} className="dz-history">
      {[...props.entries].reverse().map((e, i) => {
        const staff = isStaff(e) ? e : null
        return (
          <View key={`${e.at}-${i}`} className="dz-history__item">
            <Text className="dz-history__head">{e.label}</Text>
            <Text className="dz-history__time">{`${chinaMonthDayTime(e.at)}${staff ? ` · ${staff.authorName}` : ''}`}</Text>
            {e.text ? <Text className="dz-history__text">{e.text}</Text> : null}
            {staff && !staff.public ? <Text className="dz-history__text muted">（仅工作人员可见）</Text> : null}
            {staff?.internalNote ? <Text className="dz-history__note">{`内部备注：${staff.internalNote}`}</Text> : null}
          </View>
        )
      })}
    </View>
  )
}
