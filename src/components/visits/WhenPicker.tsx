import { View } from '@tarojs/components'
import { ChoiceChips } from '../staff/ChoiceChips'
import type { Choice } from './when'

export interface WhenPickerProps {
  id: string
  dayLabel: string
  days: Choice[]
  times: Choice[]
  date: string
  time: string
  error?: string
  onChange: (next: { date: string; time: string }) => void
}

/** A day and an hour, each as large tap-to-choose chips (no small wheel pickers for elders' helpers). */
export function WhenPicker(props: WhenPickerProps) {
  return (
    <View id={props.id}>
      <ChoiceChips id={`${props.id}-day`} label={props.dayLabel} options={props.days} selected={props.date ? [props.date] : []} onChange={(next) => props.onChange({ date: next[0] ?? '', time: '' })} />
      {props.date ? (
        <ChoiceChips
          id={`${props.id}-time`}
          label="几点"
          options={props.times}
          selected={props.time ? [props.time] : []}
          error={props.error}
          hint={props.times.length ? undefined : '这一天没有可选的时间了，请换一天'}
          onChange={(next) => props.onChange({ date: props.date, time: next[0] ?? '' })}
        />
      ) : null}
    </View>
  )
}
