import { Text, View } from '@tarojs/components'
import { Input as TdInput } from 'tdesign-mobile-react/es/input'
import { Textarea as TdTextarea } from 'tdesign-mobile-react/es/textarea'
import type { InputProps, TextareaProps } from './Input.types'
import { cx } from './cx'

const H5_TYPES = { text: 'text', number: 'number', idcard: 'text', tel: 'tel' } as const

/** Single-line field with label and inline error (H5: tdesign-mobile-react Input). */
export function Input(props: InputProps) {
  return (
    <View id={props.id} className={cx('ui-field', props.error && 'ui-field--error', props.className)}>
      <TdInput
        label={props.label}
        value={props.value}
        placeholder={props.placeholder}
        type={H5_TYPES[props.type ?? 'text']}
        maxlength={props.maxlength ?? 140}
        status={props.error ? 'error' : 'default'}
        disabled={props.disabled ?? false}
        layout="vertical"
        clearable
        onChange={(value) => props.onChange(String(value ?? ''))}
        onClear={() => props.onChange('')}
      />
      {props.error ? <Text className="ui-field__error">⚠ {props.error}</Text> : null}
    </View>
  )
}

/** Multi-line field with label and inline error (H5: tdesign-mobile-react Textarea). */
export function Textarea(props: TextareaProps) {
  return (
    <View id={props.id} className={cx('ui-field', props.error && 'ui-field--error', props.className)}>
      <TdTextarea
        label={props.label}
        value={props.value}
        placeholder={props.placeholder}
        maxlength={props.maxlength ?? 500}
        layout="vertical"
        indicator
        autosize
        bordered
        onChange={(value) => props.onChange(String(value ?? ''))}
      />
      {props.error ? <Text className="ui-field__error">⚠ {props.error}</Text> : null}
    </View>
  )
}
