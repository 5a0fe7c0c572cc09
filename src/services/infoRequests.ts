import type { Page } from '../shared/common'
import type {
  AnnualReportDTO,
  AppealCountsInput,
  ConsultInput,
  CorrectRequestInput,
  EndConsultationInput,
  ExtendRequestInput,
  InfoRequestDTO,
  InfoRequestGuideDTO,
  InfoRequestIdentityDTO,
  InfoRequestSettingsDTO,
  InfoRequestSettingsInput,
  InfoRequestSummary,
  ReceiveRequestInput,
  ReplyRequestInput,
  RequestCorrectionInput,
  RequestNoteInput,
  StaffInfoRequestDTO,
  StaffRequestsQuery,
  SubmitInfoRequestInput,
  WithdrawRequestInput
} from '../shared/infoRequests'
import { request } from './http'

const enc = encodeURIComponent

/** Public: who handles requests, the fee rule, the time limit and the appeal rights. */
export function getRequestGuide(townshipId: string): Promise<InfoRequestGuideDTO> {
  return request<InfoRequestGuideDTO>(`/api/townships/${enc(townshipId)}/infoRequests/guide`)
}

/** Applies for information; `actingFor` (an assistant's helped person) applies for them. Retries with the same key make one request. */
export function submitInfoRequest(input: SubmitInfoRequestInput, idempotencyKey: string, actingFor?: string): Promise<InfoRequestDTO> {
  return request<InfoRequestDTO>('/api/infoRequests', { method: 'POST', body: input, idempotencyKey, actingFor })
}

/** My requests (and those made for me, or by me for people I help), newest first. */
export function listMyRequests(page = 1): Promise<Page<InfoRequestSummary>> {
  return request<Page<InfoRequestSummary>>('/api/infoRequests/mine', { query: { page, pageSize: 50 } })
}

/** One of my requests with its steps and the reply. */
export function getMyRequest(id: string): Promise<InfoRequestDTO> {
  return request<InfoRequestDTO>(`/api/infoRequests/${enc(id)}`)
}

/** Sends the correction asked for. */
export function correctRequest(id: string, input: CorrectRequestInput, idempotencyKey: string): Promise<InfoRequestDTO> {
  return request<InfoRequestDTO>(`/api/infoRequests/${enc(id)}/correct`, { method: 'POST', body: input, idempotencyKey })
}

/** Withdraws a request not answered yet. */
export function withdrawRequest(id: string, input: WithdrawRequestInput, idempotencyKey: string): Promise<InfoRequestDTO> {
  return request<InfoRequestDTO>(`/api/infoRequests/${enc(id)}/withdraw`, { method: 'POST', body: input, idempotencyKey })
}

/** Staff: the queue, overdue and due soon first. */
export function listStaffRequests(query: Omit<StaffRequestsQuery, 'page' | 'pageSize'> & { page?: number } = {}): Promise<Page<InfoRequestSummary>> {
  return request<Page<InfoRequestSummary>>('/api/staff/infoRequests', { query: { pageSize: 50, ...query } })
}

/** Staff: one request with every step and what I may do now. */
export function getStaffRequest(id: string): Promise<StaffInfoRequestDTO> {
  return request<StaffInfoRequestDTO>(`/api/staff/infoRequests/${enc(id)}`)
}

/** Staff: the applicant's full ID number and phone (the read is audited). */
export function readRequestIdentity(id: string): Promise<InfoRequestIdentityDTO> {
  return request<InfoRequestIdentityDTO>(`/api/staff/infoRequests/${enc(id)}/identity`)
}

/** The body of each staff action on a request. */
export interface RequestActionInputs {
  receive: ReceiveRequestInput
  requestCorrection: RequestCorrectionInput
  extend: ExtendRequestInput
  consult: ConsultInput
  endConsultation: EndConsultationInput
  reply: ReplyRequestInput
  note: RequestNoteInput
}

/** Staff: one action on a request; a stale or illegal one answers 409. */
export function actOnRequest<K extends keyof RequestActionInputs>(id: string, action: K, input: RequestActionInputs[K], idempotencyKey: string): Promise<StaffInfoRequestDTO> {
  return request<StaffInfoRequestDTO>(`/api/staff/infoRequests/${enc(id)}/${action}`, { method: 'POST', body: input, idempotencyKey })
}

/** Staff: the year's table for the annual report. */
export function getAnnualReport(year: number): Promise<AnnualReportDTO> {
  return request<AnnualReportDTO>('/api/staff/infoRequests/report', { query: { year } })
}

/** The path of the year's table as CSV (needs the staff session). */
export function annualReportCsvPath(year: number): string {
  return `/api/staff/infoRequests/report.csv?year=${year}`
}

/** Admin: records the year's 行政复议 and 行政诉讼 counts. */
export function saveAppealCounts(year: number, input: AppealCountsInput, idempotencyKey: string): Promise<AnnualReportDTO> {
  return request<AnnualReportDTO>(`/api/staff/infoRequests/report/${year}/appeals`, { method: 'PUT', body: input, idempotencyKey })
}

/** Staff: the township's request settings. */
export function getRequestSettings(): Promise<InfoRequestSettingsDTO> {
  return request<InfoRequestSettingsDTO>('/api/staff/infoRequests/settings')
}

/** Admin: saves the township's request settings. */
export function saveRequestSettings(input: InfoRequestSettingsInput, idempotencyKey: string): Promise<InfoRequestSettingsDTO> {
  return request<InfoRequestSettingsDTO>('/api/staff/infoRequests/settings', { method: 'PUT', body: input, idempotencyKey })
}
