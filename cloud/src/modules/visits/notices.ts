import { CASE_TYPE_LABELS } from '../../../../src/shared/cases'
import { chinaMonthDayTime } from '../../../../src/shared/chinaTime'
import { VOLUNTEER_KIND_LABELS, type VolunteerKind } from '../../../../src/shared/visits'
import { noticeEvent, type NoticeAudience, type NoticeEvent, type NoticeEventDefinition, type Recipient } from '../../lib/notices'
import { caseAudience } from '../cases/notices'
import type { CaseDispatch, CaseDoc } from '../cases/model'
import type { VolunteerDoc } from './model'

type VisitEventType = 'visit.dispatched' | 'visit.accepted' | 'visit.declined' | 'visit.expired' | 'visit.visited'
type VolunteerEventType = 'volunteer.registered' | 'volunteer.approved' | 'volunteer.rejected' | 'volunteer.suspended'

/** Who hears of each step of an order, besides nobody else: the resident side, the volunteer, the dispatcher. */
const AUDIENCE: Record<VisitEventType, { resident: boolean; volunteer: boolean; dispatcher: boolean }> = {
  'visit.dispatched': { resident: true, volunteer: true, dispatcher: false },
  'visit.accepted': { resident: true, volunteer: false, dispatcher: true },
  'visit.declined': { resident: false, volunteer: false, dispatcher: true },
  'visit.expired': { resident: false, volunteer: true, dispatcher: true },
  'visit.visited': { resident: true, volunteer: false, dispatcher: true }
}

/**
 * The notice event of a step of a help request's order, pushed in the same write as the step: the
 * resident (and the assistant who asked), the volunteer and the dispatcher as each step concerns them.
 * One event per step and round, so a repeated write never tells anyone twice.
 */
export function visitNotice(
  type: VisitEventType,
  c: Pick<CaseDoc, '_id' | 'number' | 'townshipId' | 'acting' | 'type' | 'title'>,
  d: Pick<CaseDispatch, 'round' | 'volunteerUserId' | 'volunteerName' | 'volunteerKind' | 'dispatcherId' | 'expiresAt' | 'plannedAt' | 'reason'>,
  occurredAt: Date,
  extra: { villageName?: string | null; text?: string | null } = {}
): NoticeEvent {
  const who = AUDIENCE[type]
  const audience: NoticeAudience[] = [
    ...(who.resident ? caseAudience(c) : []),
    ...(who.volunteer ? [{ kind: 'user' as const, userId: String(d.volunteerUserId), as: 'volunteer' as const }] : []),
    ...(who.dispatcher ? [{ kind: 'user' as const, userId: String(d.dispatcherId), as: 'dispatcher' as const }] : [])
  ]
  return noticeEvent(type, {
    subjectType: 'case',
    subjectId: String(c._id),
    townshipId: String(c.townshipId),
    audience,
    onBehalfOfName: c.acting.onBehalf ? c.acting.applicantName : null,
    suffix: `r${d.round}`,
    occurredAt,
    data: {
      number: c.number,
      item: `${CASE_TYPE_LABELS[c.type]}：${c.title}`,
      volunteer: `${VOLUNTEER_KIND_LABELS[d.volunteerKind as VolunteerKind] ?? '志愿者'}${d.volunteerName}`,
      village: extra.villageName ?? null,
      due: d.expiresAt.toISOString(),
      planned: d.plannedAt ? d.plannedAt.toISOString() : null,
      reason: d.reason,
      text: extra.text ?? null
    }
  })
}

const caseLink = (e: NoticeEvent) => ({ page: '/pages/cases/detail/index', query: { id: e.subjectId } })
const orderLink = (e: NoticeEvent) => ({ page: '/pages/volunteer/order/index', query: { id: e.subjectId } })
const dispatchLink = (e: NoticeEvent) => ({ page: '/staff/pages/visits/dispatch/index', query: { id: e.subjectId } })
const when = (iso: string | null | undefined) => (iso ? chinaMonthDayTime(iso) : '约定的时间')
const progress = (status: string, note: string | null) => (e: NoticeEvent) => ({
  template: 'caseProgress' as const,
  values: { number: e.data.number ?? null, item: e.data.item ?? null, status, note, at: e.occurredAt }
})
const isResident = (to: Recipient) => to.as === 'self' || to.as === 'applicant' || to.as === 'assistant'

