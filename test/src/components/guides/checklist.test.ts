import type { Material } from '../../../../src/shared/guides'
import {
  checklistProgress,
  checklistRows,
  checklistStorageKey,
  materialCounts,
  restoreTicked,
  setTicked
} from '../../../../src/components/guides/checklist'

const m = (name: string, extra: Partial<Material> = {}): Material => ({
  name,
  originals: 1,
  copies: 0,
  required: true,
  ...extra
})

const materials: Material[] = [
  m('申请书'),
  m('身份证', { copies: 2 }),
  m('户口簿', { exemptReason: '已通过公安户籍数据共享核验' }),
  m('残疾证', { required: false, originals: 0, copies: 1 })
]

describe('materials checklist', () => {
  it('words the counts the way the window says them', () => {
    expect(materialCounts({ originals: 1, copies: 2 })).toBe('原件 1 份 / 复印件 2 份')
    expect(materialCounts({ originals: 0, copies: 1 })).toBe('复印件 1 份')
    expect(materialCounts({ originals: 0, copies: 0 })).toBe('无需纸质材料')
  })

  it('keeps exempt items on the list, marked with the reason, and does not count them', () => {
    const rows = checklistRows(materials)
    expect(rows.map((r) => r.index)).toEqual([0, 1, 2, 3])
    expect(rows[2]!.exemptReason).toBe('已通过公安户籍数据共享核验')
    expect(checklistProgress(materials, [])).toEqual({ done: 0, total: 3 })
  })

  it('counts ticks towards "已准备 x / y 项" and unticks cleanly', () => {
    let ticked = setTicked([], '申请书', true)
    ticked = setTicked(ticked, '身份证', true)
    ticked = setTicked(ticked, '身份证', true)
    expect(ticked).toEqual(['申请书', '身份证'])
    expect(checklistProgress(materials, ticked)).toEqual({ done: 2, total: 3 })
    ticked = setTicked(ticked, '申请书', false)
    expect(checklistProgress(materials, ticked)).toEqual({ done: 1, total: 3 })
  })

  it('drops stored ticks that no longer match the republished list or are exempt', () => {
    const stored = ['申请书', '户口簿', '旧材料', 42, '申请书']
    expect(restoreTicked(stored, materials)).toEqual(['申请书'])
    expect(restoreTicked('garbage', materials)).toEqual([])
    expect(restoreTicked(null, materials)).toEqual([])
  })

  it('keeps ticks per guide', () => {
    expect(checklistStorageKey('a')).not.toBe(checklistStorageKey('b'))
  })
})
