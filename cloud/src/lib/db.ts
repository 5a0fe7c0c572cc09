import mongoose, { type Connection } from 'mongoose'
import { userModel } from '../modules/users/model'
import { sessionModel } from '../modules/auth/model'
import { staffSignupModel } from '../modules/staff/model'
import { auditModel } from '../modules/audit/model'
import { consentModel, personModel } from '../modules/people/model'
import { contactModel, departmentModel, townshipModel, villageModel } from '../modules/org/model'
import { guideModel } from '../modules/guides/model'
import { calendarOverrideModel } from '../modules/calendar/model'
import { idempotencyModel } from './idempotency'
import { caseLeaseModel, caseModel, hotResponseModel, uploadModel } from '../modules/cases/model'
import { inboxEntryModel, noticeModel, noticeSubscriptionModel } from '../modules/notices/model'
import { bookingModel, jobLeaseModel, openingTemplateModel, scheduleExceptionModel, slotModel } from '../modules/appointments/model'

/** Opens a mongoose connection of its own (models are per connection, so apps can coexist). */
export async function connectDb(uri: string, dbName?: string): Promise<Connection> {
  return mongoose
    .createConnection(uri, { serverSelectionTimeoutMS: 10_000, ...(dbName ? { dbName } : {}) })
    .asPromise()
}

/** Registers every model on the connection, so their indexes exist before the first request. */
export function registerModels(db: Connection): void {
  for (const model of [
    userModel,
    sessionModel,
    staffSignupModel,
    auditModel,
    personModel,
    consentModel,
    idempotencyModel,
    townshipModel,
    villageModel,
    departmentModel,
    contactModel,
    guideModel,
    calendarOverrideModel,
    noticeModel,
    inboxEntryModel,
    noticeSubscriptionModel,
    openingTemplateModel,
    scheduleExceptionModel,
    slotModel,
    bookingModel,
    jobLeaseModel,
    caseModel,
    uploadModel,
    hotResponseModel,
    caseLeaseModel
  ]) {
    model(db)
  }
}

/** Waits until the indexes of every model registered on the connection are built (unique indexes guard races). */
export async function ensureIndexes(db: Connection): Promise<void> {
  registerModels(db)
  await Promise.all(Object.values(db.models).map((m) => m.init()))
}
