import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { GuideSummary } from '../../../shared/guides'
import type { TownshipDTO } from '../../../shared/org'
import { LIFE_EVENT_IDS, type LifeEventId } from '../../../shared/enums'
import { Button, Empty, InlineMessage, Loading, Search, Section, Tag } from '../../../ui'
import { Page } from '../../../components/layout/Page'
import { CallLink } from '../../../components/common/CallLink'
import { promisedText } from '../../../components/guides/TimeLimits'
import { searchGuides } from '../../../services/guides'
import { messageOf } from '../../../services/http'
import { currentTownship } from '../../../services/townships'
import './index.scss'

const PAGE_SIZE = 20

interface Filters {
  q: string
  departmentId: string | null
  lifeEvent: LifeEventId | null
  /** Name of the department or life event, for the filter tag. */
  label: string
}

interface Results {
  items: GuideSummary[]
  total: number
  page: number
}

function readFilters(params: Record<string, string | undefined>): Filters {
  const decode = (v: string | undefined) => {
    if (!v) return ''
    try {
      return decodeURIComponent(v)
    } catch {
      return v
    }
  }
  const lifeEvent = decode(params.lifeEvent)
  return {
    q: decode(params.q),
    departmentId: params.departmentId || null,
    lifeEvent: (LIFE_EVENT_IDS as readonly string[]).includes(lifeEvent) ? (lifeEvent as LifeEventId) : null,
    label: decode(params.label)
  }
}

/** 办事指南 list: search box, removable filter tags, results with paging, and a helpful empty state. */
export default function GuideListPage() {
  const router = useRouter()
  const [filters, setFilters] = useState<Filters>(() => readFilters(router.params))
  const [draft, setDraft] = useState(filters.q)
  const [township, setTownship] = useState<TownshipDTO | null>(null)
  const [results, setResults] = useState<Results | null>(null)
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<string | null>(null)

  const fetchPage = async (page: number, base: Results | null) => {
    setLoading(true)
    setError(null)
    try {
      const current = township ?? (await currentTownship())
      if (!current) throw new Error('no township')
      setTownship(current)
      const answer = await searchGuides({
        townshipId: current.id,
        q: filters.q || undefined,
        departmentId: filters.departmentId ?? undefined,
        lifeEvent: filters.lifeEvent ?? undefined,
        page,
        pageSize: PAGE_SIZE
      })
      setResults({ items: [...(base?.items ?? []), ...answer.items], total: answer.total, page: answer.page })
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setLoading(false)
    }
  }

  useEffect(() => {
    setResults(null)
    void fetchPage(1, null)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [filters])

  const submit = (value: string) => setFilters((f) => ({ ...f, q: value.trim() }))
  const removeQuery = () => {
    setDraft('')
    setFilters((f) => ({ ...f, q: '' }))
  }
  const removeScope = () => setFilters((f) => ({ ...f, departmentId: null, lifeEvent: null, label: '' }))

  const hasScope = Boolean(filters.departmentId || filters.lifeEvent)
  const canLoadMore = results !== null && results.items.length < results.total

  return (
    <Page className="guide-list">
      <Search
        id="list-search"
        value={draft}
        placeholder="搜要办的事，如 低保、db"
        action="搜索"
        onChange={setDraft}
        onSubmit={submit}
      />

      {filters.q || hasScope ? (
        <View id="list-filters" className="guide-list__filters">
          <Text className="muted">筛选（点一下去掉）：</Text>
          {filters.q ? (
            <Tag id="filter-q" theme="primary" variant="light-outline" closable onClose={removeQuery} onClick={removeQuery}>
              {`搜索：${filters.q}`}
            </Tag>
          ) : null}
          {hasScope ? (
            <Tag id="filter-scope" theme="primary" variant="light-outline" closable onClose={removeScope} onClick={removeScope}>
              {`${filters.departmentId ? '部门' : '一件事'}：${filters.label || '已选'}`}
            </Tag>
          ) : null}
        </View>
      ) : null}

      {results ? (
        <Text id="list-total" className="guide-list__total muted">
          共 {results.total} 项
        </Text>
      ) : null}

      {results?.items.map((g) => (
        <View
          key={g.id}
          id={`guide-${g.slug}`}
          className="guide-item"
          hoverClass="guide-item--pressed"
          onClick={() => Taro.navigateTo({ url: `/pages/guides/detail/index?id=${g.id}` })}
        >
          <Text className="guide-item__title">{g.title}</Text>
          <Text className="guide-item__summary">{g.summary}</Text>
          <View className="guide-item__meta">
            <Text className="guide-item__dept">{g.departmentName}</Text>
            <Text className="guide-item__limit">承诺时限：{promisedText(g.promisedTimeLimitDays)}</Text>
          </View>
          {g.maxOneTrip || g.appointmentAvailable ? (
            <View className="guide-item__tags">
              {g.maxOneTrip ? (
                <Tag theme="success" variant="outline" size="small">
                  最多跑一次
                </Tag>
              ) : null}
              {g.appointmentAvailable ? (
                <Tag theme="primary" variant="outline" size="small">
                  可预约
                </Tag>
              ) : null}
            </View>
          ) : null}
        </View>
      ))}

      {loading ? <Loading text={results ? '正在加载更多…' : '正在查找…'} /> : null}
      {error ? (
        <View>
          <InlineMessage id="list-error" tone="error">
            {error}
          </InlineMessage>
          <Button id="list-retry" theme="primary" block onClick={() => void fetchPage((results?.page ?? 0) + 1, results)}>
            重试
          </Button>
        </View>
      ) : null}

      {canLoadMore && !loading && !error ? (
        <Button id="load-more" block variant="outline" theme="primary" onClick={() => void fetchPage(results.page + 1, results)}>
          {`加载更多（还有 ${results.total - results.items.length} 项）`}
        </Button>
      ) : null}
      {results && results.items.length > 0 && !canLoadMore ? <Text className="guide-list__end muted">已经到底了</Text> : null}

      {results && results.items.length === 0 && !loading ? (
        <Section id="list-empty">
          <Empty description={filters.q ? `没有找到“${filters.q}”相关的事项` : '这里还没有办事指南'}>
            <Text className="guide-list__tip">
              可以换个说法，或用拼音、拼音首字母搜索：比如输入“dibao”或“db”都能找到“低保”。
            </Text>
            {township?.phone ? (
              <View>
                <Text className="guide-list__tip">还是找不到，可以打电话问便民服务中心：</Text>
                <CallLink id="list-empty-call" phone={township.phone} label="服务中心" />
              </View>
            ) : null}
          </Empty>
        </Section>
      ) : null}
    </Page>
  )
}
