import {
  CASE_CATEGORY_IDS,
  CASE_LIMITS,
  CASE_PHOTOS_MAX,
  CASE_TYPES,
  CONTACT_PREFERENCES,
  PHOTO_MAX_BYTES,
  PHOTO_MIME_TYPES,
  submitCaseSchema,
  type CaseCategoryId,
  type CaseType,
  type ContactPreference,
  type SubmitCaseInput
} from '../../shared/cases'
import { fieldErrors } from '../forms/fieldErrors'
import type { FormField } from '../forms/invalid'

/** A photo already uploaded for the form: the server's id and a local path to show it. */
export interface FormPhoto {
  id: string
  src: string
}

/** The submit form as the person fills it in (also what the draft keeps). */
export interface CaseFormFields {
  type: CaseType | null
  category: CaseCategoryId | null
  text: string
  photos: FormPhoto[]
  villageId: string
  location: string
  contactPreference: ContactPreference
  contactPhone: string
  hideName: boolean
}

/** The submit form's fields in screen order, with the ids and labels the person sees. */
export const CASE_FORM_FIELDS: readonly FormField[] = [
  { key: 'type', id: 'case-type', label: '诉求类型' },
  { key: 'category', id: 'case-category', label: '是哪方面的事' },
  { key: 'text', id: 'case-text', label: '诉求内容' },
  { key: 'photoIds', id: 'case-photos', label: '照片' },
  { key: 'villageId', id: 'case-village', label: '哪个村（社区）' },
  { key: 'location', id: 'case-location', label: '具体位置' },
  { key: 'contactPreference', id: 'case-contact', label: '联系方式' },
  { key: 'contactPhone', id: 'case-phone', label: '手机号码' }
]

/** An empty form; `type` may come from the home page entry that opened it. */
export function emptyCaseForm(type: CaseType | null = null): CaseFormFields {
  return {
    type,
    category: null,
    text: '',
    photos: [],
    villageId: '',
    location: '',
    contactPreference: 'wechat',
    contactPhone: '',
    hideName: true
  }
}

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T => typeof value === 'string' && (list as readonly string[]).includes(value)
const str = (value: unknown, max: number) => (typeof value === 'string' ? value.slice(0, max) : '')

/** A stored draft's fields, keeping only what is well formed; null if it is not a case draft. */
export function sanitizeCaseForm(raw: unknown): CaseFormFields | null {
  if (!raw || typeof raw !== 'object') return null
  const r = raw as Record<string, unknown>
  const photos = Array.isArray(r.photos)
    ? r.photos
        .filter((p): p is FormPhoto => !!p && typeof p === 'object' && /^[0-9a-f]{24}$/.test(String((p as FormPhoto).id)))
        .map((p) => ({ id: p.id, src: typeof p.src === 'string' ? p.src : '' }))
        .slice(0, CASE_PHOTOS_MAX)
    : []
  return {
    type: isOneOf(CASE_TYPES, r.type) ? r.type : null,
    category: isOneOf(CASE_CATEGORY_IDS, r.category) ? r.category : null,
    text: str(r.text, 5000),
    photos,
    villageId: str(r.villageId, 24),
    location: str(r.location, 100),
    contactPreference: isOneOf(CONTACT_PREFERENCES, r.contactPreference) ? r.contactPreference : 'wechat',
    contactPhone: str(r.contactPhone, 11),
    hideName: r.hideName !== false
  }
}

/** What a link may fill in ahead: the village and the address (a door plate's 智慧门牌 links carry both). */
export type CaseFormPrefill = Pick<CaseFormFields, 'villageId' | 'location'>

/**
 * The village and address a link asks the form to start with (`villageId`, `location`, as a door
 * plate's scan page sends them), or null when it names neither. Malformed values are dropped.
 */
export function prefillFromLink(params: Record<string, string | undefined>): CaseFormPrefill | null {
  const villageId = /^[0-9a-f]{24}$/.test(params.villageId ?? '') ? params.villageId! : ''
  let location = params.location ?? ''
  try {
    location = decodeURIComponent(location)
  } catch {
    location = ''
  }
  location = location.trim().slice(0, CASE_LIMITS.location)
  return villageId || location ? { villageId, location } : null
}

/** The form with a link's village and address filled in (over what a draft had). */
export function withPrefill(fields: CaseFormFields, prefill: CaseFormPrefill | null): CaseFormFields {
  if (!prefill) return fields
  return { ...fields, villageId: prefill.villageId || fields.villageId, location: prefill.location || fields.location }
}

/** True when nothing has been filled in yet (such a form is not worth keeping as a draft). */
export function isBlankCaseForm(fields: CaseFormFields): boolean {
  return !fields.category && !fields.text.trim() && fields.photos.length === 0 && !fields.location.trim() && !fields.contactPhone.trim()
}

/**
 * The request body of the form, or a message per field saying what to fix (checked with the same
 * schema as the server).
 */
export function caseFormInput(fields: CaseFormFields): { ok: true; input: SubmitCaseInput } | { ok: false; errors: Record<string, string> } {
  const candidate = {
    type: fields.type ?? undefined,
    category: fields.category ?? undefined,
    text: fields.text,
    photoIds: fields.photos.map((p) => p.id),
    ...(fields.villageId ? { villageId: fields.villageId } : {}),
    ...(fields.location.trim() ? { location: fields.location.trim() } : {}),
    contactPreference: fields.contactPreference,
    ...(fields.contactPhone.trim() ? { contactPhone: fields.contactPhone.trim() } : {}),
    hideName: fields.hideName
  }
  const parsed = submitCaseSchema.safeParse(candidate)
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error.issues) }
  return { ok: true, input: candidate as SubmitCaseInput }
}

/** Why a chosen photo cannot be uploaded (type or size), or null if it can. */
export function photoProblem(photo: { type: string; size: number }): string | null {
  if (!(PHOTO_MIME_TYPES as readonly string[]).includes(photo.type)) return '只能上传 JPG、PNG 或 WebP 格式的照片'
  if (photo.size > PHOTO_MAX_BYTES) return '照片不能超过 1 MB，请换一张或压缩后再上传'
  return null
}
