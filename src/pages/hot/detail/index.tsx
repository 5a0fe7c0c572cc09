import Taro, { useRouter } from '@tarojs/taro'
import { Text } from '@tarojs/components'
import { Button, Loading, Section } from '../../../ui'
import { Page } from '../../../components/layout/Page'
import { LoadFailed } from '../../../components/common/LoadFailed'
import { useLoad } from '../../../components/common/useLoad'
import { chinaTime } from '../../../components/cases/format'
import { getHotResponse } from '../../../services/cases'
import '../../../components/cases/cases.scss'

/** One 热点回应: the question as asked (anonymised) and the township's answer. */
export default function HotDetailPage() {
  const router = useRouter()
  const id = router.params.id ?? ''
  const [state, reload] = useLoad(() => getHotResponse(id), [id])
  if (state.status !== 'ready') {
    return (
      <Page className="hot-detail">
        {state.status === 'loading' ? <Loading text="正在打开…" /> : <LoadFailed message={state.message} onRetry={reload} />}
      </Page>
    )
  }
  const h = state.data
  return (
    <Page className="hot-detail">
      <Section id="hot-detail" title={h.title}>
        <Text className="hot-item__line">{`${h.typeLabel} · ${h.categoryLabel} · 发布于 ${chinaTime(h.publishedAt)}`}</Text>
        <Text className="hot-label">群众问</Text>
        <Text id="hot-question" className="hot-q">
          {h.question}
        </Text>
        <Text className="hot-label">{h.departmentName ? `${h.departmentName}答复` : '答复'}</Text>
        <Text id="hot-answer" className="hot-a">
          {h.answer}
        </Text>
      </Section>
      <Button id="hot-back-list" variant="text" block onClick={() => void Taro.redirectTo({ url: '/pages/hot/list/index' })}>
        看更多热点回应
      </Button>
    </Page>
  )
}
