import { defineModule } from '../../lib/module'
import { calendarOverrideModel } from './model'
import { calendarRoutes } from './routes'

/** The working-day calendar: the official holidays and 调休 days plus each township's overrides. */
export const calendarModule = defineModule({ name: 'calendar', routes: calendarRoutes, models: [calendarOverrideModel] })
