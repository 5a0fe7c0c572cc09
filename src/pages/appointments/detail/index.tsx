import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { BOOKING_ACTION_LABELS, BOOKING_STATUS_LABELS, type BookingDTO } from '../../../shared/appointments'
import { Button, InlineMessage, Loading, Section } from '../../../ui'
import { Page } from '../../../components/layout/Page'
import { CallLink } from '../../../components/common/CallLink'
import { LoadFailed } from '../../../components/common/LoadFailed'
import { useLoad } from '../../../components/common/useLoad'
import { BookingQr } from '../../../components/appointments/BookingQr'
import { bookingWhen, bookingWhere, chinaDateTime, statusLine } from '../../../components/appointments/format'
import { cancelAppointment, getAppointment } from '../../../services/appointments'
import { ApiRequestError, messageOf } from '../../../services/http'
import { useSubmit } from '../../../components/forms/useSubmit'
import '../../../components/appointments/appointments.scss'
import './index.scss'

function Row(props: { k: string; id?: string; children: string }) {
  return (
    <View className="appt-kv">
      <Text className="appt-kv__k">{props.k}</Text>
      <Text id={props.id} className="appt-kv__v">
        {props.children}
      </Text>
    </View>
  )
}

/**
 * One appointment: the check-in code large and its QR for the window to scan, when and where, and
 * cancel (confirmed in the page, no pop-up) or reschedule until the online cut-off.
 */
export default function BookingDetailPage() {
  const router = useRouter()
  const id = router.params.id ?? ''
  const [state, reload] = useLoad(() => getAppointment(id), [id])
  const [override, setOverride] = useState<BookingDTO | null>(null)
  const [confirming, setConfirming] = useState(false)
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(
    router.params.done === 'booked' ? { tone: 'success', text: '预约成功，签到码已发到“我的消息”' } : router.params.done === 'moved' ? { tone: 'success', text: '已改约，请记住新的时间和签到码' } : null
  )
  const shown = override ?? (state.status === 'ready' ? state.data : null)
  const sending = useSubmit({ id: shown?.id, status: shown?.status })
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
      <Page className="booking">
        {state.status === 'loading' ? <Loading text="正在打开预约…" /> : <LoadFailed message={state.message} onRetry={reload} />}
      </Page>
    )
  }
  const b = override ?? state.data
  const live = b.status === 'booked' || b.status === 'checked_in'

  const doCancel = async () => {
    try {
      const cancelled = await sending.run((key) => cancelAppointment(b.id, key))
      if (!cancelled) return
      setOverride(cancelled)
      setConfirming(false)
      setMessage({ tone: 'success', text: '预约已取消，名额已经让给别人。需要的话可以重新预约' })
    } catch (e) {
      setMessage({ tone: 'error', text: messageOf(e) })
      if (e instanceof ApiRequestError && e.status !== 0) setConfirming(false)
    }
  }

  return (
    <Page className="booking">
      {message ? (
        <InlineMessage id="booking-message" tone={message.tone}>
          {message.text}
        </InlineMessage>
      ) : null}

      <Section id="booking-ticket" title={b.guide.title}>
        <Text id="booking-status" className="booking__status">
          {statusLine(b.status)}
        </Text>
        {live ? (
          <View>
            <Text className="booking__code-label">签到码</Text>
            <Text id="booking-code" className="booking__code">
              {b.code}
            </Text>
            {b.status === 'booked' ? <BookingQr id="booking-qr" text={b.qrText} /> : null}
            <Text className="booking__hint muted">到大厅后把签到码或二维码给窗口工作人员看</Text>
          </View>
        ) : (
          <Text id="booking-code" className="appt-para muted">{`签到码 ${b.code}（${BOOKING_STATUS_LABELS[b.status]}）`}</Text>
        )}
      </Section>

      <Section id="booking-details" title="预约信息">
        <Row k="时间" id="booking-when">
          {bookingWhen(b)}
        </Row>
        <Row k="地点" id="booking-where">
          {bookingWhere(b)}
        </Row>
        <Row k="办理人" id="booking-applicant">
          {b.onBehalf ? `${b.applicantName}（帮办代办员代约）` : b.applicantName}
        </Row>
        {b.guide.id ? (
          <Button
            id="booking-materials"
            variant="outline"
            theme="primary"
            block
            onClick={() => void Taro.navigateTo({ url: `/pages/guides/detail/index?id=${b.guide.id}` })}
          >
            看看要带哪些材料
          </Button>
        ) : null}
      </Section>

      {b.status === 'booked' ? (
        <Section id="booking-change" title="取消或改约">
          {b.canCancel ? (
            <Text className="appt-para">{`${chinaDateTime(b.changeDeadline)}以前可以在网上取消或改约。`}</Text>
          ) : (
            <View>
              <Text className="appt-para">离办理时间太近，网上不能再取消或改约了。来不了的话请打电话告诉窗口：</Text>
              {b.department.phone ? <CallLink id="booking-call" phone={b.department.phone} label={b.department.windowName || b.department.name} /> : null}
            </View>
          )}
          <View className="appt-actions">
            {b.canReschedule ? (
              <Button
                id="booking-reschedule"
                theme="primary"
                variant="outline"
                block
                disabled={busy}
                onClick={() => void Taro.navigateTo({ url: `/pages/appointments/book/index?reschedule=${b.id}` })}
              >
                改约到别的时间
              </Button>
            ) : null}
            {b.canCancel && !confirming ? (
              <Button id="booking-cancel" theme="danger" variant="outline" block disabled={busy} onClick={() => setConfirming(true)}>
                取消预约
              </Button>
            ) : null}
          </View>
          {confirming ? (
            <View id="booking-cancel-box" className="appt-actions">
              <InlineMessage tone="info">确定要取消这个预约吗？取消后名额会让给别人。</InlineMessage>
              <Button id="booking-cancel-confirm" theme="danger" block loading={sending.busy} disabled={busy} onClick={() => void doCancel()}>
                确定取消
              </Button>
              <Button id="booking-cancel-keep" block disabled={busy} onClick={() => setConfirming(false)}>
                不取消了
              </Button>
            </View>
          ) : null}
        </Section>
      ) : null}

      {b.status === 'completed' ? (
        <Section id="booking-rate" title="这次办事满意吗">
          <Button id="booking-rate-open" theme="primary" block onClick={() => void Taro.navigateTo({ url: `/pages/reviews/rate/index?service=appointment&serviceId=${b.id}` })}>
            评价这次办事
          </Button>
        </Section>
      ) : null}

      {b.history.length ? (
        <Section id="booking-history" title="办理记录">
          {b.history.map((h, i) => (
            <Text key={i} className="booking__history-item">
              {`${chinaDateTime(h.at)} ${BOOKING_ACTION_LABELS[h.action]}${h.publicText ? `：${h.publicText}` : ''}`}
            </Text>
          ))}
        </Section>
      ) : null}

      <Button id="booking-to-mine" block variant="text" onClick={() => void Taro.redirectTo({ url: '/pages/appointments/mine/index' })}>
        查看我的全部预约
      </Button>
    </Page>
  )
}
