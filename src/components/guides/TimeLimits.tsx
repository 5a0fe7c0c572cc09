import { Text, View } from '@tarojs/components'
import './guides.scss'

export interface TimeLimitsProps {
  legalDays: number | null
  promisedDays: number
  note?: string
}

/** 承诺时限 as the page words it: 0 is 即办 (done on the spot). */
export function promisedText(days: number): string {
  return days === 0 ? '即办' : `${days} 个工作日`
}

/** 法定时限 as the page words it. */
export function legalText(days: number | null): string {
  return days === null ? '法律未规定' : `${days} 个工作日`
}

/** 法定时限 next to 承诺时限, so the person sees how much faster the centre promises to be. */
export function TimeLimits(props: TimeLimitsProps) {
  return (
    <View id="time-limits" className="time-limits">
      <View className="time-limits__box">
        <Text className="time-limits__label">法定时限</Text>
        <Text className="time-limits__value">{legalText(props.legalDays)}</Text>
      </View>
      <View className="time-limits__box time-limits__box--promised">
        <Text className="time-limits__label">承诺时限</Text>
        <Text className="time-limits__value">{promisedText(props.promisedDays)}</Text>
      </View>
      {props.note ? <Text className="time-limits__note muted">{props.note}</Text> : null}
    </View>
  )
}
