import { disclosureContentSchema } from '../../../src/shared/disclosure'
import { emptyItemForm, emptyLine, formOf, itemInput, type ItemForm } from '../../../src/staff/lib/disclosureForm'

const DEPT = '0123456789abcdef01234567'
const VILLAGE = '89abcdef0123456789abcdef'

const accountsForm = (): ItemForm => ({
  ...emptyItemForm(DEPT, 2025),
  kind: 'accounts',
  scope: 'village',
  villageId: VILLAGE,
  villageAffair: 'finance',
  title: '2025年第一季度财务收支公开',
  source: '桐山村村民委员会',
  quarter: '1',
  openingBalance: '123,456.00',
  lines: [
    { direction: 'income', item: '村级组织运转经费', amount: '80000', note: '' },
    { direction: 'spending', item: '路灯电费', amount: '3120.5', note: '1—3月' },
    emptyLine()
  ]
})

describe('the item editor form', () => {
  it('turns typed 元 into fen, drops blank lines and fills what the schema needs', () => {
    const checked = itemInput(accountsForm())
    expect(checked.ok).toBe(true)
    if (!checked.ok) return
    expect(checked.input.accounts).toEqual({
      year: 2025,
      quarter: 1,
      openingBalanceFen: 12_345_600,
      lines: [
        { direction: 'income', item: '村级组织运转经费', amountFen: 8_000_000 },
        { direction: 'spending', item: '路灯电费', amountFen: 312_050, note: '1—3月' }
      ]
    })
    expect(checked.input).toMatchObject({ category: null, interpretsId: null, villageId: VILLAGE })
  })

  it('names the line whose amount is not 元 and the fields the schema refuses', () => {
    const form = accountsForm()
    form.lines[1] = { ...form.lines[1]!, amount: '三千' }
    form.quarter = ''
    form.title = ''
    const checked = itemInput(form)
    expect(checked.ok).toBe(false)
    if (checked.ok) return
    expect(checked.errors['lines.1']).toContain('第 2 行')
    expect(Object.keys(checked.errors)).toEqual(expect.arrayContaining(['lines.1', 'quarter', 'title']))
  })

  it('comes back to the same content from saved content', () => {
    const checked = itemInput({ ...accountsForm(), keywords: '财务公开，收支 三资' })
    if (!checked.ok) throw new Error('form should be valid')
    const saved = disclosureContentSchema.parse(checked.input)
    const again = itemInput(formOf(saved, [], 2025))
    expect(again.ok && again.input).toEqual({ ...checked.input, keywords: ['财务公开', '收支', '三资'] })
  })
})
