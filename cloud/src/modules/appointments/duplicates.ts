import { formatDateCn } from '../../../../src/shared/appointments'
import { conflict, type AppError } from '../../lib/errors'
import { isDuplicateKeyError } from '../../lib/mongoErrors'
import type { BookingDoc } from './model'

/** Which unique key of a booking a duplicate key error hit, if any. */
export function duplicateBookingKey(err: unknown): 'activeKey' | 'code' | null {
  if (!isDuplicateKeyError(err)) return null
  const pattern = (err as { keyPattern?: Record<string, unknown> }).keyPattern
  const message = String((err as { message?: unknown }).message ?? '')
  if (pattern ? 'activeKey' in pattern : message.includes('activeKey')) return 'activeKey'
  if (pattern ? 'code' in pattern : message.includes('code')) return 'code'
  return null
}

/** `<applicantPersonId>:<guideId>:<date>`: one active booking per applicant, service and day. */
export function activeKeyOf(applicantPersonId: string, guideId: string, date: string): string {
  return `${applicantPersonId}:${guideId}:${date}`
}

/** 409: the applicant already has a booking for the service that day. */
export function alreadyBooked(existing: Pick<BookingDoc, 'date' | 'start' | 'guideTitle' | 'acting'> | null, date: string): AppError {
  const who = existing?.acting.onBehalf ? `${existing.acting.applicantName}` : '您'
  const what = existing ? `“${existing.guideTitle}”${formatDateCn(existing.date)} ${existing.start} 的预约` : `${formatDateCn(date)}的预约`
  return conflict('ALREADY_BOOKED', `${who}已经有${what}了，同一事项一天只能约一次。要换时间请在“我的预约”里改约`)
}
