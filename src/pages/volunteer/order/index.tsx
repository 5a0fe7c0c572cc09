import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { Text } from '@tarojs/components'
import { CASE_PHOTOS_MAX } from '../../../shared/cases'
import { VISIT_LIMITS, VISIT_PLAN_MAX_DAYS, type VisitOrderDTO } from '../../../shared/visits'
import { Button, InlineMessage, Loading, Section, Textarea } from '../../../ui'
import { Page } from '../../../components/layout/Page'
import { CallLink } from '../../../components/common/CallLink'
import { KeyValue } from '../../../components/common/KeyValue'
import { LoadFailed } from '../../../components/common/LoadFailed'
import { useLoad } from '../../../components/common/useLoad'
import { PhotoPicker } from '../../../components/cases/PhotoPicker'
import type { PickedPhoto } from '../../../components/cases/PhotoPicker.types'
import type { FormPhoto } from '../../../components/cases/caseForm'
import { uploadPicked } from '../../../components/cases/uploadPicked'
import { chinaTime } from '../../../components/cases/format'
import { useSubmit } from '../../../components/forms/useSubmit'
import { WhenPicker } from '../../../components/visits/WhenPicker'
import { chinaInstant, dayChoices, hourChoices } from '../../../components/visits/when'
import { ApiRequestError, messageOf } from '../../../services/http'
import { acceptOrder, declineOrder, getMyOrder, recordVisit } from '../../../services/visits'
import '../../../components/scan/scan.scss'

type Message = { tone: 'info' | 'success' | 'error'; text: string }

/**
 * 服务单: one order sent to me. An offer shows the village and what is needed: accept it by saying
 * when I will come, or give it back with a reason. Once accepted, the address, the person and their
 * phone are mine to see, and I record the visit (when, what I did, photos); then the order is done
 * and the address is hidden again.
 */
