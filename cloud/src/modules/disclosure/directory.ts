import { Types, type Connection } from 'mongoose'
import { POWER_TYPE_LABELS, SERVICE_POINT_KIND_LABELS, type PowerDTO, type powerSchema, type ServicePointDTO, type servicePointSchema } from '../../../../src/shared/disclosure'
import type * as z from '../../../../src/shared/zod'
import { deriveSearchFields, type SearchFields } from '../../lib/textSearch'
import { contactModel, toContactDTO, type ContactDoc } from '../org/model'
import type { PowerDoc, ServicePointDoc } from './model'

export type PowerFields = z.output<typeof powerSchema>
export type ServicePointFields = z.output<typeof servicePointSchema>

/** The search fields of a power: its name, its type and post, and the legal basis as text. */
export function powerSearch(p: PowerFields): SearchFields {
  return deriveSearchFields({ title: p.name, keywords: [...p.keywords, p.responsiblePost, POWER_TYPE_LABELS[p.type], ...(p.code ? [p.code] : [])], text: [p.basis] })
}

/** The search fields of a service point: its name, its village and services, and the address as text. */
export function servicePointSearch(p: ServicePointFields, villageName: string | null): SearchFields {
  return deriveSearchFields({ title: p.name, keywords: [...(villageName ? [villageName] : []), ...p.services], text: [p.address] })
}

/** The 多对一 contact rows of a township by post, in table order. */
export async function contactsByPost(db: Connection, townshipId: Types.ObjectId | string): Promise<Map<string, ContactDoc[]>> {
  const rows = await contactModel(db).find({ townshipId: new Types.ObjectId(String(townshipId)) }).sort({ order: 1 }).limit(500).lean<ContactDoc[]>()
  const byPost = new Map<string, ContactDoc[]>()
  for (const r of rows) byPost.set(r.post, [...(byPost.get(r.post) ?? []), r])
  return byPost
}

/** A power with the contact rows of its responsible post. */
export function toPowerDTO(p: PowerDoc, byPost: Map<string, ContactDoc[]>): PowerDTO {
  return {
    id: String(p._id),
    code: p.code,
    name: p.name,
    type: p.type,
    typeLabel: POWER_TYPE_LABELS[p.type],
    basis: p.basis,
    responsiblePost: p.responsiblePost,
    keywords: [...p.keywords],
    contacts: (byPost.get(p.responsiblePost) ?? []).map(toContactDTO),
    order: p.order
  }
}

/** A service point with its village's name. */
export function toServicePointDTO(p: ServicePointDoc, villageName: Map<string, string>): ServicePointDTO {
  return {
    id: String(p._id),
    name: p.name,
    kind: p.kind,
    kindLabel: SERVICE_POINT_KIND_LABELS[p.kind],
    villageId: p.villageId ? String(p.villageId) : null,
    villageName: p.villageId ? (villageName.get(String(p.villageId)) ?? null) : null,
    address: p.address,
    hours: p.hours,
    phone: p.phone,
    latitude: p.latitude,
    longitude: p.longitude,
    services: [...p.services],
    order: p.order
  }
}
