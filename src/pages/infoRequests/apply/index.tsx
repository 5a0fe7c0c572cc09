import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import {
  APPLICANT_TYPE_LABELS,
  APPLICANT_TYPES,
  DELIVERY_LABELS,
  DELIVERY_METHODS,
  INFO_FORM_LABELS,
  INFO_FORMS,
  INFO_REQUEST_LIMITS,
  ORG_TYPE_LABELS,
  ORG_TYPES,
  submitInfoRequestSchema,
  type ApplicantType,
  type DeliveryMethod,
  type InfoForm,
  type InfoRequestGuideDTO,
  type OrgType
} from '../../../shared/infoRequests'
import type { HelpedPersonDTO } from '../../../shared/people'
import type { NoticeSettingsDTO } from '../../../shared/notices'
import { Button, InlineMessage, Input, Section, Textarea } from '../../../ui'
import { Page } from '../../../components/layout/Page'
import { ChoiceChips } from '../../../components/staff/ChoiceChips'
import { fieldErrors } from '../../../components/forms/fieldErrors'
import { pointToInvalid } from '../../../components/forms/focusField'
import type { FormField } from '../../../components/forms/invalid'
import { useSubmit } from '../../../components/forms/useSubmit'
import { askToSubscribe, templateIdsFor } from '../../../components/notices/subscribe'
import { listHelpedPeople } from '../../../services/appointments'
import { ApiRequestError, messageOf } from '../../../services/http'
import { submitInfoRequest, getRequestGuide } from '../../../services/infoRequests'
import { getNoticeSettings } from '../../../services/notices'
import { loadSession } from '../../../services/session'
import '../../../components/disclosure/disclosure.scss'

const SELF = 'self'

interface Fields {
  applicantType: ApplicantType
  name: string
  idNumber: string
  orgType: OrgType | null
  contactPerson: string
  phone: string
  address: string
  email: string
  description: string
  purpose: string
  form: InfoForm
  delivery: DeliveryMethod
}

const FIELDS: FormField[] = [
  { key: 'applicantType', id: 'ir-type', label: '申请人类型' },
  { key: 'name', id: 'ir-name', label: '姓名或单位名称' },
  { key: 'idNumber', id: 'ir-id', label: '证件号码' },
  { key: 'orgType', id: 'ir-org-type', label: '单位类型' },
  { key: 'contactPerson', id: 'ir-contact-person', label: '联系人' },
  { key: 'phone', id: 'ir-phone', label: '联系电话' },
  { key: 'address', id: 'ir-address', label: '通信地址' },
  { key: 'email', id: 'ir-email', label: '电子邮箱' },
  { key: 'description', id: 'ir-description', label: '所需信息' },
  { key: 'purpose', id: 'ir-purpose', label: '用途' },
  { key: 'form', id: 'ir-form', label: '提供形式' },
  { key: 'delivery', id: 'ir-delivery', label: '获取方式' }
]

const empty = (name: string): Fields => ({
  applicantType: 'person',
  name,
  idNumber: '',
  orgType: null,
  contactPerson: '',
  phone: '',
  address: '',
  email: '',
  description: '',
  purpose: '',
  form: 'electronic',
  delivery: 'online'
})

/**
 * 申请政府信息公开 (条例 Art. 29): who applies (a person with an ID number, or an organisation with its
 * 统一社会信用代码 — both stored encrypted), how to reach them, the information wanted, the form and how
 * to receive it. Before the form: who handles it, the 20 working days, the fee rule and the appeal
 * rights. An assistant can apply for someone they help. The WeChat reminder is asked on the submit tap.
 */
