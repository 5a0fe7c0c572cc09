import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { Text } from '@tarojs/components'
import {
  CALL_BACK_METHOD_LABELS,
  CALL_BACK_METHODS,
  RECTIFICATION_LEVEL_LABELS,
  RECTIFICATION_OUTCOME_LABELS,
  RECTIFICATION_OUTCOMES,
  REVIEW_DIMENSION_LABELS,
  REVIEW_DIMENSIONS,
  REVIEW_LEVEL_LABELS,
  REVIEW_LIMITS,
  type CallBackMethod,
  type RectificationOutcome,
  type StaffReviewDTO
} from '../../../../shared/reviews'
import { Button, InlineMessage, Loading, Section, Textarea } from '../../../../ui'
import { Page } from '../../../../components/layout/Page'
import { ChoiceChips } from '../../../../components/staff/ChoiceChips'
import { StaffLoadFailed } from '../../../../components/staff/StaffLoadFailed'
import { useLoad } from '../../../../components/common/useLoad'
import { useSubmit } from '../../../../components/forms/useSubmit'
import { DueFlags, ReviewSteps, Row } from '../../../../components/reviews/ReviewBits'
import { getStaffReview, staffReviewStep, type StaffReviewSteps } from '../../../../services/reviews'
import { ApiRequestError, messageOf } from '../../../../services/http'
import { chinaMonthDayTime } from '../../../../shared/chinaTime'
import '../../../../components/staff/staff.scss'
import '../../../../components/reviews/reviews.scss'

const OUTCOME_OPTIONS = RECTIFICATION_OUTCOMES.map((o) => ({ value: o, label: RECTIFICATION_OUTCOME_LABELS[o] }))
const METHOD_OPTIONS = CALL_BACK_METHODS.map((m) => ({ value: m, label: CALL_BACK_METHOD_LABELS[m] }))
const DECISION_OPTIONS = [
  { value: 'upheld', label: '申诉成立（不计入统计）' },
  { value: 'rejected', label: '申诉不成立（继续整改）' }
] as const

interface Form {
  text: string
  outcome: RectificationOutcome | ''
  method: CallBackMethod | ''
  evidence: string
  decision: 'upheld' | 'rejected' | ''
}
const EMPTY: Form = { text: '', outcome: '', method: '', evidence: '', decision: '' }

/**
 * One rating as its department handles it: the resident's words, the deadline with its flags, and
 * the step that is due now — 核实, 整改 (or why no action is due), 回访 — or an appeal to the admin;
 * the admin decides appeals. The whole record, internal notes included, below.
 */
