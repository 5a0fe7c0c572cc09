import { Types } from 'mongoose'
import type { VolunteerDTO } from '../../../../../src/shared/visits'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { volunteerModel, type VolunteerDoc } from '../model'
import { volunteerView } from '../volunteers'

/** My volunteer registration, or null when I have none. */
export async function getMyVolunteer(deps: AppDeps, user: AuthedUser): Promise<VolunteerDTO | null> {
  const v = await volunteerModel(deps.db).findOne({ userId: new Types.ObjectId(user.id) }, { pendingNotices: 0 }).lean<VolunteerDoc>()
  return v ? volunteerView(deps.db, v) : null
}
