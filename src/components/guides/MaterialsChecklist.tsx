import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import './guides.scss'
import type { Material } from '../../shared/guides'
import { Button, Checkbox, Section, Tag } from '../../ui'
import { checklistProgress, checklistRows, checklistStorageKey, restoreTicked, setTicked } from './checklist'

export interface MaterialsChecklistProps {
  guideId: string
  materials: Material[]
}

/**
 * 一次性告知 materials list a person ticks off while preparing. Ticks are kept per guide in
 * storage; exempt items are shown as 免提交 with the reason and are not counted.
 */
export function MaterialsChecklist(props: MaterialsChecklistProps) {
  const { guideId, materials } = props
  const [ticked, setTickedState] = useState<string[]>([])

  useEffect(() => {
    let stored: unknown = null
    try {
      stored = Taro.getStorageSync(checklistStorageKey(guideId))
    } catch {
      stored = null
    }
    setTickedState(restoreTicked(stored, materials))
  }, [guideId, materials])

  const update = (next: string[]) => {
    setTickedState(next)
    try {
      Taro.setStorageSync(checklistStorageKey(guideId), next)
    } catch {
      /* the ticks still hold on this screen */
    }
  }

  const rows = checklistRows(materials)
  const progress = checklistProgress(materials, ticked)
  const allDone = progress.total > 0 && progress.done === progress.total

  return (
    <Section
      id="materials"
      title="需要带的材料"
      extra={
        <Text id="materials-progress" className={allDone ? 'materials-progress materials-progress--done' : 'materials-progress'}>
          已准备 {progress.done} / {progress.total} 项{allDone ? '（齐了）' : ''}
        </Text>
      }
    >
      {rows.length === 0 ? <Text className="muted">这个事项不需要提交材料。</Text> : null}
      {rows.map((row) =>
        row.exemptReason === null ? (
          <Checkbox
            key={row.index}
            id={`material-${row.index}`}
            className="material-row"
            checked={ticked.includes(row.name)}
            label={`${row.index + 1}. ${row.name}${row.required ? '' : '（如有）'}`}
            content={[row.counts, row.note].filter(Boolean).join('；')}
            onChange={(on) => update(setTicked(ticked, row.name, on))}
          />
        ) : (
          <View key={row.index} id={`material-${row.index}`} className="material-row material-row--exempt">
            <View className="material-row__head">
              <Text className="material-row__name">
                {row.index + 1}. {row.name}
              </Text>
              <Tag theme="success" variant="outline" size="small">
                免提交
              </Tag>
            </View>
            <Text className="muted">不用带：{row.exemptReason}</Text>
          </View>
        )
      )}
      {ticked.length > 0 ? (
        <Button id="materials-reset" variant="text" size="small" onClick={() => update([])}>
          清空勾选
        </Button>
      ) : null}
    </Section>
  )
}
