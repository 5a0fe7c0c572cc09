import type { PhotoDTO } from '../../shared/cases'

export interface CasePhotosProps {
  id?: string
  photos: readonly PhotoDTO[]
}
