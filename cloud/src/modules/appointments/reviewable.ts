import { Types, type Connection } from 'mongoose'
import { bookingModel, type BookingDoc } from './model'

/** A booking as 好差评 rates it: who it was for, who served, and when the visit was completed. */
export interface ReviewableBooking {
  townshipId: Types.ObjectId
  departmentId: Types.ObjectId
  title: string
  /** Null for a walk-in typed in by staff without a person record. */
  applicantName: string
  applicantPersonId: Types.ObjectId | null
  /** When staff marked the visit done; null while it is not completed. */
  finishedAt: Date | null
  staffId: Types.ObjectId | null
  staffName: string | null
}

/** The booking `id` for rating, or null when there is none. */
export async function reviewableBooking(db: Connection, id: string): Promise<ReviewableBooking | null> {
  const b = await bookingModel(db)
    .findById(new Types.ObjectId(id), { townshipId: 1, departmentId: 1, guideTitle: 1, acting: 1, status: 1, completedAt: 1, updates: 1 })
    .lean<Pick<BookingDoc, 'townshipId' | 'departmentId' | 'guideTitle' | 'acting' | 'status' | 'completedAt' | 'updates'>>()
  if (!b) return null
  const completed = [...b.updates].reverse().find((u) => u.action === 'complete')
  return {
    townshipId: b.townshipId,
    departmentId: b.departmentId,
    title: b.guideTitle,
    applicantName: b.acting.applicantName,
    applicantPersonId: b.acting.applicantPersonId,
    finishedAt: b.status === 'completed' ? (b.completedAt ?? completed?.at ?? null) : null,
    staffId: completed?.authorId ?? null,
    staffName: completed?.authorName ?? null
  }
}

/** Visits of a township completed between `from` and `to`, with their ids, for the default-rating rule. */
export async function bookingsCompletedBetween(db: Connection, townshipId: Types.ObjectId, from: Date, to: Date): Promise<(ReviewableBooking & { id: string })[]> {
  const found = await bookingModel(db)
    .find({ townshipId, status: 'completed', completedAt: { $gte: from, $lte: to } }, { _id: 1 })
    .lean<{ _id: Types.ObjectId }[]>()
  const bookings = await Promise.all(found.map(async (b) => ({ id: String(b._id), booking: await reviewableBooking(db, String(b._id)) })))
  return bookings.flatMap((b) => (b.booking ? [{ ...b.booking, id: b.id }] : []))
}
