import { Types } from 'mongoose'
import type { MyVolunteerDTO } from '../../../../../src/shared/visits'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { volunteerModel, type VolunteerDoc } from '../model'
import { volunteerView } from '../volunteers'

/** My volunteer registration, or null when I have none. */
export async function getMyVolunteer(deps: AppDeps, user: AuthedUser): Promise<MyVolunteerDTO> {
  const v = await volunteerModel(deps.db).findOne({ userId: new Types.ObjectId(user.id) }, { pendingNotices: 0 }).lean<VolunteerDoc>()
  return { volunteer: v ? await volunteerView(deps.db, v) : null }
}
