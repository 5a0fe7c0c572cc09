import type { OpeningTemplateDTO } from '../../../src/shared/appointments'
import {
  exceptionInput,
  newExceptionForm,
  newTemplateForm,
  previewSlots,
  templateForm,
  templateInput,
  templateSummary
} from '../../../src/components/appointments/templateForm'

const DEPT = '0123456789abcdef01234567'

describe('the opening template form', () => {
  it('starts a new template with the hall hours and sends numbers, checked by the shared schema', () => {
    const form = newTemplateForm(DEPT)
    const result = templateInput(form)
    expect(result).toEqual({
      ok: true,
      input: {
        departmentId: DEPT,
        guideId: null,
        weekdays: [1, 2, 3, 4, 5],
        sessions: [
          { start: '08:30', end: '12:00' },
          { start: '14:30', end: '17:30' }
        ],
        slotMinutes: 30,
        capacity: 2,
        horizonDays: 14,
        closeBeforeMinutes: 60,
        changeBeforeMinutes: 120,
        active: true
      }
    })
    expect(previewSlots(form)).toHaveLength(13)
  })

  it('says which field to fix', () => {
    const bad = templateInput({
      ...newTemplateForm(DEPT),
      weekdays: [],
      capacity: '两个',
      sessions: [
        { start: '09:00', end: '12:00' },
        { start: '11:00', end: '13:00' }
      ]
    })
    expect(bad.ok).toBe(false)
    if (bad.ok) return
    expect(bad.errors.weekdays).toBe('请至少选一个星期几')
    expect(bad.errors.capacity).toBeTruthy()
    expect(bad.errors.sessions).toBe('办公时间段之间不能重叠，请调整')
    expect(previewSlots({ sessions: [{ start: '9:00', end: '10:00' }], slotMinutes: 30 })).toBeNull()
  })

  it('round-trips a saved template and summarises it in words', () => {
    const saved = {
      id: 't1',
      townshipId: 'x',
      departmentName: '民政',
      windowName: '1号窗口',
      guideTitle: null,
      revision: 3,
      updatedAt: '',
      daySlots: [],
      exceptions: [],
      departmentId: DEPT,
      guideId: null,
      weekdays: [2, 4],
      sessions: [{ start: '14:30', end: '17:30' }],
      slotMinutes: 60,
      capacity: 3,
      horizonDays: 14,
      closeBeforeMinutes: 60,
      changeBeforeMinutes: 120,
      active: false
    } as OpeningTemplateDTO
    const form = templateForm(saved)
    expect(form).toMatchObject({ templateId: 't1', revision: 3, capacity: '3', slotMinutes: 60 })
    expect(templateSummary(saved)).toBe('周二、周四 14:30–17:30，每 60 分钟一个时段、每个时段 3 人，可约 14 天内（已暂停网上预约）')
    expect(templateSummary({ ...saved, weekdays: [1, 2, 3, 4, 5], active: true })).toMatch(/^周一至周五（含调休上班日）/)
  })
})

describe('the day exception form', () => {
  it('sends a closed day without sessions and asks for a reason and a real date', () => {
    expect(exceptionInput({ ...newExceptionForm('2025-03-14'), reason: '窗口人员培训', cancelExisting: true })).toEqual({
      ok: true,
      input: { kind: 'closed', reason: '窗口人员培训', sessions: [], cancelExisting: true }
    })
    const bad = exceptionInput({ ...newExceptionForm('3月14日'), reason: ' ' })
    expect(bad.ok).toBe(false)
    if (bad.ok) return
    expect(bad.errors.date).toContain('年-月-日')
    expect(bad.errors.reason).toBe('请填写原因')
  })

  it('sends extra sessions with their seats', () => {
    expect(exceptionInput({ ...newExceptionForm('2025-03-14'), kind: 'extra', reason: '延时服务', capacity: '1' })).toEqual({
      ok: true,
      input: { kind: 'extra', reason: '延时服务', sessions: [{ start: '17:30', end: '18:30' }], capacity: 1, cancelExisting: false }
    })
  })
})
