import Taro, { useDidShow } from '@tarojs/taro'
import { useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { CASE_FLAG_LABELS, CASE_FLAGS, CASE_STATUS_LABELS, CASE_STATUSES, CASE_TYPE_LABELS, CASE_TYPES } from '../../../shared/cases'
import { Button, Empty, InlineMessage, Loading, Search, Section } from '../../../ui'
import { Page } from '../../../components/layout/Page'
import { ChoiceChips } from '../../../components/staff/ChoiceChips'
import { StaffLoadFailed } from '../../../components/staff/StaffLoadFailed'
import { loadStaffContext } from '../../../components/staff/staffContext'
import { useLoad } from '../../../components/common/useLoad'
import { LoadMore } from '../../../components/common/LoadMore'
import { useCursorList } from '../../../components/common/useCursorList'
import { CaseRow } from '../../../components/cases/CaseRow'
import { listStaffCases, type StaffCaseQuery } from '../../../services/cases'
import '../../../components/staff/staff.scss'
import '../../../components/cases/cases.scss'

const ALL = 'all'
const STATUS_OPTIONS = [
  { value: 'open', label: '待办' },
  { value: ALL, label: '全部' },
  ...CASE_STATUSES.map((s) => ({ value: s, label: CASE_STATUS_LABELS[s] }))
]
const TYPE_OPTIONS = [{ value: ALL, label: '全部' }, ...CASE_TYPES.map((t) => ({ value: t, label: CASE_TYPE_LABELS[t] }))]
const FLAG_OPTIONS = [{ value: ALL, label: '不限' }, ...CASE_FLAGS.map((f) => ({ value: f, label: CASE_FLAG_LABELS[f] }))]
const DUE_OPTIONS = [
  { value: ALL, label: '不限' },
  { value: 'overdue', label: '已超期' },
  { value: 'dueSoon', label: '即将到期' }
]

/**
 * 诉求办理: the queue of my departments (the whole township for an admin), overdue and due-soon
 * first with their state written out, filtered by status, type, department, deadline, flag
 * (reopened, 群众追问) or a search; the next page loads on scroll.
 */
export default function StaffCasesPage() {
  const [context, reloadContext] = useLoad(() => loadStaffContext(), [])
  const [filters, setFilters] = useState({ status: 'open', type: ALL, departmentId: ALL, due: ALL, flag: ALL, q: '' })
  const [q, setQ] = useState('')
  const [more, setMore] = useState(false)
  const firstShow = useRef(true)

  const ready = context.status === 'ready'
  const [list, { reload, loadMore }] = useCursorList(
    (cursor) => {
      if (!ready) return new Promise<never>(() => undefined)
      const query: StaffCaseQuery = {
        ...(cursor ? { cursor } : {}),
        ...(filters.status !== ALL ? { status: filters.status as StaffCaseQuery['status'] } : {}),
        ...(filters.type !== ALL ? { type: filters.type as StaffCaseQuery['type'] } : {}),
        ...(filters.departmentId !== ALL ? { departmentId: filters.departmentId } : {}),
        ...(filters.due !== ALL ? { due: filters.due as StaffCaseQuery['due'] } : {}),
        ...(filters.flag !== ALL ? { flag: filters.flag as StaffCaseQuery['flag'] } : {}),
        ...(filters.q ? { q: filters.q } : {})
      }
      return listStaffCases(query)
    },
    [ready, filters]
  )

  useDidShow(() => {
    if (firstShow.current) {
      firstShow.current = false
      return
    }
    if (ready) reload()
  })

  if (context.status !== 'ready') {
    return (
      <Page className="staff-cases staff-console">
        {context.status === 'loading' ? <Loading text="正在打开诉求办理…" /> : null}
        {context.status === 'error' ? <StaffLoadFailed message={context.message} code={context.code} onRetry={reloadContext} /> : null}
      </Page>
    )
  }
  const served = context.data.isAdmin ? context.data.departments : context.data.editableDepartments
  const set = (patch: Partial<typeof filters>) => setFilters({ ...filters, ...patch })
  const items = list.items
  const overdue = items.filter((c) => c.deadline?.state === 'overdue').length
  const soon = items.filter((c) => c.deadline?.state === 'dueSoon').length

  return (
    <Page className="staff-cases staff-console">
      <Section id="staff-cases-filters" title={context.data.isAdmin ? `${context.data.township.name}全部诉求` : '本部门的诉求'}>
        <Search id="staff-cases-search" value={q} placeholder="搜编号或内容" action="搜索" onChange={setQ} onSubmit={(value) => set({ q: value.trim() })} />
        <ChoiceChips id="staff-cases-status" label="状态" options={STATUS_OPTIONS} selected={[filters.status]} onChange={(next) => set({ status: next[0] ?? 'open' })} />
        <Button id="staff-cases-more" variant="text" block onClick={() => setMore(!more)}>
          {more ? '收起筛选' : `更多筛选（期限、类型${served.length > 1 ? '、部门' : ''}）`}
        </Button>
        {more ? (
          <View id="staff-cases-more-filters">
            <ChoiceChips id="staff-cases-due" label="期限" options={DUE_OPTIONS} selected={[filters.due]} onChange={(next) => set({ due: next[0] ?? ALL })} />
            <ChoiceChips id="staff-cases-flag" label="标记" options={FLAG_OPTIONS} selected={[filters.flag]} onChange={(next) => set({ flag: next[0] ?? ALL })} />
            <ChoiceChips id="staff-cases-type" label="类型" options={TYPE_OPTIONS} selected={[filters.type]} onChange={(next) => set({ type: next[0] ?? ALL })} />
            {served.length > 1 ? (
              <ChoiceChips
                id="staff-cases-dept"
                label="部门"
                options={[{ value: ALL, label: '全部' }, ...served.map((d) => ({ value: d.id, label: d.name }))]}
                selected={[filters.departmentId]}
                onChange={(next) => set({ departmentId: next[0] ?? ALL })}
              />
            ) : null}
          </View>
        ) : null}
      </Section>

      <Section id="staff-cases-list" title="诉求">
        {list.status === 'ready' ? (
          <Text id="staff-cases-counts" className="case-para">{`已显示 ${items.length} 件${list.more ? '（下拉加载更多）' : ''} · 其中已超期 ${overdue} 件 · 即将到期 ${soon} 件`}</Text>
        ) : null}
        {list.status === 'error' ? (
          <View>
            <InlineMessage tone="error">{list.message ?? ''}</InlineMessage>
            <Button id="staff-cases-retry" block onClick={reload}>
              重新加载
            </Button>
          </View>
        ) : null}
        {list.status === 'loading' ? <Loading text="正在加载…" /> : null}
        {list.status === 'ready' && items.length === 0 ? <Empty id="staff-cases-empty" description="没有符合条件的诉求" /> : null}
        {items.map((c) => (
          <CaseRow key={c.id} id={`staff-case-${c.id}`} item={c} staff onOpen={(x) => void Taro.navigateTo({ url: `/staff/pages/cases/detail/index?id=${x.id}` })} />
        ))}
        <LoadMore id="staff-cases-more-pages" list={list} onMore={loadMore} />
      </Section>
    </Page>
  )
}
