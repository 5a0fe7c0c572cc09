import { Types } from 'mongoose'
import { addDomainSchema, type DomainDTO } from '../../../../../src/shared/disclosure'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { conflict } from '../../../lib/errors'
import { isDuplicateKeyError } from '../../../lib/mongoErrors'
import type { AuthedUser } from '../../../lib/types'
import { recordAudit } from '../../audit/actions/recordAudit'
import { loadDomains } from '../catalog'
import { domainModel } from '../model'
import { bumpSearchVersion } from '../search'

export const addDomainInput = addDomainSchema
export type AddDomainInput = z.output<typeof addDomainInput>

/**
 * Adds an area to the township's catalogue next to the 18 standard ones (admin). Its key is made
 * from the new record's id, so it never clashes with a standard key; a name already in the
 * catalogue answers 409. Audited.
 */
export async function addDomain(deps: AppDeps, admin: AuthedUser, input: AddDomainInput): Promise<DomainDTO> {
  const townshipId = new Types.ObjectId(admin.townshipId)
  if ((await loadDomains(deps.db, townshipId)).some((d) => d.name === input.name)) {
    throw conflict('DOMAIN_TAKEN', `目录里已经有“${input.name}”这个领域了`)
  }
  const _id = deps.ids.objectId()
  const key = `t-${String(_id)}`
  try {
    await domainModel(deps.db).create({ _id, townshipId, key, name: input.name, createdById: new Types.ObjectId(admin.id), createdAt: deps.clock.now() })
  } catch (err) {
    if (isDuplicateKeyError(err)) throw conflict('DOMAIN_TAKEN', `目录里已经有“${input.name}”这个领域了`)
    throw err
  }
  await bumpSearchVersion(deps.db, townshipId)
  await recordAudit(deps, admin, { action: 'disclosure.domainAdded', targetType: 'disclosureDomain', targetId: String(_id), detail: input.name })
  return { key, name: input.name, standard: false }
}
