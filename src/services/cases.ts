import type {
  CaseContactPhoneDTO,
  AcceptCaseInput,
  AssignCaseInput,
  CaseDTO,
  CaseStatus,
  CaseSummary,
  CaseType,
  ConfirmCaseInput,
  FollowDTO,
  FollowUpInput,
  CaseFlag,
  HotResponseDTO,
  InternalNoteInput,
  MergeCaseInput,
  PublishHotInput,
  RateCaseInput,
  RejectCaseInput,
  ReopenCaseInput,
  ReplyCaseInput,
  ReplyTemplateDTO,
  RequestInfoInput,
  ReturnCaseInput,
  ReviewContentInput,
  SaveReplyTemplateInput,
  SimilarCaseDTO,
  SimilarCasesQuery,
  StaffCaseDTO,
  SubmitCaseInput,
  SupplyInfoInput,
  TransferCaseInput,
  UploadDTO,
  UploadPhotoInput
} from '../shared/cases'
import type { CursorPage } from '../shared/common'
import { request } from './http'

const enc = encodeURIComponent

/** Uploads one photo (base64) owned by the signed-in person, also when an assistant submits for someone. */
export function uploadPhoto(input: UploadPhotoInput, idempotencyKey: string): Promise<UploadDTO> {
  return request<UploadDTO>('/api/uploads/photos', { method: 'POST', body: input, idempotencyKey })
}

/** Submits a case; `actingFor` (an assistant's helped person) submits for them. Retries with the same key make one case. */
export function submitCase(input: SubmitCaseInput, idempotencyKey: string, actingFor?: string): Promise<CaseDTO> {
  return request<CaseDTO>('/api/cases', { method: 'POST', body: input, idempotencyKey, actingFor })
}

/** The cases I raised (or submitted for people I help), newest first; `cursor` continues a page. */
export function listMyCases(query: { cursor?: string; status?: CaseStatus } = {}): Promise<CursorPage<CaseSummary>> {
  return request<CursorPage<CaseSummary>>('/api/cases/mine', { query: { ...query } })
}

/** Up to three public cases that read like the complaint being typed (before filing). */
export function findSimilarCases(query: SimilarCasesQuery): Promise<SimilarCaseDTO[]> {
  return request<SimilarCaseDTO[]>('/api/cases/similar', { query: { ...query } })
}

/** "这是我的问题": follows a similar case instead of filing a duplicate. */
export function followCase(id: string, idempotencyKey: string): Promise<FollowDTO> {
  return request<FollowDTO>(`/api/cases/${enc(id)}/follow`, { method: 'POST', body: {}, idempotencyKey })
}

/** One of my cases with its public timeline. */
export function getCase(id: string): Promise<CaseDTO> {
  return request<CaseDTO>(`/api/cases/${enc(id)}`)
}

/** Answers the township's request for more information. */
export function supplyCaseInfo(id: string, input: SupplyInfoInput, idempotencyKey: string): Promise<CaseDTO> {
  return request<CaseDTO>(`/api/cases/${enc(id)}/supplyInfo`, { method: 'POST', body: input, idempotencyKey })
}

/** 追问: adds text and photos to an open case; the handling staff are told. */
export function followUpCase(id: string, input: FollowUpInput, idempotencyKey: string): Promise<CaseDTO> {
  return request<CaseDTO>(`/api/cases/${enc(id)}/followUp`, { method: 'POST', body: input, idempotencyKey })
}

/** "没有解决": the answer did not solve it; the case goes back to its department. */
export function reopenCase(id: string, input: ReopenCaseInput, idempotencyKey: string): Promise<CaseDTO> {
  return request<CaseDTO>(`/api/cases/${enc(id)}/reopen`, { method: 'POST', body: input, idempotencyKey })
}

/** Confirms the answer; the case is closed (办结). */
export function confirmCase(id: string, input: ConfirmCaseInput, idempotencyKey: string): Promise<CaseDTO> {
  return request<CaseDTO>(`/api/cases/${enc(id)}/confirm`, { method: 'POST', body: input, idempotencyKey })
}

