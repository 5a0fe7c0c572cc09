import * as z from '../../../../../src/shared/zod'
import { objectId } from '../../../../../src/shared/common'
import { devLoginSchema, type DevPersonDTO, type SessionDTO } from '../../../../../src/shared/auth'
import type { AppDeps } from '../../../lib/deps'
import { AppError, notFound } from '../../../lib/errors'
import { userModel } from '../../users/model'
import { startSession } from './startSession'

export const devPeopleQuery = z.object({
  townshipId: z.preprocess((v) => (v === '' ? undefined : v), z.optional(objectId))
})
export type DevPeopleQuery = z.output<typeof devPeopleQuery>
export const devLoginInput = devLoginSchema
export type DevLoginInput = z.output<typeof devLoginInput>

function refuseInProduction(deps: AppDeps): void {
  if (deps.config.isProduction) throw new AppError(403, 'DEV_LOGIN_DISABLED', '演示登录只在演示环境可用')
}

const ROLE_ORDER = { resident: 0, assistant: 1, staff: 2, admin: 3 } as const

/** Demo persons (accounts with a demoKey) the development login offers; refused in production. */
export async function listDevPeople(deps: AppDeps, query: DevPeopleQuery): Promise<DevPersonDTO[]> {
  refuseInProduction(deps)
  const filter: Record<string, unknown> = { demoKey: { $exists: true } }
  if (query.townshipId) filter.townshipId = query.townshipId
  const users = await userModel(deps.db).find(filter).sort({ _id: 1 }).limit(200).lean()
  return users
    .map((u) => ({ id: String(u._id), role: u.role, displayName: u.displayName, description: u.demoDescription ?? '' }))
    .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role])
}

/** Signs in as a demo person without WeChat; refused in production and for non-demo accounts. */
export async function devLogin(deps: AppDeps, input: DevLoginInput): Promise<SessionDTO> {
  refuseInProduction(deps)
  const user = await userModel(deps.db).findOne({ _id: input.userId, demoKey: { $exists: true } })
  if (!user) throw notFound('没有这个演示账号，请刷新列表后重新选择')
  return startSession(deps, user, 'dev')
}
