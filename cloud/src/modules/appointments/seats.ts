import type { Connection, Types } from 'mongoose'
import { isDuplicateKeyError } from '../../lib/mongoErrors'
import { slotModel, type SlotDoc } from './model'
import type { PlannedSlot } from './schedule'

/** Where a slot is: the template, the township and window it belongs to, and its day. */
export interface SlotPlace {
  townshipId: Types.ObjectId
  departmentId: Types.ObjectId
  templateId: Types.ObjectId
  date: string
}

/**
 * The slot document of a planned slot, created on first use (an upsert on the unique
 * template/date/start key; a lost insert race reads the winner). Its capacity follows the template:
 * a changed capacity is written before seats are counted against it.
 */
export async function ensureSlot(db: Connection, place: SlotPlace, planned: PlannedSlot, startsAt: Date, now: Date): Promise<SlotDoc> {
  const Slot = slotModel(db)
  const key = { templateId: place.templateId, date: place.date, start: planned.start }
  const upsert = () =>
    Slot.findOneAndUpdate(
      key,
      {
        $setOnInsert: {
          ...key,
          townshipId: place.townshipId,
          departmentId: place.departmentId,
          end: planned.end,
          startsAt,
          capacity: planned.capacity,
          booked: 0,
          holders: [],
          updatedAt: now
        }
      },
      { upsert: true, new: true }
    ).lean<SlotDoc>()
  let slot: SlotDoc | null
  try {
    slot = await upsert()
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err
    slot = await Slot.findOne(key).lean<SlotDoc>()
  }
  if (!slot) throw new Error(`slot ${place.date} ${planned.start} vanished after upsert`)
  if (slot.capacity !== planned.capacity) {
    await Slot.updateOne({ _id: slot._id }, { $set: { capacity: planned.capacity, updatedAt: now } })
    slot = { ...slot, capacity: planned.capacity }
  }
  return slot
}

/**
 * Takes one seat of a slot for a booking: ONE conditional update that adds the booking to the
 * holders and counts it only while seats remain (`booked < capacity`) and the booking holds none
 * yet. False when the slot is full (or already held by this booking).
 */
export async function takeSeat(db: Connection, slotId: Types.ObjectId, bookingId: Types.ObjectId, now: Date): Promise<boolean> {
  const taken = await slotModel(db).updateOne(
    { _id: slotId, 'holders.id': { $ne: bookingId }, $expr: { $lt: ['$booked', '$capacity'] } },
    { $inc: { booked: 1 }, $push: { holders: { id: bookingId, at: now } }, $set: { updatedAt: now } }
  )
  return taken.modifiedCount === 1
}

/**
 * Gives a booking's seat back. Conditional on the booking still holding it, so the seat is counted
 * back exactly once however often this runs (a retried request, the reconciling sweep).
 */
export async function releaseSeat(db: Connection, slotId: Types.ObjectId, bookingId: Types.ObjectId, now: Date): Promise<boolean> {
  const released = await slotModel(db).updateOne(
    { _id: slotId, 'holders.id': bookingId },
    { $inc: { booked: -1 }, $pull: { holders: { id: bookingId } }, $set: { updatedAt: now } }
  )
  return released.modifiedCount === 1
}
