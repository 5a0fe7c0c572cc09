import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { InputProps, TextareaProps } from './Input.types'
import { cx } from './cx'
import { cutNotice, fitText } from './fitText'

const WEAPP_TYPES = { text: 'text', number: 'number', idcard: 'idcard', tel: 'number' } as const

/** The field's text as entered, cut to `max` with a note saying how much was left out. */
function useFitted(max: number, onChange: (value: string) => void) {
  const [cut, setCut] = useState(0)
  const change = (raw: string) => {
    const fitted = fitText(raw, max)
    setCut(fitted.cut)
    onChange(fitted.value)
  }
  return { cut, change }
}

function FieldNotes(props: { error?: string; cut: number; max: number }) {
  return (
    <>
      {props.cut > 0 ? <Text className="ui-field__cut">⚠ {cutNotice(props.cut, props.max)}</Text> : null}
      {props.error ? <Text className="ui-field__error">⚠ {props.error}</Text> : null}
    </>
  )
}

/** Single-line field with label and inline error (weapp: t-input). */
export function Input(props: InputProps) {
  const max = props.maxlength ?? 140
  const field = useFitted(max, props.onChange)
  return (
    <View id={props.id} className={cx('ui-field', props.error && 'ui-field--error', props.className)}>
      <t-input
        label={props.label}
        value={props.value}
        placeholder={props.placeholder ?? ''}
        type={WEAPP_TYPES[props.type ?? 'text']}
        maxlength={max}
        allow-input-over-max
        status={props.error ? 'error' : 'default'}
        disabled={props.disabled ?? false}
        layout="vertical"
        clearable
        onChange={(e: { detail: { value: string } }) => field.change(e.detail.value)}
        onClear={() => field.change('')}
      />
      <FieldNotes error={props.error} cut={field.cut} max={max} />
    </View>
  )
}

/** Multi-line field with label and inline error (weapp: t-textarea). */
export function Textarea(props: TextareaProps) {
  const max = props.maxlength ?? 500
  const field = useFitted(max, props.onChange)
  return (
    <View id={props.id} className={cx('ui-field', props.error && 'ui-field--error', props.className)}>
      <t-textarea
        label={props.label}
        value={props.value}
        placeholder={props.placeholder ?? ''}
        maxlength={max}
        allow-input-over-max
        indicator
        autosize
        bordered
        onChange={(e: { detail: { value: string } }) => field.change(e.detail.value)}
      />
      <FieldNotes error={props.error} cut={field.cut} max={max} />
    </View>
  )
}
