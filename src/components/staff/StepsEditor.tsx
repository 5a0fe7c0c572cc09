import { Text, View } from '@tarojs/components'
import { STEP_ACTOR_LABELS, STEP_ACTORS, type StepActor } from '../../shared/enums'
import { digitsOf, GUIDE_LIMITS } from '../../shared/guides'
import { Button, Input, Textarea } from '../../ui'
import { addItem, moveItem, patchAt, removeAt } from '../../staff/lib/listEdit'
import { emptyStep, type FormErrors, type StepForm } from '../../staff/lib/guideForm'
import { ChoiceChips } from './ChoiceChips'
import { RowTools } from './RowTools'
import './staff.scss'

const ACTOR_OPTIONS = STEP_ACTORS.map((value) => ({ value, label: STEP_ACTOR_LABELS[value] }))

export interface StepsEditorProps {
  steps: StepForm[]
  errors: FormErrors
  onChange: (steps: StepForm[], structural: boolean) => void
}

/** The steps residents see as a flow: title, detail, who handles it and how many working days. */
export function StepsEditor(props: StepsEditorProps) {
  const { steps, errors } = props
  const patch = (i: number, value: Partial<StepForm>) => props.onChange(patchAt(steps, i, value), false)
  return (
    <View id="edit-steps" className="list-editor">
      {steps.map((s, i) => (
        <View key={i} id={`edit-step-${i}`} className="list-editor__card">
          <Text className="list-editor__card-title">{`第 ${i + 1} 步`}</Text>
          <Input
            id={`edit-step-title-${i}`}
            label="步骤名称"
            value={s.title}
            placeholder="如：村委会评议"
            maxlength={GUIDE_LIMITS.stepTitle}
            error={errors[`steps.${i}.title`]}
            onChange={(title) => patch(i, { title })}
          />
          <Textarea
            id={`edit-step-detail-${i}`}
            label="怎么办（可不填）"
            value={s.detail}
            maxlength={GUIDE_LIMITS.stepDetail}
            error={errors[`steps.${i}.detail`]}
            onChange={(detail) => patch(i, { detail })}
          />
          <ChoiceChips<StepActor>
            id={`edit-step-actor-${i}`}
            label="在哪里办、谁来办"
            options={ACTOR_OPTIONS}
            selected={[s.actor]}
            error={errors[`steps.${i}.actor`]}
            onChange={(next) => patch(i, { actor: next[0] ?? s.actor })}
          />
          <Input
            id={`edit-step-days-${i}`}
            label="需要几个工作日（可不填）"
            type="number"
            value={s.days}
            maxlength={digitsOf(GUIDE_LIMITS.days)}
            error={errors[`steps.${i}.days`]}
            onChange={(days) => patch(i, { days })}
          />
          <RowTools
            idPrefix="edit-step"
            index={i}
            length={steps.length}
            noun="步骤"
            onMove={(from, to) => props.onChange(moveItem(steps, from, to), true)}
            onRemove={(index) => props.onChange(removeAt(steps, index), true)}
          />
        </View>
      ))}
      {errors.steps ? <Text className="ui-field__error">⚠ {errors.steps}</Text> : null}
      <Button id="edit-step-add" variant="outline" theme="primary" block onClick={() => props.onChange(addItem(steps, emptyStep()), true)}>
        ＋ 添加一个步骤
      </Button>
    </View>
  )
}
