import { Text, View } from '@tarojs/components'
import { digitsOf, GUIDE_LIMITS } from '../../shared/guides'
import { Button, Checkbox, Input, Textarea } from '../../ui'
import { addItem, moveItem, patchAt, removeAt } from '../../staff/lib/listEdit'
import { emptyMaterial, type FormErrors, type MaterialForm } from '../../staff/lib/guideForm'
import { RowTools } from './RowTools'
import './staff.scss'

export interface MaterialsEditorProps {
  materials: MaterialForm[]
  errors: FormErrors
  onChange: (materials: MaterialForm[], structural: boolean) => void
}

/** The 一次性告知 materials list: name, 原件/复印件 counts, required, exempt reason, note. */
export function MaterialsEditor(props: MaterialsEditorProps) {
  const { materials, errors } = props
  const patch = (i: number, value: Partial<MaterialForm>) => props.onChange(patchAt(materials, i, value), false)
  return (
    <View id="edit-materials" className="list-editor">
      {materials.length === 0 ? <Text className="muted">还没有材料。不需要带材料的事项可以不填。</Text> : null}
      {materials.map((m, i) => (
        <View key={i} id={`edit-material-${i}`} className="list-editor__card">
          <Text className="list-editor__card-title">{`材料 ${i + 1}`}</Text>
          <Input
            id={`edit-material-name-${i}`}
            label="材料名称"
            value={m.name}
            placeholder="如：户口簿"
            maxlength={GUIDE_LIMITS.materialName}
            error={errors[`materials.${i}.name`]}
            onChange={(name) => patch(i, { name })}
          />
          <View className="list-editor__pair">
            <Input
              id={`edit-material-originals-${i}`}
              label="原件（份）"
              type="number"
              value={m.originals}
              maxlength={digitsOf(GUIDE_LIMITS.materialCopies)}
              error={errors[`materials.${i}.originals`]}
              onChange={(originals) => patch(i, { originals })}
            />
            <Input
              id={`edit-material-copies-${i}`}
              label="复印件（份）"
              type="number"
              value={m.copies}
              maxlength={digitsOf(GUIDE_LIMITS.materialCopies)}
              error={errors[`materials.${i}.copies`]}
              onChange={(copies) => patch(i, { copies })}
            />
          </View>
          <Checkbox
            id={`edit-material-required-${i}`}
            checked={m.required}
            label="必须提交"
            content="不勾选表示“视情况提交”"
            onChange={(required) => patch(i, { required })}
          />
          <Input
            id={`edit-material-exempt-${i}`}
            label="免交原因（可不填）"
            value={m.exemptReason}
            placeholder="如：已通过数据共享获取，无需提交"
            maxlength={GUIDE_LIMITS.exemptReason}
            error={errors[`materials.${i}.exemptReason`]}
            onChange={(exemptReason) => patch(i, { exemptReason })}
          />
          <Textarea
            id={`edit-material-note-${i}`}
            label="备注（可不填）"
            value={m.note}
            maxlength={GUIDE_LIMITS.materialNote}
            error={errors[`materials.${i}.note`]}
            onChange={(note) => patch(i, { note })}
          />
          <RowTools
            idPrefix="edit-material"
            index={i}
            length={materials.length}
            noun="材料"
            onMove={(from, to) => props.onChange(moveItem(materials, from, to), true)}
            onRemove={(index) => props.onChange(removeAt(materials, index), true)}
          />
        </View>
      ))}
      {errors.materials ? <Text className="ui-field__error">⚠ {errors.materials}</Text> : null}
      <Button id="edit-material-add" variant="outline" theme="primary" block onClick={() => props.onChange(addItem(materials, emptyMaterial()), true)}>
        ＋ 添加一项材料
      </Button>
    </View>
  )
}
