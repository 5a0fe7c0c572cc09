import Taro, { useDidShow } from '@tarojs/taro'
import { useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { StaffReviewQueue } from '../../../shared/reviews'
import { Button, Empty, Loading, Section } from '../../../ui'
import { Page } from '../../../components/layout/Page'
import { ChoiceChips } from '../../../components/staff/ChoiceChips'
import { StaffLoadFailed } from '../../../components/staff/StaffLoadFailed'
import { useLoad } from '../../../components/common/useLoad'
import { DueFlags } from '../../../components/reviews/ReviewBits'
import { listStaffReviews } from '../../../services/reviews'
import { chinaMonthDayTime } from '../../../shared/chinaTime'
import '../../../components/staff/staff.scss'
import '../../../components/reviews/reviews.scss'

const QUEUE_OPTIONS: { value: StaffReviewQueue; label: string }[] = [
  { value: 'rectifications', label: '待整改' },
  { value: 'appeals', label: '待裁定申诉' },
  { value: 'held', label: '待审核留言' },
  { value: 'all', label: '全部评价' }
]

/** 好差评: the rectification queue of my departments (overdue first), appeals for the admin, held comments, every rating. */
export default function StaffReviewsPage() {
  const [queue, setQueue] = useState<StaffReviewQueue>('rectifications')
  const [state, reload] = useLoad(() => listStaffReviews(queue), [queue])
  const firstShow = useRef(true)
  useDidShow(() => {
    if (firstShow.current) {
      firstShow.current = false
      return
    }
    reload()
  })
  return (
    <Page className="staff-reviews staff-console">
      <Section id="staff-reviews-filters" title="好差评">
        <ChoiceChips id="staff-reviews-queue" label="列表" options={QUEUE_OPTIONS} selected={[queue]} onChange={(next) => setQueue(next[0] ?? 'rectifications')} />
        <Button id="staff-reviews-stats" variant="outline" block onClick={() => void Taro.navigateTo({ url: '/staff/pages/reviews/stats/index' })}>
          满意度统计
        </Button>
      </Section>
      <Section id="staff-reviews-list" title={QUEUE_OPTIONS.find((q) => q.value === queue)!.label}>
        {state.status === 'loading' ? <Loading text="正在加载…" /> : null}
        {state.status === 'error' ? <StaffLoadFailed message={state.message} code={state.code} onRetry={reload} /> : null}
        {state.status === 'ready' && !state.data.items.length ? <Empty id="staff-reviews-empty" description="这里没有要处理的评价" /> : null}
        {state.status === 'ready' ? (
          <View id="staff-reviews-items">
            {state.data.items.map((r) => (
              <View key={r.id} id={`staff-review-${r.id}`} className="review-row" onClick={() => void Taro.navigateTo({ url: `/staff/pages/reviews/detail/index?id=${r.id}` })}>
                <Text className="review-row__title">{`${r.levelLabel} · ${r.title}`}</Text>
                <Text className="review-para">{`${r.statusLabel} · ${r.departmentName} · ${r.anonymous ? '匿名' : (r.applicantName ?? '')} · ${chinaMonthDayTime(r.ratedAt)}`}</Text>
                {r.rectification && queue === 'rectifications' ? <DueFlags id={`staff-review-${r.id}-due`} rectification={r.rectification} /> : null}
              </View>
            ))}
          </View>
        ) : null}
      </Section>
    </Page>
  )
}
