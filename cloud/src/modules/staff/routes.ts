import { staffSignupParamsSchema } from '../../../../src/shared/staff'
import { route, type RouteSpec } from '../../lib/routes'
import { getMyStaffSignup } from './actions/getMyStaffSignup'
import { listStaffSignups, listStaffSignupsQuery } from './actions/listStaffSignups'
import { readStaffSignupIdentity } from './actions/readStaffSignupIdentity'
import { reviewStaffSignup, reviewStaffSignupInput } from './actions/reviewStaffSignup'
import { submitStaffSignup, submitStaffSignupInput } from './actions/submitStaffSignup'

export const staffRoutes: readonly RouteSpec[] = [
  route({
    method: 'post',
    path: '/staff/signups',
    summary: '申请成为工作人员（实名，需中心负责人审核）',
    tag: 'staff',
    access: 'signedIn',
    body: submitStaffSignupInput,
    status: 201,
    idempotent: true,
    handler: ({ deps, user, body }) => submitStaffSignup(deps, user, body)
  }),
  route({
    method: 'get',
    path: '/staff/signups/mine',
    summary: '我最近一次工作人员申请的状态',
    tag: 'staff',
    access: 'signedIn',
    handler: ({ deps, user }) => getMyStaffSignup(deps, user)
  }),
  route({
    method: 'get',
    path: '/admin/staff-signups',
    summary: '本乡镇的工作人员申请（身份证号、手机号已打码）',
    tag: 'staff',
    access: ['admin'],
    query: listStaffSignupsQuery,
    handler: ({ deps, user, query }) => listStaffSignups(deps, user, query)
  }),
  route({
    method: 'post',
    path: '/admin/staff-signups/:id/review',
    summary: '审核工作人员申请：通过或不通过（不通过需写原因）',
    tag: 'staff',
    access: ['admin'],
    params: staffSignupParamsSchema,
    body: reviewStaffSignupInput,
    handler: ({ deps, user, params, body }) => reviewStaffSignup(deps, user, { ...body, id: params.id })
  }),
  route({
    method: 'get',
    path: '/admin/staff-signups/:id/identity',
    summary: '查看申请人完整身份证号和手机号用于核验（每次查看都记入审计日志）',
    tag: 'staff',
    access: ['admin'],
    params: staffSignupParamsSchema,
    handler: ({ deps, user, params }) => readStaffSignupIdentity(deps, user, params.id)
  })
]