export default function VolunteerOrderPage() {
  const router = useRouter()
  const id = router.params.id ?? ''
  const [state, reload] = useLoad(() => getMyOrder(id), [id])
  const [override, setOverride] = useState<VisitOrderDTO | null>(null)
  const [plan, setPlan] = useState({ date: '', time: '' })
  const [visit, setVisit] = useState<{ date: string; time: string; text: string; photos: FormPhoto[] }>({ date: '', time: '', text: '', photos: [] })
  const [reason, setReason] = useState('')
  const [message, setMessage] = useState<Message | null>(null)
  const order = override ?? (state.status === 'ready' ? state.data : null)
  const sending = useSubmit({ id, status: order?.status, plan, visit, reason })

  if (!order) {
    return <Page className="volunteer">{state.status === 'error' ? <LoadFailed message={state.message} onRetry={reload} /> : <Loading text="正在打开服务单…" />}</Page>
  }
  const now = new Date()

  const run = async (name: string, work: (key: string) => Promise<VisitOrderDTO>, done: string) => {
    try {
      const next = await sending.run(work, name)
      if (!next) return
      setOverride(next)
      setMessage({ tone: 'success', text: done })
    } catch (e) {
      if (e instanceof ApiRequestError && e.status === 409) setOverride(await getMyOrder(id).catch(() => order))
      setMessage({ tone: 'error', text: messageOf(e) })
    }
  }

  const addPhotos = (picked: PickedPhoto[]) =>
    uploadPicked(picked, visit.photos, CASE_PHOTOS_MAX, {
      problem: (text) => setMessage({ tone: 'error', text }),
      uploaded: (photos) => setVisit((v) => ({ ...v, photos }))
    })

  return (
    <Page className="volunteer">
      {message ? (
        <InlineMessage id="order-message" tone={message.tone}>
          {message.text}
        </InlineMessage>
      ) : null}

      <Section id="order-head" title={order.title}>
        <KeyValue k="状态" id="order-status">{order.statusLabel}</KeyValue>
        <KeyValue k="编号">{order.number}</KeyValue>
        <KeyValue k="村（社区）">{order.villageName ?? '未填写'}</KeyValue>
        {order.status === 'offered' ? <KeyValue k="接单期限">{`${chinaTime(order.expiresAt)} 前`}</KeyValue> : null}
        {order.plannedAt && order.status === 'accepted' ? <KeyValue k="约定上门" id="order-planned">{chinaTime(order.plannedAt)}</KeyValue> : null}
        <Text id="order-text" className="scan__para">{order.text}</Text>
        {order.dispatcherNote ? <Text className="scan__para">{`服务中心交代：${order.dispatcherNote}`}</Text> : null}
      </Section>

      {order.address ? (
        <Section id="order-where" title="上门地址（只在服务期间给您看）">
          <KeyValue k="地址" id="order-address">{order.address}</KeyValue>
          {order.applicantName ? <KeyValue k="求助人">{order.applicantName}</KeyValue> : null}
          {order.contactPhone ? <CallLink id="order-call" phone={order.contactPhone} label={order.applicantName ?? '求助人'} /> : null}
        </Section>
      ) : null}

      {order.canAccept ? (
        <Section id="order-accept-box" title="接单：约个上门时间">
          <WhenPicker
            id="order-plan"
            dayLabel={`哪天去（${VISIT_PLAN_MAX_DAYS} 天内）`}
            days={dayChoices(now, 0, 6)}
            times={plan.date ? hourChoices(now, plan.date, 'future') : []}
            date={plan.date}
            time={plan.time}
            onChange={setPlan}
          />
          <Button
            id="order-accept"
            theme="primary"
            size="large"
            block
            loading={sending.busy}
            disabled={sending.locked || !plan.date || !plan.time}
            onClick={() => void run('accept', (key) => acceptOrder(id, { plannedAt: chinaInstant(plan.date, plan.time) }, key), '已接单，已告诉求助的群众您什么时候到')}
          >
            接单
          </Button>
        </Section>
      ) : null}

      {order.canRecordVisit ? (
        <Section id="order-visit-box" title="上门以后：记录服务情况">
          <WhenPicker
            id="order-visited"
            dayLabel="哪天去的"
            days={dayChoices(now, -1, 0)}
            times={visit.date ? hourChoices(now, visit.date, 'past') : []}
            date={visit.date}
            time={visit.time}
            onChange={(when) => setVisit({ ...visit, ...when })}
          />
          <Textarea id="order-visit-text" label="做了什么" placeholder="例如：帮老人填好了申请表，材料已带回村委会" value={visit.text} maxlength={VISIT_LIMITS.visitText} onChange={(text) => setVisit({ ...visit, text })} />
          <PhotoPicker
            id="order-visit-photos"
            photos={visit.photos.map((p, i) => ({ key: p.id, src: p.src, label: `第 ${i + 1} 张` }))}
            max={CASE_PHOTOS_MAX}
            disabled={sending.busy}
            onPick={(picked) => void addPhotos(picked)}
            onRemove={(key) => setVisit({ ...visit, photos: visit.photos.filter((p) => p.id !== key) })}
          />
          <Button
            id="order-visit-submit"
            theme="primary"
            size="large"
            block
            loading={sending.busy}
            disabled={sending.locked || !visit.date || !visit.time || !visit.text.trim()}
            onClick={() =>
              void run(
                'visit',
                (key) => recordVisit(id, { visitedAt: chinaInstant(visit.date, visit.time), text: visit.text.trim(), photoIds: visit.photos.map((p) => p.id) }, key),
                '已记录上门服务，群众确认后就办结了'
              )
            }
          >
            提交服务记录
          </Button>
        </Section>
      ) : null}

      {order.visit ? (
        <Section id="order-visit-done" title="上门记录">
          <KeyValue k="上门时间">{chinaTime(order.visit.visitedAt)}</KeyValue>
          <Text className="scan__para">{order.visit.text}</Text>
          {order.visit.photoCount ? <Text className="scan__para muted">{`附照片 ${order.visit.photoCount} 张`}</Text> : null}
        </Section>
      ) : null}

      {order.canDecline ? (
        <Section id="order-decline-box" title={order.status === 'accepted' ? '去不了了？' : '接不了这张单？'}>
          <Textarea id="order-decline-reason" label="原因" placeholder="说明原因，服务中心会改派给别人" value={reason} maxlength={VISIT_LIMITS.reason} onChange={setReason} />
          <Button id="order-decline" variant="outline" block disabled={sending.locked || !reason.trim()} onClick={() => void run('decline', (key) => declineOrder(id, { reason: reason.trim() }, key), '已退回服务中心，会改派给别人')}>
            {order.status === 'accepted' ? '退单' : '不能接单'}
          </Button>
        </Section>
      ) : null}
    </Page>
  )
}
