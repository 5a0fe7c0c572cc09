import { defineModule } from '../../lib/module'
import { inboxEntryModel, noticeModel, noticeSubscriptionModel } from './model'
import { noticeRoutes } from './routes'
import { noticeWorkerJob } from './worker'

/**
 * Notices: the relay from events recorded in aggregates to inbox entries and outbox records, the
 * leased dispatcher (WeChat subscribe messages), the inbox and the subscription settings. Other
 * modules bring their events' texts (`notices`) and their collections (`noticeSources`).
 */
export const noticesModule = defineModule({
  name: 'notices',
  routes: noticeRoutes,
  models: [noticeModel, inboxEntryModel, noticeSubscriptionModel],
  jobs: [noticeWorkerJob]
})