/** Rates a closed case. */
export function rateCase(id: string, input: RateCaseInput, idempotencyKey: string): Promise<CaseDTO> {
  return request<CaseDTO>(`/api/cases/${enc(id)}/rate`, { method: 'POST', body: input, idempotencyKey })
}

/** Staff filters of the case queue. */
export interface StaffCaseQuery {
  cursor?: string
  status?: CaseStatus | 'open'
  type?: CaseType
  departmentId?: string
  due?: 'overdue' | 'dueSoon'
  flag?: CaseFlag
  q?: string
}

/** Staff: the queue of my departments (the township for an admin), overdue and due soon first. */
export function listStaffCases(query: StaffCaseQuery = {}): Promise<CursorPage<CaseSummary>> {
  return request<CursorPage<CaseSummary>>('/api/staff/cases', { query: { ...query } })
}

/** Staff: one case with its whole history and the actions I may take. */
export function getStaffCase(id: string): Promise<StaffCaseDTO> {
  return request<StaffCaseDTO>(`/api/staff/cases/${enc(id)}`)
}

/** The full call-back phone of a case (the server audits the read). */
export function revealContactPhone(id: string): Promise<CaseContactPhoneDTO> {
  return request<CaseContactPhoneDTO>(`/api/staff/cases/${enc(id)}/contact-phone`)
}

/** The inputs of each staff action on a case. */
export interface StaffCaseActionInputs {
  accept: AcceptCaseInput
  reject: RejectCaseInput
  assign: AssignCaseInput
  return: ReturnCaseInput
  requestInfo: RequestInfoInput
  reply: ReplyCaseInput
  note: InternalNoteInput
  merge: MergeCaseInput
  review: ReviewContentInput
  transfer: TransferCaseInput
}

/** Staff: takes an action on a case (one endpoint per action); a stale or illegal one answers 409. */
export function actOnCase<K extends keyof StaffCaseActionInputs>(
  id: string,
  action: K,
  input: StaffCaseActionInputs[K],
  idempotencyKey: string
): Promise<StaffCaseDTO> {
  return request<StaffCaseDTO>(`/api/staff/cases/${enc(id)}/${action}`, { method: 'POST', body: input, idempotencyKey })
}

/** Staff: publishes an answered case, anonymised, as a public 热点回应. */
export function publishHot(id: string, input: PublishHotInput, idempotencyKey: string): Promise<HotResponseDTO> {
  return request<HotResponseDTO>(`/api/staff/cases/${enc(id)}/publish`, { method: 'POST', body: input, idempotencyKey })
}

/** Staff: ready-made reply texts, the built-in ones and those my departments saved (`departmentId`: one of them). */
export function listReplyTemplates(departmentId?: string): Promise<ReplyTemplateDTO[]> {
  return request<ReplyTemplateDTO[]>('/api/staff/case-reply-templates', { query: departmentId ? { departmentId } : {} })
}

/** Staff: saves a reply as a template of a department. */
export function saveReplyTemplate(input: SaveReplyTemplateInput, idempotencyKey: string): Promise<ReplyTemplateDTO> {
  return request<ReplyTemplateDTO>('/api/staff/case-reply-templates', { method: 'POST', body: input, idempotencyKey })
}

/** Public: the township's 热点回应, newest first; `cursor` continues a page. */
export function listHotResponses(townshipId: string, cursor?: string): Promise<CursorPage<HotResponseDTO>> {
  return request<CursorPage<HotResponseDTO>>(`/api/townships/${enc(townshipId)}/hotResponses`, { query: cursor ? { cursor } : {} })
}

/** Public: one 热点回应. */
export function getHotResponse(id: string): Promise<HotResponseDTO> {
  return request<HotResponseDTO>(`/api/hotResponses/${enc(id)}`)
}
