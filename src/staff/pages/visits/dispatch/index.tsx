import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { Text } from '@tarojs/components'
import { DISPATCH_ACCEPT_HOURS, VISIT_LIMITS, type StaffDispatchDTO } from '../../../../shared/visits'
import { Button, InlineMessage, Loading, Section, Textarea } from '../../../../ui'
import { Page } from '../../../../components/layout/Page'
import { ChoiceChips } from '../../../../components/staff/ChoiceChips'
import { StaffLoadFailed } from '../../../../components/staff/StaffLoadFailed'
import { loadStaffContext } from '../../../../components/staff/staffContext'
import { useLoad } from '../../../../components/common/useLoad'
import { KeyValue } from '../../../../components/common/KeyValue'
import { chinaTime } from '../../../../components/cases/format'
import { useSubmit } from '../../../../components/forms/useSubmit'
import { ApiRequestError, messageOf } from '../../../../services/http'
import { dispatchVisit, getStaffDispatch } from '../../../../services/visits'
import '../../../../components/staff/staff.scss'
import '../../../../components/scan/scan.scss'

const HOURS = [2, DISPATCH_ACCEPT_HOURS.default, 8, 24].map((h) => ({ value: String(h), label: `${h} 小时内接单` }))

async function load(id: string): Promise<StaffDispatchDTO> {
  await loadStaffContext()
  return getStaffDispatch(id)
}

/**
 * 派志愿者上门: one help request — what is asked and where, its current order (who, since when, when
 * they will come, what they did) and, while it can be sent, the volunteers to send: the village's
 * first, those with the fewest open orders first; the accept time limit and a note for them.
 */
export default function StaffDispatchPage() {
  const router = useRouter()
  const id = router.params.id ?? ''
  const [state, reload] = useLoad(() => load(id), [id])
  const [override, setOverride] = useState<StaffDispatchDTO | null>(null)
  const [form, setForm] = useState({ volunteerId: '', hours: String(DISPATCH_ACCEPT_HOURS.default), note: '' })
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null)
  const view = override ?? (state.status === 'ready' ? state.data : null)
  const sending = useSubmit({ id, round: view?.dispatch?.round, form })

  if (!view) {
    return (
      <Page className="staff-dispatch staff-console">
        {state.status === 'error' ? <StaffLoadFailed message={state.message} code={state.code} onRetry={reload} /> : <Loading text="正在打开…" />}
      </Page>
    )
  }
  const d = view.dispatch
  const send = async () => {
    try {
      const done = await sending.run((key) => dispatchVisit(id, { volunteerId: form.volunteerId, acceptWithinHours: Number(form.hours), ...(form.note.trim() ? { note: form.note.trim() } : {}) }, key))
      if (!done) return
      setOverride(done)
      setForm({ ...form, volunteerId: '', note: '' })
      setMessage({ tone: 'success', text: `已派给${done.dispatch?.volunteerName ?? ''}，已通知对方和求助的群众` })
    } catch (e) {
      if (e instanceof ApiRequestError && e.status === 409) setOverride(await getStaffDispatch(id).catch(() => view))
      setMessage({ tone: 'error', text: messageOf(e) })
    }
  }

  return (
    <Page className="staff-dispatch staff-console">
      {message ? (
        <InlineMessage id="dispatch-message" tone={message.tone}>
          {message.text}
        </InlineMessage>
      ) : null}
      <Section id="dispatch-case" title={view.title}>
        <KeyValue k="编号">{view.number}</KeyValue>
        <KeyValue k="诉求状态">{view.statusLabel}</KeyValue>
        <KeyValue k="村（社区）">{view.villageName ?? '未填写'}</KeyValue>
        {view.location ? <KeyValue k="地址">{view.location}</KeyValue> : null}
        <Text className="scan__para">{view.text}</Text>
        <Button id="dispatch-open-case" variant="text" block onClick={() => void Taro.navigateTo({ url: `/staff/pages/cases/detail/index?id=${id}` })}>
          查看诉求的全部记录
        </Button>
      </Section>

      {d ? (
        <Section id="dispatch-current" title={`派单情况（第 ${d.round} 次）`}>
          <KeyValue k="状态" id="dispatch-status">{d.statusLabel}</KeyValue>
          <KeyValue k="派给">{`${d.volunteerKindLabel} ${d.volunteerName}`}</KeyValue>
          <KeyValue k="派单时间">{chinaTime(d.offeredAt)}</KeyValue>
          {d.status === 'offered' ? <KeyValue k="接单期限">{chinaTime(d.expiresAt)}</KeyValue> : null}
          {d.plannedAt ? <KeyValue k="约定上门">{chinaTime(d.plannedAt)}</KeyValue> : null}
          {d.reason ? <KeyValue k="退回原因">{d.reason}</KeyValue> : null}
          {d.visit ? <Text className="scan__para">{`${chinaTime(d.visit.visitedAt)} 上门：${d.visit.text}`}</Text> : null}
        </Section>
      ) : null}

      {view.canDispatch ? (
        <Section id="dispatch-send" title={d ? '改派给其他人' : '派给谁'}>
          {view.suggestions.length ? (
            <ChoiceChips
              id="dispatch-volunteer"
              label="本村的排在前面，手上单少的优先"
              options={view.suggestions.map((s) => ({
                value: s.id,
                label: `${s.name}（${s.kindLabel} · ${s.villageName} · 手上 ${s.openOrders} 单${s.declinedThis ? ' · 这单退过' : ''}）`
              }))}
              selected={form.volunteerId ? [form.volunteerId] : []}
              onChange={(next) => setForm({ ...form, volunteerId: next[0] ?? '' })}
            />
          ) : (
            <Text className="scan__para">还没有审核通过的志愿者或网格员。请先在“志愿者审核”里通过登记。</Text>
          )}
          <ChoiceChips id="dispatch-hours" label="接单时限（到时没人接就退回）" options={HOURS} selected={[form.hours]} onChange={(next) => setForm({ ...form, hours: next[0] ?? form.hours })} />
          <Textarea id="dispatch-note" label="交代给志愿者（选填）" value={form.note} maxlength={VISIT_LIMITS.note} onChange={(note) => setForm({ ...form, note })} />
          <Button id="dispatch-submit" theme="primary" size="large" block loading={sending.busy} disabled={sending.locked || !form.volunteerId} onClick={() => void send()}>
            派单
          </Button>
        </Section>
      ) : view.why ? (
        <Text id="dispatch-why" className="scan__para muted">{view.why}</Text>
      ) : null}
    </Page>
  )
}
