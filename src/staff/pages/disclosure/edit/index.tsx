import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import {
  DISCLOSURE_CATEGORIES,
  DISCLOSURE_CATEGORY_LABELS,
  DISCLOSURE_KIND_LABELS,
  DISCLOSURE_KINDS,
  DISCLOSURE_LIMITS,
  VILLAGE_AFFAIR_LABELS,
  VILLAGE_AFFAIRS,
  type DisclosureAction,
  type DisclosureCatalogDTO,
  type DisclosureItemSummary,
  type StaffDisclosureDTO
} from '../../../../shared/disclosure'
import { Button, Checkbox, InlineMessage, Input, Loading, Section, Textarea } from '../../../../ui'
import { Page } from '../../../../components/layout/Page'
import { ChoiceChips } from '../../../../components/staff/ChoiceChips'
import { RowTools } from '../../../../components/staff/RowTools'
import { StaffLoadFailed } from '../../../../components/staff/StaffLoadFailed'
import { loadStaffContext, type StaffContext } from '../../../../components/staff/staffContext'
import { useLoad } from '../../../../components/common/useLoad'
import { AccountsTable } from '../../../../components/disclosure/AccountsTable'
import { Attachments } from '../../../../components/disclosure/Attachments'
import { FilePicker } from '../../../../components/disclosure/FilePicker'
import type { PickedFile } from '../../../../components/disclosure/FilePicker.types'
import { dateCn } from '../../../../components/disclosure/format'
import { uploadPicked } from '../../../../components/disclosure/upload'
import { pointToInvalid } from '../../../../components/forms/focusField'
import type { FormField } from '../../../../components/forms/invalid'
import { useSubmit } from '../../../../components/forms/useSubmit'
import { createItem, getCatalog, getStaffItem, listItems, moveItem } from '../../../../services/disclosure'
import { ApiRequestError, messageOf } from '../../../../services/http'
import { addItem, moveItem as moveRow, patchAt, removeAt } from '../../../lib/listEdit'
import { emptyItemForm, emptyLine, formOf, itemInput, type ItemForm } from '../../../lib/disclosureForm'
import '../../../../components/staff/staff.scss'
import '../../../../components/disclosure/disclosure.scss'

type Message = { tone: 'info' | 'success' | 'error'; text: string }
const NONE = 'none'
const FIELDS: FormField[] = [
  { key: 'kind', id: 'staff-dz-kind', label: '信息类型' },
  { key: 'scope', id: 'staff-dz-scope', label: '公开范围' },
  { key: 'villageId', id: 'staff-dz-village', label: '哪个村' },
  { key: 'category', id: 'staff-dz-category', label: '五公开类别' },
  { key: 'villageAffair', id: 'staff-dz-affair', label: '三务类别' },
  { key: 'domainKey', id: 'staff-dz-domain', label: '领域' },
  { key: 'departmentId', id: 'staff-dz-department', label: '发布站所' },
  { key: 'interpretsId', id: 'staff-dz-interprets', label: '解读的政策' },
  { key: 'title', id: 'staff-dz-title', label: '标题' },
  { key: 'source', id: 'staff-dz-source', label: '发布机构' },
  { key: 'documentNumber', id: 'staff-dz-doc-number', label: '文号' },
  { key: 'validUntil', id: 'staff-dz-valid-until', label: '有效期至' },
  { key: 'year', id: 'staff-dz-year', label: '年份' },
  { key: 'quarter', id: 'staff-dz-quarter', label: '季度' },
  { key: 'openingBalance', id: 'staff-dz-opening', label: '上期结余' },
  ...Array.from({ length: DISCLOSURE_LIMITS.lines }, (_, i) => ({ key: `lines.${i}`, id: `staff-dz-line-${i}`, label: `第 ${i + 1} 行收支` })),
  { key: 'accounts', id: 'staff-dz-lines', label: '收支表' },
  { key: 'body', id: 'staff-dz-body', label: '正文' },
  { key: 'attachmentIds', id: 'staff-dz-files', label: '附件' },
  { key: 'keywords', id: 'staff-dz-keywords', label: '关键词' }
]

