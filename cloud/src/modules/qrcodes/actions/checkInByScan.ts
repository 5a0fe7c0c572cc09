import { scanCheckInSchema } from '../../../../../src/shared/qrcodes'
import type { BookingDTO } from '../../../../../src/shared/appointments'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { conflict } from '../../../lib/errors'
import type { AuthedUser } from '../../../lib/types'
import { checkInOnArrival } from '../../appointments/actions/checkInOnArrival'
import { loadByScene } from '../resolve'

export const checkInByScanInput = scanCheckInSchema
export type CheckInByScanInput = z.output<typeof checkInByScanInput>

/**
 * 扫码签到: the person scanned the hall's code (any of their bookings today) or a window's code (a
 * booking at that window) and checks in. The code must be live and of the person's township.
 */
export async function checkInByScan(deps: AppDeps, user: AuthedUser, input: CheckInByScanInput): Promise<BookingDTO> {
  const target = await loadByScene(deps, input.scene)
  if (target.status !== 'active' || (target.kind !== 'hall' && target.kind !== 'window') || String(target.townshipId) !== user.townshipId) {
    throw conflict('NOT_A_CHECKIN_CODE', '这个码不能签到。请扫服务大厅或您预约窗口上张贴的二维码，或把签到码给窗口工作人员看')
  }
  return checkInOnArrival(deps, user, {
    bookingId: input.bookingId,
    departmentId: target.kind === 'window' ? String(target.departmentId) : null,
    how: target.kind === 'window' ? `扫${target.title}的码签到` : '扫服务大厅的码签到'
  })
}
