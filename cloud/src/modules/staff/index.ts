import { defineModule } from '../../lib/module'
import { staffSignupModel } from './model'
import { staffSignupNotices } from './notices'
import { staffRoutes } from './routes'

/** Staff sign-up (实名 + 审核): applications with encrypted identity, audited reads, the admin's review. */
export const staffModule = defineModule({
  name: 'staff',
  routes: staffRoutes,
  models: [staffSignupModel],
  notices: staffSignupNotices,
  noticeSources: { staffSignup: { collection: 'staff_signups' } },
  encryptedFields: [{ collection: 'staff_signups', fields: ['idNumberEncrypted', 'phoneEncrypted'] }]
})
