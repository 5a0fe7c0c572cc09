import { Text, View } from '@tarojs/components'
import { cx } from '../../ui'
import './staff.scss'

export interface ChoiceOption<V extends string> {
  value: V
  label: string
}

export interface ChoiceChipsProps<V extends string> {
  /** Group id; each option gets `<id>-<value>`. */
  id: string
  label: string
  options: ReadonlyArray<ChoiceOption<V>>
  selected: readonly V[]
  /** Several may be chosen (toggle) instead of exactly one. */
  multiple?: boolean
  /** Most that may be chosen when `multiple`. */
  max?: number
  hint?: string
  error?: string
  onChange: (next: V[]) => void
}

/**
 * Large tap-to-choose chips (站所, 一件事, 办理方). A chosen chip is marked with ✓ and a frame as
 * well as colour, so colour is never the only signal.
 */
export function ChoiceChips<V extends string>(props: ChoiceChipsProps<V>) {
  const pick = (value: V) => {
    const on = props.selected.includes(value)
    if (!props.multiple) {
      if (!on) props.onChange([value])
      return
    }
    if (on) props.onChange(props.selected.filter((v) => v !== value))
    else if (props.max === undefined || props.selected.length < props.max) props.onChange([...props.selected, value])
  }
  return (
    <View id={props.id} className={cx('choice', props.error && 'choice--error')} role={props.multiple ? 'group' : 'radiogroup'}>
      <Text className="choice__label">{props.label}</Text>
      {props.hint ? <Text className="choice__hint">{props.hint}</Text> : null}
      <View className="choice__options">
        {props.options.map((option) => {
          const on = props.selected.includes(option.value)
          return (
            <View
              key={option.value}
              id={`${props.id}-${option.value}`}
              className={cx('choice__chip', on && 'choice__chip--on')}
              hoverClass="choice__chip--pressed"
              role={props.multiple ? 'checkbox' : 'radio'}
              aria-checked={on ? 'true' : 'false'}
              onClick={() => pick(option.value)}
            >
              <Text>{on ? `✓ ${option.label}` : option.label}</Text>
            </View>
          )
        })}
      </View>
      {props.error ? <Text className="ui-field__error">⚠ {props.error}</Text> : null}
    </View>
  )
}
