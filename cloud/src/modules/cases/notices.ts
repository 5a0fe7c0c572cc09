import { CASE_TYPE_LABELS } from '../../../../src/shared/cases'
import { noticeEvent, type NoticeAudience, type NoticeEvent, type NoticeEventData, type NoticeEventDefinition, type Recipient } from '../../lib/notices'
import type { CaseDoc } from './model'

type CaseEventType =
  | 'case.accepted'
  | 'case.rejected'
  | 'case.infoRequested'
  | 'case.replied'
  | 'case.overdueApology'
  | 'case.escalated'
  | 'case.closed'
  | 'case.deadlineMoved'
  | 'case.reopened'
  | 'case.followUp'
  | 'case.transferred'

/** Who hears about a case: the applicant and, when an assistant submitted it, that assistant too. */
export function caseAudience(c: Pick<CaseDoc, 'acting'>): NoticeAudience[] {
  const { acting } = c
  if (!acting.onBehalf) return [{ kind: 'user', userId: String(acting.submitterId), as: 'self' }]
  return [
    { kind: 'person', personId: String(acting.applicantPersonId), as: 'applicant' },
    { kind: 'user', userId: String(acting.submitterId), as: 'assistant' }
  ]
}

/** The township's admins (中心负责人), who are told of escalations. */
export const admins = (c: Pick<CaseDoc, 'townshipId'>): NoticeAudience => ({ kind: 'townshipAdmins', townshipId: String(c.townshipId), as: 'admin' })

/** Who handles a case: its department's staff, or the township admins while it has no department. */
export function handlingStaff(c: Pick<CaseDoc, 'townshipId' | 'departmentId'>): NoticeAudience[] {
  return c.departmentId ? [{ kind: 'departmentStaff', departmentId: String(c.departmentId), as: 'staff' }] : [admins(c)]
}

/** Residents who follow a case as theirs too ("这是我的问题"): told of its public answers. */
export function followerAudience(userIds: readonly string[]): NoticeAudience[] {
  return userIds.map((userId) => ({ kind: 'user', userId, as: 'follower' }))
}

/**
 * The notice event of a case change, pushed in the same update as the change. It reaches the
 * resident (and their assistant) unless `audience` says who else; the escalation reaches the admins.
 */
export function caseNotice(
  type: CaseEventType,
  c: Pick<CaseDoc, '_id' | 'number' | 'townshipId' | 'acting' | 'type' | 'title'>,
  occurredAt: Date,
  extra: { text?: string | null; suffix?: string; audience?: NoticeAudience[]; data?: NoticeEventData } = {}
): NoticeEvent {
  return noticeEvent(type, {
    subjectType: 'case',
    subjectId: String(c._id),
    townshipId: String(c.townshipId),
    audience: extra.audience ?? (type === 'case.escalated' ? [admins(c)] : caseAudience(c)),
    onBehalfOfName: c.acting.onBehalf ? c.acting.applicantName : null,
    suffix: extra.suffix,
    occurredAt,
    data: { number: c.number, item: `${CASE_TYPE_LABELS[c.type]}：${c.title}`, text: extra.text ?? null, ...extra.data }
  })
}

const link = (e: NoticeEvent) => ({ page: '/pages/cases/detail/index', query: { id: e.subjectId } })
const staffLink = (e: NoticeEvent) => ({ page: '/staff/pages/cases/detail/index', query: { id: e.subjectId } })
const progress = (status: string, note: string | null) => (e: NoticeEvent) => ({
  template: 'caseProgress' as const,
  values: { number: e.data.number ?? null, item: e.data.item ?? null, status, note, at: e.occurredAt }
})
const isFollower = (to: Recipient) => to.as === 'follower'
const withoutStop = (s: string | null | undefined) => (s ?? '').replace(/[。！？.!?]+$/, '')

/** How case events read in the inbox and as subscribe messages. */
export const caseNotices = {
  'case.accepted': {
    text: (e) => ({ title: '诉求已受理', body: `您的诉求（${e.data.number}）已受理，我们会按时限办理并答复。`, link: link(e) }),
    wechat: (e) => progress('已受理', '我们会按时限办理')(e)
  },
  'case.rejected': {
    text: (e) => ({ title: '诉求不予受理', body: `您的诉求（${e.data.number}）不予受理。原因：${e.data.text ?? '未说明'}`, link: link(e) }),
    wechat: (e) => progress('不予受理', e.data.text ?? null)(e)
  },
  'case.infoRequested': {
    text: (e) => ({ title: '请补充诉求材料', body: `办理您的诉求（${e.data.number}）需要补充：${e.data.text ?? ''}。补充后继续办理。`, link: link(e) }),
    wechat: (e) => progress('待补充', e.data.text ?? null)(e)
  },
  'case.replied': {
    text: (e, to) =>
      isFollower(to)
        ? { title: '您关注的诉求已答复', body: `您关注的诉求（${e.data.item ?? e.data.number}）已答复：${withoutStop(e.data.text)}。`, link: { page: '/pages/hot/list/index', query: {} } }
        : { title: '诉求已答复', body: `您的诉求（${e.data.number}）已答复：${withoutStop(e.data.text)}。请查看并确认。`, link: link(e) },
    wechat: (e, to) => (isFollower(to) ? null : progress('已答复', '请查看答复并确认')(e))
  },
  'case.overdueApology': {
    text: (e) => ({
      title: '办理超时致歉',
      body: `很抱歉，您的诉求（${e.data.number}）没能在承诺时限内办完。中心负责人已督办，我们会尽快答复。`,
      link: link(e)
    }),
    wechat: (e) => progress('督办中', '超出时限，已督办，尽快答复')(e)
  },
  'case.escalated': {
    text: (e) => ({ title: '诉求超期督办', body: `诉求（${e.data.number}）${e.data.item ?? ''}已超过办理时限，请督办。`, link: staffLink(e) }),
    wechat: () => null
  },
  'case.closed': {
    text: (e) => ({ title: '诉求已办结', body: `您的诉求（${e.data.number}）已办结，欢迎对办理情况进行评价。`, link: link(e) }),
    wechat: (e) => progress('已办结', '欢迎评价')(e)
  },
  'case.deadlineMoved': {
    text: (e) => ({ title: '办理期限调整', body: `因工作日历调整，您的诉求（${e.data.number}）${e.data.text ?? ''}。`, link: link(e) }),
    // Inbox only: a one-time subscription is kept for the result the resident waits for.
    wechat: () => null
  },
  'case.reopened': {
    text: (e, to) => ({
      title: e.data.escalated && to.as === 'admin' ? '诉求再次反映没有解决，请督办' : '群众反映没有解决，请重新办理',
      body: `诉求（${e.data.number}）${e.data.item ?? ''}：群众答复“没有解决”。原因：${e.data.text ?? '未说明'}`,
      link: staffLink(e)
    }),
    wechat: () => null
  },
  'case.followUp': {
    text: (e) => ({ title: '群众追问', body: `诉求（${e.data.number}）${e.data.item ?? ''}有新的追问：${e.data.text ?? ''}`, link: staffLink(e) }),
    wechat: () => null
  },
  'case.transferred': {
    text: (e) => ({ title: '诉求已转办', body: `您的诉求（${e.data.number}）不属于乡镇办理，已转至${e.data.text ?? '上级部门'}办理。`, link: link(e) }),
    wechat: (e) => progress('已转办', `已转至${e.data.text ?? '上级部门'}`)(e)
  }
} satisfies Record<CaseEventType, NoticeEventDefinition>
