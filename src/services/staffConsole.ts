import type { StaffSignupDTO } from '../shared/auth'
import type { Page } from '../shared/common'
import type { StaffSignupStatus } from '../shared/enums'
import type { GuideContent, GuideForStaff, StaffGuideRow } from '../shared/guides'
import type { StaffSignupIdentityDTO } from '../shared/staff'
import { request } from './http'

export type { StaffGuideRow }

export interface StaffGuideQuery {
  state?: 'all' | 'draft' | 'published'
  departmentId?: string
  page?: number
  pageSize?: number
}

/** The guides I look after (department staff: their departments; admin: the whole township), last edited first. */
export function listStaffGuides(query: StaffGuideQuery = {}): Promise<Page<StaffGuideRow>> {
  return request<Page<StaffGuideRow>>('/api/staff/guides', {
    query: {
      state: query.state ?? 'all',
      departmentId: query.departmentId,
      page: query.page ?? 1,
      pageSize: query.pageSize ?? 50
    }
  })
}

/** One guide for the editor: its draft and what is published. */
export function getStaffGuide(id: string): Promise<GuideForStaff> {
  return request<GuideForStaff>(`/api/staff/guides/${encodeURIComponent(id)}`)
}

/** Creates an unpublished guide (a retry with the same key is applied once). */
export function createStaffGuide(
  input: { townshipId: string; slug: string; content: GuideContent },
  idempotencyKey: string
): Promise<GuideForStaff> {
  return request<GuideForStaff>('/api/staff/guides', { method: 'POST', body: input, idempotencyKey })
}

/** Saves the draft; fails with 409 `STALE_DRAFT` when someone saved since `baseRevision`. */
export function saveStaffGuideDraft(id: string, content: GuideContent, baseRevision: number): Promise<GuideForStaff> {
  return request<GuideForStaff>(`/api/staff/guides/${encodeURIComponent(id)}/draft`, {
    method: 'PUT',
    body: { content, baseRevision }
  })
}

/** Publishes the stored draft as the next version. */
export function publishStaffGuide(id: string): Promise<GuideForStaff> {
  return request<GuideForStaff>(`/api/staff/guides/${encodeURIComponent(id)}/publish`, { method: 'POST' })
}

/** Takes the guide offline (the draft and version count stay). */
export function unpublishStaffGuide(id: string): Promise<GuideForStaff> {
  return request<GuideForStaff>(`/api/staff/guides/${encodeURIComponent(id)}/unpublish`, { method: 'POST' })
}

/** Staff sign-ups of my township with a status (admin only; ID and phone masked). */
export function listStaffSignups(status: StaffSignupStatus = 'pending'): Promise<StaffSignupDTO[]> {
  return request<StaffSignupDTO[]>('/api/admin/staff-signups', { query: { status } })
}

/** The applicant's full ID number and phone, for verification; the server records every read in the audit log. */
export function readStaffSignupIdentity(id: string): Promise<StaffSignupIdentityDTO> {
  return request<StaffSignupIdentityDTO>(`/api/admin/staff-signups/${encodeURIComponent(id)}/identity`)
}

/** Approves or rejects a pending sign-up (a rejection carries the reason the applicant will read). */
export function reviewStaffSignup(
  id: string,
  body: { decision: 'approve' } | { decision: 'reject'; reason: string }
): Promise<StaffSignupDTO> {
  return request<StaffSignupDTO>(`/api/admin/staff-signups/${encodeURIComponent(id)}/review`, { method: 'POST', body })
}
