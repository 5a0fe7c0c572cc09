import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { Image, Text, View } from '@tarojs/components'
import { joinUrl } from '../../services/httpCore'
import { authToken } from '../../services/session'
import type { CasePhotosProps } from './CasePhotos.types'
import './cases.scss'

/** A case's photos (weapp): downloaded with the sign-in (the bytes are not public) and shown as thumbnails. */
export function CasePhotos(props: CasePhotosProps) {
  const [srcs, setSrcs] = useState<Record<string, string>>({})
  useEffect(() => {
    let live = true
    const token = authToken()
    for (const p of props.photos) {
      Taro.downloadFile({ url: joinUrl(API_BASE_URL, p.url), header: token ? { Authorization: `Bearer ${token}` } : {} })
        .then((r) => {
          if (live && r.statusCode === 200) setSrcs((s) => ({ ...s, [p.id]: r.tempFilePath }))
        })
        .catch(() => undefined)
    }
    return () => {
      live = false
    }
  }, [props.photos])
  return (
    <View id={props.id} className="case-photos__grid">
      {props.photos.map((p, i) => (
        <View key={p.id} className="case-photos__item">
          {srcs[p.id] ? <Image className="case-photos__img" src={srcs[p.id]!} mode="aspectFill" /> : <View className="case-photos__img" />}
          <Text className="case-photos__label">{p.moderation === 'passed' ? `第 ${i + 1} 张` : `第 ${i + 1} 张（审核中）`}</Text>
        </View>
      ))}
    </View>
  )
}
