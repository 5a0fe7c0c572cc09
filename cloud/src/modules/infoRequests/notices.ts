import { noticeEvent, type NoticeAudience, type NoticeEvent, type NoticeEventDefinition } from '../../lib/notices'
import type { InfoRequestDoc } from './model'

type RequestEventType =
  | 'infoRequest.submitted'
  | 'infoRequest.received'
  | 'infoRequest.correctionRequested'
  | 'infoRequest.extended'
  | 'infoRequest.consulting'
  | 'infoRequest.replied'
  | 'infoRequest.closed'

/** Who hears about a request: the applicant and, when an assistant applied for them, that assistant too. */
export function requestAudience(r: Pick<InfoRequestDoc, 'acting'>): NoticeAudience[] {
  if (!r.acting.onBehalf) return [{ kind: 'user', userId: String(r.acting.submitterId), as: 'self' }]
  return [
    { kind: 'person', personId: String(r.acting.applicantPersonId), as: 'applicant' },
    { kind: 'user', userId: String(r.acting.submitterId), as: 'assistant' }
  ]
}

type RequestRef = Pick<InfoRequestDoc, '_id' | 'number' | 'townshipId' | 'acting' | 'description'>

/**
 * The notice event of a request step, pushed in the same update as the step. `submitted` goes to
 * the township's admins and the office's staff (`staffIds`); every other event to the applicant.
 */
export function requestNotice(
  type: RequestEventType,
  r: RequestRef,
  occurredAt: Date,
  extra: { text?: string | null; status?: string; suffix?: string; staffIds?: readonly string[] } = {}
): NoticeEvent {
  const audience: NoticeAudience[] =
    type === 'infoRequest.submitted'
      ? [{ kind: 'townshipAdmins', townshipId: String(r.townshipId), as: 'admin' }, ...(extra.staffIds ?? []).map((userId) => ({ kind: 'user' as const, userId, as: 'admin' as const }))]
      : requestAudience(r)
  return noticeEvent(type, {
    subjectType: 'infoRequest',
    subjectId: String(r._id),
    townshipId: String(r.townshipId),
    audience,
    onBehalfOfName: r.acting.onBehalf ? r.acting.applicantName : null,
    suffix: extra.suffix,
    occurredAt,
    data: { number: r.number, item: r.description.replace(/\s+/g, ' ').slice(0, 20), text: extra.text ?? null, status: extra.status ?? null }
  })
}

const link = (e: NoticeEvent) => ({ page: '/pages/infoRequests/detail/index', query: { id: e.subjectId } })
const progress = (status: string, note: (e: NoticeEvent) => string | null) => (e: NoticeEvent) => ({
  template: 'infoRequestProgress' as const,
  values: { number: e.data.number ?? null, item: e.data.item ?? null, status, note: note(e), at: e.occurredAt }
})
const trimEnd = (s: string | null | undefined) => (s ?? '').replace(/[。！？.!?]+$/, '')

/** How request events read in the inbox and as subscribe messages. */
export const requestNotices = {
  'infoRequest.submitted': {
    text: (e) => ({
      title: '新的信息公开申请',
      body: `收到信息公开申请（${e.data.number}）：${e.data.item ?? ''}。请确认收到并按期答复。`,
      link: { page: '/staff/pages/infoRequests/detail/index', query: { id: e.subjectId } }
    }),
    wechat: () => null
  },
  'infoRequest.received': {
    text: (e) => ({ title: '信息公开申请已收到', body: `您的申请（${e.data.number}）已收到，${trimEnd(e.data.text)}。`, link: link(e) }),
    wechat: progress('已收到', (e) => e.data.text ?? null)
  },
  'infoRequest.correctionRequested': {
    text: (e) => ({ title: '请补正信息公开申请', body: `您的申请（${e.data.number}）需要补正：${trimEnd(e.data.text)}。`, link: link(e) }),
    wechat: progress('待补正', () => '请按告知内容补正申请')
  },
  'infoRequest.extended': {
    text: (e) => ({ title: '信息公开申请延期答复', body: `您的申请（${e.data.number}）延期答复：${trimEnd(e.data.text)}。`, link: link(e) }),
    wechat: progress('延期答复', (e) => e.data.text ?? null)
  },
  'infoRequest.consulting': {
    text: (e) => ({ title: '信息公开申请正在征求意见', body: `您的申请（${e.data.number}）${trimEnd(e.data.text)}。`, link: link(e) }),
    wechat: progress('征求意见', () => '征求意见时间不计入答复期限')
  },
  'infoRequest.replied': {
    text: (e) => ({ title: '信息公开申请已答复', body: `您的申请（${e.data.number}）已答复：${e.data.status ?? ''}。请查看答复书和救济途径。`, link: link(e) }),
    wechat: progress('已答复', (e) => e.data.status ?? null)
  },
  'infoRequest.closed': {
    text: (e) => ({ title: '信息公开申请已终止', body: `您的申请（${e.data.number}）已终止：${trimEnd(e.data.text)}。`, link: link(e) }),
    wechat: progress('已终止', (e) => e.data.text ?? null)
  }
} satisfies Record<RequestEventType, NoticeEventDefinition>
