import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { DispatchQueueItemDTO } from '../../../shared/visits'
import { Button, Empty, Loading, Section } from '../../../ui'
import { Page } from '../../../components/layout/Page'
import { StaffLoadFailed } from '../../../components/staff/StaffLoadFailed'
import { loadStaffContext } from '../../../components/staff/staffContext'
import { useLoad } from '../../../components/common/useLoad'
import { useReshown } from '../../../components/common/useReshown'
import { KeyValue } from '../../../components/common/KeyValue'
import { chinaTime } from '../../../components/cases/format'
import { getVisitFigures, listDispatchQueue } from '../../../services/visits'
import '../../../components/staff/staff.scss'
import '../../../components/scan/scan.scss'

async function load() {
  const context = await loadStaffContext()
  const [queue, figures] = await Promise.all([listDispatchQueue(), getVisitFigures()])
  return { context, queue, figures }
}

const waiting = (q: DispatchQueueItemDTO) => !q.dispatch || q.dispatch.status === 'declined' || q.dispatch.status === 'expired'

function QueueRow(props: { item: DispatchQueueItemDTO }) {
  const q = props.item
  const state = q.dispatch
    ? `${q.dispatch.statusLabel}：${q.dispatch.volunteerName}${q.dispatch.reason ? `（${q.dispatch.reason}）` : ''}`
    : '还没有派单'
  return (
    <View
      id={`visit-queue-${q.caseId}`}
      className="scan__row"
      hoverClass="scan__row--pressed"
      role="button"
      onClick={() => void Taro.navigateTo({ url: `/staff/pages/visits/dispatch/index?id=${q.caseId}` })}
    >
      <View className="scan__row-main">
        <Text>{`${q.villageName ?? '未填村'} · ${q.title}`}</Text>
        <Text className="muted">{`${q.number} · ${chinaTime(q.submittedAt)}提交 · ${state}`}</Text>
      </View>
      <Text className="scan__go">派单 ›</Text>
    </View>
  )
}

/**
 * 上门服务派单台: the help requests I may handle that wait for a volunteer (never sent, declined, or
 * not accepted in time) first, then those a volunteer is on; and the month's figures.
 */
export default function StaffVisitsPage() {
  const [state, reload] = useLoad(load, [])
  useReshown(reload)
  if (state.status !== 'ready') {
    return (
      <Page className="staff-visits staff-console">
        {state.status === 'error' ? <StaffLoadFailed message={state.message} code={state.code} onRetry={reload} /> : <Loading text="正在打开派单台…" />}
      </Page>
    )
  }
  const { queue, figures, context } = state.data
  const toSend = queue.filter(waiting)
  const onTheWay = queue.filter((q) => !waiting(q))
  return (
    <Page className="staff-visits staff-console">
      <Section id="visit-figures" title="近 30 天上门服务">
        <KeyValue k="求助">{`${figures.orders} 件`}</KeyValue>
        <KeyValue k="已派单">{`${figures.dispatched} 件`}</KeyValue>
        <KeyValue k="已上门">{`${figures.completed} 件`}</KeyValue>
        <KeyValue k="平均用时">{figures.averageHoursToVisit === null ? '—' : `提交后 ${figures.averageHoursToVisit} 小时上门`}</KeyValue>
        <KeyValue k="好评">{`${figures.thanks} 件`}</KeyValue>
      </Section>
      <Section id="visit-waiting" title={`等派单（${toSend.length}）`}>
        {toSend.length ? toSend.map((q) => <QueueRow key={q.caseId} item={q} />) : <Empty id="visit-waiting-empty" description="没有等派单的求助" />}
      </Section>
      <Section id="visit-on-the-way" title={`服务中（${onTheWay.length}）`}>
        {onTheWay.length ? onTheWay.map((q) => <QueueRow key={q.caseId} item={q} />) : <Empty description="没有服务中的单" />}
      </Section>
      {context.isAdmin ? (
        <Button id="visit-volunteers-entry" variant="outline" theme="primary" block onClick={() => void Taro.navigateTo({ url: '/staff/pages/volunteers/index' })}>
          志愿者和网格员审核
        </Button>
      ) : null}
    </Page>
  )
}
