import { caseIdParamsSchema } from '../../../../src/shared/cases'
import { orderIdParamsSchema, visitPhotoParamsSchema } from '../../../../src/shared/visits'
import { route, type RouteSpec } from '../../lib/routes'
import { acceptDispatch, acceptDispatchInput } from './actions/acceptDispatch'
import { approveVolunteer } from './actions/approveVolunteer'
import { declineDispatch, declineDispatchInput } from './actions/declineDispatch'
import { dispatchVisit, dispatchVisitInput } from './actions/dispatchVisit'
import { getCaseVisit } from './actions/getCaseVisit'
import { getMyOrder } from './actions/getMyOrder'
import { getMyVolunteer } from './actions/getMyVolunteer'
import { getStaffDispatch } from './actions/getStaffDispatch'
import { getVisitFigures, getVisitFiguresQuery } from './actions/getVisitFigures'
import { getVisitPhoto } from './actions/getVisitPhoto'
import { listDispatchQueue } from './actions/listDispatchQueue'
import { listMyOrders, listMyOrdersQuery } from './actions/listMyOrders'
import { listVolunteers, listVolunteersQuery } from './actions/listVolunteers'
import { recordVisit, recordVisitInput } from './actions/recordVisit'
import { registerVolunteer, registerVolunteerInput } from './actions/registerVolunteer'
import { rejectVolunteer, rejectVolunteerInput } from './actions/rejectVolunteer'
import { suspendVolunteer, suspendVolunteerInput } from './actions/suspendVolunteer'

const PEOPLE = ['resident', 'assistant'] as const
const STAFF = ['staff', 'admin'] as const
const ADMIN = ['admin'] as const
const TAG = 'visits'

/** A volunteer's step on one of their orders: `POST /volunteer/orders/:id/<step>`, idempotent. */
const orderStep = { method: 'post', tag: TAG, access: PEOPLE, params: orderIdParamsSchema, idempotent: true } as const
/** An admin's decision on a registration. */
const decision = { method: 'post', tag: TAG, access: ADMIN, params: orderIdParamsSchema, idempotent: true } as const

