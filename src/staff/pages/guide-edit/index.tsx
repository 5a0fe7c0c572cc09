import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { LIFE_EVENTS, type LifeEventId } from '../../../shared/enums'
import { digitsOf, GUIDE_LIMITS, type GuideContent, type GuideForStaff } from '../../../shared/guides'
import { Button, Checkbox, InlineMessage, Input, Loading, Section, Textarea } from '../../../ui'
import { Page } from '../../../components/layout/Page'
import { ChoiceChips } from '../../../components/staff/ChoiceChips'
import { FaqEditor } from '../../../components/staff/FaqEditor'
import { LinesEditor } from '../../../components/staff/LinesEditor'
import { MaterialsEditor } from '../../../components/staff/MaterialsEditor'
import { StaffLoadFailed } from '../../../components/staff/StaffLoadFailed'
import { StepsEditor } from '../../../components/staff/StepsEditor'
import { loadStaffContext, type StaffContext } from '../../../components/staff/staffContext'
import { useLoad } from '../../../components/common/useLoad'
import { ApiRequestError, messageOf } from '../../../services/http'
import { focusField } from '../../../components/forms/focusField'
import { useSubmit } from '../../../components/forms/useSubmit'
import {
  createStaffGuide,
  getStaffGuide,
  publishStaffGuide,
  saveStaffGuideDraft,
  unpublishStaffGuide
} from '../../../services/staffConsole'
import {
  checkForm,
  checkSlug,
  contentToForm,
  dropErrors,
  emptyForm,
  errorElementId,
  errorsFromServer,
  orderedErrorKeys,
  sameForm,
  summarizeErrors,
  type FormErrors,
  type GuideForm
} from '../../lib/guideForm'
import { editorStatus } from '../../lib/status'
import './index.scss'

const LIFE_EVENT_OPTIONS = LIFE_EVENTS.map((e) => ({ value: e.id, label: e.name }))

interface Notice {
  tone: 'info' | 'success' | 'error'
  text: string
}

interface Loaded {
  context: StaffContext
  guide: GuideForStaff | null
}

/** The first error under a field or any of its items (`keywords`, `keywords.3`). */
function errorUnder(errors: FormErrors, field: string): string | undefined {
  const key = Object.keys(errors).find((k) => k === field || k.startsWith(`${field}.`))
  return key ? errors[key] : undefined
}

function initialForm(loaded: Loaded): GuideForm {
  if (loaded.guide) return contentToForm(loaded.guide.draft)
  const department = loaded.context.editableDepartments[0]
  return emptyForm(department?.id ?? '', {
    place: department ? `${loaded.context.township.name}便民服务中心${department.windowName}` : '',
    hours: loaded.context.township.hours,
    phone: department?.phone ?? ''
  })
}

/**
 * Edits a guide's draft (`?id=`) or writes a new one (`?new=1`): every 一次性告知 field, checked
 * with the shared schema before sending, saved with the revision it started from, then published.
 */
