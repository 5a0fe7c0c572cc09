import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { SIGNUP_REASON_MAX, type StaffSignupDTO } from '../../../shared/auth'
import type { StaffSignupStatus } from '../../../shared/enums'
import type { StaffSignupIdentityDTO } from '../../../shared/staff'
import { Button, Empty, InlineMessage, Loading, Section, Textarea } from '../../../ui'
import { Page } from '../../../components/layout/Page'
import { ChoiceChips } from '../../../components/staff/ChoiceChips'
import { StaffLoadFailed } from '../../../components/staff/StaffLoadFailed'
import { loadStaffContext } from '../../../components/staff/staffContext'
import { useLoad } from '../../../components/common/useLoad'
import { ApiRequestError, messageOf } from '../../../services/http'
import { useSubmit } from '../../../components/forms/useSubmit'
import { listStaffSignups, readStaffSignupIdentity, reviewStaffSignup } from '../../../services/staffConsole'
import { departmentNames, reviewBody, SIGNUP_STATUS_TEXT } from '../../lib/signups'
import { formatDate } from '../../lib/status'
import './index.scss'

const FILTERS: ReadonlyArray<{ value: StaffSignupStatus; label: string }> = [
  { value: 'pending', label: '待审核' },
  { value: 'approved', label: '已通过' },
  { value: 'rejected', label: '未通过' }
]

interface Notice {
  tone: 'info' | 'success' | 'error'
  text: string
}

type ListState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; items: StaffSignupDTO[] }

/**
 * 审核工作人员 (admin): sign-ups with ID and phone masked; the full identity only on request (the
 * server audits each read); approve, or reject with a reason the applicant will read.
 */
