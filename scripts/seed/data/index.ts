import type { SeedData } from './types'
import { openingTemplates } from './appointments'
import { bookings } from './bookings'
import { contacts } from './contacts'
import { departments } from './departments'
import { disclosure } from './disclosure'
import { guides } from './guides'
import { helped, pendingSignups, people } from './people'
import { township, villages } from './township'
import { qrCodes, volunteers } from './visits'

/** The demo township 新界埠镇 (上高县) with its villages, windows, guides, contact table and demo persons. */
export const seedData: SeedData = {
  township,
  villages,
  departments,
  guides,
  contacts,
  people,
  helped,
  pendingSignups,
  openingTemplates,
  bookings,
  volunteers,
  qrCodes,
  disclosure
}
