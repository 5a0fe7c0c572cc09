import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { VISIT_LIMITS, VOLUNTEER_STATUS_LABELS, VOLUNTEER_STATUSES, type VolunteerDTO, type VolunteerStatus } from '../../../shared/visits'
import { Button, Empty, InlineMessage, Loading, Section, Textarea } from '../../../ui'
import { Page } from '../../../components/layout/Page'
import { ChoiceChips } from '../../../components/staff/ChoiceChips'
import { StaffLoadFailed } from '../../../components/staff/StaffLoadFailed'
import { loadStaffContext } from '../../../components/staff/staffContext'
import { useLoad } from '../../../components/common/useLoad'
import { KeyValue } from '../../../components/common/KeyValue'
import { useSubmit } from '../../../components/forms/useSubmit'
import { messageOf } from '../../../services/http'
import { decideVolunteer, listVolunteers } from '../../../services/visits'
import '../../../components/staff/staff.scss'
import '../../../components/scan/scan.scss'

/** 志愿者审核 (admin): registrations by status; approve or turn down one waiting, suspend an approved one (with a reason). */
export default function StaffVolunteersPage() {
  const [status, setStatus] = useState<VolunteerStatus>('pending')
  const [state, reload] = useLoad(async () => {
    await loadStaffContext({ adminOnly: true })
    return listVolunteers(status)
  }, [status])
  const [reasons, setReasons] = useState<Record<string, string>>({})
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null)
  const sending = useSubmit({ status, reasons })

  const decide = async (v: VolunteerDTO, decision: 'approve' | 'reject' | 'suspend') => {
    try {
      const done = await sending.run((key) => decideVolunteer(v.id, decision, decision === 'approve' ? null : (reasons[v.id] ?? '').trim(), key), `${decision}-${v.id}`)
      if (!done) return
      setMessage({ tone: 'success', text: `${done.realName}：${done.statusLabel}，已通知本人` })
      reload()
    } catch (e) {
      setMessage({ tone: 'error', text: messageOf(e) })
    }
  }

  return (
    <Page className="staff-volunteers staff-console">
      {message ? (
        <InlineMessage id="volunteers-message" tone={message.tone}>
          {message.text}
        </InlineMessage>
      ) : null}
      <ChoiceChips id="volunteers-status" label="显示" options={VOLUNTEER_STATUSES.map((s) => ({ value: s, label: VOLUNTEER_STATUS_LABELS[s] }))} selected={[status]} onChange={(next) => setStatus(next[0] ?? 'pending')} />
      {state.status === 'loading' ? <Loading text="正在加载…" /> : null}
      {state.status === 'error' ? <StaffLoadFailed message={state.message} code={state.code} onRetry={reload} /> : null}
      {state.status === 'ready' && state.data.length === 0 ? <Empty id="volunteers-empty" description={`没有${VOLUNTEER_STATUS_LABELS[status]}的登记`} /> : null}
      {state.status === 'ready'
        ? state.data.map((v) => (
            <Section key={v.id} id={`volunteer-${v.id}`} title={`${v.realName} · ${v.kindLabel}`}>
              <KeyValue k="村（社区）">{v.villageName}</KeyValue>
              <KeyValue k="能提供">{v.skillLabels.join('、')}</KeyValue>
              <KeyValue k="手机">{v.phoneMasked}</KeyValue>
              {v.intro ? <KeyValue k="介绍">{v.intro}</KeyValue> : null}
              {v.reason ? <KeyValue k="原因">{v.reason}</KeyValue> : null}
              {v.status === 'pending' || v.status === 'approved' ? (
                <View>
                  <Textarea
                    id={`volunteer-reason-${v.id}`}
                    label={v.status === 'pending' ? '不通过的原因（通过不用填）' : '暂停的原因'}
                    value={reasons[v.id] ?? ''}
                    maxlength={VISIT_LIMITS.reason}
                    onChange={(text) => setReasons({ ...reasons, [v.id]: text })}
                  />
                  <View className="scan__actions">
                    {v.status === 'pending' ? (
                      <Button id={`volunteer-approve-${v.id}`} theme="primary" block disabled={sending.locked} onClick={() => void decide(v, 'approve')}>
                        通过
                      </Button>
                    ) : null}
                    <Button
                      id={`volunteer-${v.status === 'pending' ? 'reject' : 'suspend'}-${v.id}`}
                      variant="outline"
                      block
                      disabled={sending.locked || !(reasons[v.id] ?? '').trim()}
                      onClick={() => void decide(v, v.status === 'pending' ? 'reject' : 'suspend')}
                    >
                      {v.status === 'pending' ? '不通过' : '暂停服务'}
                    </Button>
                  </View>
                </View>
              ) : (
                <Text className="scan__para muted">{`状态：${v.statusLabel}`}</Text>
              )}
            </Section>
          ))
        : null}
    </Page>
  )
}
