import { Types, type Connection } from 'mongoose'
import { STANDARD_DOMAINS, type DomainDTO } from '../../../../src/shared/disclosure'
import { villageModel, type VillageDoc } from '../org/model'
import { domainModel, type DomainDoc } from './model'

/** What an item's labels are looked up in: the township's domains (standard first) and its villages. */
export interface CatalogNames {
  domains: DomainDTO[]
  domainName: Map<string, string>
  villageName: Map<string, string>
}

/** The township's catalogue: the 18 standard domains, then the ones it added (oldest first). */
export async function loadDomains(db: Connection, townshipId: string | Types.ObjectId): Promise<DomainDTO[]> {
  const own = await domainModel(db)
    .find({ townshipId: new Types.ObjectId(String(townshipId)) })
    .sort({ createdAt: 1 })
    .lean<DomainDoc[]>()
  return [...STANDARD_DOMAINS.map((d) => ({ key: d.key, name: d.name, standard: true })), ...own.map((d) => ({ key: d.key, name: d.name, standard: false }))]
}

/** The township's domain and village names, for labelling items. */
export async function loadCatalogNames(db: Connection, townshipId: string | Types.ObjectId): Promise<CatalogNames> {
  const [domains, villages] = await Promise.all([
    loadDomains(db, townshipId),
    villageModel(db)
      .find({ townshipId: new Types.ObjectId(String(townshipId)) }, { name: 1 })
      .sort({ _id: 1 })
      .lean<Pick<VillageDoc, '_id' | 'name'>[]>()
  ])
  return {
    domains,
    domainName: new Map(domains.map((d) => [d.key, d.name])),
    villageName: new Map(villages.map((v) => [String(v._id), v.name]))
  }
}
