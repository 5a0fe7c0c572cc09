import Taro from '@tarojs/taro'
import { Image, Text, View } from '@tarojs/components'
import type { DisclosureFileDTO } from '../../shared/disclosure'
import { sizeText } from './format'
import './disclosure.scss'

export interface AttachmentsProps {
  id?: string
  files: readonly DisclosureFileDTO[]
  /** Shown when opening a file fails (weapp). */
  onError?: (message: string) => void
}

async function openPdf(url: string): Promise<void> {
  const { tempFilePath, statusCode } = await Taro.downloadFile({ url })
  if (statusCode !== 200) throw new Error('download failed')
  await Taro.openDocument({ filePath: tempFilePath, fileType: 'pdf', showMenu: true })
}

/**
 * Attachments with a preview: images inline (tap to enlarge), PDFs as a card that opens the document
 * (weapp: WeChat's document viewer; H5: the browser's, in a new tab). Links work for an hour without a
 * session, so they are fetched fresh with the page.
 */
export function Attachments(props: AttachmentsProps) {
  const images = props.files.filter((f) => f.mimeType !== 'application/pdf').map((f) => f.url)
  return (
    <View id={props.id}>
      {props.files.map((f, i) => (
        <View key={f.id} id={`${props.id ?? 'file'}-${i}`} className="dz-file">
          <Text className="dz-file__name">{`${f.mimeType === 'application/pdf' ? 'PDF' : '图片'} · ${f.name}（${sizeText(f.size)}）`}</Text>
          {f.mimeType === 'application/pdf' ? (
            process.env.TARO_ENV === 'h5' ? (
              <a className="dz-file__open" href={f.url} target="_blank" rel="noreferrer">
                打开预览 {f.name}
              </a>
            ) : (
              <View className="dz-file__open" hoverClass="dz-link-row--pressed" role="button" onClick={() => void openPdf(f.url).catch(() => props.onError?.('文件打不开，请稍后再试或到便民服务中心查阅'))}>
                <Text>{`打开预览 ${f.name}`}</Text>
              </View>
            )
          ) : (
            <Image
              className="dz-file__img"
              src={f.url}
              mode="widthFix"
              ariaLabel={f.name}
              onClick={() => void Taro.previewImage({ urls: images, current: f.url }).catch(() => undefined)}
            />
          )}
        </View>
      ))}
    </View>
  )
}
