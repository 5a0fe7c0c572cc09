import * as z from './zod'
import { objectId, personName, phone, tidy } from './common'
import { idNumber } from './auth'

/** How a person agreed that an assistant may act for them. */
export const CONSENT_METHODS = ['signed_paper', 'in_person', 'phone'] as const
export type ConsentMethod = (typeof CONSENT_METHODS)[number]
export const CONSENT_METHOD_LABELS: Record<ConsentMethod, string> = {
  signed_paper: '签字授权书',
  in_person: '当面同意',
  phone: '电话同意'
}

/** An assistant adds a person they help, together with the consent record. */
export const addHelpedPersonSchema = z.strictObject({
  name: personName(20, '姓名'),
  villageId: objectId,
  group: z.optional(z.string().check(tidy(), z.maxLength(20))),
  phone: z.optional(phone),
  idNumber: z.optional(idNumber),
  consentHow: z.enum(CONSENT_METHODS, { error: '请选择授权方式：签字授权书、当面同意或电话同意' }),
  /** When the person agreed; now when omitted. Not in the future. */
  consentGivenAt: z.optional(z.iso.datetime({ offset: true, error: '授权时间格式不正确' })),
  consentNote: z.optional(z.string().check(tidy(), z.maxLength(200)))
})
export type AddHelpedPersonInput = z.input<typeof addHelpedPersonSchema>

export const consentParamsSchema = z.strictObject({ consentId: objectId })

export const revokeConsentSchema = z.strictObject({
  reason: z.optional(z.string().check(tidy(), z.maxLength(200)))
})

/** A person an assistant helps, as the assistant sees them (phone and ID masked). */
export interface HelpedPersonDTO {
  personId: string
  name: string
  villageId: string
  group: string | null
  phoneMasked: string | null
  idNumberMasked: string | null
  hasAccount: boolean
  consent: {
    id: string
    how: ConsentMethod
    givenAt: string
    recordedAt: string
  }
}
