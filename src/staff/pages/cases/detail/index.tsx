import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { CASE_FLAG_LABELS, CASE_LIMITS, CASE_TEXT_MAX, CONTACT_PREFERENCE_LABELS, MODERATION_LABELS, type CaseAction, type ReplyTemplateDTO, type StaffCaseDTO } from '../../../../shared/cases'
import { Button, InlineMessage, Input, Loading, Section, Textarea } from '../../../../ui'
import { Page } from '../../../../components/layout/Page'
import { ChoiceChips } from '../../../../components/staff/ChoiceChips'
import { StaffLoadFailed } from '../../../../components/staff/StaffLoadFailed'
import { loadStaffContext, type StaffContext } from '../../../../components/staff/staffContext'
import { useLoad } from '../../../../components/common/useLoad'
import { CasePhotos } from '../../../../components/cases/CasePhotos'
import { CaseTimeline } from '../../../../components/cases/CaseTimeline'
import { chinaTime, deadlineText } from '../../../../components/cases/format'
import { actOnCase, getStaffCase, listReplyTemplates, listStaffCases, publishHot, revealContactPhone, saveReplyTemplate } from '../../../../services/cases'
import { ApiRequestError, messageOf } from '../../../../services/http'
import { useSubmit } from '../../../../components/forms/useSubmit'
import '../../../../components/staff/staff.scss'
import '../../../../components/cases/cases.scss'

type Message = { tone: 'info' | 'success' | 'error'; text: string }

const EMPTY_FORMS = { reason: '', departmentId: '', returnReason: '', question: '', reply: '', replyNote: '', note: '', mergeInto: '', hotTitle: '', transferTo: '', transferReason: '', templateTitle: '' }

function Row(props: { k: string; id?: string; children: string }) {
  return (
    <View className="case-kv">
      <Text className="case-kv__k">{props.k}</Text>
      <Text id={props.id} className="case-kv__v">
        {props.children}
      </Text>
    </View>
  )
}

/** How to reach the resident: the masked phone, and the full number on request (the read is audited). */
function Contact(props: { c: StaffCaseDTO }) {
  const { c } = props
  const [phone, setPhone] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const how = CONTACT_PREFERENCE_LABELS[c.contactPreference]
  const reveal = () => {
    setError(null)
    revealContactPhone(c.id).then((r) => setPhone(r.phone), (err: unknown) => setError(messageOf(err)))
  }
  return (
    <View>
      <Row k="联系" id="staff-case-contact">{`${how}${c.contactPhoneMasked ? ` ${phone ?? c.contactPhoneMasked}` : ''}`}</Row>
      {c.contactPhoneMasked && !phone ? (
        <Button id="staff-case-reveal-phone" size="small" variant="outline" onClick={reveal}>
          显示完整号码（会记入审计日志）
        </Button>
      ) : null}
      {error ? <Text className="case-para">{error}</Text> : null}
    </View>
  )
}

async function loadAll(id: string): Promise<{ context: StaffContext; item: StaffCaseDTO; templates: ReplyTemplateDTO[] }> {
  const context = await loadStaffContext()
  const [item, templates] = await Promise.all([getStaffCase(id), listReplyTemplates().catch(() => [])])
  return { context, item, templates }
}

/**
 * One case in the console: what the resident wrote and how to reach them, the deadline in words, the
 * whole history with internal notes, and only the actions the server allows now — accept, reject
 * (reason), assign, return (reason), request information, reply (templates, saving a reply as the
 * department's template, internal note), transfer to the county (转办, reason), internal note, merge
 * into another case, content review, and publish as 热点回应. Reopened cases and follow-ups are flagged.
 */
