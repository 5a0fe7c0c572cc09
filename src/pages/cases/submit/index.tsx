import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useMemo, useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import {
  CASE_CATEGORIES,
  CASE_PHOTOS_MAX,
  CASE_TEXT_MAX,
  CASE_TYPE_LABELS,
  CASE_TYPES,
  CONTACT_PREFERENCE_LABELS,
  CONTACT_PREFERENCES,
  type CaseType
} from '../../../shared/cases'
import type { VillageDTO } from '../../../shared/org'
import type { HelpedPersonDTO } from '../../../shared/people'
import type { NoticeSettingsDTO } from '../../../shared/notices'
import { Button, InlineMessage, Input, Section, Switch, Textarea } from '../../../ui'
import { Page } from '../../../components/layout/Page'
import { ChoiceChips } from '../../../components/staff/ChoiceChips'
import { PhotoPicker } from '../../../components/cases/PhotoPicker'
import { SimilarCases } from '../../../components/cases/SimilarCases'
import type { PickedPhoto } from '../../../components/cases/PhotoPicker.types'
import { CASE_FORM_FIELDS, caseFormInput, emptyCaseForm, isBlankCaseForm, photoProblem, prefillFromLink, sanitizeCaseForm, withPrefill, type CaseFormFields } from '../../../components/cases/caseForm'
import { draftKey, readDraft, removeDraft, writeDraft } from '../../../components/cases/draft'
import { taroStorage } from '../../../components/cases/taroStorage'
import { pointToInvalid } from '../../../components/forms/focusField'
import { useSubmit } from '../../../components/forms/useSubmit'
import { askToSubscribe, templateIdsFor } from '../../../components/notices/subscribe'
import { listHelpedPeople } from '../../../services/appointments'
import { submitCase, uploadPhoto } from '../../../services/cases'
import { ApiRequestError, messageOf, newIdempotencyKey } from '../../../services/http'
import { getNoticeSettings } from '../../../services/notices'
import { loadSession } from '../../../services/session'
import { getOverview } from '../../../services/townships'
import '../../../components/cases/cases.scss'

const SELF = 'self'
const NO_VILLAGE = 'none'
type Message = { tone: 'info' | 'success' | 'error'; text: string }

const isCaseType = (value: string | undefined): value is CaseType => !!value && (CASE_TYPES as readonly string[]).includes(value)

/**
 * 我要咨询/投诉/建议/求助: type, category, what happened, up to 9 photos, village and place, how to be
 * contacted and whether to hide the name from the public; similar cases already raised are shown
 * while typing, to follow one instead of filing a duplicate. Every change is kept as a draft on the
 * phone (per person, and per helped person for an assistant) with the submission's idempotency key,
 * so after a lost connection the form comes back and a retried submit makes one case.
 */
