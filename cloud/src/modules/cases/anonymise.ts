import { maskIdNumber, maskPhone } from '../../../../src/shared/mask'

const ID_NUMBER = /\d{17}[\dXx]|\d{15}/g
const MOBILE = /(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}/g
const LANDLINE = /0\d{2,3}-?\d{7,8}/g

/**
 * Masks the ID numbers and phone numbers a person typed into free text the way screens show them
 * (110105********0123, 138****8000), for lists and titles (pure). The full text stays on the case.
 */
export function maskIdentifiers(text: string): string {
  return text
    .replace(ID_NUMBER, (id) => maskIdNumber(id.toUpperCase()))
    .replace(MOBILE, (phone) => maskPhone(phone.replace(/\D/g, '').slice(-11)))
    .replace(LANDLINE, (phone) => maskPhone(phone))
}

/**
 * Removes what identifies a person from text published as 热点回应 (pure): ID numbers, phone numbers
 * (mobile and landline), house numbers (12号, 3栋2单元), and the given names (the applicant's, say).
 * Chinese names written with a title (张某某, 李大爷) are reduced to the surname plus 某.
 */
export function anonymise(text: string, names: readonly string[] = []): string {
  let out = text
  out = out.replace(ID_NUMBER, '[身份证号已隐去]')
  out = out.replace(MOBILE, '[电话已隐去]')
  out = out.replace(LANDLINE, '[电话已隐去]')
  out = out.replace(/\d+\s*(?:号楼|栋|幢|单元|室|号|户)/g, '[门牌已隐去]')
  for (const name of names) {
    const n = name.trim()
    if (n.length >= 2) out = out.split(n).join(`${n[0]}某`)
  }
  out = out.replace(/(?:我叫|姓名[:：]?\s*)([\u4e00-\u9fff])[\u4e00-\u9fff]{1,2}/g, (_m, surname: string) => `${surname}某`)
  return out
}
