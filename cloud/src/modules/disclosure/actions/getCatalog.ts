import {
  DISCLOSURE_CATEGORIES,
  DISCLOSURE_CATEGORY_LABELS,
  DISCLOSURE_KINDS,
  DISCLOSURE_KIND_LABELS,
  VILLAGE_AFFAIRS,
  VILLAGE_AFFAIR_LABELS,
  type DisclosureCatalogDTO
} from '../../../../../src/shared/disclosure'
import type { AppDeps } from '../../../lib/deps'
import { requireTownship } from '../../org/lookup'
import { publishedCounts } from '../search'

/** What residents browse by: the 五公开 categories, 三务, kinds, the township's domains and villages with published counts. */
export async function getCatalog(deps: AppDeps, input: { townshipId: string }): Promise<DisclosureCatalogDTO> {
  const township = await requireTownship(deps.db, input.townshipId)
  const { names, byDomain, byVillage } = await publishedCounts(deps.db, String(township._id))
  return {
    township: { id: String(township._id), name: township.name },
    categories: DISCLOSURE_CATEGORIES.map((key) => ({ key, label: DISCLOSURE_CATEGORY_LABELS[key] })),
    villageAffairs: VILLAGE_AFFAIRS.map((key) => ({ key, label: VILLAGE_AFFAIR_LABELS[key] })),
    kinds: DISCLOSURE_KINDS.map((key) => ({ key, label: DISCLOSURE_KIND_LABELS[key] })),
    domains: names.domains.map((d) => ({ ...d, published: byDomain.get(d.key) ?? 0 })),
    villages: [...names.villageName].map(([id, name]) => ({ id, name, published: byVillage.get(id) ?? 0 }))
  }
}
