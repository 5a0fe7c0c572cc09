import {
  acceptCaseSchema,
  assignCaseSchema,
  caseIdParamsSchema,
  confirmCaseSchema,
  hotListParamsSchema,
  hotListQuerySchema,
  internalNoteSchema,
  mergeCaseSchema,
  myCasesQuerySchema,
  publishHotSchema,
  rateCaseSchema,
  rejectCaseSchema,
  replyCaseSchema,
  requestInfoSchema,
  returnCaseSchema,
  reviewContentSchema,
  staffCasesQuerySchema,
  submitCaseSchema,
  supplyInfoSchema,
  uploadPhotoSchema
} from '../../../../src/shared/cases'
import { route, type RouteSpec } from '../../lib/routes'
import { getPhoto } from './actions/getPhoto'
import { getHotResponse, listHotResponses, publishHotResponse } from './actions/hotResponses'
import { listMyCases, listStaffCases } from './actions/listCases'
import { confirmCase, getMyCase, rateCase, supplyInfo } from './actions/residentActions'
import {
  acceptCase,
  addInternalNote,
  assignCase,
  getStaffCase,
  mergeCase,
  rejectCase,
  replyCase,
  requestInfo,
  returnCase,
  reviewContent
} from './actions/staffActions'
import { submitCase } from './actions/submitCase'
import { uploadPhoto } from './actions/uploadPhoto'
import { REPLY_TEMPLATES } from './replyTemplates'

const RESIDENTS = ['resident', 'assistant', 'staff', 'admin'] as const
const STAFF = ['staff', 'admin'] as const
const TAG = 'cases'

