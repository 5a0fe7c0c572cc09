import { defineModule } from '../../lib/module'
import { infoRequestDeadlinesJob } from './jobs'
import { appealsModel, infoRequestModel, requestCounterModel, settingsModel } from './model'
import { requestNotices } from './notices'
import { infoRequestRoutes } from './routes'

/**
 * 依申请公开 (条例 2019): applications with encrypted identities, receipt, the working-day clock with
 * one correction, one extension and consultation pauses, the Art. 36 replies with appeal rights, the
 * staff queue and the annual report.
 */
export const infoRequestsModule = defineModule({
  name: 'infoRequests',
  routes: infoRequestRoutes,
  models: [infoRequestModel, settingsModel, appealsModel, requestCounterModel],
  jobs: [infoRequestDeadlinesJob],
  notices: requestNotices,
  noticeSources: { infoRequest: { collection: 'info_requests' } }
})
