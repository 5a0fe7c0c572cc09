import { Schema, type Connection, type Model, type Types } from 'mongoose'
import {
  BOOKING_SOURCES,
  BOOKING_STATUSES,
  EXCEPTION_KINDS,
  type BookingAction,
  type BookingSource,
  type BookingStatus,
  type ExceptionKind,
  type Session
} from '../../../../src/shared/appointments'
import type { RecordedUpdate } from '../../lib/lifecycle'
import type { NoticeEvent } from '../../lib/notices'

/** A weekly opening template of a window, or of one service at that window. */
export interface OpeningTemplateDoc {
  _id: Types.ObjectId
  townshipId: Types.ObjectId
  departmentId: Types.ObjectId
  guideId: Types.ObjectId | null
  /** `<departmentId>:<guideId or *>`: one template per window and per service. */
  scopeKey: string
  weekdays: number[]
  sessions: Session[]
  slotMinutes: number
  capacity: number
  horizonDays: number
  closeBeforeMinutes: number
  changeBeforeMinutes: number
  active: boolean
  revision: number
  createdBy: Types.ObjectId
  createdAt: Date
  updatedBy: Types.ObjectId
  updatedAt: Date
}

const sessionSubschema = new Schema({ start: { type: String, required: true }, end: { type: String, required: true } }, { _id: false })

const openingTemplateSchema = new Schema<OpeningTemplateDoc>(
  {
    townshipId: { type: Schema.Types.ObjectId, required: true },
    departmentId: { type: Schema.Types.ObjectId, required: true },
    guideId: { type: Schema.Types.ObjectId, default: null },
    scopeKey: { type: String, required: true },
    weekdays: { type: [Number], required: true },
    sessions: { type: [sessionSubschema], required: true },
    slotMinutes: { type: Number, required: true },
    capacity: { type: Number, required: true },
    horizonDays: { type: Number, required: true },
    closeBeforeMinutes: { type: Number, required: true },
    changeBeforeMinutes: { type: Number, required: true },
    active: { type: Boolean, required: true },
    revision: { type: Number, required: true },
    createdBy: { type: Schema.Types.ObjectId, required: true },
    createdAt: { type: Date, required: true },
    updatedBy: { type: Schema.Types.ObjectId, required: true },
    updatedAt: { type: Date, required: true }
  },
  { collection: 'appointment_templates', versionKey: false }
)
openingTemplateSchema.index({ scopeKey: 1 }, { unique: true })
openingTemplateSchema.index({ townshipId: 1, departmentId: 1 })

/** A change to one day of a template: closed, or extra sessions. */
export interface ScheduleExceptionDoc {
  _id: Types.ObjectId
  townshipId: Types.ObjectId
  templateId: Types.ObjectId
  date: string
  kind: ExceptionKind
  reason: string
  sessions: Session[]
  capacity: number | null
  createdBy: Types.ObjectId
  createdAt: Date
  updatedBy: Types.ObjectId
  updatedAt: Date
}

const scheduleExceptionSchema = new Schema<ScheduleExceptionDoc>(
  {
    townshipId: { type: Schema.Types.ObjectId, required: true },
    templateId: { type: Schema.Types.ObjectId, required: true },
    date: { type: String, required: true },
    kind: { type: String, enum: EXCEPTION_KINDS, required: true },
    reason: { type: String, required: true },
    sessions: { type: [sessionSubschema], default: [] },
    capacity: { type: Number, default: null },
    createdBy: { type: Schema.Types.ObjectId, required: true },
    createdAt: { type: Date, required: true },
    updatedBy: { type: Schema.Types.ObjectId, required: true },
    updatedAt: { type: Date, required: true }
  },
  { collection: 'appointment_exceptions', versionKey: false }
)
scheduleExceptionSchema.index({ templateId: 1, date: 1 }, { unique: true })

/** A booking id holding one seat of a slot, and since when. */
export interface SeatHolder {
  id: Types.ObjectId
  at: Date
}

