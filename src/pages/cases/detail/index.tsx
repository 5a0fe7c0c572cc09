import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { CASE_LIMITS, CASE_PHOTOS_MAX, CASE_TEXT_MAX, CONTACT_PREFERENCE_LABELS, type CaseDTO } from '../../../shared/cases'
import { Button, InlineMessage, Loading, Section, Textarea } from '../../../ui'
import { Page } from '../../../components/layout/Page'
import { LoadFailed } from '../../../components/common/LoadFailed'
import { useLoad } from '../../../components/common/useLoad'
import { ChoiceChips } from '../../../components/staff/ChoiceChips'
import { CasePhotos } from '../../../components/cases/CasePhotos'
import { CaseTimeline } from '../../../components/cases/CaseTimeline'
import { CaseVisitCard } from '../../../components/visits/CaseVisitCard'
import { PhotoPicker } from '../../../components/cases/PhotoPicker'
import type { PickedPhoto } from '../../../components/cases/PhotoPicker.types'
import { photoProblem, type FormPhoto } from '../../../components/cases/caseForm'
import { chinaTime, residentStatusHint } from '../../../components/cases/format'
import { confirmCase, followUpCase, getCase, rateCase, reopenCase, supplyCaseInfo, uploadPhoto } from '../../../services/cases'
import { ApiRequestError, messageOf, newIdempotencyKey } from '../../../services/http'
import { useSubmit } from '../../../components/forms/useSubmit'
import '../../../components/cases/cases.scss'

type Message = { tone: 'info' | 'success' | 'error'; text: string }

const RATE_LEVELS = [
  { value: '5', label: '非常满意' },
  { value: '4', label: '满意' },
  { value: '3', label: '一般' },
  { value: '2', label: '不满意' },
  { value: '1', label: '非常不满意' }
] as const

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

/**
 * One of my cases: where it stands in words, what I wrote, the public timeline, and the step that is
 * mine now — supply the information asked for, add a follow-up (追问) while it is handled, confirm
 * the answer (办结) or say it is not solved (没有解决, with the reason), or rate a closed case.
 * Every write carries an idempotency key kept until the server answers.
 */
