import Taro, { useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { ROLE_LABELS } from '../../../shared/enums'
import { Button, Empty, InlineMessage, Loading, Section } from '../../../ui'
import { Page } from '../../../components/layout/Page'
import { ChoiceChips } from '../../../components/staff/ChoiceChips'
import { GuideRow } from '../../../components/staff/GuideRow'
import { StaffLoadFailed } from '../../../components/staff/StaffLoadFailed'
import { loadStaffContext, type StaffContext } from '../../../components/staff/staffContext'
import { useLoad } from '../../../components/common/useLoad'
import { messageOf } from '../../../services/http'
import { listStaffGuides, listStaffSignups, type StaffGuideRow } from '../../../services/staffConsole'
import { getCalendarStatus } from '../../../services/calendar'
import type { CalendarStatusDTO } from '../../../shared/calendar'
import './index.scss'

type GuideFilter = 'all' | 'draft' | 'published'

const FILTERS: ReadonlyArray<{ value: GuideFilter; label: string }> = [
  { value: 'all', label: '全部' },
  { value: 'draft', label: '未发布' },
  { value: 'published', label: '已发布' }
]

const PAGE_SIZE = 50

interface GuideList {
  items: StaffGuideRow[]
  total: number
  page: number
}

/** One way into a part of the console: what it is, a line or two about it, and where the tap goes. */
function Entry(props: { id: string; url: string; title: string; go: string; children: ReactNode }) {
  return (
    <View id={props.id} className="staff-home__entry" hoverClass="staff-home__entry--pressed" role="button" onClick={() => Taro.navigateTo({ url: props.url })}>
      <View className="staff-home__entry-main">
        <Text className="staff-home__entry-title">{props.title}</Text>
        {props.children}
      </View>
      <Text className="staff-home__entry-go">{props.go}</Text>
    </View>
  )
}

/** 工作台 home: who I am, the guides I look after, and (admin) staff sign-ups waiting for review. */
export default function StaffHomePage() {
  const [context, reloadContext] = useLoad(() => loadStaffContext(), [])
  const [filter, setFilter] = useState<GuideFilter>('all')
  const [guides, setGuides] = useState<GuideList | null>(null)
  const [guidesError, setGuidesError] = useState<string | null>(null)
  const [loadingMore, setLoadingMore] = useState(false)
  const [pending, setPending] = useState<number | null>(null)
  const [pendingError, setPendingError] = useState<string | null>(null)
  const [calendar, setCalendar] = useState<CalendarStatusDTO | null>(null)
  const [refresh, setRefresh] = useState(0)
  const firstShow = useRef(true)

  useDidShow(() => {
    if (firstShow.current) {
      firstShow.current = false
      return
    }
    setRefresh((n) => n + 1)
  })

  const ready: StaffContext | null = context.status === 'ready' ? context.data : null

  const fetchGuides = useCallback(async (page: number, base: GuideList | null, state: GuideFilter) => {
    const answer = await listStaffGuides({ state, page, pageSize: PAGE_SIZE })
    return { items: [...(base?.items ?? []), ...answer.items], total: answer.total, page }
  }, [])

  useEffect(() => {
    if (!ready) return
    let live = true
    setGuidesError(null)
    fetchGuides(1, null, filter)
      .then((list) => {
        if (live) setGuides(list)
      })
      .catch((error: unknown) => {
        if (live) setGuidesError(messageOf(error))
      })
    if (ready.isAdmin) {
      getCalendarStatus()
        .then((status) => {
          if (live) setCalendar(status)
        })
        .catch(() => undefined)
      listStaffSignups('pending')
        .then((list) => {
          if (!live) return
          setPending(list.length)
          setPendingError(null)
        })
        .catch((error: unknown) => {
          if (live) setPendingError(messageOf(error))
        })
    }
    return () => {
      live = false
    }
  }, [ready, filter, refresh, fetchGuides])

  const loadMore = async () => {
    if (!guides) return
    setLoadingMore(true)
    try {
      setGuides(await fetchGuides(guides.page + 1, guides, filter))
    } catch (error) {
      setGuidesError(messageOf(error))
    } finally {
      setLoadingMore(false)
    }
  }

  const openGuide = (g: StaffGuideRow) => Taro.navigateTo({ url: `/staff/pages/guide-edit/index?id=${g.id}` })

  if (context.status === 'loading') {
    return (
      <Page className="staff-home staff-console">
        <Loading text="正在打开工作台…" />
      </Page>
    )
  }
  if (context.status === 'error') {
    return (
      <Page className="staff-home staff-console">
        <StaffLoadFailed message={context.message} code={context.code} onRetry={reloadContext} />
      </Page>
    )
  }

  const { me, township, isAdmin, departments } = context.data
  const myDepartments = departments.filter((d) => me.departmentIds.includes(d.id))

  return (
    <Page className="staff-home staff-console">
      <Section id="staff-me" title="我">
        <Text id="staff-me-name" className="staff-home__name">
          {me.displayName}
        </Text>
        <Text id="staff-me-role" className="staff-home__line">
          {`${ROLE_LABELS[me.role]} · ${township.name}`}
        </Text>
        <View id="staff-departments" className="staff-home__line">
          {isAdmin ? (
            <Text>可以管理本乡镇所有站所的事项，审核工作人员申请。</Text>
          ) : myDepartments.length > 0 ? (
            <Text>{`所在站所：${myDepartments.map((d) => `${d.name}（${d.windowName}）`).join('、')}`}</Text>
          ) : (
            <Text>还没有分配站所，请联系中心负责人。</Text>
          )}
        </View>
      </Section>

      <Section id="staff-appointments" title="预约办理">
        <Entry id="staff-appointments-entry" url="/staff/pages/appointments/index" title="今天的预约" go="去看看 ›">
          <Text className="muted">签到、未到场、现场办理登记、预约时段设置</Text>
        </Entry>
        <Entry id="staff-cases-entry" url="/staff/pages/cases/index" title="诉求办理" go="去办理 ›">
          <Text className="muted">受理、派单、答复群众的咨询投诉建议求助，超期的排在最前</Text>
        </Entry>
        <Entry id="staff-reviews-entry" url="/staff/pages/reviews/index" title="好差评" go="去处理 ›">
          <Text className="muted">差评核实、整改、回访，超期的排在最前；申诉；满意度统计</Text>
        </Entry>
        <Entry id="staff-visits-entry" url="/staff/pages/visits/index" title="上门服务派单" go="去派单 ›">
          <Text className="muted">把求助派给本村志愿者、网格员，超时没人接的退回重派</Text>
        </Entry>
        <Entry id="staff-qrcodes-entry" url="/staff/pages/qrcodes/index" title="二维码（码上办）" go="去管理 ›">
          <Text className="muted">大厅、窗口、码上知道、村务公开栏、智慧门牌的码，打印和扫码统计</Text>
        </Entry>
      </Section>

      <Section id="staff-disclosure" title="政务公开">
        <Entry id="staff-disclosure-entry" url="/staff/pages/disclosure/index" title="公开信息发布" go="去发布 ›">
          <Text className="muted">五公开、村务公开（含季度财务）、政策解读；起草、审核、发布、撤回</Text>
        </Entry>
        <Entry id="staff-info-requests-entry" url="/staff/pages/infoRequests/index" title="依申请公开" go="去办理 ›">
          <Text className="muted">确认收到、补正、延期、征求意见、答复，超期的排在最前；年度报告</Text>
        </Entry>
      </Section>

      {isAdmin ? (
        <Section id="staff-admin" title="中心负责人">
          {calendar?.warning ? (
            <InlineMessage id="staff-calendar-warning" tone="error">
              {calendar.warning}
            </InlineMessage>
          ) : null}
          <Entry id="staff-calendar-entry" url="/staff/pages/calendar/index" title="法定节假日安排" go="去录入 ›">
            <Text className="muted">
              {calendar ? `${calendar.year} 年${calendar.officialScheduleKnown ? '已知' : '尚未录入'}` : '国务院办公厅每年公布后一次录入'}
            </Text>
          </Entry>
          <Entry id="staff-signups-entry" url="/staff/pages/signups/index" title="待审核的工作人员" go="去审核 ›">
            <Text id="staff-signups-count" className="staff-home__entry-count">
              {pendingError ? `没有加载成功：${pendingError}` : pending === null ? '正在加载…' : `${pending} 人待审核`}
            </Text>
            <Text className="muted">核实身份后通过或不通过</Text>
          </Entry>
          <Entry id="staff-volunteers-entry" url="/staff/pages/volunteers/index" title="志愿者和网格员审核" go="去审核 ›">
            <Text className="muted">登记上门服务的志愿者、网格员，核实后通过</Text>
          </Entry>
        </Section>
      ) : null}

      <Section
        id="staff-guides"
        title="办事指南"
        extra={guides ? <Text id="staff-guides-total">{`共 ${guides.total} 项`}</Text> : undefined}
      >
        <Text className="muted">改好草稿再发布，群众看到的一直是已发布的版本。</Text>
        <Button
          id="staff-new-guide"
          theme="primary"
          block
          disabled={context.data.editableDepartments.length === 0}
          onClick={() => Taro.navigateTo({ url: '/staff/pages/guide-edit/index?new=1' })}
        >
          ＋ 新建事项
        </Button>
        <ChoiceChips<GuideFilter>
          id="staff-guides-filter"
          label="显示"
          options={FILTERS}
          selected={[filter]}
          onChange={(next) => {
            setGuides(null)
            setFilter(next[0] ?? 'all')
          }}
        />
        {guidesError ? (
          <View>
            <InlineMessage id="staff-guides-error" tone="error">
              {guidesError}
            </InlineMessage>
            <Button id="staff-guides-retry" block onClick={() => setRefresh((n) => n + 1)}>
              重新加载
            </Button>
          </View>
        ) : null}
        {!guides && !guidesError ? <Loading text="正在加载办事指南…" /> : null}
        {guides && guides.items.length === 0 ? (
          <Empty id="staff-guides-empty" description={filter === 'all' ? '还没有办事指南' : '没有这种状态的事项'}>
            <Text>点上面的“新建事项”开始写第一份指南。</Text>
          </Empty>
        ) : null}
        {guides ? (
          <View id="staff-guides-list">
            {guides.items.map((g) => (
              <GuideRow key={g.id} guide={g} onOpen={openGuide} />
            ))}
          </View>
        ) : null}
        {guides && guides.items.length < guides.total ? (
          <Button id="staff-guides-more" block loading={loadingMore} onClick={() => void loadMore()}>
            {`加载更多（还有 ${guides.total - guides.items.length} 项）`}
          </Button>
        ) : null}
      </Section>
    </Page>
  )
}
