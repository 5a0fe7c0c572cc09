import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Empty, Loading, Section } from '../../../ui'
import { Page } from '../../../components/layout/Page'
import { LoadFailed } from '../../../components/common/LoadFailed'
import { LoadMore } from '../../../components/common/LoadMore'
import { useCursorList } from '../../../components/common/useCursorList'
import { chinaTime } from '../../../components/cases/format'
import { listHotResponses } from '../../../services/cases'
import { ApiRequestError } from '../../../services/http'
import { resolveCurrentTownship, townshipParam } from '../../../services/townships'
import '../../../components/cases/cases.scss'

/** 热点回应: questions residents raised and the township's answers, with names and numbers taken out; more loads on scroll. */
export default function HotListPage() {
  const router = useRouter()
  const wanted = townshipParam(router.params)
  const [list, { reload, loadMore }] = useCursorList(async (cursor) => {
    const township = await resolveCurrentTownship(wanted)
    if (!township) throw new ApiRequestError('还没有可查看的乡镇，请稍后再试', 'NO_TOWNSHIP', 404)
    return listHotResponses(township.id, cursor)
  }, [wanted])

  return (
    <Page className="hot-list">
      <Section id="hot-list" title="大家关心的问题和答复">
        {list.status === 'loading' ? <Loading text="正在加载热点回应…" /> : null}
        {list.status === 'error' ? <LoadFailed message={list.message ?? ''} onRetry={reload} /> : null}
        {list.status === 'ready' && list.items.length === 0 ? <Empty id="hot-empty" description="还没有公开的热点回应" /> : null}
        {list.status === 'ready'
          ? list.items.map((h) => (
              <View
                key={h.id}
                id={`hot-item-${h.id}`}
                className="hot-item"
                hoverClass="case-row--pressed"
                onClick={() => void Taro.navigateTo({ url: `/pages/hot/detail/index?id=${h.id}` })}
              >
                <Text className="hot-item__title">{h.title}</Text>
                <Text className="hot-item__line">{`${h.typeLabel} · ${h.categoryLabel}${h.departmentName ? ` · ${h.departmentName}答复` : ''}`}</Text>
                <Text className="hot-item__line">{`发布于 ${chinaTime(h.publishedAt)}`}</Text>
              </View>
            ))
          : null}
        <LoadMore id="hot-more" list={list} onMore={loadMore} />
      </Section>
      <Button id="hot-ask" theme="primary" variant="outline" block onClick={() => void Taro.navigateTo({ url: '/pages/cases/submit/index?type=consult' })}>
        没找到？我要咨询
      </Button>
    </Page>
  )
}