export default function SubmitCasePage() {
  const router = useRouter()
  const me = loadSession()?.me ?? null
  const [forWhom, setForWhom] = useState<string>(SELF)
  const scope = `${me?.id ?? 'anon'}.${forWhom}`
  const key = draftKey('case', scope)
  const restored = useMemo(() => readDraft(taroStorage, key, sanitizeCaseForm), [key])
  const prefill = useMemo(() => prefillFromLink(router.params), [router.params])
  const [fields, setFields] = useState<CaseFormFields>(() =>
    withPrefill(restored?.fields ?? emptyCaseForm(isCaseType(router.params.type) ? router.params.type : null), prefill)
  )
  const sending = useSubmit({ forWhom, fields }, restored?.idempotencyKey)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [message, setMessage] = useState<Message | null>(
    prefill?.location
      ? { tone: 'info', text: `已按门牌填好地址：${prefill.location}` }
      : restored && !isBlankCaseForm(restored.fields)
        ? { tone: 'info', text: '已恢复您上次没有提交的内容' }
        : null
  )
  const [uploading, setUploading] = useState(0)
  const [villages, setVillages] = useState<VillageDTO[]>([])
  const [people, setPeople] = useState<HelpedPersonDTO[]>([])
  const [settings, setSettings] = useState<NoticeSettingsDTO | null>(null)
  const firstScope = useRef(true)

  useEffect(() => {
    if (!me) return
    getOverview(me.townshipId)
      .then((o) => setVillages(o.villages))
      .catch(() => setVillages([]))
    getNoticeSettings()
      .then(setSettings)
      .catch(() => setSettings(null))
    if (me.role === 'assistant') {
      listHelpedPeople()
        .then(setPeople)
        .catch(() => setPeople([]))
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [me?.id])

  useEffect(() => {
    if (firstScope.current) {
      firstScope.current = false
      return
    }
    const next = withPrefill(restored?.fields ?? emptyCaseForm(fields.type), prefill)
    setFields(next)
    if (restored?.idempotencyKey) sending.adopt({ forWhom, fields: next }, restored.idempotencyKey)
    setErrors({})
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])

  const update = (patch: Partial<CaseFormFields>) => {
    const next = { ...fields, ...patch }
    setFields(next)
    writeDraft(taroStorage, key, { fields: next, idempotencyKey: null, savedAt: new Date().toISOString() })
  }

  if (!me) {
    return (
      <Page className="case-submit">
        <Section id="case-sign-in" title="先登录">
          <Text className="case-para">反映问题要先登录，这样办理进度和答复才能告诉您。</Text>
          <Button id="case-go-sign-in" theme="primary" block onClick={() => void Taro.switchTab({ url: '/pages/me/index' })}>
            去“我的”登录
          </Button>
        </Section>
      </Page>
    )
  }

  const person = people.find((p) => p.personId === forWhom) ?? null

  const addPhotos = async (picked: PickedPhoto[]) => {
    const room = CASE_PHOTOS_MAX - fields.photos.length
    const problems: string[] = []
    let next = fields
    setUploading(picked.length)
    for (const photo of picked.slice(0, room)) {
      const problem = photoProblem(photo)
      if (problem) {
        problems.push(problem)
        continue
      }
      try {
        const dataBase64 = await photo.read()
        const uploaded = await uploadPhoto({ dataBase64 }, newIdempotencyKey())
        next = { ...next, photos: [...next.photos, { id: uploaded.id, src: photo.path }] }
        setFields(next)
        writeDraft(taroStorage, key, { fields: next, idempotencyKey: null, savedAt: new Date().toISOString() })
      } catch (e) {
        problems.push(messageOf(e))
      }
    }
    setUploading(0)
    if (picked.length > room) problems.push(`照片最多 ${CASE_PHOTOS_MAX} 张，多出的没有加上`)
    setMessage(problems.length ? { tone: 'error', text: problems[0]! } : { tone: 'success', text: `照片已上传，共 ${next.photos.length} 张` })
  }

  const submit = async () => {
    if (sending.locked) return
    const checked = caseFormInput(fields)
    if (!checked.ok) {
      setErrors(checked.errors)
      setMessage({ tone: 'error', text: pointToInvalid(checked.errors, CASE_FORM_FIELDS) })
      return
    }
    setErrors({})
    setMessage(null)
    try {
      await sending.run(async (idempotencyKey) => {
        writeDraft(taroStorage, key, { fields, idempotencyKey, savedAt: new Date().toISOString() })
        await askToSubscribe(templateIdsFor('case', settings))
        const created = await submitCase(checked.input, idempotencyKey, person?.personId)
        removeDraft(taroStorage, key)
        await Taro.redirectTo({ url: `/pages/cases/detail/index?id=${created.id}&done=submitted` })
      })
    } catch (e) {
      const offline = e instanceof ApiRequestError && e.status === 0
      if (e instanceof ApiRequestError && e.fields) setErrors(e.fields)
      setMessage({
        tone: 'error',
        text: offline
          ? `${messageOf(e)}。内容已保存在手机上，有网后再点“提交”即可，不会重复提交`
          : e instanceof ApiRequestError && e.fields
            ? pointToInvalid(e.fields, CASE_FORM_FIELDS)
            : messageOf(e)
      })
    }
  }

  const clearForm = () => {
    removeDraft(taroStorage, key)
    setFields(emptyCaseForm(fields.type))
    setErrors({})
    setMessage({ tone: 'info', text: '已清空' })
  }

  return (
    <Page className="case-submit">
      {me.role === 'assistant' ? (
        <Section id="case-for-section" title="替谁反映">
          <ChoiceChips
            id="case-for"
            label="反映人"
            options={[{ value: SELF, label: `本人（${me.displayName}）` }, ...people.map((p) => ({ value: p.personId, label: p.name }))]}
            selected={[forWhom]}
            onChange={(next) => setForWhom(next[0] ?? SELF)}
          />
          {person ? <Text className="case-para">{`代 ${person.name} 反映，记录里会写明是您代办的，答复也会发给您。`}</Text> : null}
        </Section>
      ) : null}

      <Section id="case-kind" title="您要">
        <ChoiceChips
          id="case-type"
          label="诉求类型"
          options={CASE_TYPES.map((t) => ({ value: t, label: CASE_TYPE_LABELS[t] }))}
          selected={fields.type ? [fields.type] : []}
          error={errors.type}
          onChange={(next) => update({ type: next[0] ?? null })}
        />
        <ChoiceChips
          id="case-category"
          label="是哪方面的事"
          options={CASE_CATEGORIES.map((c) => ({ value: c.id, label: c.name }))}
          selected={fields.category ? [fields.category] : []}
          error={errors.category}
          onChange={(next) => update({ category: next[0] ?? null })}
        />
      </Section>

      <Section id="case-content" title="具体情况">
        <Textarea
          id="case-text"
          label="诉求内容"
          value={fields.text}
          maxlength={CASE_TEXT_MAX}
          placeholder="请说清楚什么事、在哪里、从什么时候开始，例如：村口路灯坏了一个多月"
          error={errors.text}
          onChange={(text) => update({ text })}
        />
        <SimilarCases
          id="case-similar"
          category={fields.category}
          villageId={fields.villageId}
          text={fields.text}
          onFollowed={(item) => setMessage({ tone: 'success', text: `已关注“${item.title}”，答复时会发到“我的消息”。同一件事不用再提交，可以返回了` })}
        />
        <PhotoPicker
          id="case-photos"
          photos={fields.photos.map((p, i) => ({ key: p.id, src: p.src, label: `第 ${i + 1} 张` }))}
          max={CASE_PHOTOS_MAX}
          disabled={sending.busy || uploading > 0}
          onPick={(picked) => void addPhotos(picked)}
          onRemove={(id) => update({ photos: fields.photos.filter((p) => p.id !== id) })}
        />
        {uploading ? <Text id="case-photo-uploading" className="case-para">{`正在上传 ${uploading} 张照片…`}</Text> : null}
        {errors.photoIds ? <Text className="ui-field__error">⚠ {errors.photoIds}</Text> : null}
      </Section>

      <Section id="case-where" title="地点（选填）">
        {villages.length ? (
          <ChoiceChips
            id="case-village"
            label="哪个村（社区）"
            options={[{ value: NO_VILLAGE, label: '不选' }, ...villages.map((v) => ({ value: v.id, label: v.name }))]}
            selected={[fields.villageId || NO_VILLAGE]}
            onChange={(next) => update({ villageId: next[0] === NO_VILLAGE ? '' : next[0] ?? '' })}
          />
        ) : null}
        <Input id="case-location" label="具体位置" value={fields.location} maxlength={100} placeholder="例如：村委会东边的桥头" error={errors.location} onChange={(location) => update({ location })} />
      </Section>

      <Section id="case-contact-box" title="怎么联系您">
        <ChoiceChips
          id="case-contact"
          label="联系方式"
          options={CONTACT_PREFERENCES.map((c) => ({ value: c, label: CONTACT_PREFERENCE_LABELS[c] }))}
          selected={[fields.contactPreference]}
          error={errors.contactPreference}
          onChange={(next) => update({ contactPreference: next[0] ?? 'wechat' })}
        />
        {fields.contactPreference === 'phone' || fields.contactPreference === 'visit' ? (
          <Input
            id="case-phone"
            label="手机号码"
            placeholder="只给工作人员看"
            type="tel"
            value={fields.contactPhone}
            maxlength={11}
            error={errors.contactPhone}
            onChange={(contactPhone) => update({ contactPhone })}
          />
        ) : null}
        <View className="case-kv">
          <Text className="case-kv__v">对外隐藏我的姓名（公开答复时不显示您是谁）</Text>
          <Switch id="case-hide-name" value={fields.hideName} labels={['是', '否']} onChange={(hideName) => update({ hideName })} />
        </View>
      </Section>

      {message ? (
        <InlineMessage id="case-message" tone={message.tone}>
          {message.text}
        </InlineMessage>
      ) : null}
      <View className="case-actions">
        <Button id="case-submit" theme="primary" size="large" block loading={sending.busy} disabled={sending.locked || uploading > 0} onClick={() => void submit()}>
          提交
        </Button>
        <Button id="case-clear" variant="text" block disabled={sending.locked} onClick={clearForm}>
          清空重填
        </Button>
      </View>
    </Page>
  )
}
