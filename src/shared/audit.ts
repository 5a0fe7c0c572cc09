import * as z from './zod'
import { paging } from './common'

/** What an audit entry records; dotted, stable strings. */
export const AUDIT_ACTIONS = [
  'staffSignup.identityRead',
  'staffSignup.approved',
  'staffSignup.rejected',
  'consent.recorded',
  'consent.revoked',
  'calendar.overrideSet',
  'calendar.overrideRemoved',
  'calendar.officialScheduleEntered',
  'guide.created',
  'guide.draftSaved',
  'guide.published',
  'guide.unpublished',
  'appointment.bookedOnBehalf',
  'appointment.cancelledOnBehalf',
  'appointment.rescheduledOnBehalf',
  'appointment.walkInRecorded',
  'appointment.templateSaved',
  'appointment.exceptionSet',
  'appointment.exceptionRemoved',
  'case.submittedOnBehalf',
  'case.published',
  'case.read',
  'case.contactPhoneRead',
  'qr.created',
  'qr.retired',
  'qr.sheetPrinted',
  'volunteer.approved',
  'volunteer.rejected',
  'volunteer.suspended',
  'visit.dispatched',
  'visit.addressRead',
  'disclosure.published',
  'disclosure.withdrawn',
  'disclosure.domainAdded',
  'disclosure.powerSaved',
  'disclosure.powerRemoved',
  'disclosure.servicePointSaved',
  'disclosure.servicePointRemoved',
  'infoRequest.submittedOnBehalf',
  'infoRequest.identityRead',
  'infoRequest.extended',
  'infoRequest.replied',
  'infoRequest.settingsSaved',
  'infoRequest.appealsSaved',
  'review.ratedOnBehalf',
  'review.appealDecided',
  'review.settingsSet'
] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number] | (string & {})

export const AUDIT_ACTION_LABELS: Record<(typeof AUDIT_ACTIONS)[number], string> = {
  'staffSignup.identityRead': '查看工作人员申请的完整身份证号和手机号',
  'staffSignup.approved': '通过工作人员申请',
  'staffSignup.rejected': '退回工作人员申请',
  'consent.recorded': '登记代办授权',
  'consent.revoked': '撤销代办授权',
  'calendar.overrideSet': '设置工作日历调整',
  'calendar.overrideRemoved': '取消工作日历调整',
  'calendar.officialScheduleEntered': '录入全年法定节假日安排',
  'guide.created': '新建办事指南',
  'guide.draftSaved': '保存办事指南草稿',
  'guide.published': '发布办事指南',
  'guide.unpublished': '下线办事指南',
  'appointment.bookedOnBehalf': '代群众预约',
  'appointment.cancelledOnBehalf': '代群众取消预约',
  'appointment.rescheduledOnBehalf': '代群众改约',
  'appointment.walkInRecorded': '登记现场办理（未预约）',
  'appointment.templateSaved': '保存窗口预约时段',
  'appointment.exceptionSet': '设置预约例外日',
  'appointment.exceptionRemoved': '取消预约例外日',
  'case.submittedOnBehalf': '代群众提交诉求',
  'case.published': '发布热点回应',
  'case.read': '查看诉求详情（含全文）',
  'case.contactPhoneRead': '查看诉求的完整联系电话',
  'qr.created': '生成二维码',
  'qr.retired': '停用二维码',
  'qr.sheetPrinted': '打印二维码（含门牌户主信息）',
  'volunteer.approved': '通过志愿者登记',
  'volunteer.rejected': '退回志愿者登记',
  'volunteer.suspended': '暂停志愿者服务',
  'visit.dispatched': '派志愿者上门',
  'visit.addressRead': '志愿者查看上门地址和联系电话',
  'disclosure.published': '审核发布公开信息',
  'disclosure.withdrawn': '撤回公开信息',
  'disclosure.domainAdded': '增加公开领域',
  'disclosure.powerSaved': '保存权责清单事项',
  'disclosure.powerRemoved': '删除权责清单事项',
  'disclosure.servicePointSaved': '保存便民服务点',
  'disclosure.servicePointRemoved': '删除便民服务点',
  'infoRequest.submittedOnBehalf': '代群众提交信息公开申请',
  'infoRequest.identityRead': '查看信息公开申请人的完整证件号和电话',
  'infoRequest.extended': '批准延期答复信息公开申请',
  'infoRequest.replied': '答复信息公开申请',
  'infoRequest.settingsSaved': '保存依申请公开设置',
  'infoRequest.appealsSaved': '登记依申请公开行政复议、诉讼情况',
  'review.ratedOnBehalf': '代群众评价（凭授权）',
  'review.appealDecided': '裁定差评申诉',
  'review.settingsSet': '设置好差评规则'
}

export const auditListQuerySchema = z.extend(paging, {
  action: z.optional(z.string().check(z.trim(), z.maxLength(60)))
})

/** One row of the audit log: who did what to which record, when, in which request. */
export interface AuditEntryDTO {
  id: string
  at: string
  actorId: string
  actorName: string
  actorRole: string
  action: string
  targetType: string
  targetId: string
  /** Set when the actor acted for someone (帮办代办). */
  onBehalfOfPersonId: string | null
  requestId: string
  detail: string | null
}
