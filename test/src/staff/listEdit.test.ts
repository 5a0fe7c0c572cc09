import { addItem, canMove, moveItem, patchAt, removeAt, replaceAt } from '../../../src/staff/lib/listEdit'

describe('list editing helpers', () => {
  const lines = ['户口簿', '身份证', '收入证明'] as const

  it('adds, removes and replaces without touching the original', () => {
    const original = [...lines]
    expect(addItem(original, '照片')).toEqual(['户口簿', '身份证', '收入证明', '照片'])
    expect(removeAt(original, 1)).toEqual(['户口簿', '收入证明'])
    expect(replaceAt(original, 2, '低保证')).toEqual(['户口簿', '身份证', '低保证'])
    expect(original).toEqual(lines)
  })

  it('moves a row up and down, and ignores moves off either end', () => {
    expect(moveItem(lines, 2, 1)).toEqual(['户口簿', '收入证明', '身份证'])
    expect(moveItem(lines, 0, 1)).toEqual(['身份证', '户口簿', '收入证明'])
    expect(moveItem(lines, 0, -1)).toEqual(lines)
    expect(moveItem(lines, 2, 3)).toEqual(lines)
    expect(canMove(3, 0, -1)).toBe(false)
    expect(canMove(3, 0, 1)).toBe(true)
    expect(canMove(3, 2, 1)).toBe(false)
    expect(canMove(3, 2, -1)).toBe(true)
    expect(canMove(1, 0, 1)).toBe(false)
  })

  it('patches one object row and leaves out-of-range indexes alone', () => {
    const rows = [
      { name: '户口簿', required: true },
      { name: '照片', required: false }
    ]
    expect(patchAt(rows, 1, { required: true })).toEqual([
      { name: '户口簿', required: true },
      { name: '照片', required: true }
    ])
    expect(patchAt(rows, 5, { required: true })).toEqual(rows)
    expect(removeAt(rows, -1)).toEqual(rows)
    expect(replaceAt(rows, 2, { name: 'x', required: true })).toEqual(rows)
  })

  it('keeps every item exactly once whatever the move', () => {
    for (let from = 0; from < 3; from++) {
      for (let to = 0; to < 3; to++) {
        expect([...moveItem(lines, from, to)].sort()).toEqual([...lines].sort())
        expect(moveItem(lines, from, to)[to]).toBe(lines[from])
      }
    }
  })
})
