import type {
  AvailabilityDTO,
  BookingDTO,
  CheckInResultDTO,
  DayViewDTO,
  OpeningTemplateDTO,
  OpeningTemplateInput,
  OpeningTemplateListDTO,
  ScheduleExceptionInput,
  ScheduleExceptionSavedDTO,
  StaffBookingDTO,
  WalkInInput
} from '../shared/appointments'
import type { LocalDate } from '../shared/calendar'
import type { HelpedPersonDTO } from '../shared/people'
import { request } from './http'

const enc = encodeURIComponent

/** The days and slots a service can be booked on, with seats left. */
export function getAvailability(guideId: string): Promise<AvailabilityDTO> {
  return request<AvailabilityDTO>('/api/appointments/availability', { query: { guideId } })
}

/**
 * Books a slot; `actingFor` (an assistant's helped person) books for them. Retrying with the same
 * idempotency key returns the same booking.
 */
export function bookAppointment(
  input: { guideId: string; date: LocalDate; start: string },
  idempotencyKey: string,
  actingFor?: string
): Promise<BookingDTO> {
  return request<BookingDTO>('/api/appointments', { method: 'POST', body: input, idempotencyKey, actingFor })
}

/** My appointments: waiting (`upcoming`) or history (`past`). */
export function listMyAppointments(scope: 'upcoming' | 'past'): Promise<BookingDTO[]> {
  return request<BookingDTO[]>('/api/appointments/mine', { query: { scope } })
}

/** One of my appointments. */
export function getAppointment(id: string): Promise<BookingDTO> {
  return request<BookingDTO>(`/api/appointments/${enc(id)}`)
}

/** Cancels my appointment (the seat goes back once, however often this is retried). */
export function cancelAppointment(id: string, idempotencyKey: string, reason?: string): Promise<BookingDTO> {
  return request<BookingDTO>(`/api/appointments/${enc(id)}/cancel`, { method: 'POST', body: reason ? { reason } : {}, idempotencyKey })
}

/** Moves my appointment to another slot of the same service. */
export function rescheduleAppointment(id: string, input: { date: LocalDate; start: string }, idempotencyKey: string): Promise<BookingDTO> {
  return request<BookingDTO>(`/api/appointments/${enc(id)}/reschedule`, { method: 'POST', body: input, idempotencyKey })
}

/** The people an assistant helps (for booking on their behalf). */
export function listHelpedPeople(): Promise<HelpedPersonDTO[]> {
  return request<HelpedPersonDTO[]>('/api/assistant/people')
}

/** Staff: one day of the windows I serve (today unless a date is given). */
export function getDayView(query: { date?: LocalDate; departmentId?: string } = {}): Promise<DayViewDTO> {
  return request<DayViewDTO>('/api/staff/appointments/day', { query })
}

/** Staff: checks a person in by the code they show or a scanned QR text. */
export function checkIn(input: { code: string } | { qr: string }): Promise<CheckInResultDTO> {
  return request<CheckInResultDTO>('/api/staff/appointments/check-in', { method: 'POST', body: input })
}

/** Staff: marks a booked person who did not come (after the slot ended). */
export function markNoShow(id: string): Promise<StaffBookingDTO> {
  return request<StaffBookingDTO>(`/api/staff/appointments/${enc(id)}/no-show`, { method: 'POST', body: {} })
}

/** Staff: the visit is done; the person is invited to rate it. */
export function completeVisit(id: string): Promise<StaffBookingDTO> {
  return request<StaffBookingDTO>(`/api/staff/appointments/${enc(id)}/complete`, { method: 'POST', body: {} })
}

/** Staff: records a person served without a booking. */
export function recordWalkIn(input: WalkInInput, idempotencyKey: string): Promise<StaffBookingDTO> {
  return request<StaffBookingDTO>('/api/staff/appointments/walk-ins', { method: 'POST', body: input, idempotencyKey })
}

/** Staff: the opening templates of the windows I serve. */
export function listOpeningTemplates(): Promise<OpeningTemplateListDTO> {
  return request<OpeningTemplateListDTO>('/api/staff/appointments/templates')
}

/** Staff: creates (baseRevision 0) or replaces a template. */
export function saveOpeningTemplate(template: OpeningTemplateInput, baseRevision: number): Promise<OpeningTemplateDTO> {
  return request<OpeningTemplateDTO>('/api/staff/appointments/templates', { method: 'PUT', body: { template, baseRevision } })
}

/** Staff: closes a day or adds sessions to it. */
export function setScheduleException(templateId: string, date: LocalDate, input: ScheduleExceptionInput): Promise<ScheduleExceptionSavedDTO> {
  return request<ScheduleExceptionSavedDTO>(`/api/staff/appointments/templates/${enc(templateId)}/exceptions/${enc(date)}`, {
    method: 'PUT',
    body: input
  })
}

/** Staff: the day follows the weekly template again. */
export function removeScheduleException(templateId: string, date: LocalDate): Promise<{ date: LocalDate; removed: boolean }> {
  return request(`/api/staff/appointments/templates/${enc(templateId)}/exceptions/${enc(date)}`, { method: 'DELETE' })
}
