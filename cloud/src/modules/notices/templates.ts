import type { NoticeTemplateKey } from '../../../../src/shared/notices'
import { wechatValue, type WechatValueKind } from './wechatValues'

/**
 * The fields of each subscribe-message template: a name the events use → the template's keyword
 * (as shown in the WeChat console, e.g. `thing1`) and its value kind. The keywords must match the
 * template whose id is configured for the key.
 */
export const WECHAT_TEMPLATE_FIELDS = {
  reviewResult: {
    item: { keyword: 'thing1', kind: 'thing' },
    result: { keyword: 'phrase2', kind: 'phrase' },
    note: { keyword: 'thing3', kind: 'thing' },
    at: { keyword: 'time4', kind: 'time' }
  },
  newApplication: {
    item: { keyword: 'thing1', kind: 'thing' },
    applicant: { keyword: 'name2', kind: 'name' },
    at: { keyword: 'time3', kind: 'time' }
  },
  appointmentStatus: {
    item: { keyword: 'thing1', kind: 'thing' },
    time: { keyword: 'time2', kind: 'time' },
    place: { keyword: 'thing3', kind: 'thing' },
    status: { keyword: 'phrase4', kind: 'phrase' },
    note: { keyword: 'thing5', kind: 'thing' }
  },
  appointmentReminder: {
    item: { keyword: 'thing1', kind: 'thing' },
    time: { keyword: 'time2', kind: 'time' },
    place: { keyword: 'thing3', kind: 'thing' },
    code: { keyword: 'character_string4', kind: 'character_string' },
    note: { keyword: 'thing5', kind: 'thing' }
  },
  caseProgress: {
    number: { keyword: 'character_string1', kind: 'character_string' },
    item: { keyword: 'thing2', kind: 'thing' },
    status: { keyword: 'phrase3', kind: 'phrase' },
    note: { keyword: 'thing4', kind: 'thing' },
    at: { keyword: 'time5', kind: 'time' }
  }
} as const satisfies Record<NoticeTemplateKey, Record<string, { keyword: string; kind: WechatValueKind }>>

/** The values an event supplies for a template, by field name. */
export type TemplateValues<K extends NoticeTemplateKey> = Record<
  keyof (typeof WECHAT_TEMPLATE_FIELDS)[K],
  string | number | Date | null
>

/** The `data` of a subscribe message: `{ thing1: { value } … }`, every value made to its kind's rules. */
export function templateData<K extends NoticeTemplateKey>(key: K, values: TemplateValues<K>): Record<string, { value: string }> {
  const fields = WECHAT_TEMPLATE_FIELDS[key] as Record<string, { keyword: string; kind: WechatValueKind }>
  const out: Record<string, { value: string }> = {}
  for (const [name, field] of Object.entries(fields)) {
    out[field.keyword] = { value: wechatValue(field.kind, (values as Record<string, string | number | Date | null>)[name]) }
  }
  return out
}
