import { noticeEvent, type NoticeEvent, type NoticeEventDefinition } from '../../lib/notices'
import type { DisclosureItemDoc } from './model'

type DisclosureEventType = 'disclosure.published' | 'disclosure.reviewRequested' | 'disclosure.returned'

/** How many subscribers one published-event reaches (a big village's subscribers make several events). */
export const SUBSCRIBERS_PER_EVENT = 200

type ItemRef = Pick<DisclosureItemDoc, '_id' | 'townshipId'> & { content: { title: string; source: string } }

const base = (item: ItemRef) => ({
  subjectType: 'disclosureItem',
  subjectId: String(item._id),
  townshipId: String(item.townshipId),
  data: { title: item.content.title, source: item.content.source }
})

/** The events telling subscribers of the item's village or domain that it was published, in batches. */
export function publishedNotices(item: ItemRef, subscriberIds: readonly string[], occurredAt: Date, where: string): NoticeEvent[] {
  const events: NoticeEvent[] = []
  for (let at = 0; at < subscriberIds.length; at += SUBSCRIBERS_PER_EVENT) {
    events.push(
      noticeEvent('disclosure.published', {
        ...base(item),
        data: { ...base(item).data, where },
        audience: subscriberIds.slice(at, at + SUBSCRIBERS_PER_EVENT).map((userId) => ({ kind: 'user' as const, userId, as: 'self' as const })),
        occurredAt,
        suffix: String(at / SUBSCRIBERS_PER_EVENT)
      })
    )
  }
  return events
}

/** Tells the township's admins an item waits for review. */
export function reviewRequestedNotice(item: ItemRef, occurredAt: Date, round: number): NoticeEvent {
  return noticeEvent('disclosure.reviewRequested', {
    ...base(item),
    audience: [{ kind: 'townshipAdmins', townshipId: String(item.townshipId), as: 'admin' }],
    occurredAt,
    suffix: String(round)
  })
}

/** Tells the submitter the reviewer sent the item back, and why. */
export function returnedNotice(item: ItemRef, submitterId: string, reason: string, occurredAt: Date, round: number): NoticeEvent {
  return noticeEvent('disclosure.returned', {
    ...base(item),
    data: { ...base(item).data, reason },
    audience: [{ kind: 'user', userId: submitterId, as: 'self' }],
    occurredAt,
    suffix: String(round)
  })
}

const staffLink = (e: NoticeEvent) => ({ page: '/staff/pages/disclosure/edit/index', query: { id: e.subjectId } })

/** How disclosure events read in the inbox and as subscribe messages. */
export const disclosureNotices = {
  'disclosure.published': {
    text: (e) => ({
      title: '您订阅的公开信息有更新',
      body: `${e.data.where ?? ''}发布了“${e.data.title ?? ''}”（${e.data.source ?? ''}）。`,
      link: { page: '/pages/disclosure/detail/index', query: { id: e.subjectId } }
    }),
    wechat: (e) => ({ template: 'disclosureUpdate', values: { title: e.data.title ?? null, source: e.data.source ?? null, at: e.occurredAt } })
  },
  'disclosure.reviewRequested': {
    text: (e) => ({ title: '公开信息待审核', body: `“${e.data.title ?? ''}”已提交审核，请另一位工作人员审核后发布。`, link: staffLink(e) }),
    wechat: () => null
  },
  'disclosure.returned': {
    text: (e) => ({ title: '公开信息被退回修改', body: `“${e.data.title ?? ''}”审核未通过：${e.data.reason ?? ''}`, link: staffLink(e) }),
    wechat: () => null
  }
} satisfies Record<DisclosureEventType, NoticeEventDefinition>
