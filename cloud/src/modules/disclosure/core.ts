import { Types, type Connection } from 'mongoose'
import { DISCLOSURE_LIFECYCLE, type DisclosureAction, type DisclosureActor, type DisclosureContent } from '../../../../src/shared/disclosure'
import type { AppDeps } from '../../lib/deps'
import { AppError, badRequest, forbidden } from '../../lib/errors'
import { authorOf, creationUpdate, recordTransition, type Author } from '../../lib/lifecycle'
import type { NoticeEvent } from '../../lib/notices'
import type { AuthedUser } from '../../lib/types'
import { assertStaffMaySee } from '../../lib/visibility'
import { relayAfterWrite } from '../notices/relay'
import { departmentModel, villageModel } from '../org/model'
import { loadDomains } from './catalog'
import { filesOfTownship } from './files'
import { itemModel, type DisclosureItemDoc } from './model'

const staleMessage = '这条公开信息刚被其他人处理过，状态已经变了。请刷新后再操作'

/** An item staff may see (lib/visibility): 404 outside the township, 403 for another department's item. */
export async function loadStaffItem(db: Connection, user: AuthedUser, id: string): Promise<DisclosureItemDoc> {
  const item = await itemModel(db).findById(new Types.ObjectId(id), { pendingNotices: 0 }).lean<DisclosureItemDoc>()
  assertStaffMaySee(user, item, {
    missing: '没有找到这条公开信息',
    why: '这条公开信息由其他站所负责，您不能查看或处理。请联系中心负责人'
  })
  return item as DisclosureItemDoc
}

export interface ItemChange {
  action: DisclosureAction
  actor: DisclosureActor
  author: Author
  publicText?: string | null
  internalNote?: string | null
  set?: Record<string, unknown>
  also?: Record<string, unknown>
  notices?: () => NoticeEvent[]
}

/**
 * Applies one lifecycle action through the one recorded-update writer (lib/lifecycle): the table
 * decides, and one conditional write on the status the item was read with sets the new status and
 * fields, appends the update and pushes the notice events. An item that moved meanwhile answers 409.
 */
export async function changeItem(deps: AppDeps, item: Pick<DisclosureItemDoc, '_id' | 'status'>, change: ItemChange): Promise<DisclosureItemDoc> {
  const done = await recordTransition(itemModel(deps.db), DISCLOSURE_LIFECYCLE, {
    record: item,
    action: change.action,
    actor: change.actor,
    author: change.author,
    at: deps.clock.now(),
    publicText: change.publicText,
    internalNote: change.internalNote,
    set: change.set,
    also: change.also,
    notices: change.notices
  })
  if (!done) throw new AppError(409, 'DISCLOSURE_STATE_CONFLICT', staleMessage)
  if (done.notices.length) await relayAfterWrite(deps, 'disclosureItem', item._id)
  return done.doc
}

/** The fields an item's content decides beyond itself: who may see it, which village, which policy series. */
export interface ContentRefs {
  departmentId: Types.ObjectId
  villageId: Types.ObjectId | null
  interpretsSeriesId: Types.ObjectId | null
}

/**
 * Checks what content names against the township: a department the author may publish for, a
 * village of the township, a domain of its catalogue, a published policy to interpret, and
 * attachments it holds. Each problem is a 400 naming the field.
 */
export async function checkContentRefs(db: Connection, user: AuthedUser, content: DisclosureContent): Promise<ContentRefs> {
  const townshipId = new Types.ObjectId(user.townshipId)
  if (user.role !== 'admin' && !user.departmentIds.includes(content.departmentId)) {
    throw forbidden('您只能以本站所的名义发布公开信息，请选择您所在的站所')
  }
  const [department, village, domains, policy] = await Promise.all([
    departmentModel(db).exists({ _id: new Types.ObjectId(content.departmentId), townshipId }),
    content.villageId ? villageModel(db).exists({ _id: new Types.ObjectId(content.villageId), townshipId }) : Promise.resolve(null),
    loadDomains(db, townshipId),
    content.interpretsId
      ? itemModel(db)
          .findOne({ _id: new Types.ObjectId(content.interpretsId), townshipId }, { status: 1, seriesId: 1, 'content.kind': 1 })
          .lean<Pick<DisclosureItemDoc, 'status' | 'seriesId' | 'content'>>()
      : Promise.resolve(null)
  ])
  if (!department) throw badRequest('DEPARTMENT_NOT_IN_TOWNSHIP', '所选站所不属于本乡镇，请重新选择', { departmentId: '所选站所不属于本乡镇' })
  if (content.villageId && !village) throw badRequest('VILLAGE_UNKNOWN', '请选择本乡镇的村（社区）', { villageId: '不是本乡镇的村（社区）' })
  if (content.domainKey && !domains.some((d) => d.key === content.domainKey)) {
    throw badRequest('DOMAIN_UNKNOWN', '所选领域不在本乡镇的公开目录里，请重新选择', { domainKey: '目录里没有这个领域' })
  }
  if (content.interpretsId && (!policy || policy.content.kind !== 'policy' || (policy.status !== 'published' && policy.status !== 'revised'))) {
    throw badRequest('POLICY_UNKNOWN', '政策解读只能关联本乡镇已发布的政策文件，请重新选择', { interpretsId: '请选择已发布的政策文件' })
  }
  await filesOfTownship(db, townshipId, content.attachmentIds, 'attachmentIds')
  return {
    departmentId: new Types.ObjectId(content.departmentId),
    villageId: content.villageId ? new Types.ObjectId(content.villageId) : null,
    interpretsSeriesId: policy?.seriesId ?? null
  }
}

/** Where a new draft stands in its series: the first version, or the next version of a published item. */
export interface DraftSeries {
  seriesId: Types.ObjectId
  version: number
  supersedesId: Types.ObjectId | null
}

/** Writes a new draft (first version, or a revision of a published item) created by a staff member. */
export async function insertDraft(deps: AppDeps, user: AuthedUser, content: DisclosureContent, refs: ContentRefs, series: DraftSeries | null): Promise<DisclosureItemDoc> {
  const now = deps.clock.now()
  const _id = deps.ids.objectId()
  const doc: DisclosureItemDoc = {
    _id,
    townshipId: new Types.ObjectId(user.townshipId),
    seriesId: series?.seriesId ?? _id,
    version: series?.version ?? 1,
    supersedesId: series?.supersedesId ?? null,
    supersededById: null,
    status: 'draft',
    content,
    ...refs,
    indexNumber: null,
    moderation: 'unchecked',
    moderationNote: null,
    submittedById: null,
    submittedByName: null,
    publishedAt: null,
    publishedById: null,
    withdrawnAt: null,
    withdrawReason: null,
    search: null,
    updates: [
      creationUpdate(DISCLOSURE_LIFECYCLE, 'create', authorOf(user), now, {
        internalNote: series ? `修订第 ${series.version - 1} 版，发布后替代原版本` : null
      })
    ],
    pendingNotices: [],
    createdAt: now,
    createdById: new Types.ObjectId(user.id),
    updatedAt: now
  }
  await itemModel(deps.db).create(doc)
  return doc
}
