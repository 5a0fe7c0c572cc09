import { caseIdParamsSchema, hotListParamsSchema } from '../../../../src/shared/cases'
import { route, type RouteSpec } from '../../lib/routes'
import { acceptCase, acceptCaseInput } from './actions/acceptCase'
import { addInternalNote, addInternalNoteInput } from './actions/addInternalNote'
import { assignCase, assignCaseInput } from './actions/assignCase'
import { confirmCase, confirmCaseInput } from './actions/confirmCase'
import { findSimilarCases, findSimilarCasesInput } from './actions/findSimilarCases'
import { followCase } from './actions/followCase'
import { followUpCase, followUpCaseInput } from './actions/followUpCase'
import { getHotResponse } from './actions/getHotResponse'
import { getMyCase } from './actions/getMyCase'
import { getPhoto } from './actions/getPhoto'
import { revealContactPhone } from './actions/revealContactPhone'
import { getStaffCase } from './actions/getStaffCase'
import { listHotResponses, listHotResponsesInput } from './actions/listHotResponses'
import { listMyCases, listMyCasesInput } from './actions/listMyCases'
import { listReplyTemplates, listReplyTemplatesInput } from './actions/listReplyTemplates'
import { listStaffCases, listStaffCasesInput } from './actions/listStaffCases'
import { mergeCase, mergeCaseInput } from './actions/mergeCase'
import { publishHotResponse, publishHotResponseInput } from './actions/publishHotResponse'
import { rateCase, rateCaseInput } from './actions/rateCase'
import { rejectCase, rejectCaseInput } from './actions/rejectCase'
import { reopenCase, reopenCaseInput } from './actions/reopenCase'
import { replyToCase, replyToCaseInput } from './actions/replyToCase'
import { requestInfo, requestInfoInput } from './actions/requestInfo'
import { returnCase, returnCaseInput } from './actions/returnCase'
import { reviewContent, reviewContentInput } from './actions/reviewContent'
import { saveReplyTemplate, saveReplyTemplateInput } from './actions/saveReplyTemplate'
import { submitCase, submitCaseInput } from './actions/submitCase'
import { supplyInfo, supplyInfoInput } from './actions/supplyInfo'
import { transferCase, transferCaseInput } from './actions/transferCase'
import { uploadPhoto, uploadPhotoInput } from './actions/uploadPhoto'

const RESIDENTS = ['resident', 'assistant', 'staff', 'admin'] as const
const STAFF = ['staff', 'admin'] as const
const TAG = 'cases'

/** A staff move on one case: `POST /staff/cases/:id/<action>`, idempotent, answering the staff view. */
const staffMove = {
  method: 'post',
  tag: TAG,
  access: STAFF,
  params: caseIdParamsSchema,
  idempotent: true
} as const

