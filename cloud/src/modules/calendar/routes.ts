import {
  officialYearParamsSchema,
  overrideDateParamsSchema,
  townshipCalendarParamsSchema
} from '../../../../src/shared/calendar'
import { route, type RouteSpec } from '../../lib/routes'
import { enterOfficialSchedule, enterOfficialScheduleInput } from './actions/enterOfficialSchedule'
import { getCalendarStatus } from './actions/getCalendarStatus'
import { getTownshipCalendar, townshipCalendarQuery } from './actions/getTownshipCalendar'
import { listOverrides, listOverridesQuery } from './actions/listOverrides'
import { removeOverride } from './actions/removeOverride'
import { setOverride, setOverrideInput } from './actions/setOverride'

/**
 * Working-day calendar: the public calendar of a township, and the admin's overrides of their own
 * township (a day closed for a flood, a schedule announced before the built-in data knows it).
 */
export const calendarRoutes: readonly RouteSpec[] = [
  route({
    method: 'get',
    path: '/townships/:townshipId/calendar',
    summary: '乡镇工作日历：每天是否办公、节假日和调休名称（一次最多 92 天）',
    tag: 'calendar',
    access: 'public',
    params: townshipCalendarParamsSchema,
    query: townshipCalendarQuery,
    handler: ({ deps, params, query }) => getTownshipCalendar(deps.db, params.townshipId, query)
  }),
  route({
    method: 'get',
    path: '/admin/calendar/overrides',
    summary: '本乡镇某年的工作日历调整（停止办公 / 照常上班），及该年法定节假日安排是否已内置',
    tag: 'calendar',
    access: ['admin'],
    query: listOverridesQuery,
    handler: ({ deps, user, query }) => listOverrides(deps, user, query)
  }),
  route({
    method: 'put',
    path: '/admin/calendar/overrides/:date',
    summary: '设置本乡镇某天停止办公或照常上班（重复提交结果相同）',
    tag: 'calendar',
    access: ['admin'],
    params: overrideDateParamsSchema,
    body: setOverrideInput,
    handler: ({ deps, user, params, body }) => setOverride(deps, user, params.date, body)
  }),
  route({
    method: 'delete',
    path: '/admin/calendar/overrides/:date',
    summary: '取消本乡镇某天的调整，恢复国家法定安排（重复提交结果相同）',
    tag: 'calendar',
    access: ['admin'],
    params: overrideDateParamsSchema,
    handler: ({ deps, user, params }) => removeOverride(deps, user, params.date)
  }),
  route({
    method: 'get',
    path: '/admin/calendar/status',
    summary: '下一年（11 月起）或本年的法定节假日安排是否已知，未录入时的提醒',
    tag: 'calendar',
    access: ['admin'],
    handler: ({ deps, user }) => getCalendarStatus(deps, user)
  }),
  route({
    method: 'put',
    path: '/admin/calendar/official/:year',
    summary: '一次录入国务院办公厅公布的某年节假日安排（放假和调休上班），重复提交结果相同',
    tag: 'calendar',
    access: ['admin'],
    params: officialYearParamsSchema,
    body: enterOfficialScheduleInput,
    handler: ({ deps, user, params, body }) => enterOfficialSchedule(deps, user, params.year, body)
  })
]
