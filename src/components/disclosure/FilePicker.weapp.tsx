import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '../../ui'
import { ATTACHMENT_EXTENSIONS, type FilePickerProps } from './FilePicker.types'

function readBase64(filePath: string): Promise<string> {
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().readFile({ filePath, encoding: 'base64', success: (r) => resolve(String(r.data)), fail: () => reject(new Error('读取文件失败，请重新选择')) })
  })
}

/** PDF and image files from a WeChat chat through `Taro.chooseMessageFile` (where staff keep their documents). */
export function FilePicker(props: FilePickerProps) {
  const choose = async () => {
    try {
      const result = await Taro.chooseMessageFile({ count: 5, type: 'file', extension: ATTACHMENT_EXTENSIONS })
      props.onPick(result.tempFiles.map((f) => ({ name: f.name, size: f.size, read: () => readBase64(f.path) })))
    } catch {
      return
    }
  }
  return (
    <View id={props.id}>
      <Button variant="outline" theme="primary" block disabled={props.disabled} onClick={() => void choose()}>
        {props.label}
      </Button>
    </View>
  )
}
