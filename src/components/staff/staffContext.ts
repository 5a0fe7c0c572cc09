import type { MeDTO } from '../../shared/auth'
import type { DepartmentDTO, TownshipDTO, VillageDTO } from '../../shared/org'
import { fetchMe } from '../../services/auth'
import { ApiRequestError } from '../../services/http'
import { loadSession } from '../../services/session'
import { getOverview } from '../../services/townships'

/** Who is using the console, their township and its departments. */
export interface StaffContext {
  me: MeDTO
  township: TownshipDTO
  departments: DepartmentDTO[]
  villages: VillageDTO[]
  isAdmin: boolean
  /** Departments whose guides this person may edit (all for an admin). */
  editableDepartments: DepartmentDTO[]
}

export const NOT_SIGNED_IN = 'NOT_SIGNED_IN'
export const NOT_STAFF = 'NOT_STAFF'
export const NOT_ADMIN = 'NOT_ADMIN'

/**
 * Loads the console's context, refreshing the person from the server (a role may have changed).
 * Throws ApiRequestError `NOT_SIGNED_IN`, `NOT_STAFF` or (with `adminOnly`) `NOT_ADMIN` with a
 * message saying what to do.
 */
export async function loadStaffContext(options: { adminOnly?: boolean } = {}): Promise<StaffContext> {
  if (!loadSession()) throw new ApiRequestError('请先在“我的”页面登录，再进入工作台', NOT_SIGNED_IN, 401)
  let me: MeDTO
  try {
    me = await fetchMe()
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 401) {
      throw new ApiRequestError('登录已过期，请在“我的”页面重新登录', NOT_SIGNED_IN, 401)
    }
    throw error
  }
  const isAdmin = me.role === 'admin'
  if (me.role !== 'staff' && !isAdmin) {
    throw new ApiRequestError('工作台只给窗口、站所工作人员使用。请先申请成为工作人员，审核通过后再来', NOT_STAFF, 403)
  }
  if (options.adminOnly && !isAdmin) {
    throw new ApiRequestError('只有中心负责人可以审核工作人员申请', NOT_ADMIN, 403)
  }
  const overview = await getOverview(me.townshipId)
  const departments = overview.departments
  return {
    me,
    township: overview.township,
    departments,
    villages: overview.villages,
    isAdmin,
    editableDepartments: isAdmin ? departments : departments.filter((d) => me.departmentIds.includes(d.id))
  }
}
