import { defineModule } from '../../lib/module'
import { guideModel } from './model'
import { guideRoutes } from './routes'

/** Service guides (办事指南 · 一次性告知): drafts and atomic publishing, Chinese/pinyin search, the home overview. */
export const guidesModule = defineModule({ name: 'guides', routes: guideRoutes, models: [guideModel] })
