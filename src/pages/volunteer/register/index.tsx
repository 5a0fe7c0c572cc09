import Taro from '@tarojs/taro'
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { VillageDTO } from '../../../shared/org'
import type { NoticeSettingsDTO } from '../../../shared/notices'
import {
  registerVolunteerSchema,
  VISIT_LIMITS,
  VOLUNTEER_KIND_LABELS,
  VOLUNTEER_KINDS,
  VOLUNTEER_SKILLS,
  type VolunteerDTO,
  type VolunteerKind,
  type VolunteerSkillId
} from '../../../shared/visits'
import { Button, InlineMessage, Input, Loading, Section, Switch, Textarea } from '../../../ui'
import { Page } from '../../../components/layout/Page'
import { KeyValue } from '../../../components/common/KeyValue'
import { LoadFailed } from '../../../components/common/LoadFailed'
import { useLoad } from '../../../components/common/useLoad'
import { ChoiceChips } from '../../../components/staff/ChoiceChips'
import { fieldErrors } from '../../../components/forms/fieldErrors'
import { useSubmit } from '../../../components/forms/useSubmit'
import { askToSubscribe, templateIdsFor } from '../../../components/notices/subscribe'
import { ApiRequestError, messageOf } from '../../../services/http'
import { getNoticeSettings } from '../../../services/notices'
import { loadSession } from '../../../services/session'
import { getOverview } from '../../../services/townships'
import { getMyVolunteer, registerVolunteer } from '../../../services/visits'
import '../../../components/scan/scan.scss'

interface Loaded {
  mine: VolunteerDTO | null
  villages: VillageDTO[]
  settings: NoticeSettingsDTO | null
}

interface Form {
  kind: VolunteerKind | ''
  villageId: string
  realName: string
  phone: string
  skills: VolunteerSkillId[]
  intro: string
  phoneOnDoorplates: boolean
}

async function load(): Promise<Loaded> {
  const me = loadSession()?.me
  if (!me) throw new ApiRequestError('登记志愿者要先登录，请到“我的”登录后再来', 'NOT_SIGNED_IN', 401)
  const [mine, overview, settings] = await Promise.all([getMyVolunteer(), getOverview(me.townshipId), getNoticeSettings().catch(() => null)])
  return { mine: mine.volunteer, villages: overview.villages, settings }
}

/**
 * 志愿服务登记: a resident or an assistant registers as a volunteer or as the village's grid worker
 * (village, real name, phone, what they can help with); the centre's admin reviews it. Shows where
 * a registration stands, why one was turned down (then it can be sent again), and the way to the
 * orders once approved.
 */
