import { defineModule } from '../../lib/module'
import { contactModel, departmentModel, townshipModel, villageModel } from './model'
import { orgRoutes } from './routes'

/** The organisation tree: townships, villages, departments (windows) and the 多对一 contact table. */
export const orgModule = defineModule({
  name: 'org',
  routes: orgRoutes,
  models: [townshipModel, villageModel, departmentModel, contactModel]
})
