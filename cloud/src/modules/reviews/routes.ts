import { reviewIdParamsSchema, serviceParamsSchema, summaryParamsSchema } from '../../../../src/shared/reviews'
import { route, type RouteSpec } from '../../lib/routes'
import { actOnReview, actOnReviewInput } from './actions/actOnReview'
import { amendReview, amendReviewInput } from './actions/amendReview'
import { appealReview, appealReviewInput } from './actions/appealReview'
import { callBackReview, callBackReviewInput } from './actions/callBackReview'
import { decideAppeal, decideAppealInput } from './actions/decideAppeal'
import { getMyReview } from './actions/getMyReview'
import { getPublicSummary } from './actions/getPublicSummary'
import { getRateable } from './actions/getRateable'
import { getReviewStats, getReviewStatsInput } from './actions/getReviewStats'
import { getStaffReview } from './actions/getStaffReview'
import { listMyReviews, listMyReviewsInput } from './actions/listMyReviews'
import { listStaffReviews, listStaffReviewsInput } from './actions/listStaffReviews'
import { rateRectification, rateRectificationInput } from './actions/rateRectification'
import { rateService, rateServiceInput } from './actions/rateService'
import { rateWindow, rateWindowInput } from './actions/rateWindow'
import { reviewComment, reviewCommentInput } from './actions/reviewComment'
import { getReviewSettings, updateReviewSettings, updateReviewSettingsInput } from './actions/reviewSettings'
import { verifyReview, verifyReviewInput } from './actions/verifyReview'

const RESIDENTS = ['resident', 'assistant', 'staff', 'admin'] as const
const STAFF = ['staff', 'admin'] as const
const TAG = 'reviews'

/** A staff step on one rating: `POST /staff/reviews/:id/<action>`, idempotent, answering the staff view. */
const staffMove = { method: 'post', tag: TAG, access: STAFF, params: reviewIdParamsSchema, idempotent: true } as const