export default function GuideEditPage() {
  const router = useRouter()
  const guideId = router.params.id ?? ''
  const isNew = !guideId && router.params.new === '1'

  const [state, reload] = useLoad<Loaded>(async () => {
    const context = await loadStaffContext()
    if (!guideId && !isNew) throw new ApiRequestError('没有指明要编辑哪个事项，请回到工作台重新选择', 'NOT_FOUND', 404)
    const guide = guideId ? await getStaffGuide(guideId) : null
    return { context, guide }
  }, [guideId, isNew])

  const [guide, setGuide] = useState<GuideForStaff | null>(null)
  const [form, setForm] = useState<GuideForm | null>(null)
  const [baseline, setBaseline] = useState<GuideForm | null>(null)
  const [slug, setSlug] = useState('')
  const [errors, setErrors] = useState<FormErrors>({})
  const [stale, setStale] = useState(false)
  const [confirmUnpublish, setConfirmUnpublish] = useState(false)
  const sending = useSubmit({ form, slug, revision: guide?.draftRevision, version: guide?.version, published: guide?.published !== null })
  const [pressed, setPressed] = useState<'save' | 'publish' | 'unpublish' | null>(null)
  const [notice, setNotice] = useState<Notice | null>(
    router.params.created === '1' ? { tone: 'success', text: '事项已建好（未发布）。改好后点“发布”，群众就能看到' } : null
  )

  useEffect(() => {
    if (state.status !== 'ready') return
    const start = initialForm(state.data)
    setGuide(state.data.guide)
    setForm(start)
    setBaseline(start)
    setErrors({})
    setStale(false)
    setConfirmUnpublish(false)
    Taro.setNavigationBarTitle({ title: state.data.guide ? `编辑：${state.data.guide.draft.title}` : '新建事项' }).catch(() => undefined)
  }, [state])

  if (state.status === 'loading' || (state.status === 'ready' && !form)) {
    return (
      <Page className="guide-edit staff-console">
        <Loading text="正在打开编辑器…" />
      </Page>
    )
  }
  if (state.status === 'error') {
    return (
      <Page className="guide-edit staff-console">
        <StaffLoadFailed message={state.message} code={state.code} onRetry={reload} />
      </Page>
    )
  }
  if (!form) return null

  const { context } = state.data
  const dirty = baseline ? !sameForm(form, baseline) : false
  const departmentId = guide?.draft.departmentId ?? form.departmentId
  const canEdit = context.isAdmin || context.me.departmentIds.includes(departmentId)
  const departmentOptions = context.departments
    .filter((d) => context.editableDepartments.some((e) => e.id === d.id) || d.id === form.departmentId)
    .map((d) => ({ value: d.id, label: d.name }))

  const edit = (patch: Partial<GuideForm>, structuralField?: string) => {
    setForm({ ...form, ...patch })
    if (structuralField) setErrors((e) => dropErrors(e, structuralField))
  }

  const fail = (error: unknown) => {
    if (error instanceof ApiRequestError) {
      if (error.fields) setErrors((e) => ({ ...e, ...errorsFromServer(error.fields) }))
      if (error.code === 'SLUG_TAKEN') setErrors((e) => ({ ...e, slug: error.message }))
      if (error.status === 409 && error.code === 'STALE_DRAFT') {
        setStale(true)
        setNotice({ tone: 'error', text: '草稿已被别人修改过，您这次的修改没有保存。请重新载入最新草稿后再改' })
        return
      }
    }
    setNotice({ tone: 'error', text: messageOf(error) })
  }

  const validate = (): GuideContent | null => {
    const checked = checkForm(form)
    const slugCheck = isNew ? checkSlug(slug) : null
    const found: FormErrors = checked.ok ? {} : { ...checked.errors }
    if (slugCheck && !slugCheck.ok) found.slug = slugCheck.error
    if (!checked.ok || (slugCheck && !slugCheck.ok)) {
      setErrors(found)
      setNotice({ tone: 'error', text: summarizeErrors(found) })
      const first = orderedErrorKeys(found)[0]
      if (first) focusField(errorElementId(first))
      return null
    }
    setErrors({})
    return checked.content
  }

  /** Saves the draft (or creates the guide); returns the stored guide, or null when nothing was saved. */
  const save = async (key: string, content: GuideContent): Promise<GuideForStaff | null> => {
    if (isNew) {
      const created = await createStaffGuide({ townshipId: context.me.townshipId, slug: slug.trim(), content }, key)
      await Taro.redirectTo({ url: `/staff/pages/guide-edit/index?id=${created.id}&created=1` })
      return null
    }
    if (!guide) return null
    const updated = await saveStaffGuideDraft(guide.id, content, guide.draftRevision)
    const next = contentToForm(updated.draft)
    setGuide(updated)
    setForm(next)
    setBaseline(next)
    setStale(false)
    return updated
  }

  /** Runs one of the editor's buttons through the submit guard; the tapped one shows as loading. */
  const press = async (which: 'save' | 'publish' | 'unpublish', work: (key: string) => Promise<void>) => {
    setPressed(which)
    try {
      await sending.run(work, which)
    } catch (error) {
      fail(error)
    }
  }

  const onSave = () => {
    const content = validate()
    if (!content) return
    return press('save', async (key) => {
      const updated = await save(key, content)
      if (updated) {
        setNotice({
          tone: 'success',
          text: updated.published ? '草稿已保存。群众看到的还是已发布的版本，点“发布”后才会更新' : '草稿已保存，还没有发布'
        })
      }
    })
  }

  const onPublish = () => {
    if (!guide) return
    const content = dirty ? validate() : null
    if (dirty && !content) return
    return press('publish', async (key) => {
      const saved = content ? await save(key, content) : guide
      if (!saved) return
      const published = await publishStaffGuide(saved.id)
      setGuide(published)
      const unchanged = saved.published !== null && published.version === saved.version
      setNotice(
        unchanged
          ? { tone: 'info', text: `没有新的修改，群众看到的就是第 ${published.version} 版` }
          : { tone: 'success', text: `已发布第 ${published.version} 版，群众现在看到的是这一版` }
      )
    })
  }

  const onUnpublish = () =>
    press('unpublish', async () => {
      if (!guide) return
      const updated = await unpublishStaffGuide(guide.id)
      setGuide(updated)
      setConfirmUnpublish(false)
      setNotice({ tone: 'success', text: '已下线，群众现在查不到这个事项了。草稿还在，可以随时再发布' })
    })

  const busy = sending.locked
  const loading = (which: 'save' | 'publish' | 'unpublish') => sending.busy && pressed === which

  const status = guide
    ? editorStatus({
        isPublished: guide.published !== null,
        version: guide.version,
        hasUnpublishedChanges: guide.hasUnpublishedChanges,
        publishedAt: guide.publishedAt
      })
    : '新事项：保存后才会建好，发布后群众才能看到。'

  return (
    <Page className="guide-edit staff-console">
      <Section id="edit-status" title={isNew ? '新建事项' : '状态'}>
        <Text id="edit-status-text" className="guide-edit__status-line">
          {status}
        </Text>
        {guide && guide.published !== null && guide.hasUnpublishedChanges ? (
          <Text id="edit-status-diff" className="guide-edit__status-diff">
            ⚠ 草稿与已发布版本不同：发布后群众才会看到这些修改
          </Text>
        ) : null}
        {dirty ? (
          <Text id="edit-status-dirty" className="guide-edit__status-dirty">
            ✎ 有修改还没保存
          </Text>
        ) : null}
        {!canEdit ? (
          <InlineMessage id="edit-readonly" tone="info">
            这个事项不属于您所在的站所，您只能查看。需要修改请联系该站所或中心负责人。
          </InlineMessage>
        ) : null}
        <Button id="edit-jump-actions" variant="text" theme="primary" onClick={() => focusField('edit-actions')}>
          {isNew ? '到页面底部保存 ↓' : '到页面底部保存、发布 ↓'}
        </Button>
      </Section>

      <Section id="edit-basic" title="基本信息">
        {isNew ? (
          <Input
            id="edit-slug"
            label="事项代码（用于二维码和链接）"
            value={slug}
            placeholder="如 dibao，只用小写字母、数字、短横线"
            maxlength={GUIDE_LIMITS.slug}
            error={errors.slug}
            onChange={setSlug}
          />
        ) : null}
        <Input
          id="edit-title"
          label="事项名称"
          value={form.title}
          placeholder="如：最低生活保障申请"
          maxlength={GUIDE_LIMITS.title}
          error={errors.title}
          onChange={(title) => edit({ title })}
        />
        <Textarea
          id="edit-summary"
          label="事项简介（一两句话说清楚办什么）"
          value={form.summary}
          maxlength={GUIDE_LIMITS.summary}
          error={errors.summary}
          onChange={(summary) => edit({ summary })}
        />
        <Input
          id="edit-keywords"
          label="群众常用的叫法（用空格或逗号分开）"
          value={form.keywords}
          placeholder="如：低保 最低生活保障"
          maxlength={GUIDE_LIMITS.keywords * (GUIDE_LIMITS.keyword + 1)}
          error={errorUnder(errors, 'keywords')}
          onChange={(keywords) => edit({ keywords })}
        />
        <ChoiceChips<string>
          id="edit-department"
          label="办理站所"
          options={departmentOptions}
          selected={form.departmentId ? [form.departmentId] : []}
          error={errors.departmentId}
          onChange={(next) => edit({ departmentId: next[0] ?? form.departmentId })}
        />
        <ChoiceChips<LifeEventId>
          id="edit-life-events"
          label="属于哪些“一件事”（可多选，最多 6 个）"
          options={LIFE_EVENT_OPTIONS}
          selected={form.lifeEvents}
          multiple
          max={6}
          error={errorUnder(errors, 'lifeEvents')}
          onChange={(lifeEvents) => edit({ lifeEvents })}
        />
      </Section>

      <Section id="edit-eligibility-section" title="办理条件">
        <LinesEditor
          idPrefix="edit-eligibility"
          field="eligibility"
          noun="条件"
          lines={form.eligibility}
          placeholder="如：家庭人均收入低于当地低保标准"
          maxlength={GUIDE_LIMITS.eligibility}
          errors={errors}
          onChange={(eligibility, structural) => edit({ eligibility }, structural ? 'eligibility' : undefined)}
        />
      </Section>

      <Section id="edit-materials-section" title="申请材料（一次性告知）">
        <MaterialsEditor
          materials={form.materials}
          errors={errors}
          onChange={(materials, structural) => edit({ materials }, structural ? 'materials' : undefined)}
        />
      </Section>

      <Section id="edit-steps-section" title="办理流程">
        <StepsEditor steps={form.steps} errors={errors} onChange={(steps, structural) => edit({ steps }, structural ? 'steps' : undefined)} />
      </Section>

      <Section id="edit-time-section" title="办理时限（工作日）">
        <Input
          id="edit-legal-days"
          label="法定时限（法律没有规定就空着）"
          type="number"
          value={form.legalDays}
          maxlength={digitsOf(GUIDE_LIMITS.days)}
          error={errors.legalTimeLimitDays}
          onChange={(legalDays) => edit({ legalDays })}
        />
        <Input
          id="edit-promised-days"
          label="承诺时限（0 表示当场办结）"
          type="number"
          value={form.promisedDays}
          maxlength={digitsOf(GUIDE_LIMITS.days)}
          error={errors.promisedTimeLimitDays}
          onChange={(promisedDays) => edit({ promisedDays })}
        />
        <Textarea
          id="edit-time-note"
          label="时限说明（可不填）"
          value={form.timeLimitNote}
          placeholder="如：公示 7 天不计入办理时限"
          maxlength={GUIDE_LIMITS.timeLimitNote}
          error={errors.timeLimitNote}
          onChange={(timeLimitNote) => edit({ timeLimitNote })}
        />
      </Section>

      <Section id="edit-fee-section" title="收费">
        <Checkbox id="edit-fee-free" checked={form.feeFree} label="不收费" onChange={(feeFree) => edit({ feeFree })} />
        <Input
          id="edit-fee-description"
          label={form.feeFree ? '收费说明（可不填）' : '收费标准和依据'}
          value={form.feeDescription}
          maxlength={GUIDE_LIMITS.feeDescription}
          error={errors['fee.description']}
          onChange={(feeDescription) => edit({ feeDescription })}
        />
      </Section>

      <Section id="edit-place-section" title="在哪办、找谁">
        <Input
          id="edit-place"
          label="办理地点"
          value={form.place}
          maxlength={GUIDE_LIMITS.place}
          error={errors.place}
          onChange={(place) => edit({ place })}
        />
        <Input
          id="edit-hours"
          label="办理时间"
          value={form.hours}
          placeholder="如：工作日 8:30—12:00，14:30—17:30"
          maxlength={GUIDE_LIMITS.hours}
          error={errors.hours}
          onChange={(hours) => edit({ hours })}
        />
        <Input
          id="edit-contact-name"
          label="联系人（可不填）"
          value={form.contactName}
          maxlength={GUIDE_LIMITS.contactName}
          error={errors.contactName}
          onChange={(contactName) => edit({ contactName })}
        />
        <Input
          id="edit-contact-phone"
          label="联系电话"
          type="tel"
          value={form.contactPhone}
          placeholder="如：0795-1234567"
          maxlength={GUIDE_LIMITS.contactPhone}
          error={errors.contactPhone}
          onChange={(contactPhone) => edit({ contactPhone })}
        />
      </Section>

      <Section id="edit-legal-basis-section" title="办理依据">
        <LinesEditor
          idPrefix="edit-legal-basis"
          field="legalBasis"
          noun="依据"
          lines={form.legalBasis}
          placeholder="如：《社会救助暂行办法》第九条"
          maxlength={GUIDE_LIMITS.legalBasis}
          errors={errors}
          onChange={(legalBasis, structural) => edit({ legalBasis }, structural ? 'legalBasis' : undefined)}
        />
      </Section>

      <Section id="edit-faq-section" title="常见问题">
        <FaqEditor faq={form.faq} errors={errors} onChange={(faq, structural) => edit({ faq }, structural ? 'faq' : undefined)} />
      </Section>

      <Section id="edit-ways-section" title="办理方式">
        <Checkbox
          id="edit-appointment"
          checked={form.appointmentAvailable}
          label="可以网上预约"
          content="不预约也能到窗口办理"
          onChange={(appointmentAvailable) => edit({ appointmentAvailable })}
        />
        <Checkbox
          id="edit-max-one-trip"
          checked={form.maxOneTrip}
          label="最多跑一次"
          onChange={(maxOneTrip) => edit({ maxOneTrip })}
        />
        <Checkbox
          id="edit-proxy"
          checked={form.proxyAllowed}
          label="可以由帮办代办员代办"
          onChange={(proxyAllowed) => edit({ proxyAllowed })}
        />
      </Section>

      <Section id="edit-actions" title={isNew ? '保存' : '保存和发布'}>
        {notice ? (
          <InlineMessage id="page-notice" tone={notice.tone}>
            {notice.text}
          </InlineMessage>
        ) : null}
        {stale ? (
          <View id="edit-stale" className="guide-edit__confirm">
            <Text className="guide-edit__confirm-text">
              重新载入会显示别人保存的最新草稿，您这次没保存的修改会丢掉。可以先把要改的内容记下来。
            </Text>
            <Button id="guide-reload" theme="primary" block onClick={reload}>
              重新载入最新草稿
            </Button>
          </View>
        ) : null}
        <Button id="guide-save" theme={isNew ? 'primary' : 'default'} block loading={loading('save')} disabled={busy || !canEdit} onClick={() => void onSave()}>
          {isNew ? '保存（建好后再发布）' : '保存草稿'}
        </Button>
        {guide ? (
          <Button id="guide-publish" theme="primary" block loading={loading('publish')} disabled={busy || !canEdit} onClick={() => void onPublish()}>
            {dirty ? '保存并发布' : '发布'}
          </Button>
        ) : null}
        {guide && guide.published !== null ? (
          confirmUnpublish ? (
            <View id="unpublish-confirm" className="guide-edit__confirm">
              <Text className="guide-edit__confirm-text">下线后群众就查不到、打不开这个事项了（草稿会保留）。确定下线吗？</Text>
              <Button id="guide-unpublish-confirm" theme="danger" block loading={loading('unpublish')} disabled={busy} onClick={() => void onUnpublish()}>
                确定下线
              </Button>
              <Button id="guide-unpublish-cancel" block disabled={busy} onClick={() => setConfirmUnpublish(false)}>
                不下线了
              </Button>
            </View>
          ) : (
            <Button id="guide-unpublish" theme="danger" variant="outline" block disabled={busy || !canEdit} onClick={() => setConfirmUnpublish(true)}>
              下线
            </Button>
          )
        ) : null}
        {guide && guide.published !== null ? (
          <Button
            id="guide-preview"
            variant="text"
            theme="primary"
            block
            onClick={() => Taro.navigateTo({ url: `/pages/guides/detail/index?id=${guide.id}` })}
          >
            {`预览群众看到的页面（第 ${guide.version} 版）`}
          </Button>
        ) : guide ? (
          <Text className="muted">发布后可以预览群众看到的页面。</Text>
        ) : null}
      </Section>
    </Page>
  )
}
