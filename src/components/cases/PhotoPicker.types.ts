import type { BaseProps } from '../../ui'

/** A photo chosen on the phone, not yet uploaded. */
export interface PickedPhoto {
  /** A path the platform can show and upload: a temp file path (weapp) or a blob URL (H5). */
  path: string
  size: number
  /** The MIME type when the platform tells it (H5 always; weapp from the file extension). */
  type: string
  /** The bytes as base64 (no data URL prefix), for uploading. */
  read: () => Promise<string>
}

export interface PhotoPickerProps extends BaseProps {
  /** Photos already chosen, in order, each shown as a thumbnail with a 删除 button. */
  photos: readonly { key: string; src: string; label?: string }[]
  /** Most photos allowed in all. */
  max: number
  disabled?: boolean
  onPick: (photos: PickedPhoto[]) => void
  onRemove: (key: string) => void
}

/** The MIME type of an image path by its extension (weapp gives only the path). */
export function imageTypeOf(path: string): string {
  const ext = /\.([a-z0-9]+)(?:\?.*)?$/i.exec(path)?.[1]?.toLowerCase() ?? ''
  if (ext === 'jpg' || ext === 'jpeg') return 'image/jpeg'
  if (ext === 'png') return 'image/png'
  if (ext === 'webp') return 'image/webp'
  if (ext === 'gif') return 'image/gif'
  if (ext === 'heic') return 'image/heic'
  return ext ? `application/${ext}` : 'application/octet-stream'
}
