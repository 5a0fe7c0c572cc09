import { Types, type Connection } from 'mongoose'
import {
  INFO_REQUEST_LIFECYCLE,
  RECEIPT_TARGET_DAYS,
  type InfoRequestAction,
  type InfoRequestActor,
  type InfoRequestSettings
} from '../../../../src/shared/infoRequests'
import type { AppDeps } from '../../lib/deps'
import { AppError, notFound } from '../../lib/errors'
import { recordTransition, type Author } from '../../lib/lifecycle'
import type { NoticeEvent } from '../../lib/notices'
import type { AuthedUser } from '../../lib/types'
import { assertStaffMaySee } from '../../lib/visibility'
import { loadOverrides } from '../calendar/load'
import { addCalendarDays, addWorkingDays, endOfLocalDay, toLocalDate, type LocalDate, type Overrides } from '../calendar/workingDays'
import { relayAfterWrite } from '../notices/relay'
import { townshipModel, type TownshipDoc } from '../org/model'
import { personModel } from '../people/model'
import { dueOf, type RequestClock } from './clock'
import { infoRequestModel, NO_RANK, settingsModel, type InfoRequestDoc, type SettingsDoc } from './model'

const staleMessage = '这件信息公开申请刚被其他人处理过，状态已经变了。请刷新后再操作'

/** What a request does not read in lists: its history and events. */
export const WITHOUT_HISTORY = { pendingNotices: 0, updates: 0 }

/** A township's calendar overrides from a year before `now` on (deadlines run a few months at most). */
export function overridesAround(db: Connection, townshipId: Types.ObjectId | string, now: Date): Promise<Overrides> {
  return loadOverrides(db, townshipId, { from: addCalendarDays(toLocalDate(now), -400) })
}

/** The deadline fields of a running clock: the clock, its due date and the queue rank. */
export function runningFields(clock: RequestClock, overrides: Overrides): { clock: RequestClock; due: ReturnType<typeof dueOf>; queueRank: Date } {
  const due = dueOf(clock, overrides)
  return { clock, due, queueRank: due?.dueBy ?? NO_RANK }
}

/** When an online request should be confirmed as received: the township's own target of one working day. */
export function receiptTarget(submittedOn: LocalDate, overrides: Overrides): Date {
  return endOfLocalDay(addWorkingDays(submittedOn, RECEIPT_TARGET_DAYS, overrides))
}

/** A request of the viewer: submitted by them, or for them (its applicant person is theirs); anyone else's answers 404. */
export async function loadOwnRequest(db: Connection, user: AuthedUser, id: string): Promise<InfoRequestDoc> {
  const r = await infoRequestModel(db).findById(new Types.ObjectId(id), { pendingNotices: 0 }).lean<InfoRequestDoc>()
  if (r) {
    if (String(r.acting.submitterId) === user.id) return r
    const person = await personModel(db).findById(r.acting.applicantPersonId, { userId: 1 }).lean<{ userId?: Types.ObjectId }>()
    if (person?.userId && String(person.userId) === user.id) return r
  }
  throw notFound('没有找到这件信息公开申请')
}

/** A request staff may see (lib/visibility): 404 outside the township; the office's department and the admins handle it. */
export async function loadStaffRequest(db: Connection, user: AuthedUser, id: string): Promise<InfoRequestDoc> {
  const r = await infoRequestModel(db).findById(new Types.ObjectId(id), { pendingNotices: 0 }).lean<InfoRequestDoc>()
  assertStaffMaySee(user, r, {
    missing: '没有找到这件信息公开申请',
    why: '信息公开申请由政府信息公开工作机构办理，您所在的站所不负责。请联系中心负责人'
  })
  return r as InfoRequestDoc
}

/** How staff act in the lifecycle: an admin is the office head (负责人), whose approval an extension needs. */
export function staffActor(user: AuthedUser): InfoRequestActor {
  return user.role === 'admin' ? 'head' : 'staff'
}

export interface RequestChange {
  action: InfoRequestAction
  actor: InfoRequestActor
  author: Author
  publicText?: string | null
  internalNote?: string | null
  /** Whether the applicant sees this step. */
  public: boolean
  set?: Record<string, unknown>
  also?: Record<string, unknown>
  notices?: () => NoticeEvent[]
}

/**
 * Applies one lifecycle action through the one recorded-update writer (lib/lifecycle): one
 * conditional write on the status the request was read with sets the new status and fields,
 * appends the step and pushes the notice events. A request that moved meanwhile answers 409.
 */
export async function changeRequest(deps: AppDeps, r: Pick<InfoRequestDoc, '_id' | 'status' | 'resumeStatus'>, change: RequestChange): Promise<InfoRequestDoc> {
  const done = await recordTransition(infoRequestModel(deps.db), INFO_REQUEST_LIFECYCLE, {
    record: r,
    action: change.action,
    actor: change.actor,
    author: change.author,
    at: deps.clock.now(),
    publicText: change.publicText,
    internalNote: change.internalNote,
    extra: { public: change.public },
    set: change.set,
    also: change.also,
    notices: change.notices
  })
  if (!done) throw new AppError(409, 'INFO_REQUEST_STATE_CONFLICT', staleMessage)
  if (done.notices.length) await relayAfterWrite(deps, 'infoRequest', r._id)
  return done.doc
}

/** The defaults of a township without saved settings: its county's government and court, free of charge. */
export function defaultSettings(township: Pick<TownshipDoc, 'name' | 'county' | 'phone' | 'address'>): InfoRequestSettings {
  return {
    officeName: `${township.name}人民政府党政综合办公室（政府信息公开工作机构）`,
    officeDepartmentId: null,
    reviewBody: `${township.county}人民政府`,
    court: `${township.county}人民法院`,
    feeMethod: 'free',
    officePhone: township.phone || '12345',
    officeAddress: township.address || `${township.name}人民政府`
  }
}

/** A township's request settings: what the admin saved, else the defaults. */
export async function loadSettings(db: Connection, townshipId: Types.ObjectId | string): Promise<InfoRequestSettings & { updatedAt: Date | null }> {
  const id = new Types.ObjectId(String(townshipId))
  const [saved, township] = await Promise.all([
    settingsModel(db).findOne({ townshipId: id }).lean<SettingsDoc>(),
    townshipModel(db).findById(id, { name: 1, county: 1, phone: 1, address: 1 }).lean<TownshipDoc>()
  ])
  if (saved) {
    return {
      officeName: saved.officeName,
      officeDepartmentId: saved.officeDepartmentId ? String(saved.officeDepartmentId) : null,
      reviewBody: saved.reviewBody,
      court: saved.court,
      feeMethod: saved.feeMethod,
      officePhone: saved.officePhone,
      officeAddress: saved.officeAddress,
      updatedAt: saved.updatedAt
    }
  }
  if (!township) throw notFound('没有找到这个乡镇')
  return { ...defaultSettings(township), updatedAt: null }
}
