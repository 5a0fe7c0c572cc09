import { Types } from 'mongoose'
import { DISCLOSURE_LIFECYCLE, DISCLOSURE_STATUS_LABELS, type DisclosureItemDTO, type ItemLinkDTO, type StaffDisclosureDTO } from '../../../../src/shared/disclosure'
import type { AppDeps } from '../../lib/deps'
import type { AuthedUser } from '../../lib/types'
import { toLocalDate } from '../calendar/workingDays'
import { departmentModel } from '../org/model'
import { loadCatalogNames } from './catalog'
import { LINK_PROJECTION, toAccountsDTO, toItemLink, toItemSummary, toUpdateDTOs } from './dto'
import { attachmentLinks } from './files'
import { itemModel, type DisclosureItemDoc } from './model'

/** Statuses the public may open. */
export const PUBLIC_STATUSES = ['published', 'withdrawn', 'revised'] as const

type LinkDoc = Pick<DisclosureItemDoc, '_id' | 'version' | 'status' | 'publishedAt' | 'seriesId'> & { content: { title: string } }

async function linkOf(deps: AppDeps, id: Types.ObjectId | string | null, statuses: readonly string[]): Promise<ItemLinkDTO | null> {
  if (!id) return null
  const doc = await itemModel(deps.db)
    .findOne({ _id: new Types.ObjectId(String(id)), status: { $in: statuses } }, LINK_PROJECTION)
    .lean<LinkDoc>()
  return doc ? toItemLink(doc) : null
}

/** A public item with everything the detail page shows: attachments, the versions, the policy it explains and its interpretations. */
export async function publicItemView(deps: AppDeps, item: DisclosureItemDoc): Promise<DisclosureItemDTO> {
  const Item = itemModel(deps.db)
  const [names, attachments, interprets, interpretations, versions, supersedes, supersededBy] = await Promise.all([
    loadCatalogNames(deps.db, item.townshipId),
    attachmentLinks(deps, item.townshipId, item.content.attachmentIds),
    linkOf(deps, item.content.interpretsId, PUBLIC_STATUSES),
    item.content.kind === 'policy'
      ? Item.find({ interpretsSeriesId: item.seriesId, status: 'published' }, LINK_PROJECTION).sort({ publishedAt: -1 }).limit(20).lean<LinkDoc[]>()
      : Promise.resolve([] as LinkDoc[]),
    Item.find({ seriesId: item.seriesId, status: { $in: PUBLIC_STATUSES } }, LINK_PROJECTION).sort({ version: 1 }).lean<LinkDoc[]>(),
    linkOf(deps, item.supersedesId, PUBLIC_STATUSES),
    linkOf(deps, item.supersededById, PUBLIC_STATUSES)
  ])
  const c = item.content
  return {
    ...toItemSummary(item, names, toLocalDate(deps.clock.now())),
    category: c.category,
    villageAffair: c.villageAffair,
    domainKey: c.domainKey,
    villageId: c.villageId,
    body: c.body,
    validUntil: c.validUntil,
    version: item.version,
    accounts: toAccountsDTO(c.accounts),
    attachments,
    interprets,
    interpretations: interpretations.map(toItemLink),
    supersedes,
    supersededBy,
    versions: versions.map(toItemLink),
    withdrawReason: item.withdrawReason,
    withdrawnAt: item.withdrawnAt?.toISOString() ?? null
  }
}

/**
 * An item as a staff member sees it: the content, the history, and what they may do — publishing is
 * not offered to whoever submitted it (a second person reviews).
 */
export async function staffItemView(deps: AppDeps, user: AuthedUser, item: DisclosureItemDoc): Promise<StaffDisclosureDTO> {
  const [names, department, attachments, supersedes, supersededBy, pendingRevision] = await Promise.all([
    loadCatalogNames(deps.db, item.townshipId),
    departmentModel(deps.db).findById(item.departmentId, { name: 1 }).lean<{ name: string }>(),
    attachmentLinks(deps, item.townshipId, item.content.attachmentIds),
    linkOf(deps, item.supersedesId, ['published', 'withdrawn', 'revised', 'draft', 'inReview']),
    linkOf(deps, item.supersededById, PUBLIC_STATUSES),
    item.status === 'published' ? itemModel(deps.db).exists({ supersedesId: item._id, status: { $in: ['draft', 'inReview'] } }) : Promise.resolve(null)
  ])
  const ownSubmission = item.submittedById !== null && String(item.submittedById) === user.id
  const allowed = DISCLOSURE_LIFECYCLE.allowedActions(item.status, 'staff').filter((a) => !(a === 'publish' && ownSubmission))
  return {
    id: String(item._id),
    townshipId: String(item.townshipId),
    status: item.status,
    statusLabel: DISCLOSURE_STATUS_LABELS[item.status],
    content: item.content,
    departmentName: department?.name ?? '',
    villageName: item.villageId ? (names.villageName.get(String(item.villageId)) ?? null) : null,
    indexNumber: item.indexNumber,
    version: item.version,
    seriesId: String(item.seriesId),
    moderation: item.moderation,
    moderationNote: item.moderationNote,
    submittedByName: item.submittedByName,
    publishedAt: item.publishedAt?.toISOString() ?? null,
    withdrawReason: item.withdrawReason,
    attachments,
    accounts: toAccountsDTO(item.content.accounts),
    supersedes,
    supersededBy,
    allowedActions: allowed,
    reviewNote: item.status === 'inReview' && ownSubmission ? '这条是您提交审核的，须由另一位工作人员审核发布' : null,
    canRevise: item.status === 'published' && !pendingRevision,
    history: toUpdateDTOs(item),
    updatedAt: item.updatedAt.toISOString()
  }
}
