import { RECTIFICATION_OUTCOME_LABELS, type RectificationOutcome } from '../../../../src/shared/reviews'
import { noticeEvent, type NoticeAudience, type NoticeEvent, type NoticeEventDefinition } from '../../lib/notices'
import type { ReviewDoc } from './model'

type ReviewEventType = 'review.rectified' | 'review.escalated' | 'review.appealed' | 'review.appealDecided'

/** Who hears about their own rating: the person rated for and, when an assistant rated, that assistant too. */
export function reviewAudience(r: Pick<ReviewDoc, 'acting'>): NoticeAudience[] {
  const { acting } = r
  if (!acting.submitterId) return [{ kind: 'person', personId: String(acting.applicantPersonId), as: 'self' }]
  if (!acting.onBehalf) return [{ kind: 'user', userId: String(acting.submitterId), as: 'self' }]
  return [
    { kind: 'person', personId: String(acting.applicantPersonId), as: 'applicant' },
    { kind: 'user', userId: String(acting.submitterId), as: 'assistant' }
  ]
}

const ADMIN_EVENTS: readonly ReviewEventType[] = ['review.escalated', 'review.appealed']

/** The notice event of a rating's change, pushed in the same update as the change. */
export function reviewNotice(
  type: ReviewEventType,
  r: Pick<ReviewDoc, '_id' | 'townshipId' | 'acting' | 'serviceTitle' | 'departmentName'>,
  occurredAt: Date,
  extra: { text?: string | null; suffix?: string; to?: NoticeAudience[] } = {}
): NoticeEvent {
  return noticeEvent(type, {
    subjectType: 'review',
    subjectId: String(r._id),
    townshipId: String(r.townshipId),
    audience: extra.to ?? (ADMIN_EVENTS.includes(type) ? [{ kind: 'townshipAdmins', townshipId: String(r.townshipId), as: 'admin' }] : reviewAudience(r)),
    onBehalfOfName: r.acting.onBehalf ? r.acting.applicantName : null,
    suffix: extra.suffix,
    occurredAt,
    data: { item: r.serviceTitle, department: r.departmentName, text: extra.text ?? null }
  })
}

/** The outcome words a rectified notice carries. */
export function outcomeWords(outcome: RectificationOutcome | null): string {
  return outcome ? RECTIFICATION_OUTCOME_LABELS[outcome] : '已处理'
}

const residentLink = (e: NoticeEvent) => ({ page: '/pages/reviews/detail/index', query: { id: e.subjectId } })
const staffLink = (e: NoticeEvent) => ({ page: '/staff/pages/reviews/detail/index', query: { id: e.subjectId } })

/** How rating events read in the inbox and as subscribe messages. */
export const reviewNotices = {
  'review.rectified': {
    text: (e) => ({
      title: '您的评价已整改回复',
      body: `您对“${e.data.item}”的评价，${e.data.department}已处理：${(e.data.text ?? '').replace(/[。！？.!?]+$/, '')}。请看看结果并评价整改是否满意。`,
      link: residentLink(e)
    }),
    wechat: (e) => ({
      template: 'reviewResult',
      values: { item: `差评整改：${e.data.item ?? ''}`, result: '已整改回复', note: '请评价整改是否满意', at: e.occurredAt }
    })
  },
  'review.escalated': {
    text: (e) => ({ title: '差评整改督办', body: `“${e.data.item}”的差评整改（${e.data.department}）${e.data.text ?? '需要督办'}。`, link: staffLink(e) }),
    wechat: () => null
  },
  'review.appealed': {
    text: (e) => ({ title: '差评申诉待裁定', body: `${e.data.department}对“${e.data.item}”的评价提出申诉：${e.data.text ?? ''}`, link: staffLink(e) }),
    wechat: () => null
  },
  'review.appealDecided': {
    text: (e) => ({ title: '差评申诉已裁定', body: `您对“${e.data.item}”评价的申诉：${e.data.text ?? ''}`, link: staffLink(e) }),
    wechat: () => null
  }
} satisfies Record<ReviewEventType, NoticeEventDefinition>
