import { defineModule } from '../../lib/module'
import { auditModel } from './model'
import { auditRoutes } from './routes'

/** The audit log: who read or changed what, when, for whom, from which request. */
export const auditModule = defineModule({ name: 'audit', routes: auditRoutes, models: [auditModel] })
