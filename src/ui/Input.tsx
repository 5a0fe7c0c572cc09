import { useEffect, useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Input as TdInput } from 'tdesign-mobile-react/es/input'
import { Textarea as TdTextarea } from 'tdesign-mobile-react/es/textarea'
import type { InputProps, TextareaProps } from './Input.types'
import { cx } from './cx'
import { cutNotice, fitText } from './fitText'

const H5_TYPES = { text: 'text', number: 'number', idcard: 'text', tel: 'tel' } as const

/**
 * The field's text as the person enters it, cut to `max` with a note saying how much was left out,
 * and its native control named by the label (TDesign's label is not a <label>) and marked invalid
 * while it has an error.
 */
function useField(label: string, max: number, error: string | undefined, onChange: (value: string) => void) {
  const [cut, setCut] = useState(0)
  const ref = useRef<HTMLElement | null>(null)
  useEffect(() => {
    const control = ref.current?.querySelector?.('input, textarea')
    if (!control) return
    control.setAttribute('aria-label', label)
    if (error) control.setAttribute('aria-invalid', 'true')
    else control.removeAttribute('aria-invalid')
  })
  const change = (raw: unknown) => {
    const fitted = fitText(String(raw ?? ''), max)
    setCut(fitted.cut)
    onChange(fitted.value)
  }
  return { ref, cut, change }
}

function FieldNotes(props: { error?: string; cut: number; max: number }) {
  return (
    <>
      {props.cut > 0 ? (
        <Text className="ui-field__cut" aria-live="polite">
          ⚠ {cutNotice(props.cut, props.max)}
        </Text>
      ) : null}
      {props.error ? <Text className="ui-field__error">⚠ {props.error}</Text> : null}
    </>
  )
}

/** Single-line field with label and inline error (H5: tdesign-mobile-react Input). */
export function Input(props: InputProps) {
  const max = props.maxlength ?? 140
  const field = useField(props.label, max, props.error, props.onChange)
  return (
    <View id={props.id} ref={field.ref} className={cx('ui-field', props.error && 'ui-field--error', props.className)}>
      <TdInput
        label={props.label}
        value={props.value}
        placeholder={props.placeholder}
        type={H5_TYPES[props.type ?? 'text']}
        maxlength={max}
        allowInputOverMax
        status={props.error ? 'error' : 'default'}
        disabled={props.disabled ?? false}
        layout="vertical"
        clearable
        onChange={field.change}
        onClear={() => field.change('')}
      />
      <FieldNotes error={props.error} cut={field.cut} max={max} />
    </View>
  )
}

/** Multi-line field with label and inline error (H5: tdesign-mobile-react Textarea). */
export function Textarea(props: TextareaProps) {
  const max = props.maxlength ?? 500
  const field = useField(props.label, max, props.error, props.onChange)
  return (
    <View id={props.id} ref={field.ref} className={cx('ui-field', props.error && 'ui-field--error', props.className)}>
      <TdTextarea
        label={props.label}
        value={props.value}
        placeholder={props.placeholder}
        maxlength={max}
        allowInputOverMax
        layout="vertical"
        indicator
        autosize
        bordered
        onChange={field.change}
      />
      <FieldNotes error={props.error} cut={field.cut} max={max} />
    </View>
  )
}