/**
 * One slot of one day, created when first booked. `booked` counts the seats taken and always moves
 * together with `holders` (the bookings holding them) in the same update, so a seat is taken by a
 * conditional `$inc` and given back exactly once by a `$pull` conditional on its holder.
 */
export interface SlotDoc {
  _id: Types.ObjectId
  townshipId: Types.ObjectId
  departmentId: Types.ObjectId
  templateId: Types.ObjectId
  date: string
  start: string
  end: string
  startsAt: Date
  capacity: number
  booked: number
  holders: SeatHolder[]
  updatedAt: Date
}

const slotSchema = new Schema<SlotDoc>(
  {
    townshipId: { type: Schema.Types.ObjectId, required: true },
    departmentId: { type: Schema.Types.ObjectId, required: true },
    templateId: { type: Schema.Types.ObjectId, required: true },
    date: { type: String, required: true },
    start: { type: String, required: true },
    end: { type: String, required: true },
    startsAt: { type: Date, required: true },
    capacity: { type: Number, required: true },
    booked: { type: Number, required: true, default: 0 },
    holders: {
      type: [new Schema({ id: { type: Schema.Types.ObjectId, required: true }, at: { type: Date, required: true } }, { _id: false })],
      default: []
    },
    updatedAt: { type: Date, required: true }
  },
  { collection: 'appointment_slots', versionKey: false }
)
slotSchema.index({ templateId: 1, date: 1, start: 1 }, { unique: true })
slotSchema.index({ date: 1 })

/** Who booked and for whom (an ActingRecord; no applicant person for a walk-in typed in by staff). */
export interface BookingActing {
  submitterId: Types.ObjectId
  submitterRole: string
  applicantPersonId: Types.ObjectId | null
  applicantName: string
  onBehalf: boolean
  consentId: Types.ObjectId | null
}

/** One entry of a booking's record, appended in the same write as the change. */
/** One update on a booking (a recorded update), written with the change it records. */
export type BookingUpdate = RecordedUpdate<BookingStatus, BookingAction>

/** A reschedule under way: the seat at `slotId` is being taken for this booking. */
export interface PendingMove {
  slotId: Types.ObjectId
  at: Date
}

export const REMINDER_STATES = ['due', 'sent', 'none', 'skipped'] as const
export type ReminderState = (typeof REMINDER_STATES)[number]

/** A booking (or a walk-in visit recorded by staff). */
export interface BookingDoc {
  _id: Types.ObjectId
  townshipId: Types.ObjectId
  departmentId: Types.ObjectId
  guideId: Types.ObjectId | null
  guideTitle: string
  templateId: Types.ObjectId | null
  slotId: Types.ObjectId | null
  date: string
  start: string
  end: string
  startsAt: Date
  endsAt: Date
  code: string
  status: BookingStatus
  source: BookingSource
  acting: BookingActing
  /** The applicant's own account, when they have one (their bookings show under 我的预约). */
  applicantUserId: Types.ObjectId | null
  /** `<applicantPersonId>:<guideId>:<date>` while the booking is active: one per applicant, service and day. */
  activeKey?: string
  changeDeadline: Date
  remindAt: Date | null
  reminderState: ReminderState
  pendingMove: PendingMove | null
  note: string | null
  walkInPhoneEncrypted: string | null
  walkInPhoneMasked: string | null
  checkedInAt: Date | null
  checkedInBy: Types.ObjectId | null
  completedAt: Date | null
  noShowAt: Date | null
  cancelledAt: Date | null
  cancelReason: string | null
  updates: BookingUpdate[]
  /** Notice events written with the change they report (relayed by the notices module). */
  pendingNotices: NoticeEvent[]
  createdAt: Date
  updatedAt: Date
}

