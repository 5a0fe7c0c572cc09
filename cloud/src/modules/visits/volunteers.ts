import { Types, type Connection } from 'mongoose'
import { VOLUNTEER_LIFECYCLE, type VolunteerAction, type VolunteerDTO } from '../../../../src/shared/visits'
import type { AppDeps } from '../../lib/deps'
import { conflict, forbidden, notFound } from '../../lib/errors'
import { authorOf, recordTransition } from '../../lib/lifecycle'
import type { AuthedUser } from '../../lib/types'
import { relayAfterWrite } from '../notices/relay'
import { villageModel } from '../org/model'
import { toVolunteerDTO } from './dto'
import { volunteerModel, type VolunteerDoc } from './model'
import { volunteerNotice } from './notices'

/** The registration an order's author must hold: approved, else 403 saying how to become one. */
export async function approvedVolunteerOf(db: Connection, user: AuthedUser): Promise<VolunteerDoc> {
  const v = await volunteerModel(db).findOne({ userId: new Types.ObjectId(user.id) }, { pendingNotices: 0 }).lean<VolunteerDoc>()
  if (!v || v.status !== 'approved') {
    throw forbidden(v ? `您的志愿者登记${v.status === 'pending' ? '还在审核' : '现在不能接单'}，审核通过后才能接单` : '您还没有登记为志愿者。请在“我的”→“志愿服务”里登记，审核通过后就能接单')
  }
  return v
}

/** The caller's registration in any status (finishing an order they hold), else 403. */
export async function registrationOf(db: Connection, user: AuthedUser): Promise<VolunteerDoc> {
  const v = await volunteerModel(db).findOne({ userId: new Types.ObjectId(user.id) }, { pendingNotices: 0 }).lean<VolunteerDoc>()
  if (!v) throw forbidden('您还没有登记为志愿者。请在“我的”→“志愿服务”里登记，审核通过后就能接单')
  return v
}

/** A registration as its owner or an admin sees it, with its village's name. */
export async function volunteerView(db: Connection, v: VolunteerDoc): Promise<VolunteerDTO> {
  const village = await villageModel(db).findById(v.villageId, { name: 1 }).lean()
  return toVolunteerDTO(v, village?.name ?? '')
}

/**
 * An admin's decision on a registration of their township (approve, reject, suspend), one
 * conditional write with the owner's notice; relayed at once. 404 for another township's.
 */
export async function decideVolunteer(
  deps: AppDeps,
  admin: AuthedUser,
  id: string,
  action: Extract<VolunteerAction, 'approve' | 'reject' | 'suspend'>,
  reason: string | null
): Promise<VolunteerDoc> {
  const Volunteer = volunteerModel(deps.db)
  const v = await Volunteer.findOne({ _id: new Types.ObjectId(id), townshipId: new Types.ObjectId(admin.townshipId) }, { pendingNotices: 0 }).lean<VolunteerDoc>()
  if (!v) throw notFound('没有找到这份志愿者登记')
  const now = deps.clock.now()
  const type = action === 'approve' ? 'volunteer.approved' : action === 'reject' ? 'volunteer.rejected' : 'volunteer.suspended'
  const done = await recordTransition(Volunteer, VOLUNTEER_LIFECYCLE, {
    record: v,
    action,
    actor: 'admin',
    author: authorOf(admin),
    at: now,
    publicText: reason,
    set: { reason },
    notices: () => [volunteerNotice(type, v, now, { step: v.updates.length + 1, reason })]
  })
  if (!done) throw conflict('VOLUNTEER_CHANGED', '这份登记刚被其他人处理过，请刷新后查看')
  await relayAfterWrite(deps, 'volunteer', v._id)
  return done.doc
}
