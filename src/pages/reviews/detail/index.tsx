import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { useRef, useState } from 'react'
import { Text } from '@tarojs/components'
import { RECTIFICATION_LEVEL_LABELS, RECTIFICATION_LEVELS, REVIEW_DIMENSION_LABELS, REVIEW_DIMENSIONS, REVIEW_LEVEL_LABELS, REVIEW_LIMITS, type RectificationLevel, type ReviewDTO } from '../../../shared/reviews'
import { Button, InlineMessage, Loading, Section, Textarea } from '../../../ui'
import { Page } from '../../../components/layout/Page'
import { LoadFailed } from '../../../components/common/LoadFailed'
import { useLoad } from '../../../components/common/useLoad'
import { ChoiceChips } from '../../../components/staff/ChoiceChips'
import { useSubmit } from '../../../components/forms/useSubmit'
import { Row, ReviewSteps } from '../../../components/reviews/ReviewBits'
import { getMyReview, rateRectification } from '../../../services/reviews'
import { messageOf } from '../../../services/http'
import { chinaMonthDayTime } from '../../../shared/chinaTime'
import '../../../components/reviews/reviews.scss'

const VERDICT_OPTIONS = RECTIFICATION_LEVELS.map((l) => ({ value: l, label: RECTIFICATION_LEVEL_LABELS[l] }))

/**
 * One of my ratings: what I said, where the rectification of a 差评 stands, the outcome once the
 * department called back, and my verdict on it (不满意 sends it back once for another try).
 */
export default function ReviewDetailPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const [state, reload] = useLoad(() => getMyReview(id), [id])
  const [override, setOverride] = useState<ReviewDTO | null>(null)
  const [verdict, setVerdict] = useState<{ level: RectificationLevel | ''; comment: string }>({ level: '', comment: '' })
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(
    params.done === 'rated' ? { tone: 'success', text: '谢谢您的评价。差评会有专人核实整改，结果会发到“我的消息”' } : null
  )
  const sending = useSubmit({ id, verdict })
  const firstShow = useRef(true)
  useDidShow(() => {
    if (firstShow.current) {
      firstShow.current = false
      return
    }
    setOverride(null)
    reload()
  })

  if (state.status !== 'ready') {
    return <Page className="review-detail">{state.status === 'loading' ? <Loading text="正在打开评价…" /> : <LoadFailed message={state.message} onRetry={reload} />}</Page>
  }
  const r = override ?? state.data
  const x = r.rectification

  const send = async () => {
    if (!verdict.level) return
    try {
      const done = await sending.run((key) => rateRectification(r.id, { level: verdict.level as RectificationLevel, ...(verdict.comment.trim() ? { comment: verdict.comment.trim() } : {}) }, key))
      if (!done) return
      setOverride(done)
      setMessage({ tone: 'success', text: done.status === 'acting' ? '已转回办理单位重新整改，中心负责人会督办' : '谢谢，整改评价已记录' })
    } catch (e) {
      setMessage({ tone: 'error', text: messageOf(e) })
    }
  }

  return (
    <Page className="review-detail">
      {message ? (
        <InlineMessage id="review-message" tone={message.tone}>
          {message.text}
        </InlineMessage>
      ) : null}
      <Section id="review-head" title={`${r.serviceLabel} · ${r.title}`}>
        <Text id="review-status" className="review-status">
          {r.statusLabel}
        </Text>
        <Row k="办理单位">{r.departmentName}</Row>
        <Row k="我的评价" id="review-level">
          {`${r.levelLabel}${r.defaulted ? '（超期未评，按规定默认）' : ''}`}
        </Row>
        {REVIEW_DIMENSIONS.filter((d) => r.dimensions[d]).map((d) => (
          <Row key={d} k={REVIEW_DIMENSION_LABELS[d]}>
            {REVIEW_LEVEL_LABELS[r.dimensions[d]!]}
          </Row>
        ))}
        {r.comment ? <Row k="留言">{`${r.comment}${r.commentHeld ? '（待审核）' : ''}`}</Row> : null}
        {r.onBehalf ? <Row k="代评">{`${r.submitterName}代${r.applicantName}评价（已授权）`}</Row> : null}
        {r.anonymous ? <Row k="匿名">工作人员看不到您的名字</Row> : null}
        <Row k="评价时间">{chinaMonthDayTime(r.ratedAt)}</Row>
        {r.excluded ? <Text className="review-para review-muted">经中心核查，这条评价不计入满意度统计，记录保留。</Text> : null}
      </Section>

      {x ? (
        <Section id="review-rectification" title="整改情况">
          <Row k="整改期限">{x.dueDate}</Row>
          {x.outcomeText ? (
            <Text id="review-outcome" className="review-para">{`${x.outcomeLabel ?? ''}：${x.outcomeText}`}</Text>
          ) : (
            <Text className="review-para">办理单位正在核实整改，完成后会回访告诉您结果。</Text>
          )}
          {x.residentLevel ? <Row k="我对整改">{RECTIFICATION_LEVEL_LABELS[x.residentLevel]}</Row> : null}
        </Section>
      ) : null}

      {r.canRateRectification ? (
        <Section id="review-verdict" title="您对整改结果满意吗">
          <ChoiceChips id="review-verdict-level" label="整改结果" options={VERDICT_OPTIONS} selected={verdict.level ? [verdict.level] : []} onChange={(next) => setVerdict({ ...verdict, level: next[0] ?? '' })} />
          {verdict.level === 'dissatisfied' && !x?.reopened ? <Text className="review-para">选“不满意”会退回重新整改一次，并报中心负责人督办。</Text> : null}
          <Textarea id="review-verdict-comment" label="说明（选填）" value={verdict.comment} maxlength={REVIEW_LIMITS.comment} onChange={(comment) => setVerdict({ ...verdict, comment })} />
          <Button id="review-verdict-submit" theme="primary" block loading={sending.busy} disabled={sending.locked || !verdict.level} onClick={() => void send()}>
            提交
          </Button>
        </Section>
      ) : null}

      <Section id="review-record" title="记录">
        <ReviewSteps id="review-steps" steps={r.steps} />
      </Section>
      <Button id="review-to-mine" block variant="text" onClick={() => void Taro.redirectTo({ url: '/pages/reviews/mine/index' })}>
        查看我的全部评价
      </Button>
    </Page>
  )
}
