import Taro, { useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { Page as PageOf } from '../../../shared/common'
import { INFO_REQUEST_STATUS_LABELS, INFO_REQUEST_STATUSES, type InfoRequestSummary, type StaffRequestsQuery } from '../../../shared/infoRequests'
import { Button, Empty, InlineMessage, Loading, Search, Section } from '../../../ui'
import { Page } from '../../../components/layout/Page'
import { ChoiceChips } from '../../../components/staff/ChoiceChips'
import { StaffLoadFailed } from '../../../components/staff/StaffLoadFailed'
import { loadStaffContext } from '../../../components/staff/staffContext'
import { useLoad } from '../../../components/common/useLoad'
import { RequestRow } from '../../../components/infoRequests/RequestRow'
import { messageOf } from '../../../services/http'
import { listStaffRequests } from '../../../services/infoRequests'
import '../../../components/staff/staff.scss'
import '../../../components/disclosure/disclosure.scss'

const ALL = 'all'
const STATUS_OPTIONS = [{ value: 'open', label: '待办' }, { value: ALL, label: '全部' }, ...INFO_REQUEST_STATUSES.map((s) => ({ value: s, label: INFO_REQUEST_STATUS_LABELS[s] }))]
const DUE_OPTIONS = [
  { value: ALL, label: '不限' },
  { value: 'overdue', label: '已超期' },
  { value: 'dueSoon', label: '即将到期' }
]

/**
 * 依申请公开: the request queue — by the next deadline that matters, so overdue first, then due soon;
 * each deadline spelled out — with the annual report and the settings one tap away.
 */
export default function StaffRequestsPage() {
  const [context, reloadContext] = useLoad(() => loadStaffContext(), [])
  const [filters, setFilters] = useState({ status: 'open', due: ALL, q: '' })
  const [q, setQ] = useState('')
  const [list, setList] = useState<PageOf<InfoRequestSummary> | null>(null)
  const [error, setError] = useState<string | null>(null)
  const first = useRef(true)
  const ready = context.status === 'ready'

  const load = useCallback(async () => {
    setError(null)
    try {
      setList(
        await listStaffRequests({
          ...(filters.status !== ALL ? { status: filters.status as StaffRequestsQuery['status'] } : {}),
          ...(filters.due !== ALL ? { due: filters.due as StaffRequestsQuery['due'] } : {}),
          ...(filters.q ? { q: filters.q } : {})
        })
      )
    } catch (e) {
      setError(messageOf(e))
    }
  }, [filters])

  useEffect(() => {
    if (ready) void load()
  }, [ready, load])
  useDidShow(() => {
    if (first.current) {
      first.current = false
      return
    }
    if (ready) void load()
  })

  if (context.status !== 'ready') {
    return (
      <Page className="staff-requests staff-console">
        {context.status === 'loading' ? <Loading text="正在打开依申请公开…" /> : <StaffLoadFailed message={context.message} code={context.code} onRetry={reloadContext} />}
      </Page>
    )
  }
  const set = (patch: Partial<typeof filters>) => {
    setList(null)
    setFilters({ ...filters, ...patch })
  }
  const items = list?.items ?? []
  return (
    <Page className="staff-requests staff-console">
      <Section id="staff-ir-filters" title="信息公开申请">
        <Search id="staff-ir-search" value={q} placeholder="搜编号、申请人或内容" action="搜索" onChange={setQ} onSubmit={(v) => set({ q: v.trim() })} />
        <ChoiceChips id="staff-ir-status" label="状态" options={STATUS_OPTIONS} selected={[filters.status]} onChange={(next) => set({ status: next[0] ?? 'open' })} />
        <ChoiceChips id="staff-ir-due" label="期限" options={DUE_OPTIONS} selected={[filters.due]} onChange={(next) => set({ due: next[0] ?? ALL })} />
        <View className="dz-actions">
          <Button id="staff-ir-report" variant="outline" block onClick={() => void Taro.navigateTo({ url: '/staff/pages/infoRequests/report/index' })}>
            年度报告和设置
          </Button>
        </View>
      </Section>
      <Section id="staff-ir-list" title="申请">
        {list ? <Text id="staff-ir-counts" className="dz-row__line">{`共 ${list.total} 件 · 本页已超期 ${items.filter((r) => r.deadline.state === 'overdue').length} 件 · 即将到期 ${items.filter((r) => r.deadline.state === 'dueSoon').length} 件`}</Text> : null}
        {error ? <InlineMessage tone="error">{error}</InlineMessage> : null}
        {!list && !error ? <Loading text="正在加载…" /> : null}
        {list && items.length === 0 ? <Empty id="staff-ir-empty" description="没有符合条件的申请" /> : null}
        {items.map((r) => (
          <RequestRow key={r.id} id={`staff-ir-${r.id}`} item={r} staff onOpen={(x) => void Taro.navigateTo({ url: `/staff/pages/infoRequests/detail/index?id=${x.id}` })} />
        ))}
      </Section>
    </Page>
  )
}
