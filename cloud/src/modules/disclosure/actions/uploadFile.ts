import { DISCLOSURE_LIMITS, uploadFileSchema, type DisclosureFileDTO } from '../../../../../src/shared/disclosure'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { badRequest } from '../../../lib/errors'
import type { AuthedUser } from '../../../lib/types'
import { fileLinks, sniffFileType, storeFile } from '../files'

export const uploadFileInput = uploadFileSchema
export type UploadFileInput = z.output<typeof uploadFileInput>

/** Stores an attachment sent as base64 (staff): PDF, JPG or PNG by its bytes, at most 700 KB. */
export async function uploadFile(deps: AppDeps, user: AuthedUser, input: UploadFileInput): Promise<DisclosureFileDTO> {
  const b64 = input.dataBase64.replace(/^data:[^;,]*;base64,/, '')
  if (!/^[A-Za-z0-9+/=\s]+$/.test(b64)) throw badRequest('FILE_INVALID', '文件内容不正确，请重新选择文件')
  const data = Buffer.from(b64, 'base64')
  if (data.length === 0) throw badRequest('FILE_INVALID', '文件是空的，请重新选择文件')
  if (data.length > DISCLOSURE_LIMITS.fileBytes) throw badRequest('FILE_TOO_LARGE', '附件不能超过 700 KB，请压缩或拆分后再上传')
  const type = sniffFileType(data)
  if (!type) throw badRequest('FILE_TYPE', '附件只能是 PDF、JPG 或 PNG 文件')
  const doc = await storeFile(deps, { userId: user.id, townshipId: user.townshipId }, { name: input.fileName, data, type })
  return (await fileLinks(deps, [doc]))[0]!
}
