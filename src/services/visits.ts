import type {
  AcceptDispatchInput,
  CaseVisitAnswer,
  DeclineDispatchInput,
  DispatchInput,
  DispatchQueueItemDTO,
  MyVolunteerDTO,
  RecordVisitInput,
  RegisterVolunteerInput,
  StaffDispatchDTO,
  VisitFiguresDTO,
  VisitOrderDTO,
  VolunteerDTO,
  VolunteerStatus
} from '../shared/visits'
import { request } from './http'

const enc = encodeURIComponent

/** My volunteer registration, if any. */
export function getMyVolunteer(): Promise<MyVolunteerDTO> {
  return request<MyVolunteerDTO>('/api/volunteers/me')
}

/** Registers (or registers again) as a volunteer or grid worker. */
export function registerVolunteer(input: RegisterVolunteerInput, idempotencyKey: string): Promise<VolunteerDTO> {
  return request<VolunteerDTO>('/api/volunteers', { method: 'POST', body: input, idempotencyKey })
}

/** Who is coming to my help request and when. */
export function getCaseVisit(caseId: string, actingFor?: string): Promise<CaseVisitAnswer> {
  return request<CaseVisitAnswer>(`/api/cases/${enc(caseId)}/visit`, { actingFor })
}

/** My orders: open (offered or accepted) or done (visited). */
export function listMyOrders(scope: 'open' | 'done'): Promise<VisitOrderDTO[]> {
  return request<VisitOrderDTO[]>('/api/volunteer/orders', { query: { scope } })
}

/** One of my orders. */
export function getMyOrder(caseId: string): Promise<VisitOrderDTO> {
  return request<VisitOrderDTO>(`/api/volunteer/orders/${enc(caseId)}`)
}

/** Takes an order, saying when I will come. */
export function acceptOrder(caseId: string, input: AcceptDispatchInput, idempotencyKey: string): Promise<VisitOrderDTO> {
  return request<VisitOrderDTO>(`/api/volunteer/orders/${enc(caseId)}/accept`, { method: 'POST', body: input, idempotencyKey })
}

/** Gives an order back with a reason. */
export function declineOrder(caseId: string, input: DeclineDispatchInput, idempotencyKey: string): Promise<VisitOrderDTO> {
  return request<VisitOrderDTO>(`/api/volunteer/orders/${enc(caseId)}/decline`, { method: 'POST', body: input, idempotencyKey })
}

/** Records the visit of an order. */
export function recordVisit(caseId: string, input: RecordVisitInput, idempotencyKey: string): Promise<VisitOrderDTO> {
  return request<VisitOrderDTO>(`/api/volunteer/orders/${enc(caseId)}/visit`, { method: 'POST', body: input, idempotencyKey })
}

/** Staff: the open help requests, those waiting for a volunteer first. */
export function listDispatchQueue(): Promise<DispatchQueueItemDTO[]> {
  return request<DispatchQueueItemDTO[]>('/api/staff/visits/queue')
}

/** Staff: a help request's order and the volunteers to send. */
export function getStaffDispatch(caseId: string): Promise<StaffDispatchDTO> {
  return request<StaffDispatchDTO>(`/api/staff/visits/cases/${enc(caseId)}`)
}

/** Staff: sends a help request to a volunteer. */
export function dispatchVisit(caseId: string, input: DispatchInput, idempotencyKey: string): Promise<StaffDispatchDTO> {
  return request<StaffDispatchDTO>(`/api/staff/visits/cases/${enc(caseId)}/dispatch`, { method: 'POST', body: input, idempotencyKey })
}

/** Staff: home-visit figures. */
export function getVisitFigures(query: { from?: string; to?: string } = {}): Promise<VisitFiguresDTO> {
  return request<VisitFiguresDTO>('/api/staff/visits/figures', { query })
}

/** Admin: registrations in a status. */
export function listVolunteers(status: VolunteerStatus): Promise<VolunteerDTO[]> {
  return request<VolunteerDTO[]>('/api/staff/volunteers', { query: { status } })
}

/** Admin: approves, rejects or suspends a registration. */
export function decideVolunteer(id: string, decision: 'approve' | 'reject' | 'suspend', reason: string | null, idempotencyKey: string): Promise<VolunteerDTO> {
  return request<VolunteerDTO>(`/api/staff/volunteers/${enc(id)}/${decision}`, { method: 'POST', body: reason ? { reason } : {}, idempotencyKey })
}
