import { Types, type Connection } from 'mongoose'
import type { AuthedUser } from '../../lib/types'
import { assertStaffMaySee } from '../../lib/visibility'
import { qrTargetModel, type QrTargetDoc } from './model'

/** Why department staff may not manage a code: only window and guide codes of their departments are theirs. */
export const ADMIN_ONLY = '大厅、门牌和村务公开栏的二维码由中心负责人管理；窗口和办事指南的码由所在站所管理'

/**
 * A code the staff member may manage: another township's does not exist for them (404); department
 * staff manage the window and guide codes of their departments, an admin every code (403 otherwise).
 */
export async function loadManagedTarget(db: Connection, user: AuthedUser, id: string): Promise<QrTargetDoc> {
  const t = await qrTargetModel(db).findById(new Types.ObjectId(id)).lean<QrTargetDoc>()
  assertStaffMaySee(user, t, { missing: '没有找到这个二维码', why: ADMIN_ONLY })
  return t as QrTargetDoc
}
