import { reportYearParamsSchema, requestIdParamsSchema } from '../../../../src/shared/infoRequests'
import { townshipParamsSchema } from '../../../../src/shared/disclosure'
import { route, type RouteSpec } from '../../lib/routes'
import { addRequestNote, addRequestNoteInput } from './actions/addRequestNote'
import { consultOnRequest, consultOnRequestInput } from './actions/consultOnRequest'
import { correctRequest, correctRequestInput } from './actions/correctRequest'
import { endConsultation, endConsultationInput } from './actions/endConsultation'
import { extendRequest, extendRequestInput } from './actions/extendRequest'
import { getAnnualReport, getAnnualReportInput } from './actions/getAnnualReport'
import { getMyRequest } from './actions/getMyRequest'
import { getRequestGuide } from './actions/getRequestGuide'
import { getSettings } from './actions/getSettings'
import { getStaffRequest } from './actions/getStaffRequest'
import { listMyRequests, listMyRequestsInput } from './actions/listMyRequests'
import { listStaffRequests, listStaffRequestsInput } from './actions/listStaffRequests'
import { readRequestIdentity } from './actions/readRequestIdentity'
import { receiveRequest, receiveRequestInput } from './actions/receiveRequest'
import { replyToRequest, replyToRequestInput } from './actions/replyToRequest'
import { requestCorrection, requestCorrectionInput } from './actions/requestCorrection'
import { saveAppealCounts, saveAppealCountsInput } from './actions/saveAppealCounts'
import { saveSettings, saveSettingsInput } from './actions/saveSettings'
import { submitInfoRequest, submitInfoRequestInput } from './actions/submitInfoRequest'
import { withdrawRequest, withdrawRequestInput } from './actions/withdrawRequest'
import { reportCsv } from './report'

const RESIDENTS = ['resident', 'assistant', 'staff', 'admin'] as const
const STAFF = ['staff', 'admin'] as const
const ADMIN = ['admin'] as const
const TAG = 'infoRequests'

/** A staff move on one request: `POST /staff/infoRequests/:id/<action>`, idempotent, answering the staff view. */
const staffMove = { method: 'post', tag: TAG, access: STAFF, params: requestIdParamsSchema, idempotent: true } as const