export default function CaseDetailPage() {
  const router = useRouter()
  const id = router.params.id ?? ''
  const [state, reload] = useLoad(() => getCase(id), [id])
  const [override, setOverride] = useState<CaseDTO | null>(null)
  const [message, setMessage] = useState<Message | null>(
    router.params.done === 'submitted' ? { tone: 'success', text: '已提交。受理、答复都会发到“我的消息”，也可以随时在这里看进度' } : null
  )
  const [supply, setSupply] = useState<{ text: string; photos: FormPhoto[] }>({ text: '', photos: [] })
  const [followUp, setFollowUp] = useState<{ text: string; photos: FormPhoto[] }>({ text: '', photos: [] })
  const [reopenReason, setReopenReason] = useState('')
  const [rate, setRate] = useState<{ level: string; comment: string }>({ level: '', comment: '' })
  const shown = override ?? (state.status === 'ready' ? state.data : null)
  const sending = useSubmit({ id: shown?.id, status: shown?.status, steps: shown?.timeline.length, supply, followUp, reopenReason, rate })
  const busy = sending.locked
  const firstShow = useRef(true)

  useDidShow(() => {
    if (firstShow.current) {
      firstShow.current = false
      return
    }
    setOverride(null)
    reload()
  })

  if (state.status !== 'ready') {
    return (
      <Page className="case-detail">
        {state.status === 'loading' ? <Loading text="正在打开诉求…" /> : <LoadFailed message={state.message} onRetry={reload} />}
      </Page>
    )
  }
  const c = override ?? state.data

  const run = async (name: string, work: (key: string) => Promise<CaseDTO>, done: string) => {
    try {
      const updated = await sending.run(work, name)
      if (!updated) return false
      setOverride(updated)
      setMessage({ tone: 'success', text: done })
      return true
    } catch (e) {
      if (e instanceof ApiRequestError && e.status === 409) {
        setOverride(null)
        reload()
      }
      setMessage({ tone: 'error', text: messageOf(e) })
      return false
    }
  }

  const addPhotos = async (
    picked: PickedPhoto[],
    form: { photos: FormPhoto[] },
    save: (update: (f: { text: string; photos: FormPhoto[] }) => { text: string; photos: FormPhoto[] }) => void
  ) => {
    let photos = form.photos
    for (const photo of picked.slice(0, CASE_PHOTOS_MAX - photos.length)) {
      const problem = photoProblem(photo)
      if (problem) {
        setMessage({ tone: 'error', text: problem })
        continue
      }
      try {
        const uploaded = await uploadPhoto({ dataBase64: await photo.read() }, newIdempotencyKey())
        photos = [...photos, { id: uploaded.id, src: photo.path }]
        const next = photos
        save((f) => ({ ...f, photos: next }))
      } catch (e) {
        setMessage({ tone: 'error', text: messageOf(e) })
      }
    }
  }

  return (
    <Page className="case-detail">
      {message ? (
        <InlineMessage id="case-message" tone={message.tone}>
          {message.text}
        </InlineMessage>
      ) : null}

      <Section id="case-head" title={`${c.typeLabel} · ${c.categoryLabel}`}>
        <Text id="case-status" className="case-status">{`${c.statusLabel}：${residentStatusHint(c.status)}`}</Text>
        <Row k="编号" id="case-number">
          {c.number}
        </Row>
        <Row k="提交时间">{chinaTime(c.submittedAt)}</Row>
        {c.departmentName ? <Row k="承办部门" id="case-department">{c.departmentName}</Row> : null}
        <Row k="反映人">{c.onBehalf ? `${c.applicantName}（帮办代办员代为反映）` : c.applicantName}</Row>
        <Row k="联系方式">{CONTACT_PREFERENCE_LABELS[c.contactPreference]}</Row>
        <Row k="公开时">{c.hideName ? '隐藏姓名' : '显示姓名'}</Row>
        {c.mergedIntoNumber ? <Row k="合并到">{`诉求 ${c.mergedIntoNumber}，请看那件的进度`}</Row> : null}
        {c.transferredTo ? <Row k="转办到" id="case-transferred-to">{c.transferredTo}</Row> : null}
      </Section>

      {c.type === 'help' ? <CaseVisitCard caseId={c.id} version={c.updatedAt} /> : null}

      {c.reply ? (
        <Section id="case-reply" title={c.reopenCount && c.status !== 'replied' && c.status !== 'closed' ? '上次的答复（已重新办理）' : '答复'}>
          <Text className="case-para">{c.reply}</Text>
        </Section>
      ) : null}

      {c.canSupplyInfo ? (
        <Section id="case-supply" title="请补充情况">
          {c.pendingQuestion ? <Text id="case-question" className="case-para">{`工作人员问：${c.pendingQuestion}`}</Text> : null}
          <Textarea id="case-supply-text" label="补充说明" value={supply.text} maxlength={CASE_TEXT_MAX} onChange={(text) => setSupply({ ...supply, text })} />
          <PhotoPicker
            id="case-supply-photos"
            photos={supply.photos.map((p, i) => ({ key: p.id, src: p.src, label: `第 ${i + 1} 张` }))}
            max={CASE_PHOTOS_MAX}
            disabled={busy}
            onPick={(picked) => void addPhotos(picked, supply, setSupply)}
            onRemove={(pid) => setSupply({ ...supply, photos: supply.photos.filter((p) => p.id !== pid) })}
          />
          <Button
            id="case-supply-submit"
            theme="primary"
            block
            loading={sending.busy}
            disabled={busy || !supply.text.trim()}
            onClick={() =>
              void run('supply', (key) => supplyCaseInfo(c.id, { text: supply.text.trim(), photoIds: supply.photos.map((p) => p.id) }, key), '已补充，继续为您办理').then((ok) => {
                if (ok) setSupply({ text: '', photos: [] })
              })
            }
          >
            提交补充
          </Button>
        </Section>
      ) : null}

      {c.canConfirm ? (
        <Section id="case-confirm-box" title="问题解决了吗">
          <Text className="case-para">解决了请确认办结。没有解决的话，写明还差什么，诉求会退回承办部门重新办理。</Text>
          <Button id="case-confirm" theme="primary" block loading={sending.busy} disabled={busy} onClick={() => void run('confirm', (key) => confirmCase(c.id, {}, key), '已确认办结，欢迎评价这次办理')}>
            已解决，确认办结
          </Button>
          {c.canReopen ? (
            <View id="case-reopen-box">
              <Textarea
                id="case-reopen-reason"
                label="没有解决的原因"
                placeholder="例如：路灯修好两天又不亮了"
                value={reopenReason}
                maxlength={CASE_LIMITS.reason}
                onChange={setReopenReason}
              />
              <Button
                id="case-reopen"
                theme="danger"
                variant="outline"
                block
                disabled={busy || !reopenReason.trim()}
                onClick={() =>
                  void run('reopen', (key) => reopenCase(c.id, { reason: reopenReason.trim() }, key), '已退回重新办理，我们会在新的期限内再次答复').then((ok) => {
                    if (ok) setReopenReason('')
                  })
                }
              >
                没有解决，重新办理
              </Button>
            </View>
          ) : null}
        </Section>
      ) : null}

      {c.canFollowUp ? (
        <Section id="case-follow-up" title="追问">
          <Text className="case-para">{c.reopenCount ? `这件诉求已重新办理${c.reopenCount > 1 ? ` ${c.reopenCount} 次` : ''}。` : ''}想补充情况或催问进度，写在这里，承办人员会收到提醒。</Text>
          <Textarea id="case-follow-up-text" label="追问内容" value={followUp.text} maxlength={CASE_LIMITS.followUp} onChange={(text) => setFollowUp({ ...followUp, text })} />
          <PhotoPicker
            id="case-follow-up-photos"
            photos={followUp.photos.map((p, i) => ({ key: p.id, src: p.src, label: `第 ${i + 1} 张` }))}
            max={CASE_PHOTOS_MAX}
            disabled={busy}
            onPick={(picked) => void addPhotos(picked, followUp, setFollowUp)}
            onRemove={(pid) => setFollowUp({ ...followUp, photos: followUp.photos.filter((p) => p.id !== pid) })}
          />
          <Button
            id="case-follow-up-submit"
            theme="primary"
            variant="outline"
            block
            loading={sending.busy}
            disabled={busy || !followUp.text.trim()}
            onClick={() =>
              void run('followUp', (key) => followUpCase(c.id, { text: followUp.text.trim(), photoIds: followUp.photos.map((p) => p.id) }, key), '已送达承办人员').then((ok) => {
                if (ok) setFollowUp({ text: '', photos: [] })
              })
            }
          >
            发送追问
          </Button>
        </Section>
      ) : null}

      {c.canRate ? (
        <Section id="case-rate" title="请为这次办理评价">
          <ChoiceChips id="case-rate-level" label="满意程度" options={RATE_LEVELS} selected={rate.level ? [rate.level] : []} onChange={(next) => setRate({ ...rate, level: next[0] ?? '' })} />
          <Textarea id="case-rate-comment" label="留言"
            placeholder="想说的话（选填）" value={rate.comment} maxlength={500} onChange={(comment) => setRate({ ...rate, comment })} />
          <Button
            id="case-rate-submit"
            theme="primary"
            block
            loading={sending.busy}
            disabled={busy || !rate.level}
            onClick={() =>
              void run('rate', (key) => rateCase(c.id, { level: Number(rate.level), ...(rate.comment.trim() ? { comment: rate.comment.trim() } : {}) }, key), '谢谢您的评价')
            }
          >
            提交评价
          </Button>
        </Section>
      ) : null}
      {c.rating ? (
        <Section id="case-rated" title="您的评价">
          <Text className="case-para">{`${RATE_LEVELS.find((l) => l.value === String(c.rating!.level))?.label ?? ''}${c.rating.comment ? `：${c.rating.comment}` : ''}`}</Text>
        </Section>
      ) : null}

      <Section id="case-content" title="反映的内容">
        <Text id="case-text-shown" className="case-para">
          {c.text}
        </Text>
        {c.location ? <Row k="地点">{c.location}</Row> : null}
        {c.photos.length ? <Text id="case-photo-count" className="case-para muted">{`附照片 ${c.photos.length} 张`}</Text> : null}
        {c.photos.length ? <CasePhotos id="case-photos-shown" photos={c.photos} /> : null}
      </Section>

      <Section id="case-progress" title="办理进度">
        <CaseTimeline id="case-timeline" entries={c.timeline} />
      </Section>

      <Button id="case-to-mine" block variant="text" onClick={() => void Taro.redirectTo({ url: '/pages/cases/mine/index' })}>
        查看我的全部诉求
      </Button>
    </Page>
  )
}
