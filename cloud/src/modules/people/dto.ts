import type { HelpedPersonDTO } from '../../../../src/shared/people'
import type { ConsentDoc, PersonDoc } from './model'

/** An assistant's view of a person they help: phone and ID number masked. */
export function toHelpedPersonDTO(person: PersonDoc, consent: ConsentDoc): HelpedPersonDTO {
  return {
    personId: String(person._id),
    name: person.name,
    villageId: person.villageId ? String(person.villageId) : '',
    group: person.group ?? null,
    phoneMasked: person.phoneMasked ?? null,
    idNumberMasked: person.idNumberMasked ?? null,
    hasAccount: Boolean(person.userId),
    consent: {
      id: String(consent._id),
      how: consent.how,
      givenAt: consent.givenAt.toISOString(),
      recordedAt: consent.recordedAt.toISOString()
    }
  }
}
