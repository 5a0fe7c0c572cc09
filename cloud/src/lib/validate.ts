import type * as z from '../../../src/shared/zod'
import { AppError } from './errors'

/**
 * Parses untrusted input with a shared zod schema. On failure throws a 400 AppError whose
 * message names the first problem in plain Chinese and whose `fields` map every path to its message.
 */
export function parse<S extends z.ZodMiniType>(schema: S, input: unknown, what = '请求'): z.output<S> {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  const fields: Record<string, string> = {}
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.') || '_'
    fields[path] ??= issueMessage(issue)
  }
  const first = result.error.issues[0]
  const message = first ? issueMessage(first) : `${what}内容不正确`
  throw new AppError(400, 'VALIDATION_FAILED', message, fields)
}

function issueMessage(issue: z.core.$ZodIssue): string {
  const where = issue.path.length ? `（${issue.path.map(String).join('.')}）` : ''
  switch (issue.code) {
    case 'unrecognized_keys':
      return `请求里有不认识的字段：${issue.keys.join('、')}，请去掉后再提交`
    case 'invalid_type':
      if (issue.input === undefined) return `缺少必填内容${where}`
      return hasChinese(issue.message) ? issue.message : `内容类型不对${where}，请检查后再提交`
    default:
      return hasChinese(issue.message) ? issue.message : `内容格式不对${where}，请检查后再提交`
  }
}

const hasChinese = (s: string) => /[\u4e00-\u9fff]/.test(s)
