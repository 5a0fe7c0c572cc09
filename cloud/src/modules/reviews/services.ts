import { Types, type Connection } from 'mongoose'
import type { RateableService } from '../../../../src/shared/reviews'
import type { AuthedUser } from '../../lib/types'
import { notFound } from '../../lib/errors'
import { reviewableBooking, type ReviewableBooking } from '../appointments/reviewable'
import { loadWindow } from '../appointments/load'
import { reviewableCase, type ReviewableCase } from '../cases/reviewable'
import type { RatedService } from './rating'

/** A finished-or-not service of the caller's township, with whom it was for. */
export interface ServiceToRate {
  rated: RatedService
  applicantPersonId: Types.ObjectId | null
  /** Null while the service is not finished. */
  finishedAt: Date | null
}

const NOT_FOUND = '没有找到这项服务。代别人评价，请先在“我帮办的群众”里选择这位群众'

/** The key of 一事一评: one rating per finished service. */
export function serviceKeyOf(service: RateableService, id: string): string {
  return `${service}:${id}`
}

/** The appointment or case `id` as a service to rate; 404 when it is not of the caller's township. */
export async function loadServiceToRate(db: Connection, user: AuthedUser, service: RateableService, id: string): Promise<ServiceToRate> {
  const found = service === 'case' ? await reviewableCase(db, id) : await reviewableBooking(db, id)
  if (!found || String(found.townshipId) !== user.townshipId) throw notFound(NOT_FOUND)
  return serviceToRate(db, service, id, found)
}

/** A case or booking as the other modules describe it, as a service to rate (its window looked up). */
export async function serviceToRate(db: Connection, service: RateableService, id: string, found: ReviewableCase | ReviewableBooking): Promise<ServiceToRate> {
  const window = found.departmentId ? await loadWindow(db, found.departmentId) : null
  return {
    applicantPersonId: found.applicantPersonId,
    finishedAt: found.finishedAt,
    rated: {
      townshipId: found.townshipId,
      departmentId: found.departmentId,
      departmentName: window?.name || '乡镇便民服务中心',
      windowName: window?.windowName ?? '',
      service,
      serviceId: new Types.ObjectId(id),
      serviceKey: serviceKeyOf(service, id),
      serviceTitle: found.title,
      staffId: found.staffId,
      staffName: found.staffName,
      servedAt: found.finishedAt ?? new Date(0)
    }
  }
}

/** Whether the caller's acting record is the person the service was for; else 404 (someone else's service). */
export function assertServedPerson(s: ServiceToRate, applicantPersonId: string): void {
  if (!s.applicantPersonId || String(s.applicantPersonId) !== applicantPersonId) throw notFound(NOT_FOUND)
}
