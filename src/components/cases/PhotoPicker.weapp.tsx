import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '../../ui'
import { PhotoThumbs } from './PhotoThumbs'
import { imageTypeOf, type PhotoPickerProps } from './PhotoPicker.types'

function readBase64(filePath: string): Promise<string> {
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().readFile({
      filePath,
      encoding: 'base64',
      success: (r) => resolve(String(r.data)),
      fail: () => reject(new Error('读取照片失败，请重新选择'))
    })
  })
}

/** Photos from the album or camera through `Taro.chooseMedia` (compressed images only). */
export function PhotoPicker(props: PhotoPickerProps) {
  const left = props.max - props.photos.length
  const choose = async () => {
    try {
      const result = await Taro.chooseMedia({ count: left, mediaType: ['image'], sizeType: ['compressed'], sourceType: ['album', 'camera'] })
      props.onPick(result.tempFiles.map((f) => ({ path: f.tempFilePath, size: f.size, type: imageTypeOf(f.tempFilePath), read: () => readBase64(f.tempFilePath) })))
    } catch {
      return
    }
  }
  return (
    <View id={props.id} className="case-photos">
      <PhotoThumbs photos={props.photos} disabled={props.disabled} onRemove={props.onRemove} />
      <Text className="case-photos__hint">{`照片（选填）：已选 ${props.photos.length} 张，最多 ${props.max} 张`}</Text>
      {left > 0 ? (
        <Button id="case-photo-add" variant="outline" theme="primary" block disabled={props.disabled} onClick={() => void choose()}>
          拍照或从相册选
        </Button>
      ) : null}
    </View>
  )
}
