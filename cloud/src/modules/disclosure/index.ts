import { defineModule } from '../../lib/module'
import { counterModel, domainModel, fileModel, itemModel, powerModel, servicePointModel, subscriptionModel } from './model'
import { disclosureNotices } from './notices'
import { disclosureRoutes } from './routes'

/**
 * 政务公开: items by 五公开 category, domain and village 三务, drafted, reviewed by a second person and
 * published with versions kept; attachments; 权责清单 and 便民地图; subscriptions with a notice on publish.
 */
export const disclosureModule = defineModule({
  name: 'disclosure',
  routes: disclosureRoutes,
  models: [itemModel, fileModel, domainModel, subscriptionModel, powerModel, servicePointModel, counterModel],
  notices: disclosureNotices,
  noticeSources: { disclosureItem: { collection: 'disclosure_items' } }
})
