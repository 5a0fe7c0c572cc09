import type { Page } from '../shared/common'
import type {
  ActInput,
  AmendReviewInput,
  AppealInput,
  CallBackInput,
  DecideAppealInput,
  PublicSummaryDTO,
  RateableDTO,
  RateableService,
  RateRectificationInput,
  RateServiceInput,
  RateWindowInput,
  ReviewCommentInput,
  ReviewDTO,
  ReviewSettingsDTO,
  ReviewSettingsInput,
  ReviewStatsDTO,
  StaffReviewDTO,
  StaffReviewQueue,
  VerifyInput
} from '../shared/reviews'
import { request } from './http'

const enc = encodeURIComponent

/** Whether I (or, with `actingFor`, the person I help) can rate a service now, and the rating given. */
export function getRateable(service: RateableService, serviceId: string, actingFor?: string): Promise<RateableDTO> {
  return request<RateableDTO>(`/api/reviews/services/${enc(service)}/${enc(serviceId)}`, { actingFor })
}

/** Rates a finished service once (一事一评). */
export function rateService(input: RateServiceInput, idempotencyKey: string, actingFor?: string): Promise<ReviewDTO> {
  return request<ReviewDTO>('/api/reviews', { method: 'POST', body: input, idempotencyKey, actingFor })
}

/** Rates a window visit (一次一评, from the window's QR code). */
export function rateWindow(input: RateWindowInput, idempotencyKey: string, actingFor?: string): Promise<ReviewDTO> {
  return request<ReviewDTO>('/api/reviews/window', { method: 'POST', body: input, idempotencyKey, actingFor })
}

/** My ratings, newest first. */
export function listMyReviews(page = 1): Promise<Page<ReviewDTO>> {
  return request<Page<ReviewDTO>>('/api/reviews/mine', { query: { page, pageSize: 50 } })
}

/** One of my ratings with its rectification. */
export function getMyReview(id: string): Promise<ReviewDTO> {
  return request<ReviewDTO>(`/api/reviews/${enc(id)}`)
}

/** Changes my rating while it may still change. */
export function amendReview(id: string, input: AmendReviewInput, idempotencyKey: string): Promise<ReviewDTO> {
  return request<ReviewDTO>(`/api/reviews/${enc(id)}/amend`, { method: 'POST', body: input, idempotencyKey })
}

/** My verdict on the rectification I was told about. */
export function rateRectification(id: string, input: RateRectificationInput, idempotencyKey: string): Promise<ReviewDTO> {
  return request<ReviewDTO>(`/api/reviews/${enc(id)}/rateRectification`, { method: 'POST', body: input, idempotencyKey })
}

/** The public results per department this year. */
export function getReviewSummary(townshipId: string): Promise<PublicSummaryDTO> {
  return request<PublicSummaryDTO>(`/api/townships/${enc(townshipId)}/reviewSummary`)
}

/** Staff: a list of my departments' ratings (open rectifications overdue first, appeals, held comments, all). */
export function listStaffReviews(queue: StaffReviewQueue, page = 1): Promise<Page<StaffReviewDTO>> {
  return request<Page<StaffReviewDTO>>('/api/staff/reviews', { query: { queue, page, pageSize: 50 } })
}

/** Staff: one rating's whole record. */
export function getStaffReview(id: string): Promise<StaffReviewDTO> {
  return request<StaffReviewDTO>(`/api/staff/reviews/${enc(id)}`)
}

/** The staff steps on a rating and what each sends. */
export interface StaffReviewSteps {
  verify: VerifyInput
  act: ActInput
  callBack: CallBackInput
  appeal: AppealInput
  decideAppeal: DecideAppealInput
  reviewComment: ReviewCommentInput
}

/** Staff: one step on a rating. */
export function staffReviewStep<K extends keyof StaffReviewSteps>(id: string, step: K, input: StaffReviewSteps[K], idempotencyKey: string): Promise<StaffReviewDTO> {
  return request<StaffReviewDTO>(`/api/staff/reviews/${enc(id)}/${step}`, { method: 'POST', body: input, idempotencyKey })
}

/** Staff: satisfaction figures of my departments (admin: the township). */
export function getReviewStats(query: { from?: string; to?: string; departmentId?: string } = {}): Promise<ReviewStatsDTO> {
  return request<ReviewStatsDTO>('/api/staff/reviewStats', { query })
}

/** Staff: the township's rating rules. */
export function getReviewSettings(): Promise<ReviewSettingsDTO> {
  return request<ReviewSettingsDTO>('/api/staff/reviewSettings')
}

/** Admin: sets the township's rating rules. */
export function saveReviewSettings(input: ReviewSettingsInput, idempotencyKey: string): Promise<ReviewSettingsDTO> {
  return request<ReviewSettingsDTO>('/api/staff/reviewSettings', { method: 'PUT', body: input, idempotencyKey })
}
