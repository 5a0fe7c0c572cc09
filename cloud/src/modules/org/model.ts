import { Schema, type Connection, type InferSchemaType, type Model, type Types } from 'mongoose'
import type { ContactDTO, DepartmentDTO, TownshipDTO, VillageDTO } from '../../../../src/shared/org'

const townshipSchema = new Schema(
  {
    /** Stable key from the seed data (e.g. `xinjiebu`); unique across the deployment. */
    key: { type: String, required: true },
    name: { type: String, required: true },
    county: { type: String, required: true },
    province: { type: String, required: true },
    address: { type: String, default: '' },
    phone: { type: String, default: '' },
    hours: { type: String, default: '' },
    /** Bumped after every change to the township's published guides; search caches compare against it. */
    guidesIndexVersion: { type: Number, required: true, default: 0 }
  },
  { collection: 'townships', timestamps: true }
)
townshipSchema.index({ key: 1 }, { unique: true })
townshipSchema.index({ name: 1 })

const villageSchema = new Schema(
  {
    townshipId: { type: Schema.Types.ObjectId, required: true },
    name: { type: String, required: true },
    groups: { type: [String], default: [] }
  },
  { collection: 'villages', timestamps: true }
)
villageSchema.index({ townshipId: 1, name: 1 }, { unique: true })

const departmentSchema = new Schema(
  {
    townshipId: { type: Schema.Types.ObjectId, required: true },
    /** Stable key from the seed data (e.g. `minzheng`); unique within the township. */
    key: { type: String, required: true },
    name: { type: String, required: true },
    windowName: { type: String, default: '' },
    place: { type: String, default: '' },
    phone: { type: String, default: '' },
    description: { type: String, default: '' },
    order: { type: Number, required: true, default: 0 }
  },
  { collection: 'departments', timestamps: true }
)
departmentSchema.index({ townshipId: 1, key: 1 }, { unique: true })
departmentSchema.index({ townshipId: 1, order: 1 })

const contactSchema = new Schema(
  {
    townshipId: { type: Schema.Types.ObjectId, required: true },
    post: { type: String, required: true },
    name: { type: String, default: '' },
    duties: { type: String, default: '' },
    phone: { type: String, default: '' },
    countyDepartment: { type: String, default: '' },
    countyPerson: { type: String, default: '' },
    countyPhone: { type: String, default: '' },
    order: { type: Number, required: true, default: 0 }
  },
  { collection: 'contacts', timestamps: true }
)
contactSchema.index({ townshipId: 1, order: 1 }, { unique: true })

type TownshipFields = InferSchemaType<typeof townshipSchema>
type VillageFields = InferSchemaType<typeof villageSchema>
type DepartmentFields = InferSchemaType<typeof departmentSchema>
type ContactFields = InferSchemaType<typeof contactSchema>

export type TownshipDoc = TownshipFields & { _id: Types.ObjectId }
export type VillageDoc = VillageFields & { _id: Types.ObjectId }
export type DepartmentDoc = DepartmentFields & { _id: Types.ObjectId }
export type ContactDoc = ContactFields & { _id: Types.ObjectId }

/** Townships (乡镇) of the deployment, one model per connection. */
export function townshipModel(db: Connection) {
  return (db.models.Township as Model<TownshipFields> | undefined) ?? db.model<TownshipFields>('Township', townshipSchema)
}

/** Villages and communities (村/社区) with their groups (组). */
export function villageModel(db: Connection) {
  return (db.models.Village as Model<VillageFields> | undefined) ?? db.model<VillageFields>('Village', villageSchema)
}

/** Departments (站所) and the hall window serving each. */
export function departmentModel(db: Connection) {
  return (db.models.Department as Model<DepartmentFields> | undefined) ?? db.model<DepartmentFields>('Department', departmentSchema)
}

/** Rows of the 多对一 contact table. */
export function contactModel(db: Connection) {
  return (db.models.Contact as Model<ContactFields> | undefined) ?? db.model<ContactFields>('Contact', contactSchema)
}

/** Public view of a township. */
export function toTownshipDTO(doc: TownshipDoc): TownshipDTO {
  return {
    id: String(doc._id),
    name: doc.name,
    county: doc.county,
    province: doc.province,
    address: doc.address,
    phone: doc.phone,
    hours: doc.hours
  }
}

/** Public view of a village. */
export function toVillageDTO(doc: VillageDoc): VillageDTO {
  return { id: String(doc._id), townshipId: String(doc.townshipId), name: doc.name, groups: [...doc.groups] }
}

/** Public view of a department. */
export function toDepartmentDTO(doc: DepartmentDoc): DepartmentDTO {
  return {
    id: String(doc._id),
    townshipId: String(doc.townshipId),
    name: doc.name,
    windowName: doc.windowName,
    place: doc.place,
    phone: doc.phone,
    description: doc.description,
    order: doc.order
  }
}

/** Public view of a contact-table row. */
export function toContactDTO(doc: ContactDoc): ContactDTO {
  return {
    id: String(doc._id),
    post: doc.post,
    name: doc.name,
    duties: doc.duties,
    phone: doc.phone,
    countyDepartment: doc.countyDepartment,
    countyPerson: doc.countyPerson,
    countyPhone: doc.countyPhone
  }
}