const bookingSchema = new Schema<BookingDoc>(
  {
    townshipId: { type: Schema.Types.ObjectId, required: true },
    departmentId: { type: Schema.Types.ObjectId, required: true },
    guideId: { type: Schema.Types.ObjectId, default: null },
    guideTitle: { type: String, required: true },
    templateId: { type: Schema.Types.ObjectId, default: null },
    slotId: { type: Schema.Types.ObjectId, default: null },
    date: { type: String, required: true },
    start: { type: String, required: true },
    end: { type: String, required: true },
    startsAt: { type: Date, required: true },
    endsAt: { type: Date, required: true },
    code: { type: String, required: true },
    status: { type: String, enum: BOOKING_STATUSES, required: true },
    source: { type: String, enum: BOOKING_SOURCES, required: true },
    acting: {
      type: new Schema(
        {
          submitterId: { type: Schema.Types.ObjectId, required: true },
          submitterRole: { type: String, required: true },
          applicantPersonId: { type: Schema.Types.ObjectId, default: null },
          applicantName: { type: String, required: true },
          onBehalf: { type: Boolean, required: true },
          consentId: { type: Schema.Types.ObjectId, default: null }
        },
        { _id: false }
      ),
      required: true
    },
    applicantUserId: { type: Schema.Types.ObjectId, default: null },
    activeKey: { type: String },
    changeDeadline: { type: Date, required: true },
    remindAt: { type: Date, default: null },
    reminderState: { type: String, enum: REMINDER_STATES, required: true },
    pendingMove: {
      type: new Schema({ slotId: { type: Schema.Types.ObjectId, required: true }, at: { type: Date, required: true } }, { _id: false }),
      default: null
    },
    note: { type: String, default: null },
    walkInPhoneEncrypted: { type: String, default: null },
    walkInPhoneMasked: { type: String, default: null },
    checkedInAt: { type: Date, default: null },
    checkedInBy: { type: Schema.Types.ObjectId, default: null },
    completedAt: { type: Date, default: null },
    noShowAt: { type: Date, default: null },
    cancelledAt: { type: Date, default: null },
    cancelReason: { type: String, default: null },
    updates: { type: Schema.Types.Mixed, default: () => [] },
    pendingNotices: { type: Schema.Types.Mixed, default: () => [] },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true }
  },
  { collection: 'appointments', versionKey: false, minimize: false }
)
bookingSchema.index({ activeKey: 1 }, { unique: true, sparse: true })
bookingSchema.index({ townshipId: 1, date: 1, code: 1 }, { unique: true })
bookingSchema.index({ townshipId: 1, date: 1, departmentId: 1, start: 1 })
bookingSchema.index({ slotId: 1, status: 1 })
bookingSchema.index({ templateId: 1, date: 1, status: 1 })
bookingSchema.index({ 'acting.submitterId': 1, startsAt: -1 })
bookingSchema.index({ applicantUserId: 1, startsAt: -1 })
bookingSchema.index({ status: 1, reminderState: 1, remindAt: 1 })
bookingSchema.index({ status: 1, createdAt: 1 })
bookingSchema.index({ 'pendingMove.at': 1 }, { sparse: true })

/** Weekly opening templates; one model per connection. */
export function openingTemplateModel(db: Connection): Model<OpeningTemplateDoc> {
  return (db.models.OpeningTemplate as Model<OpeningTemplateDoc> | undefined) ?? db.model<OpeningTemplateDoc>('OpeningTemplate', openingTemplateSchema)
}

/** Single-day exceptions of the templates. */
export function scheduleExceptionModel(db: Connection): Model<ScheduleExceptionDoc> {
  return (
    (db.models.ScheduleException as Model<ScheduleExceptionDoc> | undefined) ??
    db.model<ScheduleExceptionDoc>('ScheduleException', scheduleExceptionSchema)
  )
}

/** Slots with their seat counters. */
export function slotModel(db: Connection): Model<SlotDoc> {
  return (db.models.AppointmentSlot as Model<SlotDoc> | undefined) ?? db.model<SlotDoc>('AppointmentSlot', slotSchema)
}

/** Bookings and walk-in visits. */
export function bookingModel(db: Connection): Model<BookingDoc> {
  return (db.models.Appointment as Model<BookingDoc> | undefined) ?? db.model<BookingDoc>('Appointment', bookingSchema)
}
