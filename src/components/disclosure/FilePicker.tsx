import type { ChangeEvent } from 'react'
import { View } from '@tarojs/components'
import type { FilePickerProps } from './FilePicker.types'
import './disclosure.scss'

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''))
    reader.onerror = () => reject(new Error('读取文件失败，请重新选择'))
    reader.readAsDataURL(file)
  })
}

/** PDF and image files through the browser's file input (H5); the label is the large tap target. */
export function FilePicker(props: FilePickerProps) {
  const change = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? [])
    event.target.value = ''
    if (files.length) props.onPick(files.map((file) => ({ name: file.name, size: file.size, read: () => readBase64(file) })))
  }
  return (
    <View id={props.id}>
      <label className="dz-file__add">
        <span>{props.label}</span>
        <input className="dz-file__input" type="file" accept=".pdf,application/pdf,image/jpeg,image/png" multiple disabled={props.disabled} onChange={change} />
      </label>
    </View>
  )
}
