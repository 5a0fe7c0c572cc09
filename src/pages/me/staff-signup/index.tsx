import Taro from '@tarojs/taro'
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { staffSignupSchema, type StaffSignupDTO } from '../../../shared/auth'
import type { StaffSignupStatus } from '../../../shared/enums'
import type { DepartmentDTO } from '../../../shared/org'
import { Button, Checkbox, InlineMessage, Input, Loading, Section } from '../../../ui'
import { Page } from '../../../components/layout/Page'
import { useNotice } from '../../../components/layout/useNotice'
import { LoadFailed } from '../../../components/common/LoadFailed'
import { useLoad } from '../../../components/common/useLoad'
import { fieldErrors } from '../../../components/forms/fieldErrors'
import { pointToInvalid } from '../../../components/forms/focusField'
import type { FormField } from '../../../components/forms/invalid'
import { useSubmit } from '../../../components/forms/useSubmit'
import { askToSubscribe, templateIdsFor } from '../../../components/notices/subscribe'
import { ApiRequestError, messageOf } from '../../../services/http'
import { getNoticeSettings } from '../../../services/notices'
import { loadSession } from '../../../services/session'
import { myStaffSignup, submitStaffSignup } from '../../../services/staff'
import { currentTownship, getOverview } from '../../../services/townships'
import './index.scss'

const STATUS_TEXT: Record<StaffSignupStatus, string> = {
  pending: '审核中：中心负责人审核后会在“消息”里通知您',
  approved: '已通过：可以在“我的”里进入工作台',
  rejected: '未通过'
}

interface Form {
  realName: string
  idNumber: string
  phone: string
  departmentIds: string[]
}

const EMPTY: Form = { realName: '', idNumber: '', phone: '', departmentIds: [] }

const FIELDS: readonly FormField[] = [
  { key: 'realName', id: 'signup-realName', label: '真实姓名' },
  { key: 'idNumber', id: 'signup-idNumber', label: '身份证号' },
  { key: 'phone', id: 'signup-phone', label: '手机号码' },
  { key: 'departmentIds', id: 'signup-departments', label: '所在站所' }
]

/** Staff sign-up (实名 + 审核): a validated form and the status of my earlier sign-ups. */
export default function StaffSignupPage() {
  const signedIn = loadSession() !== null
  const [form, setForm] = useState<Form>(EMPTY)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const sending = useSubmit(form)
  const { notice, show } = useNotice()

  const [state, reload] = useLoad(async () => {
    if (!signedIn) throw new ApiRequestError('请先在“我的”页面登录，再申请成为工作人员', 'UNAUTHENTICATED', 401)
    const township = await currentTownship()
    if (!township) throw new ApiRequestError('还没有可办理的乡镇，请稍后再试', 'NO_TOWNSHIP', 404)
    const [overview, latest, noticeSettings] = await Promise.all([
      getOverview(township.id),
      myStaffSignup(),
      getNoticeSettings().catch(() => null)
    ])
    return { townshipId: township.id, departments: overview.departments, latest, subscribeIds: templateIdsFor('staffSignup', noticeSettings) }
  }, [signedIn])

  const edit = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }))

  const toggleDepartment = (id: string, on: boolean) =>
    edit({ departmentIds: on ? [...form.departmentIds.filter((d) => d !== id), id] : form.departmentIds.filter((d) => d !== id) })

  const submit = async (townshipId: string, subscribeIds: string[]) => {
    if (sending.locked) return
    const parsed = staffSignupSchema.safeParse({ townshipId, ...form })
    if (!parsed.success) {
      const found = fieldErrors(parsed.error.issues)
      setErrors(found)
      show('error', pointToInvalid(found, FIELDS))
      return
    }
    setErrors({})
    try {
      const sent = await sending.run(async (key) => {
        await askToSubscribe(subscribeIds)
        return submitStaffSignup(parsed.data, key)
      })
      if (!sent) return
      setForm(EMPTY)
      show('success', '申请已提交，请等待中心负责人审核')
      reload()
    } catch (error) {
      if (error instanceof ApiRequestError && error.fields) {
        setErrors(error.fields)
        show('error', pointToInvalid(error.fields, FIELDS))
      } else {
        show('error', messageOf(error))
      }
    }
  }

  if (state.status === 'loading') {
    return (
      <Page className="staff-signup">
        <Loading />
      </Page>
    )
  }
  if (state.status === 'error') {
    return (
      <Page className="staff-signup">
        <LoadFailed message={state.message} onRetry={reload} />
        {!signedIn ? (
          <Button id="go-sign-in" theme="primary" block onClick={() => Taro.switchTab({ url: '/pages/me/index' })}>
            去登录
          </Button>
        ) : null}
      </Page>
    )
  }

  const latest: StaffSignupDTO | null = state.data.latest
  const canApply = !latest || latest.status === 'rejected'
  const departments: DepartmentDTO[] = state.data.departments

  return (
    <Page className="staff-signup">
      {notice ? <InlineMessage id="page-notice" tone={notice.tone}>{notice.text}</InlineMessage> : null}

      {latest ? (
        <Section id="signup-status" title="我的申请">
          <Text id="signup-status-text" className={`signup-status signup-status--${latest.status}`}>
            {STATUS_TEXT[latest.status]}
            {latest.status === 'rejected' && latest.reason ? `。原因：${latest.reason}` : ''}
          </Text>
          <Text className="muted">
            {latest.realName} · 身份证 {latest.idNumberMasked} · 手机 {latest.phoneMasked} · 提交于 {latest.submittedAt.slice(0, 10)}
          </Text>
        </Section>
      ) : null}

      {canApply ? (
        <Section id="signup-form" title={latest ? '重新申请' : '申请成为工作人员'}>
          <Text className="muted">只给便民服务中心和各站所的工作人员使用。信息只用于核实身份，身份证号加密保存。</Text>
          <Input
            id="signup-realName"
            label="真实姓名"
            value={form.realName}
            placeholder="和身份证上一致"
            maxlength={20}
            error={errors.realName}
            onChange={(realName) => edit({ realName })}
          />
          <Input
            id="signup-idNumber"
            label="身份证号"
            type="idcard"
            value={form.idNumber}
            placeholder="18 位，最后一位可以是 X"
            maxlength={18}
            error={errors.idNumber}
            onChange={(idNumber) => edit({ idNumber })}
          />
          <Input
            id="signup-phone"
            label="手机号码"
            type="tel"
            value={form.phone}
            placeholder="11 位手机号"
            maxlength={11}
            error={errors.phone}
            onChange={(phone) => edit({ phone })}
          />
          <View id="signup-departments" className="signup-departments">
            <Text className="signup-departments__title">所在站所（可多选）</Text>
            {departments.map((d) => (
              <Checkbox
                key={d.id}
                id={`signup-dept-${d.id}`}
                checked={form.departmentIds.includes(d.id)}
                label={d.name}
                content={d.windowName}
                onChange={(on) => toggleDepartment(d.id, on)}
              />
            ))}
            {errors.departmentIds ? <Text className="ui-field__error">⚠ {errors.departmentIds}</Text> : null}
          </View>
          <Text className="muted">提交后审核结果会发到“消息”里；在微信中提交时会问您是否同时接收微信提醒。</Text>
          <Button
            id="signup-submit"
            theme="primary"
            block
            loading={sending.busy}
            disabled={sending.locked}
            onClick={() => void submit(state.data.townshipId, state.data.subscribeIds)}
          >
            提交申请
          </Button>
        </Section>
      ) : null}
    </Page>
  )
}
