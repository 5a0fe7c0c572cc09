import { CASE_STATUS_LABELS } from '../../../../src/shared/cases'
import {
  DISPATCH_STATUS_LABELS,
  VOLUNTEER_KIND_LABELS,
  VOLUNTEER_SKILLS,
  VOLUNTEER_STATUS_LABELS,
  type DispatchDTO,
  type VisitOrderDTO,
  type VolunteerDTO,
  type VolunteerKind
} from '../../../../src/shared/visits'
import type { CaseDispatch, CaseDoc } from '../cases/model'
import type { VolunteerDoc } from './model'

/** Names of skills, in the list's order. */
export function skillLabels(ids: readonly string[]): string[] {
  return VOLUNTEER_SKILLS.filter((s) => ids.includes(s.id)).map((s) => s.name)
}

/** A registration as its owner and admins see it (phone masked). */
export function toVolunteerDTO(v: VolunteerDoc, villageName: string): VolunteerDTO {
  return {
    id: String(v._id),
    userId: String(v.userId),
    kind: v.kind,
    kindLabel: VOLUNTEER_KIND_LABELS[v.kind],
    villageId: String(v.villageId),
    villageName,
    realName: v.realName,
    phoneMasked: v.phoneMasked,
    skills: v.skills,
    skillLabels: skillLabels(v.skills),
    intro: v.intro,
    phoneOnDoorplates: v.phoneOnDoorplates,
    status: v.status,
    statusLabel: VOLUNTEER_STATUS_LABELS[v.status],
    reason: v.status === 'rejected' || v.status === 'suspended' ? v.reason : null,
    registeredAt: v.registeredAt.toISOString()
  }
}

/** The order of a help request as staff see it. */
export function toDispatchDTO(d: CaseDispatch): DispatchDTO {
  return {
    round: d.round,
    status: d.status,
    statusLabel: DISPATCH_STATUS_LABELS[d.status],
    volunteerName: d.volunteerName,
    volunteerKindLabel: VOLUNTEER_KIND_LABELS[d.volunteerKind as VolunteerKind] ?? '志愿者',
    offeredAt: d.offeredAt.toISOString(),
    expiresAt: d.expiresAt.toISOString(),
    acceptedAt: d.acceptedAt?.toISOString() ?? null,
    plannedAt: d.plannedAt?.toISOString() ?? null,
    reason: d.reason,
    visit: d.visit ? { visitedAt: d.visit.visitedAt.toISOString(), text: d.visit.text, photoIds: d.visit.photoIds.map(String) } : null
  }
}

/** True while the order is the volunteer's: accepted and not yet visited, on a case still waiting. */
export function orderIsTheirs(c: Pick<CaseDoc, 'status' | 'dispatch'>): boolean {
  return c.dispatch?.status === 'accepted' && (c.status === 'accepted' || c.status === 'assigned')
}

/**
 * An order as its volunteer sees it: the village and what is needed always; the exact address, the
 * applicant's name and the phone (`phone`, decrypted by the caller) only while the order is theirs.
 */
export function toOrderDTO(c: CaseDoc, villageName: string | null, phone: string | null = null): VisitOrderDTO {
  const d = c.dispatch!
  const open = c.status === 'accepted' || c.status === 'assigned'
  const theirs = orderIsTheirs(c)
  return {
    caseId: String(c._id),
    number: c.number,
    title: c.title,
    text: c.text,
    villageName,
    status: d.status,
    statusLabel: open || d.status === 'visited' ? DISPATCH_STATUS_LABELS[d.status] : `诉求${CASE_STATUS_LABELS[c.status]}`,
    offeredAt: d.offeredAt.toISOString(),
    expiresAt: d.expiresAt.toISOString(),
    plannedAt: d.plannedAt?.toISOString() ?? null,
    dispatcherNote: d.note,
    address: theirs ? (c.location ?? villageName) : null,
    applicantName: theirs ? c.acting.applicantName : null,
    contactPhone: theirs ? phone : null,
    visit: d.visit ? { visitedAt: d.visit.visitedAt.toISOString(), text: d.visit.text, photoCount: d.visit.photoIds.length } : null,
    canAccept: open && d.status === 'offered',
    canDecline: open && (d.status === 'offered' || d.status === 'accepted'),
    canRecordVisit: theirs
  }
}
