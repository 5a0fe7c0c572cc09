import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { Text } from '@tarojs/components'
import { REVIEW_DIMENSION_LABELS, REVIEW_DIMENSIONS, REVIEW_LIMITS, isBadLevel, type RateableService, type ReviewDimensions, type ReviewLevel } from '../../../shared/reviews'
import { Button, Checkbox, InlineMessage, Loading, Section, Textarea } from '../../../ui'
import { Page } from '../../../components/layout/Page'
import { LoadFailed } from '../../../components/common/LoadFailed'
import { useLoad } from '../../../components/common/useLoad'
import { ChoiceChips } from '../../../components/staff/ChoiceChips'
import { useSubmit } from '../../../components/forms/useSubmit'
import { LEVEL_OPTIONS, Row } from '../../../components/reviews/ReviewBits'
import { getOverview } from '../../../services/townships'
import { loadSession } from '../../../services/session'
import { getRateable, rateService, rateWindow } from '../../../services/reviews'
import { messageOf } from '../../../services/http'
import '../../../components/reviews/reviews.scss'

interface Target {
  title: string
  department: string
  blocked: string | null
  reviewId: string | null
}

/**
 * The rate screen: a finished appointment or case (`service`, `serviceId`: 一事一评) or a window
 * visit (`departmentId`, opened from the window's QR code: 一次一评, may be anonymous). Five levels,
 * three optional dimensions, an optional comment. `actingFor` rates for a person an assistant helps.
 */
export default function RatePage() {
  const { params } = useRouter()
  const service = params.service === 'case' || params.service === 'appointment' ? (params.service as RateableService) : null
  const serviceId = params.serviceId ?? ''
  const departmentId = params.departmentId ?? ''
  const actingFor = params.actingFor || undefined
  const signedIn = Boolean(loadSession())
  const [state, reload] = useLoad(async (): Promise<Target> => {
    if (service) {
      const r = await getRateable(service, serviceId, actingFor)
      return { title: r.title, department: r.windowName ? `${r.departmentName}（${r.windowName}）` : r.departmentName, blocked: r.blocked, reviewId: r.review?.id ?? null }
    }
    const me = loadSession()
    const overview = await getOverview(me?.me.townshipId ?? '')
    const dept = overview.departments.find((d) => d.id === departmentId)
    if (!dept) throw new Error('没有找到这个窗口，请重新扫窗口上的二维码')
    return { title: dept.windowName ? `${dept.windowName}（${dept.name}）` : dept.name, department: dept.name, blocked: null, reviewId: null }
  }, [service, serviceId, departmentId, actingFor])
  const [form, setForm] = useState<{ level: ReviewLevel | ''; dimensions: ReviewDimensions; comment: string; anonymous: boolean }>({ level: '', dimensions: {}, comment: '', anonymous: false })
  const [error, setError] = useState<string | null>(null)
  const sending = useSubmit(form)

  if (!signedIn) {
    return (
      <Page className="review-rate">
        <Section id="review-sign-in" title="评价服务">
          <Text className="review-para">登录后才能评价，每项服务评价一次。</Text>
          <Button id="review-go-sign-in" theme="primary" block onClick={() => void Taro.switchTab({ url: '/pages/me/index' })}>
            去“我的”登录
          </Button>
        </Section>
      </Page>
    )
  }
  if (state.status !== 'ready') {
    return <Page className="review-rate">{state.status === 'loading' ? <Loading text="正在打开…" /> : <LoadFailed message={state.message} onRetry={reload} />}</Page>
  }
  const target = state.data

  const submit = async () => {
    if (!form.level) return
    setError(null)
    const base = { level: form.level, dimensions: form.dimensions, ...(form.comment.trim() ? { comment: form.comment.trim() } : {}) }
    try {
      const done = await sending.run((key) =>
        service ? rateService({ ...base, service, serviceId }, key, actingFor) : rateWindow({ ...base, departmentId, anonymous: form.anonymous }, key, actingFor)
      )
      if (done) void Taro.redirectTo({ url: `/pages/reviews/detail/index?id=${done.id}&done=rated` })
    } catch (e) {
      setError(messageOf(e))
    }
  }

  return (
    <Page className="review-rate">
      <Section id="review-target" title={service ? '评价这次办事' : '评价这个窗口'}>
        <Row k="事项" id="review-target-title">
          {target.title}
        </Row>
        <Row k="办理单位">{target.department}</Row>
        {actingFor ? <Text className="review-para">您正在代您帮办的群众评价，评价记录会写明是代评。</Text> : null}
      </Section>
      {target.blocked ? (
        <Section id="review-blocked" title="不能评价">
          <Text className="review-para">{target.blocked}</Text>
          {target.reviewId ? (
            <Button id="review-open-existing" block onClick={() => void Taro.redirectTo({ url: `/pages/reviews/detail/index?id=${target.reviewId}` })}>
              查看我的评价
            </Button>
          ) : null}
        </Section>
      ) : (
        <Section id="review-form" title="您满意吗">
          {error ? (
            <InlineMessage id="review-error" tone="error">
              {error}
            </InlineMessage>
          ) : null}
          <ChoiceChips id="review-level" label={REVIEW_DIMENSION_LABELS.overall} options={LEVEL_OPTIONS} selected={form.level ? [form.level] : []} onChange={(next) => setForm({ ...form, level: next[0] ?? '' })} />
          {form.level && isBadLevel(form.level) ? <Text className="review-para">差评会交给办理单位核实整改，并回访告诉您结果。</Text> : null}
          {REVIEW_DIMENSIONS.map((d) => (
            <ChoiceChips
              key={d}
              id={`review-${d}`}
              label={`${REVIEW_DIMENSION_LABELS[d]}（选填）`}
              options={LEVEL_OPTIONS}
              selected={form.dimensions[d] ? [form.dimensions[d]!] : []}
              onChange={(next) => setForm({ ...form, dimensions: { ...form.dimensions, [d]: next[0] } })}
            />
          ))}
          <Textarea id="review-comment" label="留言（选填）" placeholder="想对我们说的话" value={form.comment} maxlength={REVIEW_LIMITS.comment} onChange={(comment) => setForm({ ...form, comment })} />
          {service ? null : (
            <Checkbox id="review-anonymous" label="匿名评价（工作人员看不到您的名字，也不会回访）" checked={form.anonymous} onChange={(anonymous) => setForm({ ...form, anonymous })} />
          )}
          <Button id="review-submit" theme="primary" block loading={sending.busy} disabled={sending.locked || !form.level} onClick={() => void submit()}>
            提交评价
          </Button>
        </Section>
      )}
    </Page>
  )
}
