import { Text, View } from '@tarojs/components'
import { GUIDE_LIMITS } from '../../shared/guides'
import { Button, Input, Textarea } from '../../ui'
import { addItem, moveItem, patchAt, removeAt } from '../../staff/lib/listEdit'
import { emptyFaq, type FaqForm, type FormErrors } from '../../staff/lib/guideForm'
import { RowTools } from './RowTools'
import './staff.scss'

export interface FaqEditorProps {
  faq: FaqForm[]
  errors: FormErrors
  onChange: (faq: FaqForm[], structural: boolean) => void
}

/** 常见问题: question and answer pairs. */
export function FaqEditor(props: FaqEditorProps) {
  const { faq, errors } = props
  const patch = (i: number, value: Partial<FaqForm>) => props.onChange(patchAt(faq, i, value), false)
  return (
    <View id="edit-faq" className="list-editor">
      {faq.length === 0 ? <Text className="muted">还没有常见问题。</Text> : null}
      {faq.map((f, i) => (
        <View key={i} id={`edit-faq-${i}`} className="list-editor__card">
          <Input
            id={`edit-faq-q-${i}`}
            label={`问题 ${i + 1}`}
            value={f.q}
            maxlength={GUIDE_LIMITS.faqQuestion}
            error={errors[`faq.${i}.q`]}
            onChange={(q) => patch(i, { q })}
          />
          <Textarea
            id={`edit-faq-a-${i}`}
            label="回答"
            value={f.a}
            maxlength={GUIDE_LIMITS.faqAnswer}
            error={errors[`faq.${i}.a`]}
            onChange={(a) => patch(i, { a })}
          />
          <RowTools
            idPrefix="edit-faq"
            index={i}
            length={faq.length}
            noun="问答"
            onMove={(from, to) => props.onChange(moveItem(faq, from, to), true)}
            onRemove={(index) => props.onChange(removeAt(faq, index), true)}
          />
        </View>
      ))}
      {errors.faq ? <Text className="ui-field__error">⚠ {errors.faq}</Text> : null}
      <Button id="edit-faq-add" variant="outline" theme="primary" block onClick={() => props.onChange(addItem(faq, emptyFaq()), true)}>
        ＋ 添加一个问答
      </Button>
    </View>
  )
}
