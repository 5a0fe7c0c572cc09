import Taro from '@tarojs/taro'
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { VisitOrderDTO } from '../../../shared/visits'
import { Button, Empty, Loading, Section } from '../../../ui'
import { Page } from '../../../components/layout/Page'
import { LoadFailed } from '../../../components/common/LoadFailed'
import { useLoad } from '../../../components/common/useLoad'
import { useReshown } from '../../../components/common/useReshown'
import { ChoiceChips } from '../../../components/staff/ChoiceChips'
import { chinaTime } from '../../../components/cases/format'
import { getMyVolunteer, listMyOrders } from '../../../services/visits'
import '../../../components/scan/scan.scss'

type Scope = 'open' | 'done'
const SCOPES: ReadonlyArray<{ value: Scope; label: string }> = [
  { value: 'open', label: '待接单和服务中' },
  { value: 'done', label: '已上门' }
]

function line(o: VisitOrderDTO): string {
  if (o.status === 'offered') return `请在 ${chinaTime(o.expiresAt)} 前接单`
  if (o.status === 'accepted' && o.plannedAt) return `约定 ${chinaTime(o.plannedAt)} 上门`
  if (o.visit) return `${chinaTime(o.visit.visitedAt)} 已上门`
  return o.statusLabel
}

/** 我的服务单: only the orders sent to me — waiting for me to accept, accepted, and visited. */
export default function VolunteerOrdersPage() {
  const [scope, setScope] = useState<Scope>('open')
  const [state, reload] = useLoad(async () => {
    const [mine, orders] = await Promise.all([getMyVolunteer(), listMyOrders(scope)])
    return { volunteer: mine.volunteer, orders }
  }, [scope])
  useReshown(reload)

  if (state.status !== 'ready') {
    return <Page className="volunteer">{state.status === 'error' ? <LoadFailed message={state.message} onRetry={reload} /> : <Loading text="正在加载服务单…" />}</Page>
  }
  const { volunteer, orders } = state.data
  return (
    <Page className="volunteer">
      {volunteer?.status !== 'approved' ? (
        <Section id="orders-not-volunteer" title="还不能接单">
          <Text className="scan__para">{volunteer ? `您的志愿者登记：${volunteer.statusLabel}。审核通过后，派给您的单会出现在这里。` : '登记为志愿者或网格员、审核通过后，派给您的单会出现在这里。'}</Text>
          <Button id="orders-register" theme="primary" block onClick={() => void Taro.navigateTo({ url: '/pages/volunteer/register/index' })}>
            {volunteer ? '查看我的登记' : '去登记'}
          </Button>
        </Section>
      ) : null}
      <Section id="orders" title="我的服务单">
        <ChoiceChips id="orders-scope" label="显示" options={SCOPES} selected={[scope]} onChange={(next) => setScope(next[0] ?? 'open')} />
        {orders.length === 0 ? <Empty id="orders-empty" description={scope === 'open' ? '现在没有派给您的单' : '还没有上门记录'} /> : null}
        <View id="orders-list">
          {orders.map((o) => (
            <View
              key={o.caseId}
              id={`order-${o.caseId}`}
              className="scan__row"
              hoverClass="scan__row--pressed"
              role="button"
              onClick={() => void Taro.navigateTo({ url: `/pages/volunteer/order/index?id=${o.caseId}` })}
            >
              <View className="scan__row-main">
                <Text>{`${o.villageName ?? ''} · ${o.title}`}</Text>
                <Text className="muted">{`${o.statusLabel} · ${line(o)}`}</Text>
              </View>
              <Text className="scan__go">›</Text>
            </View>
          ))}
        </View>
      </Section>
    </Page>
  )
}
