import { useDidShow, useRouter } from '@tarojs/taro'
import { useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { INFO_REQUEST_LIMITS, type InfoRequestDTO } from '../../../shared/infoRequests'
import { Button, InlineMessage, Input, Loading, Section, Textarea } from '../../../ui'
import { Page } from '../../../components/layout/Page'
import { LoadFailed } from '../../../components/common/LoadFailed'
import { useLoad } from '../../../components/common/useLoad'
import { dateCn } from '../../../components/disclosure/format'
import { useSubmit } from '../../../components/forms/useSubmit'
import { deadlineText } from '../../../components/infoRequests/format'
import { ReplyView } from '../../../components/infoRequests/ReplyView'
import { RequestHistory } from '../../../components/infoRequests/RequestHistory'
import { ApiRequestError, messageOf } from '../../../services/http'
import { correctRequest, getMyRequest, withdrawRequest } from '../../../services/infoRequests'
import '../../../components/disclosure/disclosure.scss'

type Message = { tone: 'info' | 'success' | 'error'; text: string }

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

/**
 * One of my requests: where it stands and until when, what I asked for, the correction asked of me
 * (and the form to send it), an extension and consultations with their reasons, the reply with its
 * attachments and the appeal rights, every step, and withdrawing while it is still open.
 */
export default function RequestDetailPage() {
  const router = useRouter()
  const id = router.params.id ?? ''
  const [state, reload] = useLoad(() => getMyRequest(id), [id])
  const [override, setOverride] = useState<InfoRequestDTO | null>(null)
  const [message, setMessage] = useState<Message | null>(router.params.done === 'submitted' ? { tone: 'success', text: '已提交。乡镇确认收到后开始计算答复期限，进度会发到“消息”里' } : null)
  const [correction, setCorrection] = useState<string | null>(null)
  const [withdraw, setWithdraw] = useState<{ open: boolean; reason: string }>({ open: false, reason: '' })
  const shown = override ?? (state.status === 'ready' ? state.data : null)
  const sending = useSubmit({ id: shown?.id, status: shown?.status, correction, withdraw })
  const first = useRef(true)
  useDidShow(() => {
    if (first.current) {
      first.current = false
      return
    }
    setOverride(null)
    reload()
  })

  if (!shown) {
    return <Page className="ir-detail">{state.status === 'error' ? <LoadFailed message={state.message} onRetry={reload} /> : <Loading text="正在打开申请…" />}</Page>
  }
  const r = shown
  const run = async (name: string, work: (key: string) => Promise<InfoRequestDTO>, done: string) => {
    try {
      const updated = await sending.run(work, name)
      if (!updated) return
      setOverride(updated)
      setMessage({ tone: 'success', text: done })
    } catch (e) {
      if (e instanceof ApiRequestError && e.status === 409) setOverride(await getMyRequest(r.id).catch(() => r))
      setMessage({ tone: 'error', text: messageOf(e) })
    }
  }
  const due = deadlineText(r.deadline, r.status === 'consulting' ? '正在征求意见，这段时间不计入答复期限' : '等您补正，补正后重新计算 20 个工作日')
  const text = correction ?? r.description

  return (
    <Page className="ir-detail">
      {message ? (
        <InlineMessage id="ir-message" tone={message.tone}>
          {message.text}
        </InlineMessage>
      ) : null}

      <Section id="ir-head" title={`申请 ${r.number}`}>
        <Text id="ir-status" className="dz-row__title">{r.statusLabel}</Text>
        {due ? <Text id="ir-due" className="dz-para">{due}</Text> : null}
        <Row k="申请人">{`${r.applicantName}（${r.applicantTypeLabel}${r.orgTypeLabel ? `·${r.orgTypeLabel}` : ''}）${r.onBehalf ? '，帮办代办员代为申请' : ''}`}</Row>
        <Row k="证件号码">{r.idMasked}</Row>
        <Row k="联系电话">{r.phoneMasked}</Row>
        <Row k="提交时间">{dateCn(r.submittedAt)}</Row>
        {r.receivedOn ? <Row k="收到日期">{dateCn(r.receivedOn)}</Row> : null}
        <Row k="所需信息" id="ir-description">{r.description}</Row>
        <Row k="提供形式">{`${r.formLabel}，${r.deliveryLabel}`}</Row>
      </Section>

      {r.canCorrect && r.correction ? (
        <Section id="ir-correct" title="请补正申请">
          <Text className="dz-para">{`请在 ${dateCn(r.correction.dueDate)} 前补正以下内容（无正当理由逾期不补正的，视为放弃申请）：`}</Text>
          {r.correction.items.map((item, i) => (
            <Text key={i} id={`ir-correct-item-${i}`} className="dz-para">{`${i + 1}. ${item}`}</Text>
          ))}
          <Textarea id="ir-correct-text" label="补正后的信息描述" value={text} maxlength={INFO_REQUEST_LIMITS.description} onChange={setCorrection} />
          <Button
            id="ir-correct-submit"
            theme="primary"
            block
            loading={sending.busy}
            disabled={sending.locked || !text.trim() || text.trim() === r.description}
            onClick={() => void run('correct', (key) => correctRequest(r.id, { description: text.trim() }, key), '已补正，答复期限从今天起重新计算').then(() => setCorrection(null))}
          >
            提交补正
          </Button>
        </Section>
      ) : null}

      {r.extension ? (
        <Section id="ir-extension" title="延期答复">
          <Text className="dz-para">{`经负责人同意延长 ${r.extension.days} 个工作日。理由：${r.extension.reason}`}</Text>
        </Section>
      ) : null}

      {r.consultations.length ? (
        <Section id="ir-consultations" title="征求意见">
          {r.consultations.map((c, i) => (
            <Text key={i} className="dz-para">{`征求${c.partyLabel}意见：${dateCn(c.startedOn)}起，${c.endedOn ? `${dateCn(c.endedOn)}结束（${c.outcomeLabel}）` : `最迟 ${dateCn(c.dueDate)}`}。这段时间不计入答复期限。`}</Text>
          ))}
        </Section>
      ) : null}

      {r.reply ? (
        <Section id="ir-reply" title="答复">
          <ReplyView id="ir-reply-view" reply={r.reply} />
        </Section>
      ) : null}

      <Section id="ir-progress" title="办理进度">
        <RequestHistory id="ir-timeline" entries={r.timeline} />
      </Section>

      {r.canWithdraw ? (
        <Section id="ir-withdraw" title="撤回申请">
          {withdraw.open ? (
            <View>
              <Input id="ir-withdraw-reason" label="撤回原因（选填）" value={withdraw.reason} maxlength={INFO_REQUEST_LIMITS.reason} onChange={(reason) => setWithdraw({ ...withdraw, reason })} />
              <Button
                id="ir-withdraw-confirm"
                theme="danger"
                block
                loading={sending.busy}
                disabled={sending.locked}
                onClick={() => void run('withdraw', (key) => withdrawRequest(r.id, { reason: withdraw.reason.trim() }, key), '已撤回申请')}
              >
                确认撤回
              </Button>
            </View>
          ) : (
            <Button id="ir-withdraw-open" variant="text" block onClick={() => setWithdraw({ ...withdraw, open: true })}>
              不需要了，撤回这件申请
            </Button>
          )}
        </Section>
      ) : null}
    </Page>
  )
}
