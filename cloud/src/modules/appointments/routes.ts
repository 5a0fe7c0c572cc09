import { appointmentParamsSchema, exceptionParamsSchema } from '../../../../src/shared/appointments'
import { route, type RouteSpec } from '../../lib/routes'
import { bookAppointment, bookAppointmentInput } from './actions/bookAppointment'
import { cancelAppointment, cancelAppointmentInput } from './actions/cancelAppointment'
import { checkInAppointment, checkInInput } from './actions/checkInAppointment'
import { completeVisit } from './actions/completeVisit'
import { getAppointment } from './actions/getAppointment'
import { getAvailability, getAvailabilityQuery } from './actions/getAvailability'
import { getDayView, getDayViewQuery } from './actions/getDayView'
import { listMyAppointments, listMyAppointmentsQuery } from './actions/listMyAppointments'
import { listOpeningTemplates } from './actions/listOpeningTemplates'
import { markNoShow } from './actions/markNoShow'
import { recordWalkIn, recordWalkInInput } from './actions/recordWalkIn'
import { removeScheduleException } from './actions/removeScheduleException'
import { rescheduleAppointment, rescheduleAppointmentInput } from './actions/rescheduleAppointment'
import { saveOpeningTemplate, saveOpeningTemplateInput } from './actions/saveOpeningTemplate'
import { setScheduleException, setScheduleExceptionInput } from './actions/setScheduleException'

const BOOKERS = ['resident', 'assistant', 'staff', 'admin'] as const
const STAFF = ['staff', 'admin'] as const

/**
 * Appointments: the public booking calendar of a service; booking, my appointments, cancel and
 * reschedule (for oneself or, with `x-acting-for`, for a person an assistant helps); the staff day
 * view with check-in, no-shows, completion and walk-ins; the opening templates and day exceptions.
 */
export const appointmentRoutes: readonly RouteSpec[] = [
  route({
    method: 'get',
    path: '/appointments/availability',
    summary: '某个事项可以预约的日子和时段（含剩余名额、是否已截止）',
    tag: 'appointments',
    access: 'public',
    query: getAvailabilityQuery,
    handler: ({ deps, query }) => getAvailability(deps.db, deps.clock, query)
  }),
  route({
    method: 'post',
    path: '/appointments',
    summary: '预约一个时段（可代帮办的群众预约；同一事项每人每天一次；重试用同一个 Idempotency-Key）',
    tag: 'appointments',
    access: BOOKERS,
    body: bookAppointmentInput,
    status: 201,
    idempotent: true,
    handler: ({ deps, user, body }) => bookAppointment(deps, user, body)
  }),
  route({
    method: 'get',
    path: '/appointments/mine',
    summary: '我的预约（我约的、代别人约的、别人替我约的）：待办理或历史',
    tag: 'appointments',
    access: 'signedIn',
    query: listMyAppointmentsQuery,
    handler: ({ deps, user, query }) => listMyAppointments(deps, user, query)
  }),
  route({
    method: 'get',
    path: '/appointments/:id',
    summary: '一个预约的详情：签到码、二维码内容、能否取消或改约',
    tag: 'appointments',
    access: 'signedIn',
    params: appointmentParamsSchema,
    handler: ({ deps, user, params }) => getAppointment(deps, user, params.id)
  }),
  route({
    method: 'post',
    path: '/appointments/:id/cancel',
    summary: '取消预约（截止时间前；名额退回一次且只退一次）',
    tag: 'appointments',
    access: 'signedIn',
    params: appointmentParamsSchema,
    body: cancelAppointmentInput,
    idempotent: true,
    handler: ({ deps, user, params, body }) => cancelAppointment(deps, user, params.id, body)
  }),
  route({
    method: 'post',
    path: '/appointments/:id/reschedule',
    summary: '改约到同一事项的另一个时段（截止时间前）',
    tag: 'appointments',
    access: 'signedIn',
    params: appointmentParamsSchema,
    body: rescheduleAppointmentInput,
    idempotent: true,
    handler: ({ deps, user, params, body }) => rescheduleAppointment(deps, user, params.id, body)
  }),
  route({
    method: 'get',
    path: '/staff/appointments/day',
    summary: '大厅当天（或某天）的预约和现场办理：我负责的窗口，按时间排',
    tag: 'appointments',
    access: STAFF,
    query: getDayViewQuery,
    handler: ({ deps, user, query }) => getDayView(deps, user, query)
  }),
  route({
    method: 'post',
    path: '/staff/appointments/check-in',
    summary: '签到：输入签到码或扫描预约二维码（只限今天，重复签到结果相同）',
    tag: 'appointments',
    access: STAFF,
    body: checkInInput,
    handler: ({ deps, user, body }) => checkInAppointment(deps, user, body)
  }),
  route({
    method: 'post',
    path: '/staff/appointments/:id/no-show',
    summary: '时段结束后标记未到场',
    tag: 'appointments',
    access: STAFF,
    params: appointmentParamsSchema,
    handler: ({ deps, user, params }) => markNoShow(deps, user, params.id)
  }),
  route({
    method: 'post',
    path: '/staff/appointments/:id/complete',
    summary: '办结：已签到的群众办完了（同时邀请群众评价）',
    tag: 'appointments',
    access: STAFF,
    params: appointmentParamsSchema,
    handler: ({ deps, user, params }) => completeVisit(deps, user, params.id)
  }),
  route({
    method: 'post',
    path: '/staff/appointments/walk-ins',
    summary: '登记现场办理（没有预约也照常办理，从不拒绝）',
    tag: 'appointments',
    access: STAFF,
    body: recordWalkInInput,
    status: 201,
    idempotent: true,
    handler: ({ deps, user, body }) => recordWalkIn(deps, user, body)
  }),
  route({
    method: 'get',
    path: '/staff/appointments/templates',
    summary: '我负责窗口的预约时段设置（每周模板和特殊日子）',
    tag: 'appointments',
    access: STAFF,
    handler: ({ deps, user }) => listOpeningTemplates(deps, user)
  }),
  route({
    method: 'put',
    path: '/staff/appointments/templates',
    summary: '新建或修改一个窗口（或其中一个事项）的每周预约时段（带版本号，防止互相覆盖）',
    tag: 'appointments',
    access: STAFF,
    body: saveOpeningTemplateInput,
    handler: ({ deps, user, body }) => saveOpeningTemplate(deps, user, body)
  }),
  route({
    method: 'put',
    path: '/staff/appointments/templates/:id/exceptions/:date',
    summary: '设置某一天停约或加开时段（停约已有预约的日子须同时取消并通知）',
    tag: 'appointments',
    access: STAFF,
    params: exceptionParamsSchema,
    body: setScheduleExceptionInput,
    handler: ({ deps, user, params, body }) => setScheduleException(deps, user, params.id, params.date, body)
  }),
  route({
    method: 'delete',
    path: '/staff/appointments/templates/:id/exceptions/:date',
    summary: '取消某一天的停约或加开，恢复每周模板（重复提交结果相同）',
    tag: 'appointments',
    access: STAFF,
    params: exceptionParamsSchema,
    handler: ({ deps, user, params }) => removeScheduleException(deps, user, params.id, params.date)
  })
]