export default function StaffSignupsPage() {
  const [context, reloadContext] = useLoad(() => loadStaffContext({ adminOnly: true }), [])
  const [filter, setFilter] = useState<StaffSignupStatus>('pending')
  const [list, setList] = useState<ListState>({ status: 'loading' })
  const [refresh, setRefresh] = useState(0)
  const [identities, setIdentities] = useState<Record<string, StaffSignupIdentityDTO>>({})
  const [reasons, setReasons] = useState<Record<string, string>>({})
  const [reasonErrors, setReasonErrors] = useState<Record<string, string>>({})
  const [results, setResults] = useState<Record<string, StaffSignupDTO>>({})
  const [pressed, setPressed] = useState<string | null>(null)
  const [notice, setNotice] = useState<Notice | null>(null)
  const sending = useSubmit({ filter, results, shown: Object.keys(identities), reasons })
  const loading = (which: string) => sending.busy && pressed === which

  const ready = context.status === 'ready'

  useEffect(() => {
    if (!ready) return
    let live = true
    setList({ status: 'loading' })
    listStaffSignups(filter)
      .then((items) => {
        if (live) setList({ status: 'ready', items })
      })
      .catch((error: unknown) => {
        if (live) setList({ status: 'error', message: messageOf(error) })
      })
    return () => {
      live = false
    }
  }, [ready, filter, refresh])

  if (context.status === 'loading') {
    return (
      <Page className="signups staff-console">
        <Loading text="正在打开…" />
      </Page>
    )
  }
  if (context.status === 'error') {
    return (
      <Page className="signups staff-console">
        <StaffLoadFailed message={context.message} code={context.code} onRetry={reloadContext} />
      </Page>
    )
  }

  const names = new Map(context.data.departments.map((d) => [d.id, d.name]))

  const showIdentity = async (signup: StaffSignupDTO) => {
    setPressed(`identity-${signup.id}`)
    try {
      const identity = await sending.run(() => readStaffSignupIdentity(signup.id), `identity-${signup.id}`)
      if (identity) setIdentities((all) => ({ ...all, [signup.id]: identity }))
    } catch (error) {
      setNotice({ tone: 'error', text: messageOf(error) })
    }
  }

  const hideIdentity = (id: string) =>
    setIdentities((all) => {
      const next = { ...all }
      delete next[id]
      return next
    })

  const review = async (signup: StaffSignupDTO, decision: 'approve' | 'reject') => {
    const checked = reviewBody(decision, reasons[signup.id] ?? '')
    if (!checked.ok) {
      setReasonErrors((all) => ({ ...all, [signup.id]: checked.error }))
      return
    }
    setReasonErrors((all) => ({ ...all, [signup.id]: '' }))
    setPressed(`${decision}-${signup.id}`)
    try {
      const reviewed = await sending.run(() => reviewStaffSignup(signup.id, checked.body), `${decision}-${signup.id}`)
      if (!reviewed) return
      setResults((all) => ({ ...all, [signup.id]: reviewed }))
      hideIdentity(signup.id)
      setNotice(
        decision === 'approve'
          ? { tone: 'success', text: `已通过“${signup.realName}”的申请，TA 现在可以进入工作台了` }
          : { tone: 'success', text: `已退回“${signup.realName}”的申请，申请人会看到原因` }
      )
    } catch (error) {
      if (error instanceof ApiRequestError && error.fields?.reason) {
        setReasonErrors((all) => ({ ...all, [signup.id]: error.fields?.reason ?? '' }))
      }
      setNotice({ tone: 'error', text: messageOf(error) })
      if (error instanceof ApiRequestError && error.status === 409) setRefresh((n) => n + 1)
    }
  }

  const renderActions = (s: StaffSignupDTO) => {
    const result = results[s.id]
    if (result) {
      return (
        <Text id={`signup-result-${s.id}`} className={`signups__result signups__result--${result.status}`}>
          {result.status === 'approved' ? '✓ 已通过' : `✗ 未通过。原因：${result.reason ?? ''}`}
        </Text>
      )
    }
    if (s.status !== 'pending') {
      return (
        <Text id={`signup-result-${s.id}`} className={`signups__result signups__result--${s.status}`}>
          {`${s.status === 'approved' ? '✓' : '✗'} ${SIGNUP_STATUS_TEXT[s.status]}${s.reviewedAt ? `（${formatDate(s.reviewedAt)}）` : ''}${
            s.reason ? `。原因：${s.reason}` : ''
          }`}
        </Text>
      )
    }
    return (
      <View className="signups__actions">
        <Button
          id={`signup-approve-${s.id}`}
          theme="primary"
          block
          loading={loading(`approve-${s.id}`)}
          disabled={sending.locked}
          onClick={() => void review(s, 'approve')}
        >
          通过，成为工作人员
        </Button>
        <Textarea
          id={`signup-reason-${s.id}`}
          label="不通过的原因（选“不通过”时必填，申请人会看到）"
          value={reasons[s.id] ?? ''}
          placeholder="如：身份信息与本人不符，请核对后重新申请"
          maxlength={SIGNUP_REASON_MAX}
          error={reasonErrors[s.id] || undefined}
          onChange={(value) => setReasons((all) => ({ ...all, [s.id]: value }))}
        />
        <Button
          id={`signup-reject-${s.id}`}
          theme="danger"
          variant="outline"
          block
          loading={loading(`reject-${s.id}`)}
          disabled={sending.locked}
          onClick={() => void review(s, 'reject')}
        >
          不通过
        </Button>
      </View>
    )
  }

  return (
    <Page className="signups staff-console">
      {notice ? (
        <InlineMessage id="page-notice" tone={notice.tone}>
          {notice.text}
        </InlineMessage>
      ) : null}

      <Section id="signups-head" title="工作人员申请">
        <Text className="muted">身份证号和手机号默认打码。核实身份时可以查看完整号码，每次查看都会记入审计日志。</Text>
        <ChoiceChips<StaffSignupStatus>
          id="signup-filter"
          label="显示"
          options={FILTERS}
          selected={[filter]}
          onChange={(next) => {
            setResults({})
            setFilter(next[0] ?? 'pending')
          }}
        />
      </Section>

      {list.status === 'loading' ? <Loading text="正在加载申请…" /> : null}
      {list.status === 'error' ? (
        <View>
          <InlineMessage id="signups-error" tone="error">
            {list.message}
          </InlineMessage>
          <Button id="signups-retry" block onClick={() => setRefresh((n) => n + 1)}>
            重新加载
          </Button>
        </View>
      ) : null}
      {list.status === 'ready' && list.items.length === 0 ? (
        <Empty id="signups-empty" description={filter === 'pending' ? '没有待审核的申请' : `没有${SIGNUP_STATUS_TEXT[filter]}的申请`} />
      ) : null}
      {list.status === 'ready'
        ? list.items.map((s) => {
            const identity = identities[s.id]
            return (
              <Section key={s.id} id={`signup-${s.id}`} title={s.realName} extra={<Text>{SIGNUP_STATUS_TEXT[results[s.id]?.status ?? s.status]}</Text>}>
                <Text className="signups__line">{`申请站所：${departmentNames(s.departmentIds, names)}`}</Text>
                <Text className="signups__line">{`提交时间：${formatDate(s.submittedAt)}`}</Text>
                {identity ? (
                  <View id={`signup-identity-full-${s.id}`} className="signups__identity">
                    <Text className="signups__line">{`身份证号：${identity.idNumber}`}</Text>
                    <Text className="signups__line">{`手机号：${identity.phone}`}</Text>
                    <Text className="muted">这次查看已记入审计日志。核实完请点“隐藏”。</Text>
                    <Button id={`signup-identity-hide-${s.id}`} size="small" variant="outline" onClick={() => hideIdentity(s.id)}>
                      隐藏
                    </Button>
                  </View>
                ) : (
                  <View className="signups__identity">
                    <Text className="signups__line">{`身份证号：${s.idNumberMasked}`}</Text>
                    <Text className="signups__line">{`手机号：${s.phoneMasked}`}</Text>
                    <Text className="muted">查看完整号码会记入审计日志（谁、什么时候、看了谁的），只在核实身份时查看。</Text>
                    <Button
                      id={`signup-identity-${s.id}`}
                      size="medium"
                      variant="outline"
                      theme="primary"
                      block
                      loading={loading(`identity-${s.id}`)}
                      disabled={sending.locked}
                      onClick={() => void showIdentity(s)}
                    >
                      查看完整身份证号
                    </Button>
                  </View>
                )}
                {renderActions(s)}
              </Section>
            )
          })
        : null}
    </Page>
  )
}
