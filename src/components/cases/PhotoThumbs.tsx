import { Image, Text, View } from '@tarojs/components'
import { Button } from '../../ui'
import type { PhotoPickerProps } from './PhotoPicker.types'

/** The chosen photos as thumbnails, each numbered in words and with its own 删除 button. */
export function PhotoThumbs(props: Pick<PhotoPickerProps, 'photos' | 'disabled' | 'onRemove'>) {
  return (
    <View className="case-photos__grid">
      {props.photos.map((p, i) => (
        <View key={p.key} id={`case-photo-${i}`} className="case-photos__item">
          <Image className="case-photos__img" src={p.src} mode="aspectFill" nativeProps={{ alt: `照片${p.label ?? `第 ${i + 1} 张`}` }} />
          <Text className="case-photos__label">{p.label ?? `第 ${i + 1} 张`}</Text>
          <Button id={`case-photo-remove-${i}`} size="small" variant="text" theme="danger" disabled={props.disabled} onClick={() => props.onRemove(p.key)}>
            删除
          </Button>
        </View>
      ))}
    </View>
  )
}
