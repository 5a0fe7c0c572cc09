import { messageOf, newIdempotencyKey } from '../../services/http'
import { uploadPhoto } from '../../services/cases'
import { photoProblem, type FormPhoto } from './caseForm'
import type { PickedPhoto } from './PhotoPicker.types'

/**
 * Uploads chosen photos one by one after those already there (`have`, `max` in all). A photo of the
 * wrong type or size, or whose upload fails, is skipped and reported through `problem`; `uploaded`
 * gets the growing list after each upload. Resolves to the final list.
 */
export async function uploadPicked(
  picked: PickedPhoto[],
  have: FormPhoto[],
  max: number,
  on: { problem: (text: string) => void; uploaded: (photos: FormPhoto[]) => void }
): Promise<FormPhoto[]> {
  let photos = have
  for (const photo of picked.slice(0, max - have.length)) {
    const problem = photoProblem(photo)
    if (problem) {
      on.problem(problem)
      continue
    }
    try {
      const uploaded = await uploadPhoto({ dataBase64: await photo.read() }, newIdempotencyKey())
      photos = [...photos, { id: uploaded.id, src: photo.path }]
      on.uploaded(photos)
    } catch (e) {
      on.problem(messageOf(e))
    }
  }
  return photos
}
