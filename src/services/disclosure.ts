import type { Page } from '../shared/common'
import type {
  AddDomainInput,
  DisclosureCatalogDTO,
  DisclosureContentInput,
  DisclosureFileDTO,
  DisclosureItemDTO,
  DisclosureItemSummary,
  DomainDTO,
  PowerDTO,
  PowerInput,
  PublicItemsQuery,
  PublishItemInput,
  ReturnItemInput,
  ServicePointDTO,
  ServicePointInput,
  StaffDisclosureDTO,
  StaffDisclosureRow,
  StaffItemsQuery,
  SubscribeInput,
  SubscriptionDTO,
  SubscriptionTarget,
  UploadFileInput,
  VillageBoardDTO,
  WithdrawItemInput
} from '../shared/disclosure'
import { request } from './http'

const enc = encodeURIComponent

/** Public: what to browse by — categories, 三务, domains and villages with published counts. */
export function getCatalog(townshipId: string): Promise<DisclosureCatalogDTO> {
  return request<DisclosureCatalogDTO>(`/api/townships/${enc(townshipId)}/disclosure/catalog`)
}

/** Public: published items, filtered, newest first (ranked when `q` is given). */
export function listItems(townshipId: string, query: Omit<PublicItemsQuery, 'page' | 'pageSize'> & { page?: number; pageSize?: number } = {}): Promise<Page<DisclosureItemSummary>> {
  return request<Page<DisclosureItemSummary>>(`/api/townships/${enc(townshipId)}/disclosure/items`, { query: { pageSize: 20, ...query } })
}

/** Public: one published (or withdrawn, or revised) item. */
export function getItem(id: string): Promise<DisclosureItemDTO> {
  return request<DisclosureItemDTO>(`/api/disclosure/items/${enc(id)}`)
}

/** Public: a village's 三务公开 board. */
export function getVillageBoard(villageId: string): Promise<VillageBoardDTO> {
  return request(`/api/disclosure/villages/${enc(villageId)}/board`)
}

/** Public: the 权责清单, searched when `q` is given. */
export function listPowers(townshipId: string, q?: string): Promise<PowerDTO[]> {
  return request<PowerDTO[]>(`/api/townships/${enc(townshipId)}/powers`, { query: { q } })
}

/** Public: the 便民地图's service points. */
export function listServicePoints(townshipId: string, query: { q?: string; villageId?: string } = {}): Promise<ServicePointDTO[]> {
  return request<ServicePointDTO[]>(`/api/townships/${enc(townshipId)}/servicePoints`, { query })
}

/** What I follow. */
export function listSubscriptions(): Promise<SubscriptionDTO[]> {
  return request<SubscriptionDTO[]>('/api/disclosure/subscriptions')
}

/** Follows a village or a domain (following twice changes nothing). */
export function subscribe(input: SubscribeInput, idempotencyKey: string): Promise<SubscriptionDTO> {
  return request<SubscriptionDTO>('/api/disclosure/subscriptions', { method: 'PUT', body: input, idempotencyKey })
}

/** Stops following a village or a domain. */
export function unsubscribe(target: SubscriptionTarget, key: string): Promise<{ removed: boolean }> {
  return request<{ removed: boolean }>(`/api/disclosure/subscriptions/${enc(target)}/${enc(key)}`, { method: 'DELETE' })
}

/** Staff: the items I look after, last changed first. */
export function listStaffItems(query: Omit<StaffItemsQuery, 'page' | 'pageSize'> & { page?: number } = {}): Promise<Page<StaffDisclosureRow>> {
  return request<Page<StaffDisclosureRow>>('/api/staff/disclosure/items', { query: { pageSize: 50, ...query } })
}

/** Staff: starts a draft. */
export function createItem(input: DisclosureContentInput, idempotencyKey: string): Promise<StaffDisclosureDTO> {
  return request<StaffDisclosureDTO>('/api/staff/disclosure/items', { method: 'POST', body: input, idempotencyKey })
}

/** Staff: one item with its history and the actions I may take. */
export function getStaffItem(id: string): Promise<StaffDisclosureDTO> {
  return request<StaffDisclosureDTO>(`/api/staff/disclosure/items/${enc(id)}`)
}

/** The body of each staff move on an item. */
export interface ItemMoveInputs {
  edit: DisclosureContentInput
  submitForReview: Record<string, never>
  returnToDraft: ReturnItemInput
  publish: PublishItemInput
  withdraw: WithdrawItemInput
  revise: Record<string, never>
}

/** Staff: one move on an item (one endpoint per move); a stale or illegal one answers 409. */
export function moveItem<K extends keyof ItemMoveInputs>(id: string, move: K, input: ItemMoveInputs[K], idempotencyKey: string): Promise<StaffDisclosureDTO> {
  return request<StaffDisclosureDTO>(`/api/staff/disclosure/items/${enc(id)}/${move}`, { method: 'POST', body: input, idempotencyKey })
}

/** Staff: uploads an attachment (PDF, JPG or PNG as base64). */
export function uploadFile(input: UploadFileInput, idempotencyKey: string): Promise<DisclosureFileDTO> {
  return request<DisclosureFileDTO>('/api/staff/disclosure/files', { method: 'POST', body: input, idempotencyKey })
}

/** Admin: adds an area to the catalogue. */
export function addDomain(input: AddDomainInput, idempotencyKey: string): Promise<DomainDTO> {
  return request<DomainDTO>('/api/admin/disclosure/domains', { method: 'POST', body: input, idempotencyKey })
}

/** Admin: adds (no id) or replaces a power of the 权责清单. */
export function savePower(input: PowerInput, idempotencyKey: string, id?: string): Promise<PowerDTO> {
  return request<PowerDTO>(`/api/admin/disclosure/powers${id ? `/${enc(id)}` : ''}`, { method: 'POST', body: input, idempotencyKey })
}

/** Admin: removes a power. */
export function removePower(id: string): Promise<{ removed: boolean }> {
  return request<{ removed: boolean }>(`/api/admin/disclosure/powers/${enc(id)}`, { method: 'DELETE' })
}

/** Admin: adds (no id) or replaces a service point of the 便民地图. */
export function saveServicePoint(input: ServicePointInput, idempotencyKey: string, id?: string): Promise<ServicePointDTO> {
  return request<ServicePointDTO>(`/api/admin/disclosure/servicePoints${id ? `/${enc(id)}` : ''}`, { method: 'POST', body: input, idempotencyKey })
}

/** Admin: removes a service point. */
export function removeServicePoint(id: string): Promise<{ removed: boolean }> {
  return request<{ removed: boolean }>(`/api/admin/disclosure/servicePoints/${enc(id)}`, { method: 'DELETE' })
}
