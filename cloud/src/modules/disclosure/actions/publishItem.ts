import { Types } from 'mongoose'
import { publishItemSchema, type StaffDisclosureDTO } from '../../../../../src/shared/disclosure'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { conflict, forbidden } from '../../../lib/errors'
import { authorOf, SYSTEM_AUTHOR } from '../../../lib/lifecycle'
import { nextSequence } from '../../../lib/sequence'
import type { AuthedUser } from '../../../lib/types'
import { recordAudit } from '../../audit/actions/recordAudit'
import { toLocalDate } from '../../calendar/workingDays'
import { townshipModel } from '../../org/model'
import { loadCatalogNames } from '../catalog'
import { changeItem, loadStaffItem } from '../core'
import { counterModel, itemModel, subscriptionModel, type DisclosureItemDoc } from '../model'
import { publishedNotices } from '../notices'
import { bumpSearchVersion, itemSearchFields } from '../search'
import { staffItemView } from '../views'

export const publishItemInput = publishItemSchema
export type PublishItemInput = z.output<typeof publishItemInput> & { id: string }

/** 索引号 of the township's next document of the year: `<township key>/<year>-<five digits>`. */
async function nextIndexNumber(deps: AppDeps, townshipId: Types.ObjectId, year: string): Promise<string> {
  const township = await townshipModel(deps.db).findById(townshipId, { key: 1 }).lean<{ key: string }>()
  const seq = await nextSequence(counterModel(deps.db), `index:${String(townshipId)}:${year}`)
  return `${township?.key ?? String(townshipId)}/${year}-${String(seq).padStart(5, '0')}`
}

/** The people to tell: subscribers of the item's village (village items) and of its domain. */
async function subscribers(deps: AppDeps, item: DisclosureItemDoc): Promise<string[]> {
  const targets = [
    ...(item.villageId ? [{ target: 'village', key: String(item.villageId) }] : []),
    ...(item.content.domainKey ? [{ target: 'domain', key: item.content.domainKey }] : [])
  ]
  if (!targets.length) return []
  const subs = await subscriptionModel(deps.db).find({ townshipId: item.townshipId, $or: targets }, { userId: 1 }).lean<{ userId: Types.ObjectId }[]>()
  return [...new Set(subs.map((s) => String(s.userId)))]
}

/**
 * A second person publishes an item under review: never its submitter, and text held by content
 * security only when the reviewer clears it. The item gets its 索引号 and goes public; subscribers of
 * its village and domain are told in the same write; the version it revises becomes 已修订 with a
 * link to this one. Audited.
 */
export async function publishItem(deps: AppDeps, user: AuthedUser, input: PublishItemInput): Promise<StaffDisclosureDTO> {
  const item = await loadStaffItem(deps.db, user, input.id)
  if (item.status === 'inReview' && item.submittedById && String(item.submittedById) === user.id) {
    throw forbidden('这条是您提交审核的，须由另一位工作人员审核发布')
  }
  if (item.status === 'inReview' && item.moderation === 'held' && !input.contentCleared) {
    throw conflict('DISCLOSURE_CONTENT_HELD', `${item.moderationNote ?? '内容安全检测提示有风险'}。请退回修改，或核实无误后选“人工审核通过”再发布`)
  }
  const now = deps.clock.now()
  const [indexNumber, audience, names] = await Promise.all([
    item.status === 'inReview' ? (item.indexNumber ?? nextIndexNumber(deps, item.townshipId, toLocalDate(now).slice(0, 4))) : Promise.resolve(item.indexNumber),
    subscribers(deps, item),
    loadCatalogNames(deps.db, item.townshipId)
  ])
  const where = (item.villageId && names.villageName.get(String(item.villageId))) || (item.content.domainKey && names.domainName.get(item.content.domainKey)) || ''
  const cleared = item.moderation === 'held' && input.contentCleared
  const published = await changeItem(deps, item, {
    action: 'publish',
    actor: 'staff',
    author: authorOf(user),
    publicText: input.note ?? null,
    internalNote: cleared ? '内容安全检测提示有风险，审核人核实内容后人工审核通过' : null,
    set: {
      indexNumber,
      publishedAt: now,
      publishedById: new Types.ObjectId(user.id),
      search: itemSearchFields(item.content, indexNumber),
      ...(cleared ? { moderation: 'passed' } : {})
    },
    notices: () => publishedNotices(item, audience, now, where)
  })
  if (item.supersedesId) {
    const old = await itemModel(deps.db).findById(item.supersedesId, { status: 1 }).lean<Pick<DisclosureItemDoc, '_id' | 'status'>>()
    if (old?.status === 'published') {
      await changeItem(deps, old, {
        action: 'supersede',
        actor: 'system',
        author: SYSTEM_AUTHOR,
        publicText: `已由第 ${item.version} 版替代`,
        set: { supersededById: item._id }
      })
    }
  }
  await bumpSearchVersion(deps.db, item.townshipId)
  await recordAudit(deps, user, { action: 'disclosure.published', targetType: 'disclosureItem', targetId: String(item._id), detail: `${indexNumber ?? ''} ${item.content.title}` })
  return staffItemView(deps, user, published)
}
