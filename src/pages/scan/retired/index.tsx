import Taro, { useRouter } from '@tarojs/taro'
import { Text } from '@tarojs/components'
import { Button, Loading, Section } from '../../../ui'
import { Page } from '../../../components/layout/Page'
import { LoadFailed } from '../../../components/common/LoadFailed'
import { CallLink } from '../../../components/common/CallLink'
import { KeyValue } from '../../../components/common/KeyValue'
import { useLoad } from '../../../components/common/useLoad'
import { chinaTime } from '../../../components/cases/format'
import { ApiRequestError } from '../../../services/http'
import { resolveScene } from '../../../services/qrcodes'
import { sceneOf, urlOf } from '../../../services/scan'
import '../../../components/scan/scan.scss'

/** A retired code: what it was, since when and why it no longer works, and the one place to go instead. */
export default function RetiredCodePage() {
  const router = useRouter()
  const scene = sceneOf(router.params)
  const [state, reload] = useLoad(async () => {
    if (!scene) throw new ApiRequestError('没有找到这个二维码，请重新扫码', 'NOT_A_SCENE', 400)
    return resolveScene(scene)
  }, [scene])

  if (state.status !== 'ready') {
    return <Page className="scan">{state.status === 'error' ? <LoadFailed message={state.message} onRetry={reload} /> : <Loading text="正在打开…" />}</Page>
  }
  const t = state.data
  const retired = t.retired
  const go = retired?.instead.link ?? { page: '/pages/home/index', query: { t: t.township.id } }
  return (
    <Page className="scan">
      <Section id="scan-retired" title="这个码已经停用">
        <Text id="scan-retired-title" className="scan__title">
          {t.title}
        </Text>
        <Text className="scan__para">{`这是“${t.kindLabel}”的旧码，扫了不会再打开原来的内容。`}</Text>
        {retired ? <KeyValue k="停用时间">{chinaTime(retired.at)}</KeyValue> : null}
        {retired?.reason ? <KeyValue k="原因" id="scan-retired-reason">{retired.reason}</KeyValue> : null}
        <Text id="scan-retired-instead" className="scan__para">{`请改用：${retired?.instead.title ?? `${t.township.name}便民服务中心首页`}`}</Text>
        <Button id="scan-retired-go" theme="primary" size="large" block onClick={() => void Taro.reLaunch({ url: urlOf(go) })}>
          {`去${retired?.instead.title ?? '首页'}`}
        </Button>
        {t.township.phone ? <CallLink phone={t.township.phone} label={`${t.township.name}便民服务中心`} /> : null}
      </Section>
    </Page>
  )
}