export default function StaffCaseDetailPage() {
  const router = useRouter()
  const id = router.params.id ?? ''
  const [state, reload] = useLoad(() => loadAll(id), [id])
  const [item, setItem] = useState<StaffCaseDTO | null>(null)
  const [forms, setForms] = useState(EMPTY_FORMS)
  const [message, setMessage] = useState<Message | null>(null)
  const [savedTemplates, setSavedTemplates] = useState<ReplyTemplateDTO[]>([])
  const sending = useSubmit({
    id: item?.id,
    status: item?.status,
    steps: item?.history.length,
    moderation: item?.moderation,
    hot: item?.hotResponseId,
    forms
  })
  const busy = sending.locked

  useEffect(() => {
    if (state.status === 'ready') setItem(state.data.item)
  }, [state])

  if (state.status !== 'ready' || !item) {
    return (
      <Page className="staff-case staff-console">
        {state.status === 'error' ? <StaffLoadFailed message={state.message} code={state.code} onRetry={reload} /> : <Loading text="正在打开诉求…" />}
      </Page>
    )
  }
  const { context } = state.data
  const templates = [...state.data.templates, ...savedTemplates]
  const c = item
  const can = (a: CaseAction) => c.allowedActions.includes(a)
  const set = (patch: Partial<typeof EMPTY_FORMS>) => setForms({ ...forms, ...patch })
  const departments = context.departments

  const run = async (name: string, work: (key: string) => Promise<StaffCaseDTO | string>, done: string, clear: Partial<typeof EMPTY_FORMS> = {}) => {
    try {
      const result = await sending.run(work, name)
      if (result === undefined) return
      if (typeof result === 'string') setItem(await getStaffCase(c.id))
      else setItem(result)
      setForms((f) => ({ ...f, ...clear }))
      setMessage({ tone: 'success', text: typeof result === 'string' ? result : done })
    } catch (e) {
      if (e instanceof ApiRequestError && e.status === 409) setItem(await getStaffCase(c.id).catch(() => c))
      setMessage({ tone: 'error', text: messageOf(e) })
    }
  }

  const merge = () =>
    run(
      'merge',
      async (key) => {
        const number = forms.mergeInto.trim()
        const found = (await listStaffCases({ q: number, status: undefined })).items.find((x) => x.number === number || x.id === number)
        if (!found) throw new ApiRequestError(`没有找到编号为 ${number} 的诉求，请核对编号`, 'NOT_FOUND', 404)
        return actOnCase(c.id, 'merge', { intoCaseId: found.id }, key)
      },
      '已合并为重复件',
      { mergeInto: '' }
    )

  const due = deadlineText(c.deadline)

  return (
    <Page className="staff-case staff-console">
      {message ? (
        <InlineMessage id="staff-case-message" tone={message.tone}>
          {message.text}
        </InlineMessage>
      ) : null}

      <Section id="staff-case-head" title={`${c.typeLabel} · ${c.categoryLabel}`}>
        <Text id="staff-case-status" className="case-status">{`${c.statusLabel}${c.escalated ? '（已督办）' : ''}`}</Text>
        {c.flags.length ? (
          <View id="staff-case-flags">
            {c.flags.map((f) => (
              <Text key={f} className={`case-flag case-flag--${f}`}>{`【${CASE_FLAG_LABELS[f]}${f === 'reopened' ? ` 第 ${c.reopenCount} 次` : ''}】`}</Text>
            ))}
          </View>
        ) : null}
        {c.followerCount ? <Text id="staff-case-followers" className="case-para">{`另有 ${c.followerCount} 位群众关注了这件诉求（也反映了同样的问题）`}</Text> : null}
        {due ? <Text id="staff-case-due" className="case-para">{due}</Text> : null}
        <Row k="编号">{c.number}</Row>
        <Row k="提交时间">{chinaTime(c.submittedAt)}</Row>
        <Row k="反映人">{`${c.applicantName}${c.onBehalf ? '（帮办代办员代为反映）' : ''}${c.hideName ? '，要求对外隐藏姓名' : ''}`}</Row>
        <Contact c={c} />
        <Row k="承办部门" id="staff-case-department">
          {c.departmentName ?? '未派单'}
        </Row>
        <Row k="内容审核">{`${MODERATION_LABELS[c.moderation]}${c.moderationNote ? `：${c.moderationNote}` : ''}`}</Row>
        {c.transferredTo ? <Row k="转办到">{c.transferredTo}</Row> : null}
      </Section>

      <Section id="staff-case-content" title="反映的内容">
        <Text className="case-para">{c.text}</Text>
        {c.location ? <Row k="地点">{c.location}</Row> : null}
        {c.photos.length ? <Text className="case-para muted">{`附照片 ${c.photos.length} 张`}</Text> : null}
        {c.photos.length ? <CasePhotos id="staff-case-photos" photos={c.photos} /> : null}
        {c.pendingQuestion ? <Text className="case-para">{`已请群众补充：${c.pendingQuestion}`}</Text> : null}
        {c.reply ? <Text className="case-para">{`答复：${c.reply}`}</Text> : null}
      </Section>

      {can('review') && c.moderation !== 'passed' ? (
        <Section id="staff-case-review" title={c.moderation === 'held' ? '内容审核（需要人工审核）' : '内容审核（照片还在自动检测，也可以人工审核）'}>
          <View className="case-actions">
            <Button id="staff-case-review-pass" theme="primary" block disabled={busy} onClick={() => void run('review-pass', (key) => actOnCase(c.id, 'review', { decision: 'pass' }, key), '已审核通过')}>
              审核通过，可以对外显示
            </Button>
            <Button id="staff-case-review-hide" block disabled={busy} onClick={() => void run('review-hide', (key) => actOnCase(c.id, 'review', { decision: 'keepHidden' }, key), '已确认不对外显示')}>
              保持不对外显示
            </Button>
          </View>
        </Section>
      ) : null}

      {can('accept') || can('reject') ? (
        <Section id="staff-case-intake" title="受理">
          {can('accept') ? (
            <Button id="staff-case-accept" theme="primary" block loading={sending.busy} disabled={busy} onClick={() => void run('accept', (key) => actOnCase(c.id, 'accept', {}, key), '已受理，已通知群众')}>
              受理
            </Button>
          ) : null}
          {can('reject') ? (
            <View>
              <Textarea id="staff-case-reject-reason" label="原因" placeholder="不予受理的原因，群众能看到" value={forms.reason} maxlength={CASE_LIMITS.reason} onChange={(reason) => set({ reason })} />
              <Button
                id="staff-case-reject"
                theme="danger"
                variant="outline"
                block
                disabled={busy || !forms.reason.trim()}
                onClick={() => void run('reject', (key) => actOnCase(c.id, 'reject', { reason: forms.reason.trim() }, key), '已不予受理，已通知群众', { reason: '' })}
              >
                不予受理
              </Button>
            </View>
          ) : null}
        </Section>
      ) : null}

      {can('assign') ? (
        <Section id="staff-case-assign-box" title="派单">
          <ChoiceChips
            id="staff-case-dept"
            label="派给哪个部门"
            options={departments.map((d) => ({ value: d.id, label: d.name }))}
            selected={forms.departmentId ? [forms.departmentId] : []}
            onChange={(next) => set({ departmentId: next[0] ?? '' })}
          />
          <Button
            id="staff-case-assign"
            theme="primary"
            block
            loading={sending.busy}
            disabled={busy || !forms.departmentId}
            onClick={() => void run('assign', (key) => actOnCase(c.id, 'assign', { departmentId: forms.departmentId }, key), '已派单', { departmentId: '' })}
          >
            派单
          </Button>
        </Section>
      ) : null}

      {c.type === 'help' && (can('dispatch') || c.status === 'accepted' || c.status === 'assigned') ? (
        <Section id="staff-case-visit-box" title="上门服务">
          <Button id="staff-case-dispatch" theme="primary" variant={can('dispatch') ? 'base' : 'outline'} block onClick={() => void Taro.navigateTo({ url: `/staff/pages/visits/dispatch/index?id=${c.id}` })}>
            {can('dispatch') ? '派志愿者上门' : '查看上门服务派单'}
          </Button>
        </Section>
      ) : null}

      {can('reply') ? (
        <Section id="staff-case-reply-box" title="答复群众">
          {templates.length ? (
            <ChoiceChips
              id="staff-case-template"
              label="常用答复（点一下填入，再按实际修改）"
              options={templates.map((t) => ({ value: t.id, label: t.title }))}
              selected={[]}
              onChange={(next) => {
                const t = templates.find((x) => x.id === next[0])
                if (t) set({ reply: t.text })
              }}
            />
          ) : null}
          <Textarea id="staff-case-reply-text" label="答复" placeholder="答复内容，群众能看到" value={forms.reply} maxlength={CASE_TEXT_MAX} onChange={(reply) => set({ reply })} />
          <Textarea id="staff-case-reply-note" label="内部备注" placeholder="选填，群众看不到" value={forms.replyNote} maxlength={CASE_LIMITS.internalNote} onChange={(replyNote) => set({ replyNote })} />
          <Button
            id="staff-case-reply"
            theme="primary"
            block
            loading={sending.busy}
            disabled={busy || !forms.reply.trim()}
            onClick={() =>
              void run(
                'reply',
                (key) => actOnCase(c.id, 'reply', { text: forms.reply.trim(), ...(forms.replyNote.trim() ? { internalNote: forms.replyNote.trim() } : {}) }, key),
                '已答复，已通知群众',
                { reply: '', replyNote: '' }
              )
            }
          >
            发送答复
          </Button>
          {c.departmentId && (context.isAdmin || context.editableDepartments.some((d) => d.id === c.departmentId)) ? (
            <View id="staff-case-template-save-box">
              <Input id="staff-case-template-title" label="存为模板" placeholder="模板名称，例如：路灯维修" value={forms.templateTitle} maxlength={CASE_LIMITS.templateTitle} onChange={(templateTitle) => set({ templateTitle })} />
              <Button
                id="staff-case-template-save"
                variant="outline"
                block
                disabled={busy || !forms.reply.trim() || !forms.templateTitle.trim()}
                onClick={() =>
                  void run(
                    'saveTemplate',
                    async (key) => {
                      const saved = await saveReplyTemplate({ departmentId: c.departmentId!, title: forms.templateTitle.trim(), text: forms.reply.trim() }, key)
                      setSavedTemplates((list) => [...list, saved])
                      return `已存为${c.departmentName ?? ''}的答复模板“${saved.title}”`
                    },
                    '已保存模板',
                    { templateTitle: '' }
                  )
                }
              >
                把这段答复存为本站所模板
              </Button>
            </View>
          ) : null}
        </Section>
      ) : null}

      {can('transfer') ? (
        <Section id="staff-case-transfer-box" title="转办（不属于乡镇办理）">
          <Text className="case-para muted">转办后不再计入本乡镇的办理时限，群众会收到转办去向。</Text>
          <Input id="staff-case-transfer-to" label="转到哪里" placeholder="例如：县自然资源局" value={forms.transferTo} maxlength={CASE_LIMITS.transferTo} onChange={(transferTo) => set({ transferTo })} />
          <Textarea id="staff-case-transfer-reason" label="转办原因" placeholder="群众能看到" value={forms.transferReason} maxlength={CASE_LIMITS.reason} onChange={(transferReason) => set({ transferReason })} />
          <Button
            id="staff-case-transfer"
            variant="outline"
            block
            disabled={busy || !forms.transferTo.trim() || !forms.transferReason.trim()}
            onClick={() =>
              void run(
                'transfer',
                (key) => actOnCase(c.id, 'transfer', { to: forms.transferTo.trim(), reason: forms.transferReason.trim() }, key),
                '已转办，已告知群众去向',
                { transferTo: '', transferReason: '' }
              )
            }
          >
            转办
          </Button>
        </Section>
      ) : null}

      {can('requestInfo') ? (
        <Section id="staff-case-info-box" title="请群众补充情况（暂停计时）">
          <Textarea id="staff-case-question" label="补充什么" placeholder="请群众补充的内容" value={forms.question} maxlength={CASE_LIMITS.reason} onChange={(question) => set({ question })} />
          <Button
            id="staff-case-request-info"
            variant="outline"
            theme="primary"
            block
            disabled={busy || !forms.question.trim()}
            onClick={() => void run('requestInfo', (key) => actOnCase(c.id, 'requestInfo', { question: forms.question.trim() }, key), '已请群众补充', { question: '' })}
          >
            请群众补充
          </Button>
        </Section>
      ) : null}

      {can('return') ? (
        <Section id="staff-case-return-box" title="退回（不归本部门办理）">
          <Textarea id="staff-case-return-reason" label="退回原因" value={forms.returnReason} maxlength={CASE_LIMITS.reason} onChange={(returnReason) => set({ returnReason })} />
          <Button
            id="staff-case-return"
            variant="outline"
            block
            disabled={busy || !forms.returnReason.trim()}
            onClick={() => void run('return', (key) => actOnCase(c.id, 'return', { reason: forms.returnReason.trim() }, key), '已退回，等中心重新派单', { returnReason: '' })}
          >
            退回重派
          </Button>
        </Section>
      ) : null}

      {can('merge') ? (
        <Section id="staff-case-merge-box" title="合并重复件">
          <Input id="staff-case-merge-into" label="目标编号" placeholder="要合并到的诉求编号" value={forms.mergeInto} maxlength={CASE_LIMITS.caseNumber} onChange={(mergeInto) => set({ mergeInto })} />
          <Button id="staff-case-merge" variant="outline" block disabled={busy || !forms.mergeInto.trim()} onClick={() => void merge()}>
            合并
          </Button>
        </Section>
      ) : null}

      {can('publish') && !c.hotResponseId ? (
        <Section id="staff-case-publish-box" title="发布为热点回应">
          <Text className="case-para muted">发布时会去掉姓名、电话、身份证号和门牌号，群众都能看到。</Text>
          <Input id="staff-case-hot-title" label="标题" value={forms.hotTitle} maxlength={CASE_LIMITS.hotTitle} onChange={(hotTitle) => set({ hotTitle })} />
          <Button
            id="staff-case-publish"
            variant="outline"
            theme="primary"
            block
            disabled={busy || !forms.hotTitle.trim()}
            onClick={() =>
              void run(
                'publish',
                async (key) => {
                  await publishHot(c.id, { title: forms.hotTitle.trim() }, key)
                  return '已发布为热点回应'
                },
                '已发布为热点回应',
                { hotTitle: '' }
              )
            }
          >
            发布
          </Button>
        </Section>
      ) : null}
      {c.hotResponseId ? (
        <Button id="staff-case-hot-open" variant="text" block onClick={() => void Taro.navigateTo({ url: `/pages/hot/detail/index?id=${c.hotResponseId}` })}>
          已发布为热点回应，去看看
        </Button>
      ) : null}

      {can('note') ? (
        <Section id="staff-case-note-box" title="内部备注（群众看不到）">
          <Textarea id="staff-case-note" label="备注" value={forms.note} maxlength={CASE_LIMITS.internalNote} onChange={(note) => set({ note })} />
          <Button
            id="staff-case-note-add"
            variant="outline"
            block
            disabled={busy || !forms.note.trim()}
            onClick={() => void run('note', (key) => actOnCase(c.id, 'note', { text: forms.note.trim() }, key), '已记下备注', { note: '' })}
          >
            添加备注
          </Button>
        </Section>
      ) : null}

      <Section id="staff-case-history" title="全部记录">
        <CaseTimeline id="staff-case-timeline" entries={c.history} />
      </Section>
    </Page>
  )
}
