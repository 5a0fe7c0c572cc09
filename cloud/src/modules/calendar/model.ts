import { Schema, type Connection, type InferSchemaType, type Model, type Types } from 'mongoose'
import { OVERRIDE_KINDS, type CalendarOverrideDTO } from '../../../../src/shared/calendar'

const calendarOverrideSchema = new Schema(
  {
    townshipId: { type: Schema.Types.ObjectId, required: true },
    /** `YYYY-MM-DD` in China time; sorts and compares as text. */
    date: { type: String, required: true },
    kind: { type: String, enum: OVERRIDE_KINDS, required: true },
    reason: { type: String, required: true },
    /** `official`: a day of the State Council's schedule entered for a year the built-in data lacks. */
    source: { type: String, enum: ['admin', 'official'], default: 'admin' },
    createdBy: { type: Schema.Types.ObjectId, required: true },
    createdAt: { type: Date, required: true },
    updatedBy: { type: Schema.Types.ObjectId, required: true },
    updatedAt: { type: Date, required: true }
  },
  { collection: 'calendar_overrides' }
)
calendarOverrideSchema.index({ townshipId: 1, date: 1 }, { unique: true })

type CalendarOverrideFields = InferSchemaType<typeof calendarOverrideSchema>
export type CalendarOverrideDoc = CalendarOverrideFields & { _id: Types.ObjectId }

/** A township's admin overrides of the working-day calendar, one per (township, date). */
export function calendarOverrideModel(db: Connection) {
  return (
    (db.models.CalendarOverride as Model<CalendarOverrideFields> | undefined) ??
    db.model<CalendarOverrideFields>('CalendarOverride', calendarOverrideSchema)
  )
}

/** The admin console's view of an override. */
export function toCalendarOverrideDTO(doc: CalendarOverrideDoc): CalendarOverrideDTO {
  return {
    id: String(doc._id),
    townshipId: String(doc.townshipId),
    date: doc.date,
    kind: doc.kind,
    reason: doc.reason,
    createdBy: String(doc.createdBy),
    createdAt: doc.createdAt.toISOString(),
    updatedBy: String(doc.updatedBy),
    updatedAt: doc.updatedAt.toISOString()
  }
}
