import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Empty, Loading, Search, Section } from '../../../ui'
import { Page } from '../../../components/layout/Page'
import { CallLink } from '../../../components/common/CallLink'
import { LoadFailed } from '../../../components/common/LoadFailed'
import { useLoad } from '../../../components/common/useLoad'
import { MapLink } from '../../../components/disclosure/MapLink'
import { listServicePoints } from '../../../services/disclosure'
import { ApiRequestError } from '../../../services/http'
import { resolveCurrentTownship, townshipParam } from '../../../services/townships'
import '../../../components/disclosure/disclosure.scss'

/**
 * 便民地图: the township's 便民服务中心 and the villages' 便民服务站 — address, hours, what each
 * handles, tap-to-call and a map to find the way; searchable by name, village or service.
 */
export default function ServiceMapPage() {
  const router = useRouter()
  const wanted = townshipParam(router.params)
  const [q, setQ] = useState('')
  const [query, setQuery] = useState('')
  const [state, reload] = useLoad(async () => {
    const township = await resolveCurrentTownship(wanted)
    if (!township) throw new ApiRequestError('还没有可查看的乡镇，请稍后再试', 'NO_TOWNSHIP', 404)
    return { township, points: await listServicePoints(township.id, query ? { q: query } : {}) }
  }, [wanted, query])

  return (
    <Page className="service-map">
      <Search id="map-search" value={q} placeholder="搜村名或要办的事，如 桐山、村级证明" action="搜索" onChange={setQ} onSubmit={(v) => setQuery(v.trim())} />
      {state.status === 'loading' ? <Loading text="正在加载便民地图…" /> : null}
      {state.status === 'error' ? <LoadFailed message={state.message} onRetry={reload} /> : null}
      {state.status === 'ready' ? (
        <Section id="map-list" title={`${state.data.township.name}便民服务点（${state.data.points.length} 个）`}>
          {state.data.points.length === 0 ? <Empty id="map-empty" description="没有找到，换个说法试试" /> : null}
          {state.data.points.map((p) => (
            <View key={p.id} id={`point-${p.id}`} className="dz-row">
              <Text className="dz-row__title">{p.name}</Text>
              <Text className="dz-row__line">{`${p.kindLabel}${p.villageName ? ` · ${p.villageName}` : ''}`}</Text>
              <Text className="dz-row__line">{`地址：${p.address}`}</Text>
              <Text className="dz-row__line">{`办公时间：${p.hours}`}</Text>
              {p.services.length ? <Text className="dz-row__line">{`可以办：${p.services.join('、')}`}</Text> : null}
              <CallLink phone={p.phone} label={p.name} />
              <MapLink id={`point-map-${p.id}`} point={p} />
            </View>
          ))}
        </Section>
      ) : null}
    </Page>
  )
}
