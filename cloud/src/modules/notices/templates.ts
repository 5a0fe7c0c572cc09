import type { NoticeTemplateKey } from '../../../../src/shared/notices'
import { WECHAT_TEMPLATE_FIELDS, type TemplateValues, type WechatValueKind } from '../../lib/notices'
import { wechatValue } from './wechatValues'

/** The `data` of a subscribe message: `{ thing1: { value } … }`, every value made to its kind's rules. */
export function templateData<K extends NoticeTemplateKey>(key: K, values: TemplateValues<K>): Record<string, { value: string }> {
  const fields = WECHAT_TEMPLATE_FIELDS[key] as Record<string, { keyword: string; kind: WechatValueKind }>
  const out: Record<string, { value: string }> = {}
  for (const [name, field] of Object.entries(fields)) {
    out[field.keyword] = { value: wechatValue(field.kind, (values as Record<string, string | number | Date | null>)[name]) }
  }
  return out
}
