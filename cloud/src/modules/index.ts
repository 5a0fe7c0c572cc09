import type { ModuleManifest } from '../lib/module'
import { appointmentsModule } from './appointments'
import { auditModule } from './audit'
import { authModule } from './auth'
import { calendarModule } from './calendar'
import { casesModule } from './cases'
import { disclosureModule } from './disclosure'
import { filesModule } from './files'
import { guidesModule } from './guides'
import { infoRequestsModule } from './infoRequests'
import { noticesModule } from './notices'
import { orgModule } from './org'
import { peopleModule } from './people'
import { qrcodesModule } from './qrcodes'
import { reviewsModule } from './reviews'
import { staffModule } from './staff'
import { usersModule } from './users'
import { visitsModule } from './visits'
import { wechatPushModule } from './wechatPush'

/**
 * Every backend module, one line each, in mounting order (a module's routes before the next one's).
 * The server, the cloud function and the tests all run exactly this list through the runtime.
 */
export const MODULES: readonly ModuleManifest[] = [
  orgModule,
  usersModule,
  authModule,
  auditModule,
  peopleModule,
  staffModule,
  guidesModule,
  calendarModule,
  noticesModule,
  appointmentsModule,
  casesModule,
  visitsModule,
  qrcodesModule,
  disclosureModule,
  infoRequestsModule,
  reviewsModule,
  filesModule,
  wechatPushModule
]
