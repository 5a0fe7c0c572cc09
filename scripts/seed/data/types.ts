import type { GuideContentInput } from '../../../src/shared/guides'
import type { Role } from '../../../src/shared/enums'
import type { DisclosureContentInput, PowerInput, ServicePointInput } from '../../../src/shared/disclosure'
import type { DeliveryMethod, InfoForm } from '../../../src/shared/infoRequests'

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
  /** Bookings and walk-ins of the demo's day and the working days before it. */
  bookings?: SeedBooking[]
  /** Approved volunteers and grid workers (上门服务), by demo person. */
  volunteers?: SeedVolunteer[]
  /** Posted codes (码上办): the hall, every window, some guides, village boards and door plates. */
  qrCodes?: SeedQrCodes
  /** 政务公开: published items, 权责清单, 便民地图, subscriptions and information requests. */
  disclosure?: SeedDisclosure
}

/** A demo person registered and approved as a volunteer or grid worker of a village. */
export interface SeedVolunteer {
  personKey: string
  kind: 'volunteer' | 'gridWorker'
  villageKey: string
  skills: string[]
  intro?: string
  phoneOnDoorplates?: boolean
}

/** Which codes the demo posts (the hall and every window always). */
export interface SeedQrCodes {
  guideSlugs: string[]
  boardVillageKeys: string[]
  doorplates: { villageKey: string; group: string; number: string; householder?: string }[]
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

/** Which working day a demo booking falls on: the demo's day, or one or two working days before it. */
export type SeedBookingDay = 'today' | 'previous' | 'before'

/**
 * A demo booking at a window (for a demo person, or for a helped elder by their assistant), or a
 * walk-in recorded by the window. `outcome` is where it stands once its slot is over.
 */
export type SeedBooking =
  | {
      code: string
      day: SeedBookingDay
      start: string
      guideSlug: string
      outcome: 'booked' | 'checked_in' | 'completed' | 'no_show' | 'cancelled'
      person?: string
      helped?: string
      by?: string
      walkIn?: undefined
    }
  | { code: string; day: SeedBookingDay; walkIn: { name: string; department: string; note: string } }

/** A published item of the demo: its content without ids (departments, villages and the policy it interprets by key). */
export interface SeedDisclosureItem {
  key: string
  /** Days before the demo's day it was published. */
  daysAgo: number
  departmentKey: string
  villageKey?: string
  content: Omit<DisclosureContentInput, 'departmentId' | 'villageId' | 'interpretsId' | 'attachmentIds'> & { interpretsKey?: string }
}

/** A demo information request: received or not yet, answered or not. */
export interface SeedInfoRequest {
  /** Shown as `<year>-<number>`; stable, so reseeding finds it. */
  number: string
  personKey: string
  idNumber: string
  phone: string
  description: string
  form: InfoForm
  delivery: DeliveryMethod
  submittedDaysAgo: number
  received: boolean
  reply?: { kind: 'alreadyPublic'; itemKey: string; text: string }
}

/** 政务公开 of the demo township. */
export interface SeedDisclosure {
  items: SeedDisclosureItem[]
  powers: Omit<PowerInput, 'order'>[]
  servicePoints: (Omit<ServicePointInput, 'villageId' | 'order'> & { villageKey?: string })[]
  subscriptions: { personKey: string; target: 'village'; villageKey: string }[]
  requests: SeedInfoRequest[]
}