export default function StaffReviewDetailPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const [state, reload] = useLoad(() => getStaffReview(id), [id])
  const [override, setOverride] = useState<StaffReviewDTO | null>(null)
  const [form, setForm] = useState<Form>(EMPTY)
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null)
  const sending = useSubmit({ id, form, steps: (override ?? (state.status === 'ready' ? state.data : null))?.history.length })

  if (state.status !== 'ready') {
    return (
      <Page className="staff-review staff-console">
        {state.status === 'loading' ? <Loading text="正在打开评价…" /> : <StaffLoadFailed message={state.message} code={state.code} onRetry={reload} />}
      </Page>
    )
  }
  const r = override ?? state.data
  const can = (a: StaffReviewDTO['allowedActions'][number]) => r.allowedActions.includes(a)

  const step = async <K extends keyof StaffReviewSteps>(name: K, input: StaffReviewSteps[K], done: string) => {
    try {
      const next = await sending.run((key) => staffReviewStep(r.id, name, input, key), name)
      if (!next) return
      setOverride(next)
      setForm(EMPTY)
      setMessage({ tone: 'success', text: done })
    } catch (e) {
      if (e instanceof ApiRequestError && e.status === 409) {
        setOverride(null)
        reload()
      }
      setMessage({ tone: 'error', text: messageOf(e) })
    }
  }
  const text = (label: string, fieldId: string, max: number = REVIEW_LIMITS.staffText) => (
    <Textarea id={fieldId} label={label} value={form.text} maxlength={max} onChange={(v) => setForm({ ...form, text: v })} />
  )
  const submit = (btnId: string, label: string, ready: boolean, go: () => void) => (
    <Button id={btnId} theme="primary" block loading={sending.busy} disabled={sending.locked || !ready} onClick={go}>
      {label}
    </Button>
  )

  return (
    <Page className="staff-review staff-console">
      {message ? (
        <InlineMessage id="staff-review-message" tone={message.tone}>
          {message.text}
        </InlineMessage>
      ) : null}
      <Section id="staff-review-head" title={`${r.levelLabel} · ${r.title}`}>
        <Text id="staff-review-status" className="review-status">
          {r.statusLabel}
        </Text>
        {r.rectification ? <DueFlags id="staff-review-due" rectification={r.rectification} /> : null}
        {r.escalated ? <Text className="review-para">已超期，中心负责人已收到督办提醒。</Text> : null}
        <Row k="评价人">{r.anonymous ? '匿名（不回访）' : `${r.applicantName ?? ''}${r.onBehalf ? `（${r.submitterName}代评，已授权）` : ''}`}</Row>
        <Row k="办理单位">{r.departmentName}</Row>
        {r.staffName ? <Row k="经办人">{r.staffName}</Row> : null}
        <Row k="评价时间">{chinaMonthDayTime(r.ratedAt)}</Row>
        {REVIEW_DIMENSIONS.filter((d) => r.dimensions[d]).map((d) => (
          <Row key={d} k={REVIEW_DIMENSION_LABELS[d]}>
            {REVIEW_LEVEL_LABELS[r.dimensions[d]!]}
          </Row>
        ))}
        {r.comment ? <Row k="留言" id="staff-review-comment">{`${r.comment}${r.commentHeld ? `（${r.moderationNote ?? '待审核'}）` : ''}`}</Row> : null}
        {r.finding ? <Row k="核实情况">{r.finding}</Row> : null}
        {r.rectification?.outcomeText ? <Row k="整改">{`${r.rectification.outcomeLabel ?? ''}：${r.rectification.outcomeText}`}</Row> : null}
        {r.callBackText ? <Row k="回访">{`${r.callBackMethod ? CALL_BACK_METHOD_LABELS[r.callBackMethod] : ''}：${r.callBackText}`}</Row> : null}
        {r.rectification?.residentLevel ? <Row k="群众评整改">{RECTIFICATION_LEVEL_LABELS[r.rectification.residentLevel]}</Row> : null}
        {r.appeal ? <Row k="申诉">{`${r.appeal.reason}${r.appeal.evidence ? `（证据：${r.appeal.evidence}）` : ''}${r.appeal.decision ? ` · ${r.appeal.decision === 'upheld' ? '成立' : '不成立'}：${r.appeal.note ?? ''}` : ' · 待裁定'}`}</Row> : null}
        {r.excluded ? <Text className="review-para">申诉成立：这条评价保留在记录里，不计入满意度统计。</Text> : null}
      </Section>

      {can('verify') ? (
        <Section id="staff-review-verify" title="核实">
          {text('核实情况（只在内部可见）', 'staff-review-finding')}
          {submit('staff-review-verify-submit', '核实完成', !!form.text.trim(), () => void step('verify', { finding: form.text.trim() }, '已核实，请整改或说明无需整改的理由'))}
        </Section>
      ) : null}
      {can('act') || can('actAnonymous') ? (
        <Section id="staff-review-act" title="整改">
          <ChoiceChips id="staff-review-outcome" label="结果" options={OUTCOME_OPTIONS} selected={form.outcome ? [form.outcome] : []} onChange={(next) => setForm({ ...form, outcome: next[0] ?? '' })} />
          {text('整改措施，或无需整改的理由（会告诉群众）', 'staff-review-act-text')}
          {submit('staff-review-act-submit', r.anonymous ? '整改完成（匿名评价无需回访）' : '整改完成，去回访', !!form.outcome && !!form.text.trim(), () =>
            void step('act', { outcome: form.outcome as RectificationOutcome, text: form.text.trim() }, r.anonymous ? '整改已完成' : '已记录整改，请回访群众告知结果')
          )}
        </Section>
      ) : null}
      {can('callBack') ? (
        <Section id="staff-review-callback" title="回访">
          <ChoiceChips id="staff-review-method" label="回访方式" options={METHOD_OPTIONS} selected={form.method ? [form.method] : []} onChange={(next) => setForm({ ...form, method: next[0] ?? '' })} />
          {text('回访情况', 'staff-review-callback-text')}
          {submit('staff-review-callback-submit', '回访完成，通知群众', !!form.method && !!form.text.trim(), () =>
            void step('callBack', { method: form.method as CallBackMethod, text: form.text.trim() }, '已回访，群众会收到整改结果并评价')
          )}
        </Section>
      ) : null}
      {can('upholdAppeal') ? (
        <Section id="staff-review-decide" title="裁定申诉">
          <ChoiceChips id="staff-review-decision" label="决定" options={DECISION_OPTIONS} selected={form.decision ? [form.decision] : []} onChange={(next) => setForm({ ...form, decision: next[0] ?? '' })} />
          {text('决定理由', 'staff-review-decide-text', REVIEW_LIMITS.appeal)}
          {submit('staff-review-decide-submit', '提交裁定', !!form.decision && !!form.text.trim(), () =>
            void step('decideAppeal', { decision: form.decision as 'upheld' | 'rejected', note: form.text.trim() }, '裁定已记录')
          )}
        </Section>
      ) : null}
      {can('reviewComment') ? (
        <Section id="staff-review-moderate" title="留言审核">
          <Button id="staff-review-comment-pass" block disabled={sending.locked} onClick={() => void step('reviewComment', { decision: 'pass' }, '留言审核通过')}>
            审核通过
          </Button>
          <Button id="staff-review-comment-hide" block variant="outline" disabled={sending.locked} onClick={() => void step('reviewComment', { decision: 'keepHidden' }, '留言保持隐藏')}>
            不通过，保持隐藏
          </Button>
        </Section>
      ) : null}
      {can('appeal') ? (
        <Section id="staff-review-appeal" title="申诉（恶意或错误的评价）">
          {text('申诉理由', 'staff-review-appeal-reason', REVIEW_LIMITS.appeal)}
          <Textarea id="staff-review-appeal-evidence" label="证据说明（选填）" value={form.evidence} maxlength={REVIEW_LIMITS.appeal} onChange={(v) => setForm({ ...form, evidence: v })} />
          <Button id="staff-review-appeal-submit" variant="outline" block loading={sending.busy} disabled={sending.locked || !form.text.trim()} onClick={() =>
            void step('appeal', { reason: form.text.trim(), ...(form.evidence.trim() ? { evidence: form.evidence.trim() } : {}) }, '申诉已提交中心负责人裁定')
          }>
            提交申诉
          </Button>
        </Section>
      ) : null}

      <Section id="staff-review-history" title="完整记录">
        <ReviewSteps id="staff-review-steps" steps={r.history} />
      </Section>
    </Page>
  )
}
