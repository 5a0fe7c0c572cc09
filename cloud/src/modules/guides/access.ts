import type { Connection, Types } from 'mongoose'
import { badRequest, forbidden } from '../../lib/errors'
import type { AuthedUser } from '../../lib/types'
import { departmentModel } from '../org/model'

/** Staff and admins work only on their own township's guides. */
export function assertSameTownship(user: AuthedUser, townshipId: Types.ObjectId | string): void {
  if (user.townshipId !== String(townshipId)) throw forbidden('您只能管理本乡镇的办事指南')
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
