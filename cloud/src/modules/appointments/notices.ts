import { formatDateCn } from '../../../../src/shared/appointments'
import { noticeEvent, type NoticeAudience, type NoticeEvent, type NoticeEventDefinition } from '../../lib/notices'
import type { BookingDoc } from './model'
import type { WindowInfo } from './load'

type AppointmentEventType = 'appointment.booked' | 'appointment.rescheduled' | 'appointment.cancelled' | 'appointment.reminder' | 'appointment.rateInvite'

/** Who hears about a booking: the applicant (when they have an account) and, if someone else booked for them, that person. */
export function bookingAudience(booking: Pick<BookingDoc, 'acting'>): NoticeAudience[] {
  const { acting } = booking
  if (!acting.applicantPersonId) return []
  if (!acting.onBehalf) return [{ kind: 'user', userId: String(acting.submitterId), as: 'self' }]
  return [
    { kind: 'person', personId: String(acting.applicantPersonId), as: 'applicant' },
    { kind: 'user', userId: String(acting.submitterId), as: 'assistant' }
  ]
}

/**
 * The notice event of a booking change, to be pushed in the same update as the change.
 * `suffix` makes repeated events of one booking distinct (each reschedule, each reminder day).
 */
export function bookingNotice(
  type: AppointmentEventType,
  booking: Pick<BookingDoc, '_id' | 'townshipId' | 'acting' | 'guideTitle' | 'date' | 'start' | 'end' | 'startsAt' | 'code'>,
  window: WindowInfo,
  occurredAt: Date,
  extra: { suffix?: string; reason?: string | null } = {}
): NoticeEvent {
  return noticeEvent(type, {
    subjectType: 'appointment',
    subjectId: String(booking._id),
    townshipId: String(booking.townshipId),
    audience: bookingAudience(booking),
    onBehalfOfName: booking.acting.onBehalf ? booking.acting.applicantName : null,
    suffix: extra.suffix,
    occurredAt,
    data: {
      item: booking.guideTitle,
      when: `${formatDateCn(booking.date)} ${booking.start}–${booking.end}`,
      startsAt: booking.startsAt.toISOString(),
      window: window.windowName || window.name,
      place: window.place || window.windowName,
      phone: window.phone || null,
      code: booking.code,
      reason: extra.reason ?? null
    }
  })
}

const link = (e: NoticeEvent) => ({ page: '/pages/appointments/detail/index', query: { id: e.subjectId } })

/** How appointment events read in the inbox and as subscribe messages. */
export const appointmentNotices = {
  'appointment.booked': {
    text: (e) => ({
      title: '预约成功',
      body: `您已预约“${e.data.item}”，${e.data.when}，地点：${e.data.place}。签到码 ${e.data.code}，到大厅后出示签到码或二维码。请带齐材料。`,
      link: link(e)
    }),
    wechat: (e) => ({
      template: 'appointmentStatus',
      values: { item: e.data.item ?? null, time: e.data.startsAt ?? null, place: e.data.place ?? null, status: '预约成功', note: `签到码${e.data.code}` }
    })
  },
  'appointment.rescheduled': {
    text: (e) => ({
      title: '预约已改期',
      body: `“${e.data.item}”已改到 ${e.data.when}，地点：${e.data.place}。新的签到码 ${e.data.code}。`,
      link: link(e)
    }),
    wechat: (e) => ({
      template: 'appointmentStatus',
      values: { item: e.data.item ?? null, time: e.data.startsAt ?? null, place: e.data.place ?? null, status: '已改约', note: `签到码${e.data.code}` }
    })
  },
  'appointment.cancelled': {
    text: (e) => ({
      title: '预约已取消',
      body: `“${e.data.item}”${e.data.when}的预约已取消${e.data.reason ? `，原因：${e.data.reason}` : ''}。需要的话可以重新预约，不预约直接到窗口也一样办理。`,
      link: link(e)
    }),
    wechat: (e) => ({
      template: 'appointmentStatus',
      values: { item: e.data.item ?? null, time: e.data.startsAt ?? null, place: e.data.place ?? null, status: '已取消', note: e.data.reason ?? '可重新预约' }
    })
  },
  'appointment.reminder': {
    text: (e) => ({
      title: '明天记得来办事',
      body: `提醒：您预约了“${e.data.item}”，${e.data.when}，地点：${e.data.place}。签到码 ${e.data.code}。请带齐材料；来不了请提前取消或改约。`,
      link: link(e)
    }),
    wechat: (e) => ({
      template: 'appointmentReminder',
      values: { item: e.data.item ?? null, time: e.data.startsAt ?? null, place: e.data.place ?? null, code: e.data.code ?? null, note: '请带齐材料按时到窗口' }
    })
  },
  'appointment.rateInvite': {
    text: (e) => ({
      title: '请为这次办事评价',
      body: `“${e.data.item}”已经办好了。您对${e.data.window}的服务满意吗？花半分钟评价一下，帮我们改进。`,
      link: link(e)
    }),
    wechat: (e) => ({
      template: 'appointmentStatus',
      values: { item: e.data.item ?? null, time: e.data.startsAt ?? null, place: e.data.place ?? null, status: '已办结', note: '欢迎评价这次服务' }
    })
  }
} satisfies Record<AppointmentEventType, NoticeEventDefinition>