interface Loaded {
  context: StaffContext
  catalog: DisclosureCatalogDTO
  policies: DisclosureItemSummary[]
  item: StaffDisclosureDTO | null
}

async function loadAll(id: string): Promise<Loaded> {
  const context = await loadStaffContext()
  const [catalog, policies, item] = await Promise.all([
    getCatalog(context.township.id),
    listItems(context.township.id, { kind: 'policy', pageSize: 50 }).then((p) => p.items),
    id ? getStaffItem(id) : Promise.resolve(null)
  ])
  return { context, catalog, policies, item }
}

/**
 * The item editor: a draft's content — what it is, township (五公开) or village (三务), area,
 * department, 文号 and validity, a village's quarterly accounts line by line, the text, attachments —
 * saved and sent for review; a second person reviews and publishes it (or sends it back with the
 * reason), clearing text content security held. A published item is withdrawn with a reason, or
 * revised into a new version. The whole history below.
 */
export default function StaffDisclosureEditPage() {
  const router = useRouter()
  const [id, setId] = useState(router.params.id ?? '')
  const [state, reload] = useLoad(() => loadAll(router.params.id ?? ''), [router.params.id])
  const [item, setItem] = useState<StaffDisclosureDTO | null>(null)
  const [form, setForm] = useState<ItemForm | null>(null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [message, setMessage] = useState<Message | null>(null)
  const [review, setReview] = useState({ note: '', cleared: false, returnReason: '', withdrawReason: '' })
  const [uploading, setUploading] = useState(false)
  const sending = useSubmit({ id, status: item?.status, steps: item?.history.length, form, review })

  useEffect(() => {
    if (state.status !== 'ready') return
    const year = new Date().getFullYear()
    const { item: loaded, context } = state.data
    setItem(loaded)
    setForm(loaded ? formOf(loaded.content, loaded.attachments, year) : emptyItemForm(context.editableDepartments[0]?.id ?? '', year))
  }, [state])

  if (state.status !== 'ready' || !form) {
    return (
      <Page className="staff-dz-edit staff-console">
        {state.status === 'error' ? <StaffLoadFailed message={state.message} code={state.code} onRetry={reload} /> : <Loading text="正在打开…" />}
      </Page>
    )
  }
  const { context, catalog, policies } = state.data
  const editing = !item || item.status === 'draft'
  const can = (a: DisclosureAction) => item?.allowedActions.includes(a) ?? false
  const set = (patch: Partial<ItemForm>) => setForm({ ...form, ...patch })
  const busy = sending.locked

  const fail = async (e: unknown) => {
    if (e instanceof ApiRequestError && e.fields) {
      setErrors(e.fields)
      setMessage({ tone: 'error', text: pointToInvalid(e.fields, FIELDS) })
      return
    }
    if (e instanceof ApiRequestError && e.status === 409 && id) setItem(await getStaffItem(id).catch(() => item))
    setMessage({ tone: 'error', text: messageOf(e) })
  }

  /** Saves the form (creating the item the first time); then, when asked, sends it for review. */
  const save = async (andSubmit: boolean) => {
    const checked = itemInput(form)
    if (!checked.ok) {
      setErrors(checked.errors)
      setMessage({ tone: 'error', text: pointToInvalid(checked.errors, FIELDS) })
      return
    }
    setErrors({})
    try {
      const saved = await sending.run(async (key) => {
        const written = id ? await moveItem(id, 'edit', checked.input, `${key}-edit`) : await createItem(checked.input, `${key}-create`)
        return andSubmit ? moveItem(written.id, 'submitForReview', {}, `${key}-submit`) : written
      }, andSubmit ? 'submit' : 'save')
      if (!saved) return
      setId(saved.id)
      setItem(saved)
      setMessage({
        tone: 'success',
        text: andSubmit
          ? saved.moderation === 'held'
            ? '已提交审核。内容安全检测提示有风险，审核人须人工核实后才能发布'
            : '已提交审核，请另一位工作人员审核发布'
          : '草稿已保存'
      })
    } catch (e) {
      await fail(e)
    }
  }

  const move = async (name: DisclosureAction | 'revise', work: (key: string) => Promise<StaffDisclosureDTO>, done: string) => {
    try {
      const result = await sending.run(work, name)
      if (!result) return
      if (name === 'revise') {
        await Taro.redirectTo({ url: `/staff/pages/disclosure/edit/index?id=${result.id}` })
        return
      }
      setItem(result)
      setMessage({ tone: 'success', text: done })
    } catch (e) {
      await fail(e)
    }
  }

  const addFiles = async (files: PickedFile[]) => {
    setUploading(true)
    const { uploaded, problems } = await uploadPicked(files)
    setUploading(false)
    setForm((f) => (f ? { ...f, attachments: [...f.attachments, ...uploaded.map((u) => ({ id: u.id, name: u.name }))].slice(0, DISCLOSURE_LIMITS.attachments) } : f))
    setMessage(problems.length ? { tone: 'error', text: problems.join('；') } : { tone: 'success', text: `已上传 ${uploaded.length} 个附件，保存后生效` })
  }

  const village = form.scope === 'village'
  return (
    <Page className="staff-dz-edit staff-console">
      {message ? (
        <InlineMessage id="staff-dz-message" tone={message.tone}>
          {message.text}
        </InlineMessage>
      ) : null}

      {item ? (
        <Section id="staff-dz-state" title={`${item.statusLabel} · 第 ${item.version} 版`}>
          <Text id="staff-dz-status" className="dz-row__title">{item.statusLabel}</Text>
          <Text className="dz-row__line">{`${item.departmentName}${item.villageName ? ` · ${item.villageName}` : ''}${item.indexNumber ? ` · 索引号 ${item.indexNumber}` : ''}`}</Text>
          {item.submittedByName ? <Text className="dz-row__line">{`提交审核：${item.submittedByName}`}</Text> : null}
          {item.publishedAt ? <Text className="dz-row__line">{`发布于 ${dateCn(item.publishedAt)}`}</Text> : null}
          {item.moderation === 'held' ? <Text id="staff-dz-held" className="dz-row__line">{`内容安全：${item.moderationNote ?? '提示有风险'}`}</Text> : null}
          {item.withdrawReason ? <Text className="dz-row__line">{`撤回原因：${item.withdrawReason}`}</Text> : null}
          {item.supersedes ? <Text className="dz-row__line">{`修订自第 ${item.supersedes.version} 版，发布后原版本标为“已修订”`}</Text> : null}
          {item.supersededBy ? <Text className="dz-row__line">{`已由第 ${item.supersededBy.version} 版替代`}</Text> : null}
          {item.status !== 'draft' && item.status !== 'inReview' ? (
            <Button id="staff-dz-open-public" variant="text" block onClick={() => void Taro.navigateTo({ url: `/pages/disclosure/detail/index?id=${item.id}` })}>
              看群众看到的页面
            </Button>
          ) : null}
        </Section>
      ) : null}

      {editing ? (
        <View id="staff-dz-form">
          <Section id="staff-dz-what" title="是什么">
            <ChoiceChips id="staff-dz-kind" label="信息类型" options={DISCLOSURE_KINDS.map((k) => ({ value: k, label: DISCLOSURE_KIND_LABELS[k] }))} selected={[form.kind]} error={errors.kind} onChange={(next) => set({ kind: next[0] ?? 'notice' })} />
            <ChoiceChips
              id="staff-dz-scope"
              label="公开范围"
              options={[
                { value: 'township', label: '乡镇公开（五公开）' },
                { value: 'village', label: '村务公开（三务）' }
              ]}
              selected={[form.scope]}
              error={errors.scope}
              onChange={(next) => set({ scope: next[0] === 'village' ? 'village' : 'township' })}
            />
            {village ? (
              <View>
                <ChoiceChips id="staff-dz-village" label="哪个村（社区）" options={catalog.villages.map((v) => ({ value: v.id, label: v.name }))} selected={form.villageId ? [form.villageId] : []} error={errors.villageId} onChange={(next) => set({ villageId: next[0] ?? '' })} />
                <ChoiceChips id="staff-dz-affair" label="三务类别" options={VILLAGE_AFFAIRS.map((a) => ({ value: a, label: VILLAGE_AFFAIR_LABELS[a] }))} selected={form.villageAffair ? [form.villageAffair] : []} error={errors.villageAffair} onChange={(next) => set({ villageAffair: next[0] ?? null })} />
              </View>
            ) : (
              <ChoiceChips id="staff-dz-category" label="五公开类别" options={DISCLOSURE_CATEGORIES.map((c) => ({ value: c, label: DISCLOSURE_CATEGORY_LABELS[c] }))} selected={form.category ? [form.category] : []} error={errors.category} onChange={(next) => set({ category: next[0] ?? null })} />
            )}
            <ChoiceChips
              id="staff-dz-domain"
              label="领域（选填）"
              options={[{ value: NONE, label: '不选' }, ...catalog.domains.map((d) => ({ value: d.key, label: d.name }))]}
              selected={[form.domainKey || NONE]}
              error={errors.domainKey}
              onChange={(next) => set({ domainKey: next[0] === NONE ? '' : (next[0] ?? '') })}
            />
            <ChoiceChips
              id="staff-dz-department"
              label="发布站所"
              options={context.editableDepartments.map((d) => ({ value: d.id, label: d.name }))}
              selected={form.departmentId ? [form.departmentId] : []}
              error={errors.departmentId}
              onChange={(next) => set({ departmentId: next[0] ?? '' })}
            />
            {form.kind === 'interpretation' ? (
              <ChoiceChips
                id="staff-dz-interprets"
                label="解读的是哪份政策文件"
                options={policies.map((p) => ({ value: p.id, label: p.title }))}
                selected={form.interpretsId ? [form.interpretsId] : []}
                error={errors.interpretsId}
                onChange={(next) => set({ interpretsId: next[0] ?? '' })}
              />
            ) : null}
          </Section>

          <Section id="staff-dz-meta" title="标题和文号">
            <Input id="staff-dz-title" label="标题" value={form.title} maxlength={DISCLOSURE_LIMITS.title} error={errors.title} onChange={(title) => set({ title })} />
            <Input id="staff-dz-source" label="发布机构" placeholder="如 新界埠镇人民政府、桐山村村民委员会" value={form.source} maxlength={DISCLOSURE_LIMITS.source} error={errors.source} onChange={(source) => set({ source })} />
            <Input id="staff-dz-doc-number" label="文号（选填）" placeholder="如 新府发〔2025〕3号" value={form.documentNumber} maxlength={DISCLOSURE_LIMITS.documentNumber} error={errors.documentNumber} onChange={(documentNumber) => set({ documentNumber })} />
            <Input id="staff-dz-valid-until" label="有效期至（选填）" placeholder="如 2025-12-31，过期后显示“失效”" value={form.validUntil} maxlength={10} error={errors.validUntil} onChange={(validUntil) => set({ validUntil })} />
            <Input id="staff-dz-keywords" label="关键词（选填）" placeholder="群众可能搜的说法，用逗号隔开，如 低保，dibao" value={form.keywords} maxlength={200} error={errors.keywords} onChange={(keywords) => set({ keywords })} />
          </Section>

          {form.kind === 'accounts' ? (
            <Section id="staff-dz-accounts" title="收支表">
              <Input id="staff-dz-year" label="年份" type="number" value={form.year} maxlength={4} error={errors.year} onChange={(year) => set({ year })} />
              <ChoiceChips id="staff-dz-quarter" label="季度" options={['1', '2', '3', '4'].map((q) => ({ value: q, label: `第${q}季度` }))} selected={form.quarter ? [form.quarter] : []} error={errors.quarter} onChange={(next) => set({ quarter: next[0] ?? '' })} />
              <Input id="staff-dz-opening" label="上期结余（元）" value={form.openingBalance} maxlength={16} error={errors.openingBalance} onChange={(openingBalance) => set({ openingBalance })} />
              <View id="staff-dz-lines">
                {form.lines.map((l, i) => (
                  <View key={i} id={`staff-dz-line-${i}`} className="list-editor__card">
                    <Text className="list-editor__card-title">{`第 ${i + 1} 行`}</Text>
                    <ChoiceChips
                      id={`staff-dz-line-${i}-dir`}
                      label="收入还是支出"
                      options={[
                        { value: 'income', label: '收入' },
                        { value: 'spending', label: '支出' }
                      ]}
                      selected={[l.direction]}
                      onChange={(next) => set({ lines: patchAt(form.lines, i, { direction: next[0] === 'spending' ? 'spending' : 'income' }) })}
                    />
                    <Input id={`staff-dz-line-${i}-item`} label="项目" value={l.item} maxlength={DISCLOSURE_LIMITS.lineItem} error={errors[`lines.${i}`]} onChange={(item) => set({ lines: patchAt(form.lines, i, { item }) })} />
                    <Input id={`staff-dz-line-${i}-amount`} label="金额（元）" value={l.amount} maxlength={16} onChange={(amount) => set({ lines: patchAt(form.lines, i, { amount }) })} />
                    <Input id={`staff-dz-line-${i}-note`} label="备注（选填）" value={l.note} maxlength={DISCLOSURE_LIMITS.lineNote} onChange={(note) => set({ lines: patchAt(form.lines, i, { note }) })} />
                    <RowTools idPrefix="staff-dz-line" index={i} length={form.lines.length} noun="这一行" onMove={(from, to) => set({ lines: moveRow(form.lines, from, to) })} onRemove={(at) => set({ lines: removeAt(form.lines, at) })} />
                  </View>
                ))}
              </View>
              {errors.accounts ? <Text className="ui-field__error">⚠ {errors.accounts}</Text> : null}
              <Button id="staff-dz-line-add" variant="outline" block disabled={form.lines.length >= DISCLOSURE_LIMITS.lines} onClick={() => set({ lines: addItem(form.lines, emptyLine()) })}>
                ＋ 加一行
              </Button>
            </Section>
          ) : null}

          <Section id="staff-dz-text" title={form.kind === 'accounts' ? '说明（选填）' : '正文'}>
            <Textarea id="staff-dz-body" label={form.kind === 'accounts' ? '说明' : '正文'} value={form.body} maxlength={DISCLOSURE_LIMITS.body} error={errors.body} onChange={(body) => set({ body })} />
          </Section>

          <Section id="staff-dz-files" title={`附件（${form.attachments.length}/${DISCLOSURE_LIMITS.attachments}）`}>
            {form.attachments.map((a, i) => (
              <View key={a.id} className="dz-link-row">
                <Text className="dz-kv__v">{a.name}</Text>
                <Button id={`staff-dz-file-remove-${i}`} size="small" variant="text" onClick={() => set({ attachments: removeAt(form.attachments, i) })}>
                  删除
                </Button>
              </View>
            ))}
            {errors.attachmentIds ? <Text className="ui-field__error">⚠ {errors.attachmentIds}</Text> : null}
            <FilePicker id="staff-dz-file-add" label={uploading ? '正在上传…' : '上传附件（PDF、JPG、PNG，每个不超过 700 KB）'} disabled={uploading || form.attachments.length >= DISCLOSURE_LIMITS.attachments} onPick={(files) => void addFiles(files)} />
          </Section>

          <View className="dz-actions">
            <Button id="staff-dz-save" block loading={sending.busy} disabled={busy || uploading} onClick={() => void save(false)}>
              保存草稿
            </Button>
            <Button id="staff-dz-submit" theme="primary" block loading={sending.busy} disabled={busy || uploading} onClick={() => void save(true)}>
              保存并提交审核
            </Button>
          </View>
        </View>
      ) : item ? (
        <View id="staff-dz-preview">
          <Section id="staff-dz-content" title={item.content.title}>
            <Text className="dz-row__line">{`${DISCLOSURE_KIND_LABELS[item.content.kind]} · ${item.content.source}${item.content.documentNumber ? ` · ${item.content.documentNumber}` : ''}`}</Text>
            {item.accounts ? <AccountsTable id="staff-dz-accounts-table" accounts={item.accounts} /> : null}
            {item.content.body ? <Text className="dz-para">{item.content.body}</Text> : null}
            {item.attachments.length ? <Attachments id="staff-dz-attachment" files={item.attachments} /> : null}
          </Section>
        </View>
      ) : null}

      {item && (can('publish') || can('returnToDraft')) ? (
        <Section id="staff-dz-review" title="审核">
          {item.reviewNote ? <Text id="staff-dz-review-note" className="dz-para">{item.reviewNote}</Text> : null}
          {can('publish') ? (
            <View>
              <Input id="staff-dz-publish-note" label="审核意见（选填）" value={review.note} maxlength={DISCLOSURE_LIMITS.reason} onChange={(note) => setReview({ ...review, note })} />
              {item.moderation === 'held' ? (
                <Checkbox id="staff-dz-cleared" checked={review.cleared} label="人工审核通过" content="我已逐字核对，内容可以公开" onChange={(cleared) => setReview({ ...review, cleared })} />
              ) : null}
              <Button
                id="staff-dz-publish"
                theme="primary"
                block
                loading={sending.busy}
                disabled={busy || (item.moderation === 'held' && !review.cleared)}
                onClick={() => void move('publish', (key) => moveItem(item.id, 'publish', { ...(review.note.trim() ? { note: review.note.trim() } : {}), contentCleared: review.cleared }, key), '已审核发布，群众现在能看到了')}
              >
                审核通过并发布
              </Button>
            </View>
          ) : null}
          {can('returnToDraft') ? (
            <View>
              <Textarea id="staff-dz-return-reason" label="退回原因" placeholder="写明要改什么，提交人会收到" value={review.returnReason} maxlength={DISCLOSURE_LIMITS.reason} onChange={(returnReason) => setReview({ ...review, returnReason })} />
              <Button
                id="staff-dz-return"
                variant="outline"
                block
                disabled={busy || !review.returnReason.trim()}
                onClick={() => void move('returnToDraft', (key) => moveItem(item.id, 'returnToDraft', { reason: review.returnReason.trim() }, key), '已退回修改')}
              >
                退回修改
              </Button>
            </View>
          ) : null}
        </Section>
      ) : null}

      {item && (can('withdraw') || item.canRevise) ? (
        <Section id="staff-dz-after" title="更正或撤回">
          {item.canRevise ? (
            <Button id="staff-dz-revise" variant="outline" theme="primary" block disabled={busy} onClick={() => void move('revise', (key) => moveItem(item.id, 'revise', {}, key), '')}>
              修订：以这一版为底稿写新版本
            </Button>
          ) : null}
          {can('withdraw') ? (
            <View>
              <Textarea id="staff-dz-withdraw-reason" label="撤回原因" placeholder="群众能看到，记录保留" value={review.withdrawReason} maxlength={DISCLOSURE_LIMITS.reason} onChange={(withdrawReason) => setReview({ ...review, withdrawReason })} />
              <Button
                id="staff-dz-withdraw"
                theme="danger"
                variant="outline"
                block
                disabled={busy || !review.withdrawReason.trim()}
                onClick={() => void move('withdraw', (key) => moveItem(item.id, 'withdraw', { reason: review.withdrawReason.trim() }, key), '已撤回，页面上会写明原因')}
              >
                撤回
              </Button>
            </View>
          ) : null}
        </Section>
      ) : null}

      {item ? (
        <Section id="staff-dz-history" title="全部记录">
          <View className="dz-history">
            {[...item.history].reverse().map((h, i) => (
              <View key={`${h.at}-${i}`} className="dz-history__item">
                <Text className="dz-history__head">{h.actionLabel}</Text>
                <Text className="dz-history__time">{`${dateCn(h.at)} · ${h.authorName}`}</Text>
                {h.publicText ? <Text className="dz-history__text">{h.publicText}</Text> : null}
                {h.internalNote ? <Text className="dz-history__note">{h.internalNote}</Text> : null}
              </View>
            ))}
          </View>
        </Section>
      ) : null}
    </Page>
  )
}