/** How the steps of a home visit read, per recipient. */
export const visitNotices = {
  'visit.dispatched': {
    text: (e, to) =>
      to.as === 'volunteer'
        ? {
            title: '新的上门服务单',
            body: `${e.data.village ?? '本乡镇'}有一件求助（${e.data.number}）派给您：${e.data.item}。请在${when(e.data.due)}前接单并约好上门时间，去不了请说明原因。`,
            link: orderLink(e)
          }
        : { title: '已为您安排上门服务', body: `您的求助（${e.data.number}）已派给${e.data.volunteer}，对方确认上门时间后会通知您。`, link: caseLink(e) },
    wechat: (e, to) =>
      to.as === 'volunteer'
        ? { template: 'visitOrder', values: { item: e.data.item ?? null, place: e.data.village ?? null, due: e.data.due ?? null, note: '请按时接单' } }
        : progress('已派单', '等志愿者确认上门时间')(e)
  },
  'visit.accepted': {
    text: (e, to) =>
      isResident(to)
        ? { title: '志愿者已接单', body: `${e.data.volunteer}将于${when(e.data.planned)}上门，为您办理求助（${e.data.number}）。`, link: caseLink(e) }
        : { title: '服务单已接单', body: `${e.data.volunteer}接了求助（${e.data.number}），约定${when(e.data.planned)}上门。`, link: dispatchLink(e) },
    wechat: (e, to) => (isResident(to) ? progress('已接单', `${when(e.data.planned)}上门`)(e) : null)
  },
  'visit.declined': {
    text: (e) => ({
      title: '服务单被退回',
      body: `${e.data.volunteer}不能接求助（${e.data.number}）：${e.data.reason ?? '未说明'}。已退回待派单，请重新派给其他人。`,
      link: dispatchLink(e)
    }),
    wechat: () => null
  },
  'visit.expired': {
    text: (e, to) =>
      to.as === 'volunteer'
        ? { title: '服务单已超时', body: `求助（${e.data.number}）超过接单时限没有接，已退回重新派单。`, link: orderLink(e) }
        : { title: '服务单超时未接', body: `派给${e.data.volunteer}的求助（${e.data.number}）到时没有接单，已退回待派单，请重新派单。`, link: dispatchLink(e) },
    wechat: () => null
  },
  'visit.visited': {
    text: (e, to) =>
      isResident(to)
        ? { title: '已上门服务', body: `${e.data.volunteer}已上门：${(e.data.text ?? '').replace(/[。！？.!?]+$/, '')}。请确认办好了没有，并给个评价。`, link: caseLink(e) }
        : { title: '上门服务已完成', body: `${e.data.volunteer}记录了求助（${e.data.number}）的上门服务，等群众确认。`, link: dispatchLink(e) },
    wechat: (e, to) => (isResident(to) ? progress('已上门服务', '请确认并评价')(e) : null)
  }
} satisfies Record<VisitEventType, NoticeEventDefinition>

/** The notice event of a registration's step; `step` (the number of its update) keeps each step's event distinct. */
export function volunteerNotice(
  type: VolunteerEventType,
  v: Pick<VolunteerDoc, '_id' | 'townshipId' | 'userId' | 'realName' | 'kind'>,
  occurredAt: Date,
  extra: { step: number; villageName?: string; reason?: string | null }
): NoticeEvent {
  return noticeEvent(type, {
    subjectType: 'volunteer',
    subjectId: String(v._id),
    townshipId: String(v.townshipId),
    audience:
      type === 'volunteer.registered'
        ? [{ kind: 'townshipAdmins', townshipId: String(v.townshipId), as: 'admin' }]
        : [{ kind: 'user', userId: String(v.userId), as: 'self' }],
    suffix: `s${extra.step}`,
    occurredAt,
    data: { name: v.realName, kind: VOLUNTEER_KIND_LABELS[v.kind], village: extra.villageName ?? null, reason: extra.reason ?? null, at: occurredAt.toISOString() }
  })
}

const myRegistration = { page: '/pages/volunteer/register/index', query: {} }

/** How volunteer registrations read. */
export const volunteerNotices = {
  'volunteer.registered': {
    text: (e) => ({
      title: `新的${e.data.kind}登记待审核`,
      body: `${e.data.name}登记为${e.data.village ?? ''}的${e.data.kind}，请核实后审核。`,
      link: { page: '/staff/pages/volunteers/index', query: {} }
    }),
    wechat: (e) => ({ template: 'newApplication', values: { item: `${e.data.kind}登记`, applicant: e.data.name ?? null, at: e.data.at ?? e.occurredAt } })
  },
  'volunteer.approved': {
    text: (e) => ({ title: `${e.data.kind}登记已通过`, body: '您的登记已通过审核。有群众的求助派给您时会通知您，在“我的”→“志愿服务”里接单。', link: { page: '/pages/volunteer/orders/index', query: {} } }),
    wechat: (e) => ({ template: 'reviewResult', values: { item: `${e.data.kind}登记`, result: '已通过', note: '有派单时会通知您', at: e.data.at ?? e.occurredAt } })
  },
  'volunteer.rejected': {
    text: (e) => ({ title: `${e.data.kind}登记未通过`, body: `您的登记没有通过。原因：${e.data.reason ?? '未说明'}。修改后可以重新提交。`, link: myRegistration }),
    wechat: (e) => ({ template: 'reviewResult', values: { item: `${e.data.kind}登记`, result: '未通过', note: e.data.reason ?? null, at: e.data.at ?? e.occurredAt } })
  },
  'volunteer.suspended': {
    text: (e) => ({ title: '志愿服务已暂停', body: `中心暂停了您的上门服务：${e.data.reason ?? '未说明'}。有疑问请联系服务中心，之后可以重新提交登记。`, link: myRegistration }),
    wechat: (e) => ({ template: 'reviewResult', values: { item: `${e.data.kind}登记`, result: '已暂停', note: e.data.reason ?? null, at: e.data.at ?? e.occurredAt } })
  }
} satisfies Record<VolunteerEventType, NoticeEventDefinition>
