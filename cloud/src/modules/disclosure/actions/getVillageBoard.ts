import { Types } from 'mongoose'
import { VILLAGE_AFFAIRS, VILLAGE_AFFAIR_LABELS, type VillageBoardDTO } from '../../../../../src/shared/disclosure'
import type { AppDeps } from '../../../lib/deps'
import { notFound } from '../../../lib/errors'
import { toLocalDate } from '../../calendar/workingDays'
import { townshipModel, villageModel, type TownshipDoc, type VillageDoc } from '../../org/model'
import { loadCatalogNames } from '../catalog'
import { ITEM_LIST_PROJECTION, toItemSummary, type SummarySource } from '../dto'
import { itemModel, type DisclosureItemDoc } from '../model'
import { publicItemView } from '../views'

/** How many items of each 三务 kind the board shows, and how many quarters of accounts. */
const PER_AFFAIR = 20
const ACCOUNTS_SHOWN = 4

/**
 * A village's 三务公开 board, what its board QR opens: the latest 党务, 村务 and 财务 items, and the
 * latest quarterly accounts with their tables.
 */
export async function getVillageBoard(deps: AppDeps, input: { villageId: string }): Promise<VillageBoardDTO> {
  const village = await villageModel(deps.db).findById(new Types.ObjectId(input.villageId)).lean<VillageDoc>()
  if (!village) throw notFound('没有找到这个村（社区），请重新扫码或从村务公开列表进入')
  const Item = itemModel(deps.db)
  const published = { villageId: village._id, status: 'published' }
  const [township, names, lists, accounts] = await Promise.all([
    townshipModel(deps.db).findById(village.townshipId, { name: 1 }).lean<Pick<TownshipDoc, '_id' | 'name'>>(),
    loadCatalogNames(deps.db, village.townshipId),
    Promise.all(
      VILLAGE_AFFAIRS.map((affair) =>
        Item.find({ ...published, 'content.villageAffair': affair }, ITEM_LIST_PROJECTION).sort({ publishedAt: -1 }).limit(PER_AFFAIR).lean<SummarySource[]>()
      )
    ),
    Item.find({ ...published, 'content.kind': 'accounts' }, { pendingNotices: 0, updates: 0, search: 0 })
      .sort({ 'content.accounts.year': -1, 'content.accounts.quarter': -1, publishedAt: -1 })
      .limit(ACCOUNTS_SHOWN)
      .lean<DisclosureItemDoc[]>()
  ])
  const today = toLocalDate(deps.clock.now())
  return {
    township: { id: String(village.townshipId), name: township?.name ?? '' },
    village: { id: String(village._id), name: village.name },
    affairs: VILLAGE_AFFAIRS.map((affair, i) => ({ affair, label: VILLAGE_AFFAIR_LABELS[affair], items: lists[i]!.map((s) => toItemSummary(s, names, today)) })),
    accounts: await Promise.all(accounts.map((a) => publicItemView(deps, a)))
  }
}
