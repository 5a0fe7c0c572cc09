import { DISCLOSURE_LIMITS, type DisclosureFileDTO } from '../../shared/disclosure'
import { messageOf, newIdempotencyKey } from '../../services/http'
import { uploadFile } from '../../services/disclosure'
import type { PickedFile } from './FilePicker.types'

/**
 * Uploads picked files one by one (each at most 700 KB, PDF or image by its bytes on the server);
 * answers the uploaded ones and a sentence per file that did not make it.
 */
export async function uploadPicked(files: readonly PickedFile[]): Promise<{ uploaded: DisclosureFileDTO[]; problems: string[] }> {
  const uploaded: DisclosureFileDTO[] = []
  const problems: string[] = []
  for (const f of files) {
    if (f.size > DISCLOSURE_LIMITS.fileBytes) {
      problems.push(`“${f.name}”超过 700 KB，请压缩或拆分后再上传`)
      continue
    }
    try {
      uploaded.push(await uploadFile({ fileName: f.name.slice(0, DISCLOSURE_LIMITS.fileName), dataBase64: await f.read() }, newIdempotencyKey()))
    } catch (e) {
      problems.push(`“${f.name}”：${messageOf(e)}`)
    }
  }
  return { uploaded, problems }
}
