import type { Connection, Types } from 'mongoose'
import { badRequest, forbidden } from '../../lib/errors'
import type { AuthedUser } from '../../lib/types'
import { assertStaffMaySee } from '../../lib/visibility'
import { departmentModel } from '../org/model'

/**
 * A guide staff may open in the editor (lib/visibility): another township's guide does not exist
 * for them (404); every department's guides of the township can be read (editing is narrower).
 */
export function assertStaffMaySeeGuide(user: AuthedUser, guide: { townshipId: Types.ObjectId | string } | null): void {
  assertStaffMaySee(user, guide, { missing: '没有找到这份办事指南', why: '', departments: 'any' })
}

/** New guides are made only in one's own township. */
export function assertOwnTownship(user: AuthedUser, townshipId: string): void {
  if (user.townshipId !== townshipId) throw forbidden('您只能在本乡镇新建办事指南')
}

/** Department staff edit only their departments' guides; an admin edits any guide of the township. */
export function assertCanEditDepartment(user: AuthedUser, departmentId: string): void {
  if (user.role === 'admin') return
  if (user.role !== 'staff' || !user.departmentIds.includes(departmentId)) {
    throw forbidden('您只能编辑本站所的办事指南，请联系中心负责人')
  }
}

/** The department a guide names must belong to the guide's township. */
export async function assertDepartmentInTownship(db: Connection, townshipId: Types.ObjectId, departmentId: string): Promise<void> {
  const found = await departmentModel(db).exists({ _id: departmentId, townshipId })
  if (!found) {
    throw badRequest('DEPARTMENT_NOT_IN_TOWNSHIP', '所选站所不属于这个乡镇，请重新选择办理站所', {
      'content.departmentId': '所选站所不属于这个乡镇'
    })
  }
}
