import { Types } from 'mongoose'
import { bookingModel, slotModel } from '../../../cloud/src/modules/appointments/model'
import { claimLease } from '../../../cloud/src/lib/lease'
import { reconcileSeats, sendDueReminders } from '../../../cloud/src/modules/appointments/jobs'
import { noticeModel } from '../../../cloud/src/modules/notices/model'
import { T0, startTestApp, type SignedIn, type TestApp } from '../helpers/testApp'
import { book, buildWorld, inboxTitles, newKey, slotAt, stored, type BookingWorld } from './fixture'

let t: TestApp
let w: BookingWorld

beforeAll(async () => {
  t = await startTestApp()
  w = await buildWorld(t)
})
afterAll(() => t.stop())
beforeEach(() => t.clock.set(T0))

const resident = (name = '李秀英') => t.signIn('resident', { displayName: name })
const GRACE = 2 * 60_000

describe('the reminder the working day before', () => {
  it('goes out at 15:00 on the previous working day, once, even when replicas run the job together', async () => {
    const me = await resident()
    const monday = await book(t, me, { guideId: w.dibao, date: '2025-03-10', start: '09:00' })
    const tuesday = await book(t, me, { guideId: w.dibao, date: '2025-03-04', start: '14:00' })
    expect((await stored(t, monday.body.id))!.remindAt!.toISOString()).toBe('2025-03-07T07:00:00.000Z')

    t.clock.set('2025-03-03T14:59:00+08:00')
    expect(await sendDueReminders(t.deps)).toBe(0)
    t.clock.set('2025-03-03T15:00:00+08:00')
    const runs = await Promise.all([sendDueReminders(t.deps), sendDueReminders(t.deps), sendDueReminders(t.deps)])
    expect(runs.reduce((a, b) => a + b, 0)).toBe(1)
    expect((await stored(t, tuesday.body.id))!.reminderState).toBe('sent')
    expect((await stored(t, monday.body.id))!.reminderState).toBe('due')
    expect((await inboxTitles(t, me)).filter((x) => x === '明天记得来办事')).toHaveLength(1)
    const wechat = await noticeModel(t.db).find({ subjectId: tuesday.body.id, type: 'appointment.reminder', channel: 'inbox' }).lean()
    expect(wechat).toHaveLength(1)

    t.clock.set('2025-03-07T15:00:00+08:00')
    expect(await sendDueReminders(t.deps)).toBe(1)
    expect(await sendDueReminders(t.deps)).toBe(0)
  })

  it('sends none for a visit booked after the reminder time, or cancelled', async () => {
    t.clock.set('2025-03-04T16:00:00+08:00')
    const me = await resident()
    const late = await book(t, me, { guideId: w.dibao, date: '2025-03-05', start: '09:00' })
    expect((await stored(t, late.body.id))!.reminderState).toBe('none')
    t.clock.set('2025-03-04T09:00:00+08:00')
    const early = await book(t, me, { guideId: w.dibao, date: '2025-03-06', start: '09:00' })
    await t.http.post(`/api/appointments/${early.body.id}/cancel`).set(me.headers).set('Idempotency-Key', newKey()).send({})
    t.clock.set('2025-03-05T15:00:00+08:00')
    expect(await sendDueReminders(t.deps)).toBe(0)
  })
})