export default function ApplyInfoRequestPage() {
  const me = loadSession()?.me ?? null
  const [forWhom, setForWhom] = useState(SELF)
  const [fields, setFields] = useState<Fields>(() => empty(me?.displayName ?? ''))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [message, setMessage] = useState<{ tone: 'info' | 'error'; text: string } | null>(null)
  const [guide, setGuide] = useState<InfoRequestGuideDTO | null>(null)
  const [people, setPeople] = useState<HelpedPersonDTO[]>([])
  const [settings, setSettings] = useState<NoticeSettingsDTO | null>(null)
  const sending = useSubmit({ forWhom, fields })

  useEffect(() => {
    if (!me) return
    getRequestGuide(me.townshipId).then(setGuide).catch(() => setGuide(null))
    getNoticeSettings().then(setSettings).catch(() => setSettings(null))
    if (me.role === 'assistant') listHelpedPeople().then(setPeople).catch(() => setPeople([]))
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [me?.id])

  if (!me) {
    return (
      <Page className="ir-apply">
        <Section id="ir-sign-in" title="先登录">
          <Text className="dz-para">申请公开要先登录，这样收到、补正、答复都能及时告诉您。</Text>
          <Button id="ir-go-sign-in" theme="primary" block onClick={() => void Taro.switchTab({ url: '/pages/me/index' })}>
            去“我的”登录
          </Button>
        </Section>
      </Page>
    )
  }

  const set = (patch: Partial<Fields>) => setFields({ ...fields, ...patch })
  const person = people.find((p) => p.personId === forWhom) ?? null
  const org = fields.applicantType === 'organisation'

  const submit = async () => {
    if (sending.locked) return
    const input = {
      ...fields,
      orgType: org ? fields.orgType : null,
      contactPerson: org ? fields.contactPerson : '',
      idNumber: fields.idNumber.trim().toUpperCase()
    }
    const checked = submitInfoRequestSchema.safeParse(input)
    if (!checked.success) {
      const found = fieldErrors(checked.error.issues)
      setErrors(found)
      setMessage({ tone: 'error', text: pointToInvalid(found, FIELDS) })
      return
    }
    setErrors({})
    setMessage(null)
    try {
      await sending.run(async (key) => {
        await askToSubscribe(templateIdsFor('infoRequest', settings))
        const created = await submitInfoRequest(input, key, person?.personId)
        await Taro.redirectTo({ url: `/pages/infoRequests/detail/index?id=${created.id}&done=submitted` })
      })
    } catch (e) {
      if (e instanceof ApiRequestError && e.fields) {
        setErrors(e.fields)
        setMessage({ tone: 'error', text: pointToInvalid(e.fields, FIELDS) })
      } else setMessage({ tone: 'error', text: messageOf(e) })
    }
  }

  return (
    <Page className="ir-apply">
      <Section id="ir-guide" title="申请须知">
        <Text className="dz-para">
          {guide
            ? `由${guide.officeName}办理（${guide.officeAddress}，电话 ${guide.officePhone}）。乡镇确认收到申请后，${guide.answerDays} 个工作日内答复；需要延长的，最多再延长 20 个工作日并告诉您理由。${guide.feeMethod === 'free' ? '依申请公开不收费。' : `收费：${guide.feeLabel}。`}已经主动公开的信息，可以先在“政务公开”里搜一搜。`
            : '乡镇确认收到申请后，20 个工作日内答复。依申请公开一般不收费。'}
        </Text>
        {guide ? <Text className="dz-appeal">{`救济途径：${guide.appealText}`}</Text> : null}
      </Section>

      {me.role === 'assistant' ? (
        <Section id="ir-for-section" title="替谁申请">
          <ChoiceChips
            id="ir-for"
            label="申请人"
            options={[{ value: SELF, label: `本人（${me.displayName}）` }, ...people.map((p) => ({ value: p.personId, label: p.name }))]}
            selected={[forWhom]}
            onChange={(next) => {
              const chosen = next[0] ?? SELF
              setForWhom(chosen)
              set({ name: chosen === SELF ? me.displayName : (people.find((p) => p.personId === chosen)?.name ?? '') })
            }}
          />
          {person ? <Text className="dz-para">{`代 ${person.name} 申请，记录里会写明是您代办的，进度也会告诉您。`}</Text> : null}
        </Section>
      ) : null}

      <Section id="ir-who" title="申请人">
        <ChoiceChips
          id="ir-type"
          label="申请人类型"
          options={APPLICANT_TYPES.map((t) => ({ value: t, label: APPLICANT_TYPE_LABELS[t] }))}
          selected={[fields.applicantType]}
          error={errors.applicantType}
          onChange={(next) => set({ applicantType: next[0] ?? 'person' })}
        />
        <Input id="ir-name" label={org ? '单位名称' : '姓名'} value={fields.name} maxlength={INFO_REQUEST_LIMITS.name} error={errors.name} onChange={(name) => set({ name })} />
        <Input
          id="ir-id"
          label={org ? '统一社会信用代码' : '身份证号'}
          type={org ? 'text' : 'idcard'}
          value={fields.idNumber}
          maxlength={18}
          placeholder="加密保存，只给办理的工作人员核对"
          error={errors.idNumber}
          onChange={(idNumber) => set({ idNumber })}
        />
        {org ? (
          <View>
            <ChoiceChips id="ir-org-type" label="单位类型" options={ORG_TYPES.map((t) => ({ value: t, label: ORG_TYPE_LABELS[t] }))} selected={fields.orgType ? [fields.orgType] : []} error={errors.orgType} onChange={(next) => set({ orgType: next[0] ?? null })} />
            <Input id="ir-contact-person" label="联系人" value={fields.contactPerson} maxlength={INFO_REQUEST_LIMITS.contactPerson} error={errors.contactPerson} onChange={(contactPerson) => set({ contactPerson })} />
          </View>
        ) : null}
        <Input id="ir-phone" label="联系电话" type="tel" value={fields.phone} maxlength={20} placeholder="手机或座机" error={errors.phone} onChange={(phone) => set({ phone })} />
      </Section>

      <Section id="ir-what" title="需要哪些信息">
        <Textarea
          id="ir-description"
          label="所需信息"
          value={fields.description}
          maxlength={INFO_REQUEST_LIMITS.description}
          placeholder="请写清信息的名称、文号，或时间、地点、事项等特征，例如：2024年桐山村低保资金发放汇总表"
          error={errors.description}
          onChange={(description) => set({ description })}
        />
        <Input id="ir-purpose" label="用途（选填）" value={fields.purpose} maxlength={INFO_REQUEST_LIMITS.purpose} error={errors.purpose} onChange={(purpose) => set({ purpose })} />
      </Section>

      <Section id="ir-how" title="怎么给您">
        <ChoiceChips id="ir-form" label="提供形式" options={INFO_FORMS.map((f) => ({ value: f, label: INFO_FORM_LABELS[f] }))} selected={[fields.form]} error={errors.form} onChange={(next) => set({ form: next[0] ?? 'electronic' })} />
        <ChoiceChips
          id="ir-delivery"
          label="获取方式"
          options={DELIVERY_METHODS.map((d) => ({ value: d, label: DELIVERY_LABELS[d] }))}
          selected={[fields.delivery]}
          error={errors.delivery}
          onChange={(next) => set({ delivery: next[0] ?? 'online' })}
        />
        {fields.delivery === 'mail' ? <Input id="ir-address" label="通信地址" value={fields.address} maxlength={INFO_REQUEST_LIMITS.address} error={errors.address} onChange={(address) => set({ address })} /> : null}
        {fields.delivery === 'email' ? <Input id="ir-email" label="电子邮箱" value={fields.email} maxlength={INFO_REQUEST_LIMITS.email} error={errors.email} onChange={(email) => set({ email })} /> : null}
      </Section>

      {message ? (
        <InlineMessage id="ir-message" tone={message.tone}>
          {message.text}
        </InlineMessage>
      ) : null}
      <Button id="ir-submit" theme="primary" size="large" block loading={sending.busy} disabled={sending.locked} onClick={() => void submit()}>
        提交申请
      </Button>
    </Page>
  )
}
