import { Text, View } from '@tarojs/components'
import type { InputProps, TextareaProps } from './Input.types'
import { cx } from './cx'

const WEAPP_TYPES = { text: 'text', number: 'number', idcard: 'idcard', tel: 'number' } as const

/** Single-line field with label and inline error (weapp: t-input). */
export function Input(props: InputProps) {
  return (
    <View id={props.id} className={cx('ui-field', props.error && 'ui-field--error', props.className)}>
      <t-input
        label={props.label}
        value={props.value}
        placeholder={props.placeholder ?? ''}
        type={WEAPP_TYPES[props.type ?? 'text']}
        maxlength={props.maxlength ?? 140}
        status={props.error ? 'error' : 'default'}
        disabled={props.disabled ?? false}
        layout="vertical"
        clearable
        onChange={(e: { detail: { value: string } }) => props.onChange(e.detail.value)}
        onClear={() => props.onChange('')}
      />
      {props.error ? <Text className="ui-field__error">⚠ {props.error}</Text> : null}
    </View>
  )
}

/** Multi-line field with label and inline error (weapp: t-textarea). */
export function Textarea(props: TextareaProps) {
  return (
    <View id={props.id} className={cx('ui-field', props.error && 'ui-field--error', props.className)}>
      <t-textarea
        label={props.label}
        value={props.value}
        placeholder={props.placeholder ?? ''}
        maxlength={props.maxlength ?? 500}
        indicator
        autosize
        bordered
        onChange={(e: { detail: { value: string } }) => props.onChange(e.detail.value)}
      />
      {props.error ? <Text className="ui-field__error">⚠ {props.error}</Text> : null}
    </View>
  )
}