/** 上门服务: registration and approval, the dispatch queue, the volunteer's orders, what the resident sees, figures. */
export const visitRoutes: readonly RouteSpec[] = [
  route({
    method: 'get',
    path: '/volunteers/me',
    summary: '我的志愿者/网格员登记（没有时 volunteer 为 null）',
    tag: TAG,
    access: 'signedIn',
    handler: ({ deps, user }) => getMyVolunteer(deps, user)
  }),
  route({
    method: 'post',
    path: '/volunteers',
    summary: '登记为志愿者或网格员（未通过、暂停后可重新提交）',
    tag: TAG,
    access: PEOPLE,
    body: registerVolunteerInput,
    status: 201,
    idempotent: true,
    handler: ({ deps, user, body }) => registerVolunteer(deps, user, body)
  }),
  route({
    method: 'get',
    path: '/cases/:id/visit',
    summary: '我的求助：谁来上门、什么时候、上门做了什么',
    tag: TAG,
    access: 'signedIn',
    params: caseIdParamsSchema,
    handler: ({ deps, user, params }) => getCaseVisit(deps, user, params)
  }),
  route({
    method: 'get',
    path: '/cases/:id/visit/photos/:photoId',
    summary: '上门服务的照片（本人的求助，通过内容安全检测的）',
    tag: TAG,
    access: 'signedIn',
    params: visitPhotoParamsSchema,
    handler: async ({ deps, user, params, ctx }) => {
      const photo = await getVisitPhoto(deps, user, params)
      ctx.type = photo.mimeType
      ctx.set('Cache-Control', 'private, max-age=86400')
      return photo.data
    }
  }),
  route({
    method: 'get',
    path: '/volunteer/orders',
    summary: '我的服务单（只有派给我的）：待接单和服务中（open）、已上门（done）',
    tag: TAG,
    access: PEOPLE,
    query: listMyOrdersQuery,
    handler: ({ deps, user, query }) => listMyOrders(deps, user, query)
  }),
  route({
    method: 'get',
    path: '/volunteer/orders/:id',
    summary: '一张服务单（接单后、上门前可以看到地址和联系电话，查看记入审计）',
    tag: TAG,
    access: PEOPLE,
    params: orderIdParamsSchema,
    handler: ({ deps, user, params }) => getMyOrder(deps, user, params)
  }),
  route({
    ...orderStep,
    path: '/volunteer/orders/:id/accept',
    summary: '接单并约定上门时间',
    body: acceptDispatchInput,
    handler: ({ deps, user, params, body }) => acceptDispatch(deps, user, { ...body, id: params.id })
  }),
  route({
    ...orderStep,
    path: '/volunteer/orders/:id/decline',
    summary: '不能接单（说明原因），退回中心重新派单',
    body: declineDispatchInput,
    handler: ({ deps, user, params, body }) => declineDispatch(deps, user, { ...body, id: params.id })
  }),
  route({
    ...orderStep,
    path: '/volunteer/orders/:id/visit',
    summary: '记录上门服务（时间、做了什么、照片），作为对求助的答复',
    body: recordVisitInput,
    handler: ({ deps, user, params, body }) => recordVisit(deps, user, { ...body, id: params.id })
  }),
  route({
    method: 'get',
    path: '/staff/visits/queue',
    summary: '上门服务派单台：等派单的求助在前，服务中的在后',
    tag: TAG,
    access: STAFF,
    handler: ({ deps, user }) => listDispatchQueue(deps, user)
  }),
  route({
    method: 'get',
    path: '/staff/visits/cases/:id',
    summary: '一件求助的派单情况和推荐的志愿者（本村优先、手上单少的优先）',
    tag: TAG,
    access: STAFF,
    params: caseIdParamsSchema,
    handler: ({ deps, user, params }) => getStaffDispatch(deps, user, params)
  }),
  route({
    method: 'post',
    path: '/staff/visits/cases/:id/dispatch',
    summary: '派志愿者上门（规定接单时限，超时自动退回）',
    tag: TAG,
    access: STAFF,
    params: caseIdParamsSchema,
    body: dispatchVisitInput,
    idempotent: true,
    handler: ({ deps, user, params, body }) => dispatchVisit(deps, user, { ...body, id: params.id })
  }),
  route({
    method: 'get',
    path: '/staff/visits/figures',
    summary: '上门服务统计：点单、派单、完成、平均上门用时、好评',
    tag: TAG,
    access: STAFF,
    query: getVisitFiguresQuery,
    handler: ({ deps, user, query }) => getVisitFigures(deps, user, query)
  }),
  route({
    method: 'get',
    path: '/staff/volunteers',
    summary: '志愿者/网格员登记（中心负责人）',
    tag: TAG,
    access: ADMIN,
    query: listVolunteersQuery,
    handler: ({ deps, user, query }) => listVolunteers(deps, user, query)
  }),
  route({
    ...decision,
    path: '/staff/volunteers/:id/approve',
    summary: '通过志愿者登记',
    handler: ({ deps, user, params }) => approveVolunteer(deps, user, params)
  }),
  route({
    ...decision,
    path: '/staff/volunteers/:id/reject',
    summary: '退回志愿者登记（说明原因）',
    body: rejectVolunteerInput,
    handler: ({ deps, user, params, body }) => rejectVolunteer(deps, user, { ...body, id: params.id })
  }),
  route({
    ...decision,
    path: '/staff/volunteers/:id/suspend',
    summary: '暂停志愿者服务（说明原因）',
    body: suspendVolunteerInput,
    handler: ({ deps, user, params, body }) => suspendVolunteer(deps, user, { ...body, id: params.id })
  })
]
