import type { BaseProps } from '../../ui'

/** A file chosen on the phone, not yet uploaded. */
export interface PickedFile {
  name: string
  size: number
  /** The bytes as base64 (no data URL prefix), for uploading. */
  read: () => Promise<string>
}

export interface FilePickerProps extends BaseProps {
  /** What the button says, e.g. “上传附件（PDF、图片）”. */
  label: string
  disabled?: boolean
  onPick: (files: PickedFile[]) => void
}

/** Extensions an attachment may have. */
export const ATTACHMENT_EXTENSIONS = ['pdf', 'jpg', 'jpeg', 'png']
