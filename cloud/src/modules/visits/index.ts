import { defineModule } from '../../lib/module'
import { dispatchExpiryJob } from './jobs'
import { volunteerModel } from './model'
import { visitNotices, volunteerNotices } from './notices'
import { visitRoutes } from './routes'

/** 上门服务: volunteers and grid workers, dispatch of help requests with expiry, visit records, figures. */
export const visitsModule = defineModule({
  name: 'visits',
  routes: visitRoutes,
  models: [volunteerModel],
  jobs: [dispatchExpiryJob],
  notices: { ...visitNotices, ...volunteerNotices },
  noticeSources: { volunteer: { collection: 'volunteers' } }
})
