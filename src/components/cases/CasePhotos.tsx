import { useEffect, useState } from 'react'
import { Image, Text, View } from '@tarojs/components'
import { joinUrl } from '../../services/httpCore'
import { authToken } from '../../services/session'
import type { CasePhotosProps } from './CasePhotos.types'
import './cases.scss'

/** A case's photos (H5): fetched with the sign-in (the bytes are not public) and shown as thumbnails. */
export function CasePhotos(props: CasePhotosProps) {
  const [srcs, setSrcs] = useState<Record<string, string>>({})
  useEffect(() => {
    const made: string[] = []
    let live = true
    const token = authToken()
    for (const p of props.photos) {
      fetch(joinUrl(API_BASE_URL, p.url), { headers: token ? { Authorization: `Bearer ${token}` } : {} })
        .then((r) => (r.ok ? r.blob() : Promise.reject(new Error(String(r.status)))))
        .then((blob) => {
          const src = URL.createObjectURL(blob)
          made.push(src)
          if (live) setSrcs((s) => ({ ...s, [p.id]: src }))
        })
        .catch(() => undefined)
    }
    return () => {
      live = false
      made.forEach((src) => URL.revokeObjectURL(src))
    }
  }, [props.photos])
  return (
    <View id={props.id} className="case-photos__grid">
      {props.photos.map((p, i) => (
        <View key={p.id} className="case-photos__item">
          {srcs[p.id] ? <Image className="case-photos__img" src={srcs[p.id]!} mode="aspectFill" nativeProps={{ alt: `照片第 ${i + 1} 张` }} /> : <View className="case-photos__img" />}
          <Text className="case-photos__label">{p.moderation === 'passed' ? `第 ${i + 1} 张` : `第 ${i + 1} 张（审核中）`}</Text>
        </View>
      ))}
    </View>
  )
}
