import { defineModule } from '../../lib/module'
import { consentModel, personModel } from './model'
import { peopleRoutes } from './routes'

/** People (applicants, with or without an account) and the consents assistants act under. */
export const peopleModule = defineModule({
  name: 'people',
  routes: peopleRoutes,
  models: [personModel, consentModel],
  encryptedFields: [{ collection: 'people', fields: ['phoneEncrypted', 'idNumberEncrypted'] }]
})
