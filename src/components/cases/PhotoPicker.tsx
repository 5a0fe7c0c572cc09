import type { ChangeEvent } from 'react'
import { Text, View } from '@tarojs/components'
import { PhotoThumbs } from './PhotoThumbs'
import type { PhotoPickerProps } from './PhotoPicker.types'

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''))
    reader.onerror = () => reject(new Error('读取照片失败，请重新选择'))
    reader.readAsDataURL(file)
  })
}

/** Photos through the browser's file input (H5); the label is the large tap target. */
export function PhotoPicker(props: PhotoPickerProps) {
  const left = props.max - props.photos.length
  const change = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []).slice(0, left)
    event.target.value = ''
    if (files.length) props.onPick(files.map((file) => ({ path: URL.createObjectURL(file), size: file.size, type: file.type, read: () => readBase64(file) })))
  }
  return (
    <View id={props.id} className="case-photos">
      <PhotoThumbs photos={props.photos} disabled={props.disabled} onRemove={props.onRemove} />
      <Text className="case-photos__hint">{`照片（选填）：已选 ${props.photos.length} 张，最多 ${props.max} 张`}</Text>
      {left > 0 ? (
        <label id="case-photo-add" className="case-photos__add">
          <span className="case-photos__add-text">拍照或从相册选</span>
          <input className="case-photos__file" type="file" accept="image/*" multiple disabled={props.disabled} onChange={change} />
        </label>
      ) : null}
    </View>
  )
}
