import { Text, View } from '@tarojs/components'
import { REVIEW_LEVEL_LABELS, REVIEW_LEVELS, type RectificationDTO, type ReviewStepDTO } from '../../shared/reviews'
import { chinaMonthDayTime } from '../../shared/chinaTime'
import './reviews.scss'

/** The five levels as chip options, best first. */
export const LEVEL_OPTIONS = REVIEW_LEVELS.map((l) => ({ value: l, label: REVIEW_LEVEL_LABELS[l] }))

/** A label and its value on one line. */
export function Row(props: { k: string; id?: string; children: string }) {
  return (
    <View className="review-kv">
      <Text className="review-kv__k">{props.k}</Text>
      <Text id={props.id} className="review-kv__v">
        {props.children}
      </Text>
    </View>
  )
}

/** Due soon / overdue in words and a frame, so colour is never the only signal. */
export function DueFlags(props: { id: string; rectification: RectificationDTO }) {
  const r = props.rectification
  return (
    <View id={props.id}>
      {r.overdue ? <Text className="review-flag review-flag--overdue">已超期</Text> : null}
      {r.dueSoon ? <Text className="review-flag review-flag--soon">即将到期</Text> : null}
      <Text>{`整改期限 ${r.dueDate}`}</Text>
    </View>
  )
}

/** A rating's record, oldest first. */
export function ReviewSteps(props: { id: string; steps: readonly (ReviewStepDTO & { internal?: string | null })[] }) {
  return (
    <View id={props.id}>
      {props.steps.map((s, i) => (
        <View key={`${s.action}-${i}`} className="review-steps__item">
          <Text className="review-para">{`${chinaMonthDayTime(s.at)} · ${s.by} · ${s.label}`}</Text>
          {s.text ? <Text className="review-para">{s.text}</Text> : null}
          {s.internal ? <Text className="review-para review-muted">{`内部：${s.internal}`}</Text> : null}
        </View>
      ))}
    </View>
  )
}
