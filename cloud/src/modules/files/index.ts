import { defineModule } from '../../lib/module'
import { fileRoutes } from './routes'

/** Signed, expiring links to stored files (local disk), for readers without a session such as WeChat. */
export const filesModule = defineModule({ name: 'files', routes: fileRoutes })
