import { Types } from 'mongoose'
import { chinaClock } from '../../../../../src/shared/chinaTime'
import { BOOKING_LIFECYCLE, formatMinutes, walkInSchema, type StaffBookingDTO } from '../../../../../src/shared/appointments'
import type { GuideContent } from '../../../../../src/shared/guides'
import { maskPhone } from '../../../../../src/shared/mask'
import type * as z from '../../../../../src/shared/zod'
import { encryptField } from '../../../lib/crypto'
import type { AppDeps } from '../../../lib/deps'
import { badRequest } from '../../../lib/errors'
import { authorOf, creationUpdate } from '../../../lib/lifecycle'
import type { AuthedUser } from '../../../lib/types'
import { recordAudit } from '../../audit/actions/recordAudit'
import { toLocalDate } from '../../calendar/workingDays'
import { guideModel, type GuideDoc } from '../../guides/model'
import { toStaffBookingDTO } from '../dto'
import { duplicateBookingKey } from '../duplicates'
import { windowInfo } from '../load'
import { bookingModel, type BookingDoc } from '../model'
import { newCheckInCode } from '../schedule'
import { requireServedDepartment } from '../staffAccess'

export const recordWalkInInput = walkInSchema
export type RecordWalkInInput = z.output<typeof recordWalkInInput>

const CODE_ATTEMPTS = 8
const WALK_IN_TITLE = '现场办理'

/**
 * Records a person served at the window without a booking (现场办理). Walk-ins are never turned
 * away: no slot, no capacity, no calendar check — the visit is recorded as checked in now, with a
 * code of the day for calling them up. The phone, if given, is stored encrypted and shown masked.
 */
export async function recordWalkIn(deps: AppDeps, user: AuthedUser, input: RecordWalkInInput): Promise<StaffBookingDTO> {
  const dept = await requireServedDepartment(deps.db, user, input.departmentId)
  let guideTitle = WALK_IN_TITLE
  if (input.guideId) {
    const guide = await guideModel(deps.db)
      .findOne({ _id: new Types.ObjectId(input.guideId), townshipId: dept.townshipId, published: { $ne: null } }, { published: 1 })
      .lean<Pick<GuideDoc, '_id'> & { published: GuideContent }>()
    if (!guide) throw badRequest('GUIDE_NOT_FOUND', '没有找到这个办事事项，可以不选事项直接登记', { guideId: '没有这个事项' })
    guideTitle = guide.published.title
  }
  const now = deps.clock.now()
  const today = toLocalDate(now)
  const time = formatMinutes(chinaClock(now).minutesOfDay)
  const staffId = new Types.ObjectId(user.id)
  const note = input.note?.trim() || null
  const fields: Omit<BookingDoc, 'code' | '_id'> = {
    townshipId: dept.townshipId,
    departmentId: dept._id,
    guideId: input.guideId ? new Types.ObjectId(input.guideId) : null,
    guideTitle,
    templateId: null,
    slotId: null,
    date: today,
    start: time,
    end: time,
    startsAt: now,
    endsAt: now,
    status: 'checked_in',
    source: 'walkin',
    acting: {
      submitterId: staffId,
      submitterRole: user.role,
      applicantPersonId: null,
      applicantName: input.name,
      onBehalf: false,
      consentId: null
    },
    applicantUserId: null,
    changeDeadline: now,
    remindAt: null,
    reminderState: 'none',
    pendingMove: null,
    note,
    walkInPhoneEncrypted: input.phone ? encryptField(input.phone, deps.config.keys.idEncryption) : null,
    walkInPhoneMasked: input.phone ? maskPhone(input.phone) : null,
    checkedInAt: now,
    checkedInBy: staffId,
    completedAt: null,
    noShowAt: null,
    cancelledAt: null,
    cancelReason: null,
    updates: [creationUpdate(BOOKING_LIFECYCLE, 'walkIn', authorOf(user), now, { publicText: note })],
    pendingNotices: [],
    createdAt: now,
    updatedAt: now
  }
  const Booking = bookingModel(deps.db)
  for (let attempt = 0; ; attempt++) {
    try {
      const created = await Booking.create({ ...fields, code: newCheckInCode() })
      const doc = created.toObject() as BookingDoc
      await recordAudit(deps, user, {
        action: 'appointment.walkInRecorded',
        targetType: 'appointment',
        targetId: String(doc._id),
        detail: `${dept.windowName || dept.name} ${guideTitle}`
      })
      return toStaffBookingDTO(doc, windowInfo(dept, String(dept._id)), null, now)
    } catch (err) {
      if (duplicateBookingKey(err) !== 'code' || attempt + 1 >= CODE_ATTEMPTS) throw err
    }
  }
}
