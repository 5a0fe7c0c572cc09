import Taro, { useDidShow } from '@tarojs/taro'
import { useRef } from 'react'
import { Text } from '@tarojs/components'
import { Button, Empty, Loading, Section } from '../../../ui'
import { Page } from '../../../components/layout/Page'
import { LoadFailed } from '../../../components/common/LoadFailed'
import { useLoad } from '../../../components/common/useLoad'
import { RequestRow } from '../../../components/infoRequests/RequestRow'
import { ApiRequestError } from '../../../services/http'
import { listMyRequests } from '../../../services/infoRequests'
import { loadSession } from '../../../services/session'
import '../../../components/disclosure/disclosure.scss'

/** My information requests (and those I made for people I help), newest first, with where each stands. */
export default function MyRequestsPage() {
  const [state, reload] = useLoad(async () => {
    if (!loadSession()) throw new ApiRequestError('请先在“我的”页面登录，再查看申请', 'NOT_SIGNED_IN', 401)
    return listMyRequests()
  }, [])
  const first = useRef(true)
  useDidShow(() => {
    if (first.current) {
      first.current = false
      return
    }
    reload()
  })

  return (
    <Page className="ir-mine">
      <Section id="ir-mine" title="我的申请">
        {state.status === 'loading' ? <Loading text="正在加载…" /> : null}
        {state.status === 'error' ? <LoadFailed message={state.message} onRetry={reload} /> : null}
        {state.status === 'ready' && state.data.items.length === 0 ? (
          <Empty id="ir-mine-empty" description="还没有申请过">
            <Text>想了解政府的哪些信息，都可以申请公开。</Text>
          </Empty>
        ) : null}
        {state.status === 'ready'
          ? state.data.items.map((r) => <RequestRow key={r.id} id={`ir-${r.id}`} item={r} onOpen={(x) => void Taro.navigateTo({ url: `/pages/infoRequests/detail/index?id=${x.id}` })} />)
          : null}
      </Section>
      <Button id="ir-new" theme="primary" variant="outline" block onClick={() => void Taro.navigateTo({ url: '/pages/infoRequests/apply/index' })}>
        申请政府信息公开
      </Button>
    </Page>
  )
}
