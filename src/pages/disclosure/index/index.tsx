import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, Empty, InlineMessage, Loading, Search, Section, Tile } from '../../../ui'
import { Page } from '../../../components/layout/Page'
import { LoadFailed } from '../../../components/common/LoadFailed'
import { useLoad } from '../../../components/common/useLoad'
import { ItemRow } from '../../../components/disclosure/ItemRow'
import { useNotice } from '../../../components/layout/useNotice'
import { getCatalog, listItems } from '../../../services/disclosure'
import { ApiRequestError } from '../../../services/http'
import { loadSession } from '../../../services/session'
import { resolveCurrentTownship, townshipParam } from '../../../services/townships'
import '../../../components/disclosure/disclosure.scss'

const listUrl = (query: Record<string, string>) => `/pages/disclosure/list/index?${Object.entries(query).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`

/**
 * 政务公开: search what the township and its villages publish; browse by 五公开 category, by area of
 * the standard catalogue or by village (三务公开); the 权责清单, the 便民地图; apply for information
 * (依申请公开) and follow one's own requests; the latest items.
 */
export default function DisclosureHomePage() {
  const router = useRouter()
  const wanted = townshipParam(router.params)
  const { notice, show } = useNotice()
  const [q, setQ] = useState('')
  const me = loadSession()?.me ?? null
  const [state, reload] = useLoad(async () => {
    const township = await resolveCurrentTownship(wanted)
    if (!township) throw new ApiRequestError('还没有可查看的乡镇，请稍后再试', 'NO_TOWNSHIP', 404)
    const [catalog, latest] = await Promise.all([getCatalog(township.id), listItems(township.id, { pageSize: 8 })])
    return { catalog, latest }
  }, [wanted])

  const search = (value: string) => {
    const text = value.trim()
    if (!text) {
      show('info', '请先输入要找的内容，比如“低保”“dibao”或文号')
      return
    }
    void Taro.navigateTo({ url: listUrl({ q: text }) })
  }

  return (
    <Page className="disclosure-home">
      <Search id="dz-search" value={q} placeholder="搜公开信息，如 低保、dibao、文号" action="搜索" onChange={setQ} onSubmit={search} />
      {notice ? <InlineMessage id="page-notice" tone={notice.tone}>{notice.text}</InlineMessage> : null}
      {state.status === 'loading' ? <Loading text="正在打开政务公开…" /> : null}
      {state.status === 'error' ? <LoadFailed message={state.message} onRetry={reload} /> : null}
      {state.status === 'ready' ? (
        <View>
          <Section id="dz-services" title={`${state.data.catalog.township.name}政务公开`}>
            <View className="grid">
              <Tile id="dz-apply" title="申请公开" note="依申请公开" onClick={() => void Taro.navigateTo({ url: '/pages/infoRequests/apply/index' })} />
              <Tile id="dz-my-requests" title="我的申请" note={me ? '进度和答复' : '登录后查看'} onClick={() => void Taro.navigateTo({ url: '/pages/infoRequests/mine/index' })} />
              <Tile id="dz-powers" title="权责清单" note="谁负责、依据什么" onClick={() => void Taro.navigateTo({ url: '/pages/disclosure/powers/index' })} />
              <Tile id="dz-map" title="便民地图" note="服务中心和村服务站" onClick={() => void Taro.navigateTo({ url: '/pages/disclosure/map/index' })} />
            </View>
          </Section>

          <Section id="dz-categories" title="按五公开找">
            <View className="grid">
              {state.data.catalog.categories.map((c) => (
                <Tile key={c.key} id={`dz-category-${c.key}`} title={c.label} onClick={() => void Taro.navigateTo({ url: listUrl({ category: c.key, label: c.label }) })} />
              ))}
            </View>
          </Section>

          <Section id="dz-villages" title="村务公开（党务、村务、财务）">
            {state.data.catalog.villages.map((v) => (
              <View
                key={v.id}
                id={`dz-village-${v.id}`}
                className="dz-link-row"
                hoverClass="dz-link-row--pressed"
                role="link"
                onClick={() => void Taro.navigateTo({ url: `/pages/disclosure/village/index?villageId=${v.id}` })}
              >
                <Text className="dz-link-row__title">{v.name}</Text>
                <Text className="muted">{v.published ? `${v.published} 条 ›` : '›'}</Text>
              </View>
            ))}
          </Section>

          <Section id="dz-domains" title="按领域找（基层政务公开标准目录）">
            <View className="grid">
              {state.data.catalog.domains.map((d) => (
                <Tile key={d.key} id={`dz-domain-${d.key}`} title={d.name} note={`${d.published} 条`} onClick={() => void Taro.navigateTo({ url: listUrl({ domainKey: d.key, label: d.name }) })} />
              ))}
            </View>
          </Section>

          <Section id="dz-latest" title="最新公开">
            {state.data.latest.items.length === 0 ? <Empty id="dz-latest-empty" description="还没有公开的信息" /> : null}
            {state.data.latest.items.map((i) => (
              <ItemRow key={i.id} id={`dz-item-${i.id}`} item={i} onOpen={(x) => void Taro.navigateTo({ url: `/pages/disclosure/detail/index?id=${x.id}` })} />
            ))}
            <Button id="dz-all" variant="text" block onClick={() => void Taro.navigateTo({ url: listUrl({ label: '全部公开信息' }) })}>
              查看全部公开信息
            </Button>
          </Section>
        </View>
      ) : null}
    </Page>
  )
}
