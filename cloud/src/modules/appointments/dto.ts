import {
  bookingQrText,
  cutSlots,
  type BookingDTO,
  type BookingUpdateDTO,
  type OpeningTemplateDTO,
  type ScheduleExceptionDTO,
  type StaffBookingDTO,
  type VisibleBookingStatus
} from '../../../../src/shared/appointments'
import type { WindowInfo } from './load'
import type { BookingDoc, OpeningTemplateDoc, ScheduleExceptionDoc } from './model'

const visible = (status: BookingDoc['status']): VisibleBookingStatus => (status === 'pending' ? 'booked' : status)

function historyDTO(doc: BookingDoc): BookingUpdateDTO[] {
  return doc.updates.map((u) => ({ at: u.at.toISOString(), action: u.action, authorRole: u.authorRole, publicText: u.publicText }))
}

/** A booking as its maker (or the person it is for) sees it; `now` decides whether it can still be changed. */
export function toBookingDTO(doc: BookingDoc, window: WindowInfo, now: Date): BookingDTO {
  const changeable = doc.status === 'booked' && doc.pendingMove === null && now.getTime() < doc.changeDeadline.getTime()
  return {
    id: String(doc._id),
    status: visible(doc.status),
    source: doc.source,
    code: doc.code,
    qrText: bookingQrText(doc.date, doc.code),
    guide: { id: doc.guideId ? String(doc.guideId) : null, title: doc.guideTitle },
    department: window,
    date: doc.date,
    start: doc.start,
    end: doc.end,
    startsAt: doc.startsAt.toISOString(),
    endsAt: doc.endsAt.toISOString(),
    applicantName: doc.acting.applicantName,
    onBehalf: doc.acting.onBehalf,
    changeDeadline: doc.changeDeadline.toISOString(),
    canCancel: changeable,
    canReschedule: changeable && doc.guideId !== null,
    createdAt: doc.createdAt.toISOString(),
    history: historyDTO(doc)
  }
}

/** A row of the staff day view (the applicant's phone masked). */
export function toStaffBookingDTO(doc: BookingDoc, window: WindowInfo, phoneMasked: string | null, now: Date): StaffBookingDTO {
  return {
    id: String(doc._id),
    status: visible(doc.status),
    source: doc.source,
    code: doc.code,
    date: doc.date,
    start: doc.start,
    end: doc.end,
    guideTitle: doc.guideTitle,
    departmentId: String(doc.departmentId),
    windowName: window.windowName || window.name,
    applicantName: doc.acting.applicantName,
    applicantPhoneMasked: doc.walkInPhoneMasked ?? phoneMasked,
    onBehalf: doc.acting.onBehalf,
    note: doc.note,
    checkedInAt: doc.checkedInAt ? doc.checkedInAt.toISOString() : null,
    canMarkNoShow: doc.status === 'booked' && now.getTime() >= doc.endsAt.getTime(),
    canComplete: doc.status === 'checked_in'
  }
}

/** A day exception as the editor sees it. */
export function toExceptionDTO(doc: ScheduleExceptionDoc): ScheduleExceptionDTO {
  return {
    id: String(doc._id),
    templateId: String(doc.templateId),
    date: doc.date,
    kind: doc.kind,
    reason: doc.reason,
    sessions: doc.sessions.map((s) => ({ start: s.start, end: s.end })),
    capacity: doc.capacity ?? null,
    updatedAt: doc.updatedAt.toISOString()
  }
}

/** A template as the editor sees it, with an ordinary day's slots and its upcoming exceptions. */
export function toTemplateDTO(
  doc: OpeningTemplateDoc,
  names: { departmentName: string; windowName: string; guideTitle: string | null },
  exceptions: ScheduleExceptionDoc[]
): OpeningTemplateDTO {
  const sessions = doc.sessions.map((s) => ({ start: s.start, end: s.end }))
  return {
    id: String(doc._id),
    townshipId: String(doc.townshipId),
    departmentId: String(doc.departmentId),
    guideId: doc.guideId ? String(doc.guideId) : null,
    ...names,
    weekdays: [...doc.weekdays] as OpeningTemplateDTO['weekdays'],
    sessions,
    slotMinutes: doc.slotMinutes as OpeningTemplateDTO['slotMinutes'],
    capacity: doc.capacity,
    horizonDays: doc.horizonDays,
    closeBeforeMinutes: doc.closeBeforeMinutes,
    changeBeforeMinutes: doc.changeBeforeMinutes,
    active: doc.active,
    revision: doc.revision,
    updatedAt: doc.updatedAt.toISOString(),
    daySlots: cutSlots(sessions, doc.slotMinutes),
    exceptions: exceptions.map(toExceptionDTO)
  }
}