/** Cases (诉求): submission and timeline for residents, the staff queue and console, public 热点回应. */
export const caseRoutes: readonly RouteSpec[] = [
  route({
    method: 'post',
    path: '/uploads/photos',
    summary: '上传一张照片（base64，JPG/PNG/WebP，不超过 1 MB），用于诉求',
    tag: TAG,
    access: RESIDENTS,
    body: uploadPhotoInput,
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
      const photo = await getPhoto(deps, user, params)
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
    body: submitCaseInput,
    status: 201,
    idempotent: true,
    handler: ({ deps, user, body }) => submitCase(deps, user, body)
  }),
  route({
    method: 'get',
    path: '/cases/mine',
    summary: '我的诉求（我提交的、代别人提交的、别人替我提交的）',
    tag: TAG,
    access: 'signedIn',
    query: listMyCasesInput,
    handler: ({ deps, user, query }) => listMyCases(deps, user, query)
  }),
  route({
    method: 'get',
    path: '/cases/similar',
    summary: '提交前查看相似的诉求（热点回应、本村同类的公开诉求，最多 3 条）',
    tag: TAG,
    access: RESIDENTS,
    query: findSimilarCasesInput,
    handler: ({ deps, user, query }) => findSimilarCases(deps, user, query)
  }),
  route({
    method: 'post',
    path: '/cases/:id/follow',
    summary: '“这是我的问题”：关注一件相似的诉求，不再重复提交（算作支持）',
    tag: TAG,
    access: RESIDENTS,
    params: caseIdParamsSchema,
    idempotent: true,
    handler: ({ deps, user, params }) => followCase(deps, user, params)
  }),
  route({
    method: 'get',
    path: '/cases/:id',
    summary: '一件诉求的详情和公开办理进度',
    tag: TAG,
    access: 'signedIn',
    params: caseIdParamsSchema,
    handler: ({ deps, user, params }) => getMyCase(deps, user, params)
  }),
  route({
    method: 'post',
    path: '/cases/:id/supplyInfo',
    summary: '补充材料（工作人员请补充后）',
    tag: TAG,
    access: 'signedIn',
    params: caseIdParamsSchema,
    body: supplyInfoInput,
    idempotent: true,
    handler: ({ deps, user, params, body }) => supplyInfo(deps, user, { ...body, id: params.id })
  }),
  route({
    method: 'post',
    path: '/cases/:id/followUp',
    summary: '追问（办理中的诉求补充说明或照片，工作人员会收到提醒）',
    tag: TAG,
    access: 'signedIn',
    params: caseIdParamsSchema,
    body: followUpCaseInput,
    idempotent: true,
    handler: ({ deps, user, params, body }) => followUpCase(deps, user, { ...body, id: params.id })
  }),
  route({
    method: 'post',
    path: '/cases/:id/reopen',
    summary: '答复后“没有解决”：写明原因，诉求退回原站所重新办理',
    tag: TAG,
    access: 'signedIn',
    params: caseIdParamsSchema,
    body: reopenCaseInput,
    idempotent: true,
    handler: ({ deps, user, params, body }) => reopenCase(deps, user, { ...body, id: params.id })
  }),
  route({
    method: 'post',
    path: '/cases/:id/confirm',
    summary: '确认答复，诉求办结',
    tag: TAG,
    access: 'signedIn',
    params: caseIdParamsSchema,
    body: confirmCaseInput,
    idempotent: true,
    handler: ({ deps, user, params, body }) => confirmCase(deps, user, { ...body, id: params.id })
  }),
  route({
    method: 'post',
    path: '/cases/:id/rate',
    summary: '评价已办结的诉求（一次）',
    tag: TAG,
    access: 'signedIn',
    params: caseIdParamsSchema,
    body: rateCaseInput,
    idempotent: true,
    handler: ({ deps, user, params, body }) => rateCase(deps, user, { ...body, id: params.id })
  }),
  route({
    method: 'get',
    path: '/staff/cases',
    summary: '诉求工作台：超期、即将到期的排在前面；可按状态、类型、站所、时限筛选',
    tag: TAG,
    access: STAFF,
    query: listStaffCasesInput,
    handler: ({ deps, user, query }) => listStaffCases(deps, user, query)
  }),
  route({
    method: 'get',
    path: '/staff/case-reply-templates',
    summary: '常用答复模板（通用模板和本站所保存的模板）',
    tag: TAG,
    access: STAFF,
    query: listReplyTemplatesInput,
    handler: ({ deps, user, query }) => listReplyTemplates(deps, user, query)
  }),
  route({
    method: 'post',
    path: '/staff/case-reply-templates',
    summary: '保存本站所的答复模板',
    tag: TAG,
    access: STAFF,
    body: saveReplyTemplateInput,
    status: 201,
    idempotent: true,
    handler: ({ deps, user, body }) => saveReplyTemplate(deps, user, body)
  }),
  route({
    method: 'get',
    path: '/staff/cases/:id',
    summary: '诉求详情：完整办理记录（含内部备注）',
    tag: TAG,
    access: STAFF,
    params: caseIdParamsSchema,
    handler: ({ deps, user, params }) => getStaffCase(deps, user, params)
  }),
  route({
    method: 'get',
    path: '/staff/cases/:id/contact-phone',
    summary: '查看群众留下的完整联系电话（承办站所和中心负责人可看，每次查看都记入审计日志）',
    tag: TAG,
    access: STAFF,
    params: caseIdParamsSchema,
    handler: ({ deps, user, params }) => revealContactPhone(deps, user, params)
  }),
  route({
    ...staffMove,
    path: '/staff/cases/:id/accept',
    summary: '受理',
    body: acceptCaseInput,
    handler: ({ deps, user, params, body }) => acceptCase(deps, user, { ...body, id: params.id })
  }),
  route({
    ...staffMove,
    path: '/staff/cases/:id/reject',
    summary: '不予受理（须写明原因）',
    body: rejectCaseInput,
    handler: ({ deps, user, params, body }) => rejectCase(deps, user, { ...body, id: params.id })
  }),
  route({
    ...staffMove,
    path: '/staff/cases/:id/assign',
    summary: '派单到站所',
    body: assignCaseInput,
    handler: ({ deps, user, params, body }) => assignCase(deps, user, { ...body, id: params.id })
  }),
  route({
    ...staffMove,
    path: '/staff/cases/:id/return',
    summary: '退回重派（须写明原因）',
    body: returnCaseInput,
    handler: ({ deps, user, params, body }) => returnCase(deps, user, { ...body, id: params.id })
  }),
  route({
    ...staffMove,
    path: '/staff/cases/:id/requestInfo',
    summary: '请群众补充材料（暂停计时）',
    body: requestInfoInput,
    handler: ({ deps, user, params, body }) => requestInfo(deps, user, { ...body, id: params.id })
  }),
  route({
    ...staffMove,
    path: '/staff/cases/:id/reply',
    summary: '答复',
    body: replyToCaseInput,
    handler: ({ deps, user, params, body }) => replyToCase(deps, user, { ...body, id: params.id })
  }),
  route({
    ...staffMove,
    path: '/staff/cases/:id/note',
    summary: '内部备注',
    body: addInternalNoteInput,
    handler: ({ deps, user, params, body }) => addInternalNote(deps, user, { ...body, id: params.id })
  }),
  route({
    ...staffMove,
    path: '/staff/cases/:id/merge',
    summary: '合并为重复件',
    body: mergeCaseInput,
    handler: ({ deps, user, params, body }) => mergeCase(deps, user, { ...body, id: params.id })
  }),
  route({
    ...staffMove,
    path: '/staff/cases/:id/review',
    summary: '内容安全人工审核',
    body: reviewContentInput,
    handler: ({ deps, user, params, body }) => reviewContent(deps, user, { ...body, id: params.id })
  }),
  route({
    ...staffMove,
    path: '/staff/cases/:id/transfer',
    summary: '转办到县级部门（不属于乡镇办理，须写明原因）',
    body: transferCaseInput,
    handler: ({ deps, user, params, body }) => transferCase(deps, user, { ...body, id: params.id })
  }),
  route({
    ...staffMove,
    path: '/staff/cases/:id/publish',
    summary: '把已答复的诉求匿名发布为热点回应',
    body: publishHotResponseInput,
    status: 201,
    handler: ({ deps, user, params, body }) => publishHotResponse(deps, user, { ...body, id: params.id })
  }),
  route({
    method: 'get',
    path: '/townships/:townshipId/hotResponses',
    summary: '热点回应（匿名公开的问答）',
    tag: TAG,
    access: 'public',
    params: hotListParamsSchema,
    query: listHotResponsesInput,
    handler: ({ deps, params, query }) => listHotResponses(deps, { ...query, townshipId: params.townshipId })
  }),
  route({
    method: 'get',
    path: '/hotResponses/:id',
    summary: '一条热点回应',
    tag: TAG,
    access: 'public',
    params: caseIdParamsSchema,
    handler: ({ deps, params }) => getHotResponse(deps, params)
  })
]
