import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Empty, Loading, Section } from '../../../ui'
import { Page } from '../../../components/layout/Page'
import { LoadFailed } from '../../../components/common/LoadFailed'
import { useLoad } from '../../../components/common/useLoad'
import { chinaTime } from '../../../components/cases/format'
import { listHotResponses } from '../../../services/cases'
import { ApiRequestError } from '../../../services/http'
import { resolveCurrentTownship, townshipParam } from '../../../services/townships'
import '../../../components/cases/cases.scss'

/** 热点回应: questions residents raised and the township's answers, with names and numbers taken out. */
export default function HotListPage() {
  const router = useRouter()
  const wanted = townshipParam(router.params)
  const [state, reload] = useLoad(async () => {
    const township = await resolveCurrentTownship(wanted)
    if (!township) throw new ApiRequestError('还没有可查看的乡镇，请稍后再试', 'NO_TOWNSHIP', 404)
    return listHotResponses(township.id)
  }, [wanted])

  return (
    <Page className="hot-list">
      <Section id="hot-list" title="大家关心的问题和答复">
        {state.status === 'loading' ? <Loading text="正在加载热点回应…" /> : null}
        {state.status === 'error' ? <LoadFailed message={state.message} onRetry={reload} /> : null}
        {state.status === 'ready' && state.data.items.length === 0 ? <Empty id="hot-empty" description="还没有公开的热点回应" /> : null}
        {state.status === 'ready'
          ? state.data.items.map((h) => (
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
      </Section>
      <Button id="hot-ask" theme="primary" variant="outline" block onClick={() => void Taro.navigateTo({ url: '/pages/cases/submit/index?type=consult' })}>
        没找到？我要咨询
      </Button>
    </Page>
  )
}
