import { Types } from 'mongoose'
import { volunteerListQuerySchema, type VolunteerDTO } from '../../../../../src/shared/visits'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { villageModel } from '../../org/model'
import { toVolunteerDTO } from '../dto'
import { volunteerModel, type VolunteerDoc } from '../model'

export const listVolunteersQuery = volunteerListQuerySchema
export type ListVolunteersQuery = z.output<typeof listVolunteersQuery>

/** The township's registrations in a status (waiting for review unless said), oldest first (admin). */
export async function listVolunteers(deps: AppDeps, user: AuthedUser, query: ListVolunteersQuery): Promise<VolunteerDTO[]> {
  const list = await volunteerModel(deps.db)
    .find({ townshipId: new Types.ObjectId(user.townshipId), status: query.status }, { pendingNotices: 0, updates: 0 })
    .sort({ registeredAt: 1 })
    .limit(200)
    .lean<VolunteerDoc[]>()
  const villages = await villageModel(deps.db).find({ townshipId: new Types.ObjectId(user.townshipId) }, { name: 1 }).lean()
  const name = new Map(villages.map((v) => [String(v._id), v.name]))
  return list.map((v) => toVolunteerDTO(v, name.get(String(v.villageId)) ?? ''))
}
