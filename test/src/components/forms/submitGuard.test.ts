import { SubmitGuard } from '../../../../src/components/forms/submitGuard'

function guard() {
  let n = 0
  return new SubmitGuard(() => `key-${++n}`)
}

describe('the submit guard behind every submit button', () => {
  it('refuses taps while a write runs and after it succeeded on the same form, until the form changes', () => {
    const g = guard()
    const form = { text: '路灯坏了', category: 'roads' }
    expect(g.begin(form)).toBe('key-1')
    expect(g.begin(form)).toBeNull()
    expect(g.begin({ ...form })).toBeNull()
    expect(g.busy).toBe(true)
    g.end(true)
    expect(g.busy).toBe(false)
    expect(g.isLocked(form)).toBe(true)
    expect(g.begin(form)).toBeNull()
    const edited = { ...form, text: '路灯坏了两个' }
    expect(g.isLocked(edited)).toBe(false)
    expect(g.begin(edited)).toBe('key-2')
  })

  it('keeps the key of a form whose write failed, so the retry is the same write', () => {
    const g = guard()
    const form = { text: '申请上门办理' }
    expect(g.begin(form)).toBe('key-1')
    g.end(false)
    expect(g.isLocked(form)).toBe(false)
    expect(g.begin(form)).toBe('key-1')
  })

  it('gives changed content a new key, and the old content a new one again once it was left', () => {
    const g = guard()
    expect(g.keyFor({ a: 1 })).toBe('key-1')
    expect(g.keyFor({ a: 2 })).toBe('key-2')
    expect(g.keyFor({ a: 1 })).toBe('key-3')
  })

  it('takes over a key kept in a draft for the content it was saved with', () => {
    const g = guard()
    g.adopt({ text: '草稿' }, 'kept-in-draft')
    expect(g.begin({ text: '草稿' })).toBe('kept-in-draft')
  })

  it('locks per action on a screen with several buttons and frees them when the screen is shown again', () => {
    const g = guard()
    const screen = { caseId: 'c1', status: 'submitted' }
    const accept = g.begin(screen, 'accept')
    expect(g.begin(screen, 'note')).toBeNull()
    g.end(true)
    expect(g.isLocked(screen, 'accept')).toBe(true)
    expect(g.isLocked(screen, 'note')).toBe(false)
    g.reshown()
    expect(g.begin(screen, 'accept')).toBe(accept)
  })
})
