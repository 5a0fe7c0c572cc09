/**
 * Who did a thing and for whom. Every record a person can create stores both:
 * submitter (the signed-in account) and applicant (the person it is for).
 * They differ when a 帮办代办员 acts for an elder; `consentId` then names the consent record.
 */
export interface ActingRecord {
  submitterId: string
  submitterRole: string
  applicantPersonId: string
  applicantName: string
  onBehalf: boolean
  consentId: string | null
}

/** Header a client sends to act for someone the assistant helps. */
export const ACTING_FOR_HEADER = 'x-acting-for'