describe('the reconciling seat sweep', () => {
  let me: SignedIn
  beforeAll(async () => {
    me = await resident('周志强')
  })

  it('gives back the seat of a booking cancelled by a request that crashed before releasing it', async () => {
    const b = await book(t, me, { guideId: w.dibao, date: '2025-03-11', start: '10:00' })
    await bookingModel(t.db).updateOne({ _id: b.body.id }, { $set: { status: 'cancelled' }, $unset: { activeKey: 1 } })
    expect((await slotAt(t, '2025-03-11', '10:00'))!.booked).toBe(1)
    expect((await reconcileSeats(t.deps, { graceMs: GRACE })).seatsReleased).toBe(0)
    t.clock.set(new Date(new Date(T0).getTime() + GRACE + 1000))
    const report = await reconcileSeats(t.deps, { graceMs: GRACE })
    expect(report.seatsReleased).toBe(1)
    expect((await slotAt(t, '2025-03-11', '10:00'))!).toMatchObject({ booked: 0, holders: [] })
    expect((await reconcileSeats(t.deps, { graceMs: GRACE })).seatsReleased).toBe(0)
  })

  it('finishes a pending booking that holds its seat, removes one that never got a seat, frees a seat whose booking was never written', async () => {
    const Booking = bookingModel(t.db)
    const Slot = slotModel(t.db)
    const held = await book(t, me, { guideId: w.dibao, date: '2025-03-12', start: '10:00' })
    await Booking.updateOne({ _id: held.body.id }, { $set: { status: 'pending' } })
    const other = await resident('谭海波')
    const seatless = await book(t, other, { guideId: w.dibao, date: '2025-03-12', start: '10:30' })
    const slot1030 = (await slotAt(t, '2025-03-12', '10:30'))!
    await Slot.updateOne({ _id: slot1030._id }, { $set: { booked: 0, holders: [] } })
    await Booking.updateOne({ _id: seatless.body.id }, { $set: { status: 'pending' } })
    const ghost = new Types.ObjectId()
    await Slot.updateOne({ _id: slot1030._id }, { $inc: { booked: 1 }, $push: { holders: { id: ghost, at: t.clock.now() } } })

    t.clock.set(new Date(new Date(T0).getTime() + GRACE + 1000))
    const report = await reconcileSeats(t.deps, { graceMs: GRACE })
    expect(report).toMatchObject({ pendingSettled: 2, seatsReleased: 1 })
    expect((await stored(t, held.body.id))!.status).toBe('booked')
    expect(await stored(t, seatless.body.id)).toBeNull()
    expect((await slotAt(t, '2025-03-12', '10:30'))!).toMatchObject({ booked: 0, holders: [] })
    expect((await slotAt(t, '2025-03-12', '10:00'))!.booked).toBe(1)
    expect((await book(t, other, { guideId: w.dibao, date: '2025-03-12', start: '10:30' })).status).toBe(201)
  })

  it('rolls back a reschedule interrupted after taking the new seat, keeping the booking where it was', async () => {
    const b = await book(t, me, { guideId: w.dibao, date: '2025-03-13', start: '10:00' })
    const target = await book(t, await resident(), { guideId: w.dibao, date: '2025-03-13', start: '11:00' })
    const slot = (await slotAt(t, '2025-03-13', '11:00'))!
    await bookingModel(t.db).updateOne({ _id: b.body.id }, { $set: { pendingMove: { slotId: slot._id, at: t.clock.now() } } })
    await slotModel(t.db).updateOne({ _id: slot._id }, { $inc: { booked: 1 }, $push: { holders: { id: new Types.ObjectId(b.body.id), at: t.clock.now() } } })
    expect((await slotAt(t, '2025-03-13', '11:00'))!.booked).toBe(2)
    const blocked = await t.http.post(`/api/appointments/${b.body.id}/cancel`).set(me.headers).set('Idempotency-Key', newKey()).send({})
    expect(blocked.status).toBe(409)
    t.clock.set(new Date(new Date(T0).getTime() + GRACE + 1000))
    const report = await reconcileSeats(t.deps, { graceMs: GRACE })
    expect(report).toMatchObject({ movesRolledBack: 1, seatsReleased: 1 })
    expect((await slotAt(t, '2025-03-13', '11:00'))!.holders.map((h) => String(h.id))).toEqual([target.body.id])
    expect((await stored(t, b.body.id))!).toMatchObject({ start: '10:00', pendingMove: null, status: 'booked' })
  })

  it('recounts a counter that disagrees with its holders, and leaves live requests alone', async () => {
    const b = await book(t, me, { guideId: w.dibao, date: '2025-03-14', start: '10:00' })
    const slot = (await slotAt(t, '2025-03-14', '10:00'))!
    await slotModel(t.db).updateOne({ _id: slot._id }, { $set: { booked: 5 } })
    const report = await reconcileSeats(t.deps, { graceMs: GRACE })
    expect(report.countersFixed).toBe(1)
    expect((await slotAt(t, '2025-03-14', '10:00'))!.booked).toBe(1)
    expect((await stored(t, b.body.id))!.status).toBe('booked')
  })
})

describe('job leases', () => {
  it('lets exactly one of several replicas hold the lease until it runs out', async () => {
    const claims = await Promise.all(['a', 'b', 'c', 'd'].map((h) => claimLease(t.deps, 'test-job', h, 60_000)))
    expect(claims.filter(Boolean)).toHaveLength(1)
    expect(await claimLease(t.deps, 'test-job', 'e', 60_000)).toBe(false)
    t.clock.advance(60_000)
    expect(await claimLease(t.deps, 'test-job', 'e', 60_000)).toBe(true)
  })
})
