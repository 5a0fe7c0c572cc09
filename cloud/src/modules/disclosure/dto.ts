import {
  accountTotals,
  DISCLOSURE_ACTION_LABELS,
  DISCLOSURE_CATEGORY_LABELS,
  DISCLOSURE_KIND_LABELS,
  DISCLOSURE_STATUS_LABELS,
  VALIDITY_LABELS,
  validityOf,
  VILLAGE_AFFAIR_LABELS,
  type Accounts,
  type AccountsDTO,
  type DisclosureContent,
  type DisclosureItemSummary,
  type DisclosureUpdateDTO,
  type ItemLinkDTO,
  type StaffDisclosureRow
} from '../../../../src/shared/disclosure'
import type { CatalogNames } from './catalog'
import type { DisclosureItemDoc } from './model'

/** What lists read of an item: not its body, history or events. */
export const ITEM_LIST_PROJECTION = { 'content.body': 0, updates: 0, pendingNotices: 0, search: 0 }

/** An item's fields a summary is made of. */
export type SummarySource = Pick<DisclosureItemDoc, '_id' | 'status' | 'indexNumber' | 'publishedAt' | 'villageId'> & {
  content: Omit<DisclosureContent, 'body'>
}

/** The 五公开 category of a township item, or the 三务 kind of a village item. */
export function categoryLabelOf(c: Pick<DisclosureContent, 'scope' | 'category' | 'villageAffair'>): string {
  if (c.scope === 'village') return c.villageAffair ? VILLAGE_AFFAIR_LABELS[c.villageAffair] : '村务公开'
  return c.category ? DISCLOSURE_CATEGORY_LABELS[c.category] : '乡镇公开'
}

/** An item in public lists, its validity on `today`. */
export function toItemSummary(item: SummarySource, names: Pick<CatalogNames, 'domainName' | 'villageName'>, today: string): DisclosureItemSummary {
  const c = item.content
  const validity = validityOf(item.status, c.validUntil, today)
  return {
    id: String(item._id),
    kind: c.kind,
    kindLabel: DISCLOSURE_KIND_LABELS[c.kind],
    scope: c.scope,
    title: c.title,
    categoryLabel: categoryLabelOf(c),
    domainName: c.domainKey ? (names.domainName.get(c.domainKey) ?? null) : null,
    villageName: item.villageId ? (names.villageName.get(String(item.villageId)) ?? null) : null,
    indexNumber: item.indexNumber,
    documentNumber: c.documentNumber,
    source: c.source,
    publishedAt: item.publishedAt?.toISOString() ?? null,
    validity,
    validityLabel: VALIDITY_LABELS[validity]
  }
}

/** An account with its totals. */
export function toAccountsDTO(a: Accounts | null): AccountsDTO | null {
  return a ? { ...a, ...accountTotals(a) } : null
}

/** A link to an item. */
export function toItemLink(item: Pick<DisclosureItemDoc, '_id' | 'version' | 'status' | 'publishedAt'> & { content: Pick<DisclosureContent, 'title'> }): ItemLinkDTO {
  return { id: String(item._id), title: item.content.title, version: item.version, status: item.status, publishedAt: item.publishedAt?.toISOString() ?? null }
}

/** The projection that reads just what a link shows. */
export const LINK_PROJECTION = { 'content.title': 1, version: 1, status: 1, publishedAt: 1, seriesId: 1 }

/** A row of the staff list. */
export function toStaffRow(item: SummarySource & Pick<DisclosureItemDoc, 'version' | 'moderation' | 'updatedAt'>, names: Pick<CatalogNames, 'villageName'>, departmentName: string): StaffDisclosureRow {
  return {
    id: String(item._id),
    title: item.content.title,
    kindLabel: DISCLOSURE_KIND_LABELS[item.content.kind],
    scope: item.content.scope,
    categoryLabel: categoryLabelOf(item.content),
    villageName: item.villageId ? (names.villageName.get(String(item.villageId)) ?? null) : null,
    departmentName,
    status: item.status,
    statusLabel: DISCLOSURE_STATUS_LABELS[item.status],
    version: item.version,
    moderation: item.moderation,
    updatedAt: item.updatedAt.toISOString()
  }
}

/** An item's history as staff read it, newest last. */
export function toUpdateDTOs(item: Pick<DisclosureItemDoc, 'updates'>): DisclosureUpdateDTO[] {
  return item.updates.map((u) => ({
    action: u.action,
    actionLabel: DISCLOSURE_ACTION_LABELS[u.action],
    from: u.from,
    to: u.to,
    authorName: u.authorName,
    at: u.at.toISOString(),
    publicText: u.publicText,
    internalNote: u.internalNote
  }))
}
