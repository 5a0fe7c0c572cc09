import { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import {
  CANNOT_PROVIDE_LABELS,
  CANNOT_PROVIDE_REASONS,
  CONSULTATION_OUTCOME_LABELS,
  CONSULTATION_OUTCOMES,
  CONSULTED_PARTIES,
  CONSULTED_PARTY_LABELS,
  DEFAULT_CORRECTION_PERIOD,
  INFO_REQUEST_LIMITS,
  MAX_EXTENSION_DAYS,
  REPLY_KIND_ARTICLES,
  REPLY_KIND_LABELS,
  REPLY_KINDS,
  WITHHELD_REASON_LABELS,
  WITHHELD_REASONS,
  type CannotProvideReason,
  type ConsultationOutcome,
  type ConsultedParty,
  type InfoRequestAction,
  type InfoRequestIdentityDTO,
  type ReplyKind,
  type StaffInfoRequestDTO,
  type WithheldReason
} from '../../../../shared/infoRequests'
import type { DisclosureItemSummary } from '../../../../shared/disclosure'
import { Button, InlineMessage, Input, Loading, Section, Textarea } from '../../../../ui'
import { Page } from '../../../../components/layout/Page'
import { ChoiceChips } from '../../../../components/staff/ChoiceChips'
import { StaffLoadFailed } from '../../../../components/staff/StaffLoadFailed'
import { loadStaffContext } from '../../../../components/staff/staffContext'
import { useLoad } from '../../../../components/common/useLoad'
import { FilePicker } from '../../../../components/disclosure/FilePicker'
import type { PickedFile } from '../../../../components/disclosure/FilePicker.types'
import { dateCn } from '../../../../components/disclosure/format'
import { uploadPicked } from '../../../../components/disclosure/upload'
import { fieldErrors } from '../../../../components/forms/fieldErrors'
import { useSubmit } from '../../../../components/forms/useSubmit'
import { deadlineText } from '../../../../components/infoRequests/format'
import { ReplyView } from '../../../../components/infoRequests/ReplyView'
import { RequestHistory } from '../../../../components/infoRequests/RequestHistory'
import { listItems } from '../../../../services/disclosure'
import { ApiRequestError, messageOf } from '../../../../services/http'
import { actOnRequest, getStaffRequest, readRequestIdentity } from '../../../../services/infoRequests'
import { replyRequestSchema } from '../../../../shared/infoRequests'
import '../../../../components/staff/staff.scss'
import '../../../../components/disclosure/disclosure.scss'

type Message = { tone: 'info' | 'success' | 'error'; text: string }

const EMPTY = {
  receiveNote: '',
  correctionItems: '',
  correctionDays: String(DEFAULT_CORRECTION_PERIOD),
  extendDays: String(MAX_EXTENSION_DAYS),
  extendReason: '',
  party: 'thirdParty' as ConsultedParty,
  partyName: '',
  partyNote: '',
  outcome: 'agreed' as ConsultationOutcome,
  outcomeNote: '',
  kind: '' as ReplyKind | '',
  text: '',
  withheldReason: '' as WithheldReason | '',
  cannotProvideReason: '' as CannotProvideReason | '',
  whereToFind: '',
  itemQuery: '',
  itemId: '',
  agencyName: '',
  agencyContact: '',
  otherLaw: '',
  pages: '',
  files: [] as { id: string; name: string }[],
  note: ''
}

function Row(props: { k: string; id?: string; children: string }) {
  return (
    <View className="dz-kv">
      <Text className="dz-kv__k">{props.k}</Text>
      <Text id={props.id} className="dz-kv__v">
        {props.children}
      </Text>
    </View>
  )
}

async function loadAll(id: string) {
  const context = await loadStaffContext()
  return { context, request: await getStaffRequest(id) }
}

/**
 * One information request in the console: who applied (masked; the full ID through an audited
 * read), what they asked for, the deadline in words, and only the steps the law and the record allow
 * now — confirm receipt, the one correction notice (within 7 working days), the one extension (the
 * office head's), consulting a third party or another agency, ending it, the Art. 36 reply with
 * attachments — plus internal notes and the whole history.
 */
export default function StaffRequestDetailPage() {
  const router = useRouter()
  const id = router.params.id ?? ''
  const [state, reload] = useLoad(() => loadAll(id), [id])
  const [r, setR] = useState<StaffInfoRequestDTO | null>(null)
  const [f, setF] = useState(EMPTY)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [message, setMessage] = useState<Message | null>(null)
  const [identity, setIdentity] = useState<InfoRequestIdentityDTO | null>(null)
  const [items, setItems] = useState<DisclosureItemSummary[]>([])
  const [uploading, setUploading] = useState(false)
  const sending = useSubmit({ id: r?.id, status: r?.status, steps: r?.history.length, f })
  const busy = sending.locked

  useEffect(() => {
    if (state.status === 'ready') setR(state.data.request)
  }, [state])

  if (state.status !== 'ready' || !r) {
    return (
      <Page className="staff-ir-detail staff-console">
        {state.status === 'error' ? <StaffLoadFailed message={state.message} code={state.code} onRetry={reload} /> : <Loading text="正在打开申请…" />}
      </Page>
    )
  }
  const townshipId = state.data.context.township.id
  const can = (a: InfoRequestAction) => r.allowedActions.includes(a)
  const set = (patch: Partial<typeof EMPTY>) => setF({ ...f, ...patch })

  const run = async (name: InfoRequestAction | 'identity', work: (key: string) => Promise<StaffInfoRequestDTO>, done: string, clear: Partial<typeof EMPTY> = {}) => {
    try {
      const result = await sending.run(work, name)
      if (!result) return
      setR(result)
      setErrors({})
      setF((prev) => ({ ...prev, ...clear }))
      setMessage({ tone: 'success', text: done })
    } catch (e) {
      if (e instanceof ApiRequestError && e.fields) setErrors(e.fields)
      if (e instanceof ApiRequestError && e.status === 409) setR(await getStaffRequest(r.id).catch(() => r))
      setMessage({ tone: 'error', text: messageOf(e) })
    }
  }

  const reply = () => {
    const input = {
      kind: f.kind || undefined,
      text: f.text,
      withheldReason: f.withheldReason || null,
      cannotProvideReason: f.cannotProvideReason || null,
      whereToFind: f.whereToFind,
      disclosureItemId: f.itemId || null,
      otherAgency: f.kind === 'notThisAgency' ? { name: f.agencyName, contact: f.agencyContact } : null,
      otherLaw: f.otherLaw,
      attachmentIds: f.files.map((x) => x.id),
      pages: f.pages.trim() ? Number(f.pages) : 0
    }
    const checked = replyRequestSchema.safeParse(input)
    if (!checked.success) {
      setErrors(fieldErrors(checked.error.issues))
      setMessage({ tone: 'error', text: checked.error.issues[0]?.message ?? '请把答复填写完整' })
      return
    }
    void run('reply', (key) => actOnRequest(r.id, 'reply', checked.data, key), '已答复，已通知申请人', EMPTY)
  }

  const addFiles = async (files: PickedFile[]) => {
    setUploading(true)
    const { uploaded, problems } = await uploadPicked(files)
    setUploading(false)
    setF((prev) => ({ ...prev, files: [...prev.files, ...uploaded.map((u) => ({ id: u.id, name: u.name }))] }))
    setMessage(problems.length ? { tone: 'error', text: problems.join('；') } : { tone: 'success', text: `已上传 ${uploaded.length} 个附件` })
  }

  const findItems = async () => {
    try {
      setItems((await listItems(townshipId, { q: f.itemQuery.trim(), pageSize: 10 })).items)
    } catch (e) {
      setMessage({ tone: 'error', text: messageOf(e) })
    }
  }

  const due = deadlineText(r.deadline, r.status === 'consulting' ? '征求意见期间不计入答复期限' : '等申请人补正，补正后重新计算')
  const open = r.consultations.find((c) => !c.endedOn)

  return (
    <Page className="staff-ir-detail staff-console">
      {message ? (
        <InlineMessage id="staff-ir-message" tone={message.tone}>
          {message.text}
        </InlineMessage>
      ) : null}

      <Section id="staff-ir-head" title={`申请 ${r.number}`}>
        <Text id="staff-ir-status" className="dz-row__title">{r.statusLabel}</Text>
        {due ? <Text id="staff-ir-due" className="dz-para">{due}</Text> : null}
        <Row k="申请人">{`${r.applicantName}（${r.applicantTypeLabel}${r.orgTypeLabel ? `·${r.orgTypeLabel}` : ''}）${r.onBehalf ? '，帮办代办员代为申请' : ''}`}</Row>
        {r.contactPerson ? <Row k="联系人">{r.contactPerson}</Row> : null}
        <Row k="证件号码" id="staff-ir-id">{identity ? identity.idNumber : r.idMasked}</Row>
        <Row k="联系电话">{identity ? identity.phone : r.phoneMasked}</Row>
        {!identity ? (
          <Button id="staff-ir-identity" size="small" variant="text" onClick={() => void readRequestIdentity(r.id).then(setIdentity).catch((e: unknown) => setMessage({ tone: 'error', text: messageOf(e) }))}>
            核对身份：查看完整证件号和电话（会记入审计日志）
          </Button>
        ) : null}
        {r.address ? <Row k="通信地址">{r.address}</Row> : null}
        {r.email ? <Row k="电子邮箱">{r.email}</Row> : null}
        <Row k="提交时间">{dateCn(r.submittedAt)}</Row>
        {r.receivedOn ? <Row k="收到日期">{dateCn(r.receivedOn)}</Row> : null}
        <Row k="所需信息" id="staff-ir-description">{r.description}</Row>
        {r.purpose ? <Row k="用途">{r.purpose}</Row> : null}
        <Row k="提供形式">{`${r.formLabel}，${r.deliveryLabel}`}</Row>
        <Row k="本月件数">{`该申请人本月第 ${r.requestsThisMonth} 件`}</Row>
      </Section>

      {can('receive') ? (
        <Section id="staff-ir-receive-box" title="确认收到">
          <Text className="dz-para">网上提交的申请，以双方确认之日为收到之日。确认后开始计算 20 个工作日，并告诉申请人。</Text>
          <Input id="staff-ir-receive-note" label="备注（选填）" value={f.receiveNote} maxlength={INFO_REQUEST_LIMITS.note} onChange={(receiveNote) => set({ receiveNote })} />
          <Button id="staff-ir-receive" theme="primary" block loading={sending.busy} disabled={busy} onClick={() => void run('receive', (key) => actOnRequest(r.id, 'receive', { note: f.receiveNote }, key), '已确认收到，已通知申请人', { receiveNote: '' })}>
            确认收到（今天为收到日）
          </Button>
        </Section>
      ) : null}

      {can('requestCorrection') ? (
        <Section id="staff-ir-correction-box" title="一次性告知补正">
          <Text className="dz-para">{`申请内容不明确的，须在收到后 7 个工作日内（最迟 ${dateCn(r.correctionAllowedUntil ?? '')}）一次告知全部需要补正的内容，只能告知一次。补正后重新计算答复期限。`}</Text>
          <Textarea id="staff-ir-correction-items" label="需要补正的内容（每行一条）" value={f.correctionItems} maxlength={2000} error={errors.items} onChange={(correctionItems) => set({ correctionItems })} />
          <Input id="staff-ir-correction-days" label="补正期限（工作日）" type="number" value={f.correctionDays} maxlength={2} error={errors.periodDays} onChange={(correctionDays) => set({ correctionDays })} />
          <Button
            id="staff-ir-correction-send"
            variant="outline"
            theme="primary"
            block
            disabled={busy || !f.correctionItems.trim()}
            onClick={() =>
              void run(
                'requestCorrection',
                (key) => actOnRequest(r.id, 'requestCorrection', { items: f.correctionItems.split('\n').map((x) => x.trim()).filter(Boolean), periodDays: Number(f.correctionDays) || DEFAULT_CORRECTION_PERIOD }, key),
                '已告知补正，已通知申请人',
                { correctionItems: '' }
              )
            }
          >
            发出补正告知
          </Button>
        </Section>
      ) : null}

      {(r.status === 'received' || r.status === 'corrected') && !r.extension ? (
        <Section id="staff-ir-extend-box" title="延期答复">
          {can('extend') ? (
            <View>
              <Text className="dz-para">需要延长的，经政府信息公开工作机构负责人同意，最多延长 20 个工作日，只能延长一次，并告诉申请人理由。您的操作即记为负责人同意。</Text>
              <Input id="staff-ir-extend-days" label="延长的工作日数" type="number" value={f.extendDays} maxlength={2} error={errors.days} onChange={(extendDays) => set({ extendDays })} />
              <Textarea id="staff-ir-extend-reason" label="延期理由（申请人能看到）" value={f.extendReason} maxlength={INFO_REQUEST_LIMITS.reason} error={errors.reason} onChange={(extendReason) => set({ extendReason })} />
              <Button
                id="staff-ir-extend"
                variant="outline"
                theme="primary"
                block
                disabled={busy || !f.extendReason.trim()}
                onClick={() => void run('extend', (key) => actOnRequest(r.id, 'extend', { days: Number(f.extendDays), reason: f.extendReason.trim() }, key), '已延期，已通知申请人', { extendReason: '' })}
              >
                同意延期
              </Button>
            </View>
          ) : (
            <Text id="staff-ir-extend-blocked" className="dz-para">{r.extensionBlocked ?? '现在不能延期'}</Text>
          )}
        </Section>
      ) : null}

      {can('consult') ? (
        <Section id="staff-ir-consult-box" title="征求意见（不计入答复期限）">
          <ChoiceChips id="staff-ir-party" label="征求谁的意见" options={CONSULTED_PARTIES.map((p) => ({ value: p, label: CONSULTED_PARTY_LABELS[p] }))} selected={[f.party]} onChange={(next) => set({ party: next[0] ?? 'thirdParty' })} />
          <Input id="staff-ir-party-name" label="单位或个人" value={f.partyName} maxlength={INFO_REQUEST_LIMITS.partyName} error={errors.name} onChange={(partyName) => set({ partyName })} />
          <Input id="staff-ir-party-note" label="说明（选填，只给工作人员看）" value={f.partyNote} maxlength={INFO_REQUEST_LIMITS.note} onChange={(partyNote) => set({ partyNote })} />
          <Button id="staff-ir-consult" variant="outline" block disabled={busy || !f.partyName.trim()} onClick={() => void run('consult', (key) => actOnRequest(r.id, 'consult', { party: f.party, name: f.partyName.trim(), note: f.partyNote }, key), '已开始征求意见，已通知申请人', { partyName: '', partyNote: '' })}>
            开始征求意见
          </Button>
        </Section>
      ) : null}

      {can('endConsultation') && open ? (
        <Section id="staff-ir-end-box" title={`征求“${open.name}”的意见（最迟 ${dateCn(open.dueDate)}）`}>
          <ChoiceChips id="staff-ir-outcome" label="结果" options={CONSULTATION_OUTCOMES.map((o) => ({ value: o, label: CONSULTATION_OUTCOME_LABELS[o] }))} selected={[f.outcome]} onChange={(next) => set({ outcome: next[0] ?? 'agreed' })} />
          <Input id="staff-ir-outcome-note" label="说明（选填）" value={f.outcomeNote} maxlength={INFO_REQUEST_LIMITS.note} onChange={(outcomeNote) => set({ outcomeNote })} />
          <Button id="staff-ir-end" variant="outline" block disabled={busy} onClick={() => void run('endConsultation', (key) => actOnRequest(r.id, 'endConsultation', { outcome: f.outcome, note: f.outcomeNote }, key), '征求意见已结束，答复期限顺延', { outcomeNote: '' })}>
            征求意见结束
          </Button>
        </Section>
      ) : null}

      {can('reply') ? (
        <Section id="staff-ir-reply-box" title="答复">
          <ChoiceChips id="staff-ir-reply-kind" label="答复类型" options={REPLY_KINDS.map((k) => ({ value: k, label: REPLY_KIND_LABELS[k] }))} selected={f.kind ? [f.kind] : []} error={errors.kind} onChange={(next) => set({ kind: next[0] ?? '' })} />
          {f.kind ? <Text className="dz-row__line">{`依据《政府信息公开条例》${REPLY_KIND_ARTICLES[f.kind]}。答复书会自动写明救济途径。`}</Text> : null}
          <Textarea id="staff-ir-reply-text" label="答复正文" value={f.text} maxlength={INFO_REQUEST_LIMITS.replyText} error={errors.text} onChange={(text) => set({ text })} />
          {f.kind === 'withheld' || f.kind === 'partlyDisclosed' ? (
            <ChoiceChips id="staff-ir-reply-withheld" label="不予公开的法定理由" options={WITHHELD_REASONS.map((w) => ({ value: w, label: WITHHELD_REASON_LABELS[w] }))} selected={f.withheldReason ? [f.withheldReason] : []} error={errors.withheldReason} onChange={(next) => set({ withheldReason: next[0] ?? '' })} />
          ) : null}
          {f.kind === 'notExist' ? (
            <ChoiceChips id="staff-ir-reply-cannot" label="无法提供的原因" options={CANNOT_PROVIDE_REASONS.map((c) => ({ value: c, label: CANNOT_PROVIDE_LABELS[c] }))} selected={f.cannotProvideReason ? [f.cannotProvideReason] : []} error={errors.cannotProvideReason} onChange={(next) => set({ cannotProvideReason: next[0] ?? '' })} />
          ) : null}
          {f.kind === 'alreadyPublic' || f.kind === 'disclosed' || f.kind === 'partlyDisclosed' ? (
            <View>
              <Input id="staff-ir-reply-where" label="获取方式（选填）" placeholder="如 到便民服务中心2号窗口领取" value={f.whereToFind} maxlength={INFO_REQUEST_LIMITS.whereToFind} error={errors.whereToFind} onChange={(whereToFind) => set({ whereToFind })} />
              <Input id="staff-ir-reply-item-query" label="关联已公开的信息（选填）" placeholder="输入标题关键词后点“查找”" value={f.itemQuery} maxlength={40} onChange={(itemQuery) => set({ itemQuery })} />
              <Button id="staff-ir-reply-item-find" size="small" variant="outline" disabled={!f.itemQuery.trim()} onClick={() => void findItems()}>
                查找
              </Button>
              {items.length ? (
                <ChoiceChips id="staff-ir-reply-item" label="选择一条" options={items.map((i) => ({ value: i.id, label: i.title }))} selected={f.itemId ? [f.itemId] : []} onChange={(next) => set({ itemId: next[0] ?? '' })} />
              ) : null}
            </View>
          ) : null}
          {f.kind === 'notThisAgency' ? (
            <View>
              <Input id="staff-ir-reply-agency" label="负责公开的机关" value={f.agencyName} maxlength={INFO_REQUEST_LIMITS.agencyName} error={errors.otherAgency} onChange={(agencyName) => set({ agencyName })} />
              <Input id="staff-ir-reply-agency-contact" label="该机关的联系方式" value={f.agencyContact} maxlength={INFO_REQUEST_LIMITS.agencyContact} onChange={(agencyContact) => set({ agencyContact })} />
            </View>
          ) : null}
          {f.kind === 'otherLaw' ? <Input id="staff-ir-reply-law" label="应依照的法律、行政法规" value={f.otherLaw} maxlength={INFO_REQUEST_LIMITS.otherLaw} error={errors.otherLaw} onChange={(otherLaw) => set({ otherLaw })} /> : null}
          {r.feeMethod === 'byPages' ? <Input id="staff-ir-reply-pages" label="提供的页数（按量计收时用）" type="number" value={f.pages} maxlength={6} onChange={(pages) => set({ pages })} /> : null}
          {f.files.map((x, i) => (
            <View key={x.id} className="dz-link-row">
              <Text className="dz-kv__v">{x.name}</Text>
              <Button id={`staff-ir-reply-file-remove-${i}`} size="small" variant="text" onClick={() => set({ files: f.files.filter((y) => y.id !== x.id) })}>
                删除
              </Button>
            </View>
          ))}
          {errors.attachmentIds ? <Text className="ui-field__error">⚠ {errors.attachmentIds}</Text> : null}
          <FilePicker id="staff-ir-reply-file-add" label={uploading ? '正在上传…' : '上传所公开的信息（PDF、JPG、PNG）'} disabled={uploading} onPick={(files) => void addFiles(files)} />
          <Button id="staff-ir-reply-send" theme="primary" block loading={sending.busy} disabled={busy || uploading || !f.kind} onClick={reply}>
            发送答复
          </Button>
        </Section>
      ) : null}

      {r.reply ? (
        <Section id="staff-ir-reply" title="答复">
          <ReplyView id="staff-ir-reply-view" reply={r.reply} />
        </Section>
      ) : null}

      {can('note') ? (
        <Section id="staff-ir-note-box" title="内部备注（申请人看不到）">
          <Textarea id="staff-ir-note" label="备注" value={f.note} maxlength={INFO_REQUEST_LIMITS.note} onChange={(note) => set({ note })} />
          <Button id="staff-ir-note-add" variant="outline" block disabled={busy || !f.note.trim()} onClick={() => void run('note', (key) => actOnRequest(r.id, 'note', { text: f.note.trim() }, key), '已记下备注', { note: '' })}>
            添加备注
          </Button>
        </Section>
      ) : null}

      <Section id="staff-ir-history" title="全部记录">
        <RequestHistory id="staff-ir-timeline" entries={r.history} />
      </Section>
    </Page>
  )
}
