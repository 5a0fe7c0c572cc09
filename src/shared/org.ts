import * as z from './zod'

/** County → township → village → group → household. Every record belongs to a township. */
export interface TownshipDTO {
  id: string
  name: string
  county: string
  province: string
  address: string
  phone: string
  hours: string
}

export interface VillageDTO {
  id: string
  townshipId: string
  name: string
  groups: string[]
}

/** A department (站所) and the hall window that serves it. */
export interface DepartmentDTO {
  id: string
  townshipId: string
  name: string
  windowName: string
  place: string
  phone: string
  description: string
  order: number
}

/** One row of the 多对一 contact table: a township post and the county department it pairs with. */
export interface ContactDTO {
  id: string
  post: string
  name: string
  duties: string
  phone: string
  countyDepartment: string
  countyPerson: string
  countyPhone: string
}

/** Everything the home page needs about a township in one request. */
export interface TownshipOverviewDTO {
  township: TownshipDTO
  villages: VillageDTO[]
  departments: DepartmentDTO[]
  lifeEvents: { id: string; name: string; icon: string; guideCount: number }[]
}

export const townshipParamSchema = z.strictObject({ townshipId: z.string() })
