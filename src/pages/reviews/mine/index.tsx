import Taro, { useDidShow } from '@tarojs/taro'
import { useRef } from 'react'
import { Text, View } from '@tarojs/components'
import { Empty, Loading, Section } from '../../../ui'
import { Page } from '../../../components/layout/Page'
import { LoadFailed } from '../../../components/common/LoadFailed'
import { useLoad } from '../../../components/common/useLoad'
import { listMyReviews } from '../../../services/reviews'
import { chinaMonthDayTime } from '../../../shared/chinaTime'
import '../../../components/reviews/reviews.scss'

/** 我的评价: every rating I gave (also for people I help) with where its rectification stands. */
export default function MyReviewsPage() {
  const [state, reload] = useLoad(() => listMyReviews(), [])
  const firstShow = useRef(true)
  useDidShow(() => {
    if (firstShow.current) {
      firstShow.current = false
      return
    }
    reload()
  })
  return (
    <Page className="review-mine">
      <Section id="review-mine" title="我的评价">
        {state.status === 'loading' ? <Loading text="正在加载…" /> : null}
        {state.status === 'error' ? <LoadFailed message={state.message} onRetry={reload} /> : null}
        {state.status === 'ready' && !state.data.items.length ? <Empty id="review-mine-empty" description="还没有评价过。办完事后可以在预约、诉求或窗口二维码里评价" /> : null}
        {state.status === 'ready' ? (
          <View id="review-mine-list">
            {state.data.items.map((r) => (
              <View key={r.id} id={`review-${r.id}`} className="review-row" onClick={() => void Taro.navigateTo({ url: `/pages/reviews/detail/index?id=${r.id}` })}>
                <Text className="review-row__title">{`${r.serviceLabel} · ${r.title}`}</Text>
                <Text className="review-para">{`${r.levelLabel} · ${r.statusLabel}${r.defaulted ? ' · 默认评价' : ''}${r.onBehalf ? ` · 代${r.applicantName}评价` : ''}`}</Text>
                <Text className="review-para review-muted">{chinaMonthDayTime(r.ratedAt)}</Text>
              </View>
            ))}
          </View>
        ) : null}
      </Section>
    </Page>
  )
}
