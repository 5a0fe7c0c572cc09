import Taro from '@tarojs/taro'
import type { ContactDTO, TownshipDTO, TownshipOverviewDTO } from '../shared/org'
import { request } from './http'
import { pickTownship } from './townshipParams'

export { pickTownship, townshipParam } from './townshipParams'

const CURRENT_KEY = 'xlb.township'

/** All townships this deployment serves. */
export function listTownships(): Promise<TownshipDTO[]> {
  return request<TownshipDTO[]>('/api/townships')
}

/** Township, villages, departments and life events for the home page. */
export function getOverview(townshipId: string): Promise<TownshipOverviewDTO> {
  return request<TownshipOverviewDTO>(`/api/townships/${encodeURIComponent(townshipId)}/overview`)
}

/** The 多对一 contact table of a township. */
export function listContacts(townshipId: string): Promise<ContactDTO[]> {
  return request<ContactDTO[]>(`/api/townships/${encodeURIComponent(townshipId)}/contacts`)
}

/** The remembered township (id, name, hall phone and hours). */
export function rememberedTownship(): TownshipDTO | null {
  try {
    const value = Taro.getStorageSync(CURRENT_KEY) as TownshipDTO | ''
    return value && typeof value === 'object' && typeof value.id === 'string' ? value : null
  } catch {
    return null
  }
}

/** Loads the township list and settles on the current township, remembering it. */
export async function resolveCurrentTownship(wanted: string | null): Promise<TownshipDTO | null> {
  const list = await listTownships()
  const chosen = pickTownship(list, wanted, rememberedTownship()?.id ?? null)
  if (chosen) Taro.setStorageSync(CURRENT_KEY, chosen)
  return chosen
}

/** The current township, resolving it from the server when none is remembered yet. */
export async function currentTownship(): Promise<TownshipDTO | null> {
  return rememberedTownship() ?? (await resolveCurrentTownship(null))
}