/** 好差评: rating finished services and window visits, rectifications, appeals, statistics and the public summary. */
export const reviewRoutes: readonly RouteSpec[] = [
  route({
    method: 'get',
    path: '/reviews/services/:service/:serviceId',
    summary: '一项服务能否评价（已办结、在评价期内、还没评过）和已有的评价',
    tag: TAG,
    access: RESIDENTS,
    params: serviceParamsSchema,
    handler: ({ deps, user, params }) => getRateable(deps, user, params)
  }),
  route({
    method: 'post',
    path: '/reviews',
    summary: '评价一项办结的服务（一事一评；帮办代办员凭授权代评）',
    tag: TAG,
    access: RESIDENTS,
    body: rateServiceInput,
    status: 201,
    idempotent: true,
    handler: ({ deps, user, body }) => rateService(deps, user, body)
  }),
  route({
    method: 'post',
    path: '/reviews/window',
    summary: '评价窗口服务（扫窗口码，一次一评：每人每窗口每天一次，可匿名）',
    tag: TAG,
    access: RESIDENTS,
    body: rateWindowInput,
    status: 201,
    idempotent: true,
    handler: ({ deps, user, body }) => rateWindow(deps, user, body)
  }),
  route({
    method: 'get',
    path: '/reviews/mine',
    summary: '我的评价',
    tag: TAG,
    access: 'signedIn',
    query: listMyReviewsInput,
    handler: ({ deps, user, query }) => listMyReviews(deps, user, query)
  }),
  route({
    method: 'get',
    path: '/reviews/:id',
    summary: '一条我的评价和整改结果',
    tag: TAG,
    access: 'signedIn',
    params: reviewIdParamsSchema,
    handler: ({ deps, user, params }) => getMyReview(deps, user, params)
  }),
  route({
    method: 'post',
    path: '/reviews/:id/amend',
    summary: '修改评价（评价后修改期内、工作人员处理前）',
    tag: TAG,
    access: 'signedIn',
    params: reviewIdParamsSchema,
    body: amendReviewInput,
    idempotent: true,
    handler: ({ deps, user, params, body }) => amendReview(deps, user, { ...body, id: params.id })
  }),
  route({
    method: 'post',
    path: '/reviews/:id/rateRectification',
    summary: '评价整改结果（不满意可重新整改一次）',
    tag: TAG,
    access: 'signedIn',
    params: reviewIdParamsSchema,
    body: rateRectificationInput,
    idempotent: true,
    handler: ({ deps, user, params, body }) => rateRectification(deps, user, { ...body, id: params.id })
  }),
  route({
    method: 'get',
    path: '/townships/:townshipId/reviewSummary',
    summary: '各站所今年的好差评结果（公开）',
    tag: TAG,
    access: 'public',
    params: summaryParamsSchema,
    handler: ({ deps, params }) => getPublicSummary(deps, params)
  }),
  route({
    method: 'get',
    path: '/staff/reviews',
    summary: '好差评工作台：待整改（超期在前）、待裁定申诉、待审核留言、全部',
    tag: TAG,
    access: STAFF,
    query: listStaffReviewsInput,
    handler: ({ deps, user, query }) => listStaffReviews(deps, user, query)
  }),
  route({
    method: 'get',
    path: '/staff/reviews/:id',
    summary: '一条评价的完整记录',
    tag: TAG,
    access: STAFF,
    params: reviewIdParamsSchema,
    handler: ({ deps, user, params }) => getStaffReview(deps, user, params)
  }),
  route({
    ...staffMove,
    path: '/staff/reviews/:id/verify',
    summary: '核实差评',
    body: verifyReviewInput,
    handler: ({ deps, user, params, body }) => verifyReview(deps, user, { ...body, id: params.id })
  }),
  route({
    ...staffMove,
    path: '/staff/reviews/:id/act',
    summary: '整改（或说明无需整改的理由）',
    body: actOnReviewInput,
    handler: ({ deps, user, params, body }) => actOnReview(deps, user, { ...body, id: params.id })
  }),
  route({
    ...staffMove,
    path: '/staff/reviews/:id/callBack',
    summary: '回访群众，告知整改结果',
    body: callBackReviewInput,
    handler: ({ deps, user, params, body }) => callBackReview(deps, user, { ...body, id: params.id })
  }),
  route({
    ...staffMove,
    path: '/staff/reviews/:id/appeal',
    summary: '对恶意或错误的差评申诉',
    body: appealReviewInput,
    handler: ({ deps, user, params, body }) => appealReview(deps, user, { ...body, id: params.id })
  }),
  route({
    ...staffMove,
    access: ['admin'],
    path: '/staff/reviews/:id/decideAppeal',
    summary: '裁定申诉（中心负责人）',
    body: decideAppealInput,
    handler: ({ deps, user, params, body }) => decideAppeal(deps, user, { ...body, id: params.id })
  }),
  route({
    ...staffMove,
    path: '/staff/reviews/:id/reviewComment',
    summary: '审核被内容安全拦下的留言',
    body: reviewCommentInput,
    handler: ({ deps, user, params, body }) => reviewComment(deps, user, { ...body, id: params.id })
  }),
  route({
    method: 'get',
    path: '/staff/reviewStats',
    summary: '好差评统计：满意率、各等级数量，按月、站所、窗口、事项、工作人员；整改按时率、回访率',
    tag: TAG,
    access: STAFF,
    query: getReviewStatsInput,
    handler: ({ deps, user, query }) => getReviewStats(deps, user, query)
  }),
  route({
    method: 'get',
    path: '/staff/reviewSettings',
    summary: '本乡镇的好差评规则',
    tag: TAG,
    access: STAFF,
    handler: ({ deps, user }) => getReviewSettings(deps, user)
  }),
  route({
    method: 'put',
    path: '/staff/reviewSettings',
    summary: '设置好差评规则（中心负责人）',
    tag: TAG,
    access: ['admin'],
    body: updateReviewSettingsInput,
    idempotent: true,
    handler: ({ deps, user, body }) => updateReviewSettings(deps, user, body)
  })
]
