import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { Page as PageOf } from '../../../shared/common'
import { DISCLOSURE_CATEGORIES, type DisclosureCategory, type DisclosureItemSummary } from '../../../shared/disclosure'
import { Button, Empty, Loading, Search, Section } from '../../../ui'
import { Page } from '../../../components/layout/Page'
import { LoadFailed } from '../../../components/common/LoadFailed'
import { useLoad } from '../../../components/common/useLoad'
import { ItemRow } from '../../../components/disclosure/ItemRow'
import { SubscribeButton } from '../../../components/disclosure/SubscribeButton'
import { listItems } from '../../../services/disclosure'
import { ApiRequestError, messageOf } from '../../../services/http'
import { resolveCurrentTownship, townshipParam } from '../../../services/townships'
import '../../../components/disclosure/disclosure.scss'

const isCategory = (v: string | undefined): v is DisclosureCategory => !!v && (DISCLOSURE_CATEGORIES as readonly string[]).includes(v)

/**
 * Published items of one category, area or village (or all), newest first; a search ranks them by
 * Chinese words, pinyin or initials. An area can be followed from here.
 */
export default function DisclosureListPage() {
  const router = useRouter()
  const p = router.params
  const wanted = townshipParam(p)
  const [q, setQ] = useState(p.q ? decodeURIComponent(p.q) : '')
  const [query, setQuery] = useState(q)
  const [more, setMore] = useState<{ items: DisclosureItemSummary[]; page: number } | null>(null)
  const [moreError, setMoreError] = useState<string | null>(null)
  const filters = {
    ...(isCategory(p.category) ? { category: p.category } : {}),
    ...(p.domainKey ? { domainKey: p.domainKey } : {}),
    ...(p.villageId ? { villageId: p.villageId } : {})
  }
  const label = p.label ? decodeURIComponent(p.label) : '公开信息'
  const [state, reload] = useLoad(async () => {
    const township = await resolveCurrentTownship(wanted)
    if (!township) throw new ApiRequestError('还没有可查看的乡镇，请稍后再试', 'NO_TOWNSHIP', 404)
    setMore(null)
    return { township, page: await listItems(township.id, { ...filters, ...(query ? { q: query } : {}) }) }
  }, [wanted, query, p.category, p.domainKey, p.villageId])

  const loadMore = async (first: PageOf<DisclosureItemSummary>, townshipId: string) => {
    const page = (more?.page ?? 1) + 1
    try {
      const next = await listItems(townshipId, { ...filters, ...(query ? { q: query } : {}), page })
      setMore({ items: [...(more?.items ?? first.items), ...next.items], page })
    } catch (e) {
      setMoreError(messageOf(e))
    }
  }

  return (
    <Page className="disclosure-list">
      <Search id="dz-list-search" value={q} placeholder="在这里搜，如 低保、dibao、文号" action="搜索" onChange={setQ} onSubmit={(v) => setQuery(v.trim())} />
      {p.domainKey ? <SubscribeButton id="dz-list-subscribe" target="domain" subscriptionKey={p.domainKey} name={label} /> : null}
      <Section id="dz-list" title={query ? `“${query}”的搜索结果` : label}>
        {state.status === 'loading' ? <Loading text="正在加载…" /> : null}
        {state.status === 'error' ? <LoadFailed message={state.message} onRetry={reload} /> : null}
        {state.status === 'ready' ? (
          <View>
            <Text id="dz-list-total" className="dz-row__line">{`共 ${state.data.page.total} 条`}</Text>
            {state.data.page.items.length === 0 ? (
              <Empty id="dz-list-empty" description={query ? '没有找到，换个说法试试，或者申请公开' : '这里还没有公开的信息'}>
                <Button id="dz-list-apply" variant="outline" theme="primary" onClick={() => void Taro.navigateTo({ url: '/pages/infoRequests/apply/index' })}>
                  申请政府信息公开
                </Button>
              </Empty>
            ) : null}
            {(more?.items ?? state.data.page.items).map((i) => (
              <ItemRow key={i.id} id={`dz-item-${i.id}`} item={i} onOpen={(x) => void Taro.navigateTo({ url: `/pages/disclosure/detail/index?id=${x.id}` })} />
            ))}
            {(more?.items.length ?? state.data.page.items.length) < state.data.page.total ? (
              <Button id="dz-list-more" block onClick={() => void loadMore(state.data.page, state.data.township.id)}>
                加载更多
              </Button>
            ) : null}
            {moreError ? <Text className="ui-field__error">{moreError}</Text> : null}
          </View>
        ) : null}
      </Section>
    </Page>
  )
}
