import { Text, View } from '@tarojs/components'
import { REVIEW_LEVEL_LABELS, REVIEW_LEVELS, percent, type ReviewFigures } from '../../../../shared/reviews'
import { Loading, Section } from '../../../../ui'
import { Page } from '../../../../components/layout/Page'
import { StaffLoadFailed } from '../../../../components/staff/StaffLoadFailed'
import { useLoad } from '../../../../components/common/useLoad'
import { Row } from '../../../../components/reviews/ReviewBits'
import { BarChart } from '../../../components/BarChart'
import { getReviewStats } from '../../../../services/reviews'
import '../../../../components/staff/staff.scss'
import '../../../../components/reviews/reviews.scss'

const rate = (f: ReviewFigures) => ({ value: f.satisfactionRate ?? 0, caption: `${percent(f.satisfactionRate)} · ${f.counted} 条` })

/**
 * 满意度统计 of my departments (admin: the township) this year: the satisfaction rate and levels,
 * by month, department (window), service and staff member, and how rectifications went — as charts
 * with their figures written out.
 */
export default function ReviewStatsPage() {
  const [state, reload] = useLoad(() => getReviewStats(), [])
  if (state.status !== 'ready') {
    return (
      <Page className="staff-review-stats staff-console">
        {state.status === 'loading' ? <Loading text="正在统计…" /> : <StaffLoadFailed message={state.message} code={state.code} onRetry={reload} />}
      </Page>
    )
  }
  const s = state.data
  const x = s.rectification
  return (
    <Page className="staff-review-stats staff-console">
      <Section id="stats-total" title={`${s.from} 至 ${s.to}`}>
        <Text id="stats-rate" className="review-status">{`满意率 ${percent(s.total.satisfactionRate)}`}</Text>
        <Text className="review-para review-muted">（非常满意 + 满意）÷ 计入统计的评价</Text>
        <Row k="计入统计">{`${s.total.counted} 条，其中默认评价 ${s.total.defaulted} 条`}</Row>
        <Row k="差评">{`${s.total.bad} 条`}</Row>
        <Row k="申诉成立">{`${s.total.excluded} 条（不计入）`}</Row>
        <BarChart
          id="stats-levels"
          title="各等级数量"
          max={Math.max(1, ...REVIEW_LEVELS.map((l) => s.total.byLevel[l]))}
          bars={REVIEW_LEVELS.map((l) => ({ key: l, label: REVIEW_LEVEL_LABELS[l], value: s.total.byLevel[l], caption: `${s.total.byLevel[l]} 条` }))}
        />
      </Section>
      <Section id="stats-rectification" title="差评整改">
        <Row k="整改按时率" id="stats-on-time">{`${percent(x.onTimeRate)}（${x.onTime} / ${x.finished}）`}</Row>
        <Row k="实名差评回访率" id="stats-called-back">{percent(x.calledBackRate)}</Row>
        <Row k="整改中超期">{`${x.overdueOpen} 件`}</Row>
      </Section>
      <Section id="stats-groups" title="分组满意率">
        <BarChart id="stats-months" title="按月" max={1} bars={s.byMonth.map((m) => ({ key: m.month, label: m.month, ...rate(m) }))} />
        <BarChart id="stats-departments" title="按站所（窗口）" max={1} bars={s.byDepartment.map((d) => ({ key: d.departmentId, label: d.windowName || d.name, ...rate(d) }))} />
        <BarChart id="stats-services" title="按事项" max={1} bars={s.byService.slice(0, 10).map((v, i) => ({ key: String(i), label: v.title, ...rate(v) }))} />
        {s.byStaff.length ? <BarChart id="stats-staff" title="按经办人" max={1} bars={s.byStaff.slice(0, 10).map((v) => ({ key: v.staffId, label: v.name, ...rate(v) }))} /> : null}
        {!s.byMonth.length ? (
          <View>
            <Text className="review-para">这段时间还没有评价。</Text>
          </View>
        ) : null}
      </Section>
    </Page>
  )
}
