import { Text, View } from '@tarojs/components'
import './barChart.scss'

export interface Bar {
  key: string
  label: string
  /** 0..max. */
  value: number
  /** What the bar's end says (the value in words, e.g. `96.0% · 25 条`). */
  caption: string
}

/** A bar's length in percent: none for nothing, at least a sliver for something. */
function share(value: number, max: number): number {
  return max > 0 && value > 0 ? Math.max(1, Math.round((value / max) * 100)) : 0
}

/**
 * A horizontal bar chart drawn with plain views (works the same in the mini-program and H5): one
 * labelled row per bar, its length proportional to `value / max`, its figure written out beside it.
 */
export function BarChart(props: { id: string; title: string; bars: readonly Bar[]; max: number }) {
  return (
    <View id={props.id} className="bar-chart" aria-label={props.title}>
      <Text className="bar-chart__title">{props.title}</Text>
      {props.bars.map((b) => (
        <View key={b.key} id={`${props.id}-${b.key}`} className="bar-chart__row">
          <Text className="bar-chart__label">{b.label}</Text>
          <View className="bar-chart__track">
            <View className="bar-chart__bar" style={{ width: `${share(b.value, props.max)}%` }} />
          </View>
          <Text className="bar-chart__caption">{b.caption}</Text>
        </View>
      ))}
    </View>
  )
}
