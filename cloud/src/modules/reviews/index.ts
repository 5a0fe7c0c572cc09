import { defineModule } from '../../lib/module'
import { defaultRatingsJob, rectificationDeadlinesJob } from './jobs'
import { reviewModel, reviewSettingsModel } from './model'
import { reviewNotices } from './notices'
import { reviewRoutes } from './routes'

/** 好差评: ratings of finished services and window visits, rectifications with working-day deadlines, appeals, statistics. */
export const reviewsModule = defineModule({
  name: 'reviews',
  routes: reviewRoutes,
  models: [reviewModel, reviewSettingsModel],
  jobs: [rectificationDeadlinesJob, defaultRatingsJob],
  notices: reviewNotices,
  noticeSources: { review: { collection: 'reviews' } }
})