/** 依申请公开: applying and following a request; the staff queue and console; the annual report; the township's settings. */
export const infoRequestRoutes: readonly RouteSpec[] = [
  route({
    method: 'get',
    path: '/townships/:townshipId/infoRequests/guide',
    summary: '申请公开须知：受理机构、联系方式、收费规则、答复期限和救济途径',
    tag: TAG,
    access: 'public',
    params: townshipParamsSchema,
    handler: ({ deps, params }) => getRequestGuide(deps, params)
  }),
  route({
    method: 'post',
    path: '/infoRequests',
    summary: '提交政府信息公开申请（可由帮办代办员代为申请；重试用同一个 Idempotency-Key）',
    tag: TAG,
    access: RESIDENTS,
    body: submitInfoRequestInput,
    status: 201,
    idempotent: true,
    handler: ({ deps, user, body }) => submitInfoRequest(deps, user, body)
  }),
  route({
    method: 'get',
    path: '/infoRequests/mine',
    summary: '我的信息公开申请',
    tag: TAG,
    access: 'signedIn',
    query: listMyRequestsInput,
    handler: ({ deps, user, query }) => listMyRequests(deps, user, query)
  }),
  route({
    method: 'get',
    path: '/infoRequests/:id',
    summary: '一件信息公开申请的进度和答复（含救济途径）',
    tag: TAG,
    access: 'signedIn',
    params: requestIdParamsSchema,
    handler: ({ deps, user, params }) => getMyRequest(deps, user, params)
  }),
  route({
    method: 'post',
    path: '/infoRequests/:id/correct',
    summary: '按补正告知补正申请（答复期限重新计算）',
    tag: TAG,
    access: 'signedIn',
    params: requestIdParamsSchema,
    body: correctRequestInput,
    idempotent: true,
    handler: ({ deps, user, params, body }) => correctRequest(deps, user, { ...body, id: params.id })
  }),
  route({
    method: 'post',
    path: '/infoRequests/:id/withdraw',
    summary: '撤回申请',
    tag: TAG,
    access: 'signedIn',
    params: requestIdParamsSchema,
    body: withdrawRequestInput,
    idempotent: true,
    handler: ({ deps, user, params, body }) => withdrawRequest(deps, user, { ...body, id: params.id })
  }),
  route({
    method: 'get',
    path: '/staff/infoRequests',
    summary: '依申请公开工作台：超期、即将到期的排在前面',
    tag: TAG,
    access: STAFF,
    query: listStaffRequestsInput,
    handler: ({ deps, user, query }) => listStaffRequests(deps, user, query)
  }),
  route({
    method: 'get',
    path: '/staff/infoRequests/report',
    summary: '政府信息公开工作年度报告：收到和处理申请情况、行政复议和诉讼情况',
    tag: TAG,
    access: STAFF,
    query: getAnnualReportInput,
    handler: ({ deps, user, query }) => getAnnualReport(deps, user, query)
  }),
  route({
    method: 'get',
    path: '/staff/infoRequests/report.csv',
    summary: '年度报告表格（CSV，UTF-8 带 BOM，可用 Excel 打开）',
    tag: TAG,
    access: STAFF,
    query: getAnnualReportInput,
    handler: async ({ deps, user, query, ctx }) => {
      const report = await getAnnualReport(deps, user, query)
      ctx.type = 'text/csv; charset=utf-8'
      ctx.set('Content-Disposition', `attachment; filename="info-requests-${query.year}.csv"; filename*=UTF-8''${encodeURIComponent(`${report.townshipName}${query.year}年依申请公开情况.csv`)}`)
      return reportCsv(report)
    }
  }),
  route({
    method: 'put',
    path: '/staff/infoRequests/report/:year/appeals',
    summary: '登记本年度行政复议、行政诉讼情况（中心负责人）',
    tag: TAG,
    access: ADMIN,
    params: reportYearParamsSchema,
    body: saveAppealCountsInput,
    idempotent: true,
    handler: ({ deps, user, params, body }) => saveAppealCounts(deps, user, { ...body, year: params.year })
  }),
  route({
    method: 'get',
    path: '/staff/infoRequests/settings',
    summary: '依申请公开设置：工作机构、复议机关、法院、收费规则',
    tag: TAG,
    access: STAFF,
    handler: ({ deps, user }) => getSettings(deps, user)
  }),
  route({
    method: 'put',
    path: '/staff/infoRequests/settings',
    summary: '保存依申请公开设置（中心负责人）',
    tag: TAG,
    access: ADMIN,
    body: saveSettingsInput,
    idempotent: true,
    handler: ({ deps, user, body }) => saveSettings(deps, user, body)
  }),
  route({
    method: 'get',
    path: '/staff/infoRequests/:id',
    summary: '申请详情：全部办理记录（含内部备注）',
    tag: TAG,
    access: STAFF,
    params: requestIdParamsSchema,
    handler: ({ deps, user, params }) => getStaffRequest(deps, user, params)
  }),
  route({
    method: 'get',
    path: '/staff/infoRequests/:id/identity',
    summary: '申请人完整证件号和电话（记入审计日志）',
    tag: TAG,
    access: STAFF,
    params: requestIdParamsSchema,
    handler: ({ deps, user, params }) => readRequestIdentity(deps, user, params)
  }),
  route({
    ...staffMove,
    path: '/staff/infoRequests/:id/receive',
    summary: '确认收到申请（开始计算 20 个工作日）',
    body: receiveRequestInput,
    handler: ({ deps, user, params, body }) => receiveRequest(deps, user, { ...body, id: params.id })
  }),
  route({
    ...staffMove,
    path: '/staff/infoRequests/:id/requestCorrection',
    summary: '一次性告知补正（收到后 7 个工作日内）',
    body: requestCorrectionInput,
    handler: ({ deps, user, params, body }) => requestCorrection(deps, user, { ...body, id: params.id })
  }),
  route({
    ...staffMove,
    path: '/staff/infoRequests/:id/extend',
    summary: '延期答复（负责人同意，一次，最长 20 个工作日）',
    body: extendRequestInput,
    handler: ({ deps, user, params, body }) => extendRequest(deps, user, { ...body, id: params.id })
  }),
  route({
    ...staffMove,
    path: '/staff/infoRequests/:id/consult',
    summary: '征求第三方或其他机关意见（不计入答复期限）',
    body: consultOnRequestInput,
    handler: ({ deps, user, params, body }) => consultOnRequest(deps, user, { ...body, id: params.id })
  }),
  route({
    ...staffMove,
    path: '/staff/infoRequests/:id/endConsultation',
    summary: '征求意见结束',
    body: endConsultationInput,
    handler: ({ deps, user, params, body }) => endConsultation(deps, user, { ...body, id: params.id })
  }),
  route({
    ...staffMove,
    path: '/staff/infoRequests/:id/reply',
    summary: '答复（第三十六条规定的答复类型，附救济途径）',
    body: replyToRequestInput,
    handler: ({ deps, user, params, body }) => replyToRequest(deps, user, { ...body, id: params.id })
  }),
  route({
    ...staffMove,
    path: '/staff/infoRequests/:id/note',
    summary: '内部备注',
    body: addRequestNoteInput,
    handler: ({ deps, user, params, body }) => addRequestNote(deps, user, { ...body, id: params.id })
  })
]