export default function VolunteerRegisterPage() {
  const [state, reload] = useLoad(load, [])
  const [saved, setSaved] = useState<VolunteerDTO | null>(null)
  const [form, setForm] = useState<Form>({ kind: '', villageId: '', realName: loadSession()?.me?.displayName ?? '', phone: '', skills: [], intro: '', phoneOnDoorplates: false })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null)
  const sending = useSubmit(form)

  if (state.status !== 'ready') {
    return <Page className="volunteer">{state.status === 'error' ? <LoadFailed message={state.message} onRetry={reload} /> : <Loading text="正在打开…" />}</Page>
  }
  const mine = saved ?? state.data.mine
  const set = (patch: Partial<Form>) => setForm({ ...form, ...patch })
  const canRegister = !mine || mine.status === 'rejected' || mine.status === 'suspended'

  const submit = async () => {
    const candidate = { ...form, kind: form.kind || undefined, intro: form.intro.trim() || undefined, phone: form.phone.trim(), realName: form.realName.trim() }
    const checked = registerVolunteerSchema.safeParse(candidate)
    if (!checked.success) {
      setErrors(fieldErrors(checked.error.issues))
      setMessage({ tone: 'error', text: '还有没填好的地方，请看标红的提示' })
      return
    }
    setErrors({})
    try {
      const done = await sending.run(async (key) => {
        await askToSubscribe(templateIdsFor('volunteer', state.data.settings))
        return registerVolunteer(checked.data, key)
      })
      if (!done) return
      setSaved(done)
      setMessage({ tone: 'success', text: '已提交登记，中心负责人审核后会通知您' })
    } catch (e) {
      if (e instanceof ApiRequestError && e.fields) setErrors(e.fields)
      setMessage({ tone: 'error', text: messageOf(e) })
    }
  }

  return (
    <Page className="volunteer">
      {message ? (
        <InlineMessage id="volunteer-message" tone={message.tone}>
          {message.text}
        </InlineMessage>
      ) : null}

      {mine ? (
        <Section id="volunteer-status" title="我的登记">
          <KeyValue k="状态" id="volunteer-status-label">{mine.statusLabel}</KeyValue>
          <KeyValue k="身份">{`${mine.kindLabel} · ${mine.villageName}`}</KeyValue>
          <KeyValue k="能提供">{mine.skillLabels.join('、')}</KeyValue>
          <KeyValue k="手机">{mine.phoneMasked}</KeyValue>
          {mine.reason ? <KeyValue k="原因">{mine.reason}</KeyValue> : null}
          {mine.status === 'approved' ? (
            <Button id="volunteer-orders-entry" theme="primary" block onClick={() => void Taro.redirectTo({ url: '/pages/volunteer/orders/index' })}>
              看派给我的服务单
            </Button>
          ) : null}
          {mine.status === 'pending' ? <Text className="scan__para muted">中心负责人审核后会发消息告诉您。</Text> : null}
        </Section>
      ) : (
        <Section title="上门服务">
          <Text className="scan__para">群众点单、政府派单、志愿者送单：有老人、行动不便的人求助时，服务中心会把单派给本村的志愿者和网格员上门帮忙。登记并审核通过后就能接单。</Text>
        </Section>
      )}

      {canRegister ? (
        <Section id="volunteer-form" title={mine ? '重新提交登记' : '登记'}>
          <ChoiceChips id="volunteer-kind" label="登记为" options={VOLUNTEER_KINDS.map((k) => ({ value: k, label: VOLUNTEER_KIND_LABELS[k] }))} selected={form.kind ? [form.kind] : []} error={errors.kind} onChange={(next) => set({ kind: next[0] ?? '' })} />
          <ChoiceChips id="volunteer-village" label="服务哪个村（社区）" options={state.data.villages.map((v) => ({ value: v.id, label: v.name }))} selected={form.villageId ? [form.villageId] : []} error={errors.villageId} onChange={(next) => set({ villageId: next[0] ?? '' })} />
          <Input id="volunteer-name" label="真实姓名" value={form.realName} maxlength={VISIT_LIMITS.realName} error={errors.realName} onChange={(realName) => set({ realName })} />
          <Input id="volunteer-phone" label="手机号码" type="tel" placeholder="只给服务中心看" value={form.phone} maxlength={11} error={errors.phone} onChange={(phone) => set({ phone })} />
          <ChoiceChips id="volunteer-skills" label="能提供的服务（可多选）" multiple options={VOLUNTEER_SKILLS.map((s) => ({ value: s.id, label: s.name }))} selected={form.skills} error={errors.skills} onChange={(skills) => set({ skills })} />
          <Textarea id="volunteer-intro" label="自我介绍（选填）" placeholder="例如：周末都能上门，会修水电" value={form.intro} maxlength={VISIT_LIMITS.intro} error={errors.intro} onChange={(intro) => set({ intro })} />
          {form.kind === 'gridWorker' ? (
            <View className="kv">
              <Text className="kv__v">在本村的智慧门牌上显示我的电话，方便群众找我</Text>
              <Switch id="volunteer-phone-on-plates" value={form.phoneOnDoorplates} labels={['显示', '不显示']} onChange={(phoneOnDoorplates) => set({ phoneOnDoorplates })} />
            </View>
          ) : null}
          <Button id="volunteer-submit" theme="primary" size="large" block loading={sending.busy} disabled={sending.locked} onClick={() => void submit()}>
            提交登记
          </Button>
        </Section>
      ) : null}
    </Page>
  )
}
