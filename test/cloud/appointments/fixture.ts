import { Types } from 'mongoose'
import type { OpeningTemplateInput } from '../../../src/shared/appointments'
import type { GuideContent } from '../../../src/shared/guides'
import { guideModel } from '../../../cloud/src/modules/guides/model'
import { userModel } from '../../../cloud/src/modules/users/model'
import { bookingModel, slotModel, type BookingDoc, type SlotDoc } from '../../../cloud/src/modules/appointments/model'
import { content } from '../guides/fixture'
import type { SignedIn, TestApp } from '../helpers/testApp'

/** A published guide of the test township. */
export async function publishGuide(t: TestApp, slug: string, departmentId: string, over: Partial<GuideContent> = {}): Promise<string> {
  const c = { ...content(over), departmentId } as GuideContent
  const now = t.clock.now()
  const doc = await guideModel(t.db).create({
    townshipId: new Types.ObjectId(t.township.id),
    slug,
    draft: c,
    draftRevision: 1,
    draftUpdatedAt: now,
    published: c,
    version: 1,
    publishedAt: now,
    search: null,
    history: [],
    createdAt: now
  })
  return String(doc._id)
}

/** The weekly template the tests use: Monday–Friday 09:00–11:30 and 14:00–17:00, 30-minute slots, 2 seats. */
export function weekly(departmentId: string, over: Partial<OpeningTemplateInput> = {}): OpeningTemplateInput {
  return {
    departmentId,
    guideId: null,
    weekdays: [1, 2, 3, 4, 5],
    sessions: [
      { start: '09:00', end: '11:30' },
      { start: '14:00', end: '17:00' }
    ],
    slotMinutes: 30,
    capacity: 2,
    horizonDays: 14,
    closeBeforeMinutes: 60,
    changeBeforeMinutes: 120,
    active: true,
    ...over
  }
}

/** The appointment world of a test file: windows, guides, staff, and an opening template. */
export interface BookingWorld {
  /** 民政 window (has a template) and 社保 window (none). */
  deptA: string
  deptB: string
  /** Bookable at window A. */
  dibao: string
  /** Needs no appointment. */
  noAppointment: string
  /** Bookable but its window B has no template. */
  shebao: string
  staffA: SignedIn
  staffB: SignedIn
  admin: SignedIn
  templateId: string
}

/** Builds the BookingWorld in a fresh test app (the clock stays at T0, Monday 2025-03-03 09:00). */
export async function buildWorld(t: TestApp, templateOver: Partial<OpeningTemplateInput> = {}): Promise<BookingWorld> {
  const [deptA, deptB] = t.township.departmentIds as [string, string]
  const dibao = await publishGuide(t, 'dibao', deptA, { title: '最低生活保障申请', appointmentAvailable: true })
  const noAppointment = await publishGuide(t, 'zhengming', deptA, { title: '村级证明事项', appointmentAvailable: false })
  const shebao = await publishGuide(t, 'shebao', deptB, { title: '城乡居民养老保险参保', appointmentAvailable: true })
  const staffA = await t.signIn('staff', { displayName: '刘芳' })
  const staffB = await t.signIn('staff', { displayName: '易俊' })
  await userModel(t.db).updateOne({ _id: staffB.userId }, { $set: { departmentIds: [new Types.ObjectId(deptB)] } })
  const admin = await t.signIn('admin', { displayName: '袁春华' })
  const saved = await t.http
    .put('/api/staff/appointments/templates')
    .set(staffA.headers)
    .send({ template: weekly(deptA, templateOver), baseRevision: 0 })
  if (saved.status !== 200) throw new Error(`template not saved: ${saved.status} ${JSON.stringify(saved.body)}`)
  return { deptA, deptB, dibao, noAppointment, shebao, staffA, staffB, admin, templateId: saved.body.id }
}

let keys = 0
/** A fresh Idempotency-Key. */
export const newKey = () => `test-${Date.now().toString(36)}-${++keys}`

/** POST /api/appointments as a person (optionally acting for someone). */
export function book(t: TestApp, who: SignedIn, body: Record<string, unknown>, opts: { key?: string; actingFor?: string } = {}) {
  const req = t.http.post('/api/appointments').set(who.headers).set('Idempotency-Key', opts.key ?? newKey())
  if (opts.actingFor) req.set('x-acting-for', opts.actingFor)
  return req.send(body)
}

/** POST /api/appointments/:id/cancel. */
export function cancel(t: TestApp, who: SignedIn, id: string, key = newKey()) {
  return t.http.post(`/api/appointments/${id}/cancel`).set(who.headers).set('Idempotency-Key', key).send({})
}

/** The slot document of a day and time (null before its first booking). */
export async function slotAt(t: TestApp, date: string, start: string): Promise<SlotDoc | null> {
  return slotModel(t.db).findOne({ date, start }).lean<SlotDoc>()
}

/** A booking as stored. */
export async function stored(t: TestApp, id: string): Promise<BookingDoc | null> {
  return bookingModel(t.db).findById(id).lean<BookingDoc>()
}

/** Titles in a person's inbox, newest first. */
export async function inboxTitles(t: TestApp, who: SignedIn): Promise<string[]> {
  const res = await t.http.get('/api/notices/inbox').set(who.headers)
  return (res.body.items as { title: string }[]).map((i) => i.title)
}
