import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { ServicePointDTO } from '../../shared/disclosure'
import './disclosure.scss'

export interface MapLinkProps {
  id?: string
  point: Pick<ServicePointDTO, 'name' | 'address' | 'latitude' | 'longitude'>
}

/**
 * 导航 to a service point: weapp opens WeChat's map with `openLocation` (GCJ-02 coordinates, from which
 * the person picks a map app); H5 opens the same point on 高德地图's web map.
 */
export function MapLink(props: MapLinkProps) {
  const p = props.point
  const label = `在地图上查看、导航到${p.name}`
  if (process.env.TARO_ENV === 'h5') {
    const url = `https://uri.amap.com/marker?position=${p.longitude},${p.latitude}&name=${encodeURIComponent(p.name)}&src=xiangliban&coordinate=gaode&callnative=1`
    return (
      <a id={props.id} className="dz-file__open" href={url} target="_blank" rel="noreferrer">
        {label}
      </a>
    )
  }
  return (
    <View
      id={props.id}
      className="dz-file__open"
      hoverClass="dz-link-row--pressed"
      role="button"
      onClick={() => void Taro.openLocation({ latitude: p.latitude, longitude: p.longitude, name: p.name, address: p.address, scale: 16 }).catch(() => undefined)}
    >
      <Text>{label}</Text>
    </View>
  )
}
