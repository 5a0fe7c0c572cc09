import Taro, { useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { Page as PageOf } from '../../../shared/common'
import { DISCLOSURE_STATUS_LABELS, DISCLOSURE_STATUSES, type DisclosureStatus, type StaffDisclosureRow } from '../../../shared/disclosure'
import { Button, Empty, InlineMessage, Loading, Search, Section } from '../../../ui'
import { Page } from '../../../components/layout/Page'
import { ChoiceChips } from '../../../components/staff/ChoiceChips'
import { StaffLoadFailed } from '../../../components/staff/StaffLoadFailed'
import { loadStaffContext } from '../../../components/staff/staffContext'
import { useLoad } from '../../../components/common/useLoad'
import { dateCn } from '../../../components/disclosure/format'
import { listStaffItems } from '../../../services/disclosure'
import { messageOf } from '../../../services/http'
import '../../../components/staff/staff.scss'
import '../../../components/disclosure/disclosure.scss'

const ALL = 'all'
const STATUS_OPTIONS = [{ value: ALL, label: '全部' }, ...DISCLOSURE_STATUSES.map((s) => ({ value: s, label: DISCLOSURE_STATUS_LABELS[s] }))]

/**
 * 政务公开发布: the items of my departments (the township's for an admin) — drafts, those waiting for
 * review (a second person publishes), published, withdrawn and revised — and a new draft.
 */
export default function StaffDisclosurePage() {
  const [context, reloadContext] = useLoad(() => loadStaffContext(), [])
  const [status, setStatus] = useState<string>(ALL)
  const [q, setQ] = useState('')
  const [query, setQuery] = useState('')
  const [list, setList] = useState<PageOf<StaffDisclosureRow> | null>(null)
  const [error, setError] = useState<string | null>(null)
  const first = useRef(true)
  const ready = context.status === 'ready'

  const load = useCallback(async () => {
    setError(null)
    try {
      setList(await listStaffItems({ ...(status !== ALL ? { status: status as DisclosureStatus } : {}), ...(query ? { q: query } : {}) }))
    } catch (e) {
      setError(messageOf(e))
    }
  }, [status, query])

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
      <Page className="staff-disclosure staff-console">
        {context.status === 'loading' ? <Loading text="正在打开…" /> : <StaffLoadFailed message={context.message} code={context.code} onRetry={reloadContext} />}
      </Page>
    )
  }
  const open = (id: string) => void Taro.navigateTo({ url: `/staff/pages/disclosure/edit/index?id=${id}` })

  return (
    <Page className="staff-disclosure staff-console">
      <Section id="staff-dz-new-box" title="新建">
        <Text className="muted">写好草稿后提交审核，须由另一位工作人员审核后发布。发布后不能再改，需要更正时“修订”出新版本。</Text>
        <Button id="staff-dz-new" theme="primary" block disabled={context.data.editableDepartments.length === 0} onClick={() => void Taro.navigateTo({ url: '/staff/pages/disclosure/edit/index?new=1' })}>
          ＋ 新建公开信息
        </Button>
        {context.data.isAdmin ? (
          <Button id="staff-dz-catalog" variant="text" block onClick={() => void Taro.navigateTo({ url: '/staff/pages/disclosure/catalog/index' })}>
            公开目录、权责清单、便民地图维护
          </Button>
        ) : null}
      </Section>

      <Section id="staff-dz-list" title={context.data.isAdmin ? `${context.data.township.name}公开信息` : '本站所的公开信息'} extra={list ? <Text>{`共 ${list.total} 条`}</Text> : undefined}>
        <Search id="staff-dz-search" value={q} placeholder="搜标题" action="搜索" onChange={setQ} onSubmit={(v) => setQuery(v.trim())} />
        <ChoiceChips id="staff-dz-status" label="状态" options={STATUS_OPTIONS} selected={[status]} onChange={(next) => setStatus(next[0] ?? ALL)} />
        {error ? <InlineMessage tone="error">{error}</InlineMessage> : null}
        {!list && !error ? <Loading text="正在加载…" /> : null}
        {list && list.items.length === 0 ? <Empty id="staff-dz-empty" description="没有符合条件的公开信息" /> : null}
        {list?.items.map((i) => (
          <View key={i.id} id={`staff-dz-${i.id}`} className="dz-row" hoverClass="dz-row--pressed" role="link" onClick={() => open(i.id)}>
            <Text className="dz-row__title">
              <Text className={i.status === 'inReview' ? 'dz-badge dz-badge--warn' : 'dz-badge'}>{`【${i.statusLabel}】`}</Text>
              {i.title}
            </Text>
            <Text className="dz-row__line">{`${i.kindLabel} · ${i.categoryLabel}${i.villageName ? ` · ${i.villageName}` : ''} · ${i.departmentName} · 第 ${i.version} 版`}</Text>
            {i.moderation === 'held' ? <Text className="dz-row__line">内容安全检测提示有风险，审核时请人工核实</Text> : null}
            <Text className="dz-row__line">{`最后修改 ${dateCn(i.updatedAt)}`}</Text>
          </View>
        ))}
      </Section>
    </Page>
  )
}
