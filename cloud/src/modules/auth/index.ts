import { defineModule } from '../../lib/module'
import { sessionModel } from './model'
import { authRoutes } from './routes'
import { authMiddleware } from './sessions'

/** Signing in (WeChat, demo), sessions, the caller on every request, and `/me`. */
export const authModule = defineModule({
  name: 'auth',
  routes: authRoutes,
  models: [sessionModel],
  middleware: [authMiddleware]
})
