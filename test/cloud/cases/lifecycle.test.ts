import { CASE_ACTIONS, CASE_LIFECYCLE, CASE_STATUSES } from '../../../src/shared/cases'
import { anonymise } from '../../../cloud/src/modules/cases/anonymise'
import { deadlineFor, dueState } from '../../../cloud/src/modules/cases/deadlinePolicy'

const { transition, allowedActions, table: CASE_TRANSITIONS } = CASE_LIFECYCLE
import { recomputeDeadline } from '../../../cloud/src/modules/calendar/deadlines'

describe('the case transition table', () => {
  it.each([
    ['submitted', 'accept', 'staff', 'accepted'],
    ['submitted', 'reject', 'staff', 'rejected'],
    ['accepted', 'assign', 'staff', 'assigned'],
    ['assigned', 'return', 'staff', 'accepted'],
    ['assigned', 'requestInfo', 'staff', 'info_requested'],
    ['accepted', 'reply', 'staff', 'replied'],
    ['assigned', 'reply', 'staff', 'replied'],
    ['assigned', 'merge', 'staff', 'merged'],
    ['replied', 'confirm', 'resident', 'closed'],
    ['replied', 'autoClose', 'system', 'closed'],
    ['closed', 'rate', 'resident', 'closed'],
    ['replied', 'note', 'staff', 'replied'],
    ['assigned', 'followUp', 'resident', 'assigned'],
    ['accepted', 'transfer', 'staff', 'transferred'],
    ['assigned', 'transfer', 'staff', 'transferred']
  ] as const)('%s —%s by %s→ %s', (from, action, actor, to) => {
    expect(transition(from, action, actor)).toEqual({ ok: true, to })
  })

  it('supplying information returns to the status before the request', () => {
    expect(transition('info_requested', 'supplyInfo', 'resident', 'assigned')).toEqual({ ok: true, to: 'assigned' })
    expect(transition('info_requested', 'supplyInfo', 'resident', 'submitted')).toEqual({ ok: true, to: 'submitted' })
  })

  it('"没有解决" takes a replied case back to where it was answered from; only the resident may say so', () => {
    expect(transition('replied', 'reopen', 'resident', 'assigned')).toEqual({ ok: true, to: 'assigned' })
    expect(transition('replied', 'reopen', 'resident', 'accepted')).toEqual({ ok: true, to: 'accepted' })
    expect(transition('replied', 'reopen', 'staff', 'assigned').ok).toBe(false)
    expect(transition('closed', 'reopen', 'resident', 'assigned').ok).toBe(false)
    expect(transition('info_requested', 'followUp', 'resident').ok).toBe(false)
    expect(transition('submitted', 'transfer', 'staff').ok).toBe(false)
  })

  it('refuses illegal moves and wrong actors with a Chinese message', () => {
    const r = transition('closed', 'accept', 'staff')
    expect(r.ok).toBe(false)
    expect(!r.ok && r.message).toContain('已办结')
    expect(transition('replied', 'confirm', 'staff').ok).toBe(false)
    expect(transition('submitted', 'accept', 'resident').ok).toBe(false)
    expect(transition('rejected', 'reply', 'staff').ok).toBe(false)
    expect(transition('merged', 'merge', 'staff').ok).toBe(false)
  })

  it('every action and status is covered; terminal statuses allow only notes and reviews', () => {
    for (const a of CASE_ACTIONS) expect(CASE_TRANSITIONS[a]).toBeDefined()
    for (const s of CASE_STATUSES) for (const a of allowedActions(s, 'staff')) expect(transition(s, a, 'staff').ok).toBe(true)
    expect(allowedActions('rejected', 'staff').sort()).toEqual(['note', 'review'])
    expect(allowedActions('transferred', 'staff').sort()).toEqual(['note', 'review'])
    expect(allowedActions('replied', 'resident')).toEqual(['confirm', 'reopen'])
  })
})

describe('the deadline policy', () => {
  it('accept within 1 working day; answers per type; paused while waiting for information', () => {
    expect(deadlineFor('submitted', 'complaint')).toEqual({ kind: 'accept', workingDays: 1 })
    expect(deadlineFor('accepted', 'consult')).toEqual({ kind: 'answer', workingDays: 3 })
    expect(deadlineFor('assigned', 'complaint')).toEqual({ kind: 'answer', workingDays: 13 })
    const custom = { acceptDays: 1, answerDays: { consult: 3, complaint: 13, suggestion: 20, help: 2 }, autoCloseDays: 5, dueSoonDays: 1, reopenDays: 5 }
    expect(deadlineFor('assigned', 'suggestion', custom)).toEqual({ kind: 'answer', workingDays: 20 })
    expect(deadlineFor('info_requested', 'consult')).toBe('paused')
    expect(deadlineFor('replied', 'consult')).toBeNull()
  })

  it('counts working days over the National Day holiday (make-up Saturday included), and grades overdue / due soon', () => {
    const d = recomputeDeadline('2025-09-30', 3)
    expect(d.dueDate).toBe('2025-10-11')
    const now = new Date('2025-10-11T10:00:00+08:00')
    expect(dueState('assigned', d, now, 0)).toBe('dueSoon')
    expect(dueState('assigned', d, new Date('2025-10-12T00:00:00+08:00'), -1)).toBe('overdue')
    expect(dueState('assigned', d, new Date('2025-10-09T10:00:00+08:00'), 3)).toBe('onTime')
    expect(dueState('info_requested', d, now, 0)).toBe('paused')
    expect(dueState('closed', d, now, 0)).toBe('none')
  })
})

describe('anonymising 热点回应', () => {
  it('removes ID numbers, phones, house numbers and the applicant’s name', () => {
    const out = anonymise('我叫王建国，电话13812345678，身份证360123199001011234，住幸福路12号3栋，王建国家门口的路灯坏了。座机0795-1234567。', ['王建国'])
    expect(out).not.toMatch(/王建国|13812345678|360123199001011234|12号|3栋|1234567/)
    expect(out).toContain('王某')
    expect(out).toContain('路灯坏了')
  })
})