/** Cases (诉求): submission and timeline for residents, the staff queue and console, public 热点回应. */
export const caseRoutes: RouteSpec[] = [
  route({
    method: 'post',
    path: '/uploads/photos',
    summary: '上传一张照片（base64，JPG/PNG/WebP，不超过 1 MB），用于诉求',
    tag: TAG,
    access: RESIDENTS,
    body: uploadPhotoSchema,
    status: 201,
    idempotent: true,
    handler: ({ deps, user, body }) => uploadPhoto(deps, user, body)
  }),
  route({
    method: 'get',
    path: '/uploads/photos/:id',
    summary: '照片内容（上传者本人或本乡镇工作人员）',
    tag: TAG,
    access: 'signedIn',
    params: caseIdParamsSchema,
    handler: async ({ deps, user, params, ctx }) => {
      const photo = await getPhoto(deps, user, params.id)
      ctx.type = photo.mimeType
      ctx.set('Cache-Control', 'private, max-age=86400')
      return photo.data
    }
  }),
  route({
    method: 'post',
    path: '/cases',
    summary: '提交诉求（咨询/投诉/建议/求助；可代帮办的群众提交；重试用同一个 Idempotency-Key）',
    tag: TAG,
    access: RESIDENTS,
    body: submitCaseSchema,
    status: 201,
    idempotent: true,
    handler: ({ ctx, deps, user, body }) => submitCase(ctx, deps, user, body)
  }),
  route({
    method: 'get',
    path: '/cases/mine',
    summary: '我的诉求（我提交的、代别人提交的、别人替我提交的）',
    tag: TAG,
    access: 'signedIn',
    query: myCasesQuerySchema,
    handler: ({ deps, user, query }) => listMyCases(deps, user, query)
  }),
  route({
    method: 'get',
    path: '/cases/:id',
    summary: '一件诉求的详情和公开办理进度',
    tag: TAG,
    access: 'signedIn',
    params: caseIdParamsSchema,
    handler: ({ deps, user, params }) => getMyCase(deps, user, params.id)
  }),
  route({
    method: 'post',
    path: '/cases/:id/supply-info',
    summary: '补充材料（工作人员请补充后）',
    tag: TAG,
    access: 'signedIn',
    params: caseIdParamsSchema,
    body: supplyInfoSchema,
    idempotent: true,
    handler: ({ deps, user, params, body }) => supplyInfo(deps, user, params.id, body)
  }),
  route({
    method: 'post',
    path: '/cases/:id/confirm',
    summary: '确认答复，诉求办结',
    tag: TAG,
    access: 'signedIn',
    params: caseIdParamsSchema,
    body: confirmCaseSchema,
    idempotent: true,
    handler: ({ deps, user, params, body }) => confirmCase(deps, user, params.id, body)
  }),
  route({
    method: 'post',
    path: '/cases/:id/rate',
    summary: '评价已办结的诉求（一次）',
    tag: TAG,
    access: 'signedIn',
    params: caseIdParamsSchema,
    body: rateCaseSchema,
    idempotent: true,
    handler: ({ deps, user, params, body }) => rateCase(deps, user, params.id, body)
  }),
  route({
    method: 'get',
    path: '/staff/cases',
    summary: '诉求工作台：超期、即将到期的排在前面；可按状态、类型、站所、时限筛选',
    tag: TAG,
    access: STAFF,
    query: staffCasesQuerySchema,
    handler: ({ deps, user, query }) => listStaffCases(deps, user, query)
  }),
  route({
    method: 'get',
    path: '/staff/case-reply-templates',
    summary: '常用答复模板',
    tag: TAG,
    access: STAFF,
    handler: () => Promise.resolve(REPLY_TEMPLATES)
  }),
  route({
    method: 'get',
    path: '/staff/cases/:id',
    summary: '诉求详情：完整办理记录（含内部备注）',
    tag: TAG,
    access: STAFF,
    params: caseIdParamsSchema,
    handler: ({ deps, user, params }) => getStaffCase(deps, user, params.id)
  }),
  ...(
    [
      ['accept', '受理', acceptCaseSchema, acceptCase],
      ['reject', '不予受理（须写明原因）', rejectCaseSchema, rejectCase],
      ['assign', '派单到站所', assignCaseSchema, assignCase],
      ['return', '退回重派（须写明原因）', returnCaseSchema, returnCase],
      ['request-info', '请群众补充材料（暂停计时）', requestInfoSchema, requestInfo],
      ['reply', '答复', replyCaseSchema, replyCase],
      ['note', '内部备注', internalNoteSchema, addInternalNote],
      ['merge', '合并为重复件', mergeCaseSchema, mergeCase],
      ['review', '内容安全人工审核', reviewContentSchema, reviewContent]
    ] as const
  ).map(([verb, summary, body, action]) =>
    route({
      method: 'post',
      path: `/staff/cases/:id/${verb}`,
      summary,
      tag: TAG,
      access: STAFF,
      params: caseIdParamsSchema,
      body,
      idempotent: true,
      handler: ({ deps, user, params, body: input }) => (action as (d: typeof deps, u: typeof user, id: string, i: unknown) => Promise<unknown>)(deps, user, params.id, input)
    })
  ),
  route({
    method: 'post',
    path: '/staff/cases/:id/publish',
    summary: '把已答复的诉求匿名发布为热点回应',
    tag: TAG,
    access: STAFF,
    params: caseIdParamsSchema,
    body: publishHotSchema,
    status: 201,
    idempotent: true,
    handler: ({ ctx, deps, user, params, body }) => publishHotResponse(ctx, deps, user, params.id, body)
  }),
  route({
    method: 'get',
    path: '/townships/:townshipId/hot-responses',
    summary: '热点回应（匿名公开的问答）',
    tag: TAG,
    access: 'public',
    params: hotListParamsSchema,
    query: hotListQuerySchema,
    handler: ({ deps, params, query }) => listHotResponses(deps, params.townshipId, query)
  }),
  route({
    method: 'get',
    path: '/hot-responses/:id',
    summary: '一条热点回应',
    tag: TAG,
    access: 'public',
    params: caseIdParamsSchema,
    handler: ({ deps, params }) => getHotResponse(deps, params.id)
  })
]
