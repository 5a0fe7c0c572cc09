import type { GuideContentInput } from '../../../src/shared/guides'
import type { Role } from '../../../src/shared/enums'

/** Demo data for one township, taken from the source documents in shared/seeds. Keys are stable slugs. */
export interface SeedData {
  township: SeedTownship
  villages: SeedVillage[]
  departments: SeedDepartment[]
  guides: SeedGuide[]
  /** 多对一 对应联系表 */
  contacts: SeedContact[]
  /** Demo persons offered by the dev login. */
  people: SeedPerson[]
  /** People a demo assistant helps, each with a consent record. */
  helped: SeedHelped[]
  /** Staff sign-ups waiting for the admin. */
  pendingSignups: SeedSignup[]
  /** Weekly opening templates of the windows that take online bookings. */
  openingTemplates?: SeedOpeningTemplate[]
}

export interface SeedTownship {
  key: string
  name: string
  county: string
  province: string
  address: string
  phone: string
  hours: string
}

export interface SeedVillage {
  key: string
  name: string
  groups: string[]
}

export interface SeedDepartment {
  key: string
  name: string
  windowName: string
  place: string
  phone: string
  description: string
  order: number
}

export interface SeedGuide {
  slug: string
  departmentKey: string
  content: Omit<GuideContentInput, 'departmentId'>
}

export interface SeedContact {
  post: string
  name: string
  duties: string
  phone: string
  countyDepartment: string
  countyPerson: string
  countyPhone: string
}

export interface SeedPerson {
  key: string
  role: Role
  displayName: string
  /** One line for the dev-login picker: who this is and what to try as them. */
  description: string
  villageKey?: string
  departmentKeys?: string[]
  phone?: string
}

export interface SeedHelped {
  assistantKey: string
  name: string
  villageKey: string
  phone?: string
  consentHow: 'signed_paper' | 'in_person' | 'phone'
}

export interface SeedSignup {
  realName: string
  idNumber: string
  phone: string
  departmentKeys: string[]
}

/** A weekly opening template of a window, or of one of its services when `guideSlug` is set. */
export interface SeedOpeningTemplate {
  departmentKey: string
  guideSlug?: string
  weekdays: number[]
  sessions: { start: string; end: string }[]
  slotMinutes: number
  capacity: number
  horizonDays: number
  closeBeforeMinutes: number
  changeBeforeMinutes: number
}
