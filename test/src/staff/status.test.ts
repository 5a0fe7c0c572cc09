import { editorStatus, formatDate, guideBadges } from '../../../src/staff/lib/status'
import { departmentNames, reviewBody } from '../../../src/staff/lib/signups'

describe('guide state in words', () => {
  it('labels published, edited and unpublished guides', () => {
    expect(guideBadges({ isPublished: true, version: 3, hasUnpublishedChanges: false }).map((b) => b.text)).toEqual(['已发布 v3'])
    expect(guideBadges({ isPublished: true, version: 3, hasUnpublishedChanges: true }).map((b) => b.text)).toEqual([
      '已发布 v3',
      '草稿有改动'
    ])
    expect(guideBadges({ isPublished: false, version: 0, hasUnpublishedChanges: true }).map((b) => b.text)).toEqual(['未发布'])
    expect(guideBadges({ isPublished: false, version: 2, hasUnpublishedChanges: true }).map((b) => b.text)).toEqual([
      '未发布',
      '已下线（曾发布 v2）'
    ])
  })

  it('says in the editor which version residents see', () => {
    expect(editorStatus({ isPublished: true, version: 2, hasUnpublishedChanges: true, publishedAt: '2025-03-04T01:30:00.000Z' })).toBe(
      '已发布第 2 版，2025-03-04 09:30。群众看到的是这一版。'
    )
    expect(editorStatus({ isPublished: false, version: 0, hasUnpublishedChanges: true, publishedAt: null })).toBe('未发布：群众还看不到这个事项。')
    expect(editorStatus({ isPublished: false, version: 4, hasUnpublishedChanges: true, publishedAt: null })).toContain('曾发布到第 4 版')
  })

  it('shows times in China time and passes through what it cannot read', () => {
    expect(formatDate('2024-12-31T16:05:00Z')).toBe('2025-01-01 00:05')
    expect(formatDate('not a date')).toBe('not a date')
  })
})

describe('sign-up review', () => {
  it('needs a reason to reject, and trims it', () => {
    expect(reviewBody('approve', '')).toEqual({ ok: true, body: { decision: 'approve' } })
    expect(reviewBody('reject', '   ')).toEqual({ ok: false, error: '不通过时请写明原因，申请人会看到' })
    expect(reviewBody('reject', ' 身份证号与姓名不符 ')).toEqual({ ok: true, body: { decision: 'reject', reason: '身份证号与姓名不符' } })
    expect(reviewBody('reject', '长'.repeat(201))).toEqual({ ok: false, error: '原因不能超过 200 个字' })
  })

  it('names the departments applied for', () => {
    const names = new Map([
      ['a', '民政所'],
      ['b', '社保所']
    ])
    expect(departmentNames(['b', 'a'], names)).toBe('社保所、民政所')
    expect(departmentNames(['x'], names)).toBe('未知站所')
    expect(departmentNames([], names)).toBe('未选站所')
  })
})
