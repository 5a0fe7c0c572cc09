import Taro, { useRouter } from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import {
  BOOKING_SOURCE_LABELS,
  BOOKING_STATUS_LABELS,
  formatDateCn,
  type DayViewDTO,
  type StaffBookingDTO
} from '../../../shared/appointments'
import { shiftDate } from '../../../components/appointments/format'
import { Button, Empty, InlineMessage, Input, Loading, Section } from '../../../ui'
import { Page } from '../../../components/layout/Page'
import { ChoiceChips } from '../../../components/staff/ChoiceChips'
import { StaffLoadFailed } from '../../../components/staff/StaffLoadFailed'
import { loadStaffContext } from '../../../components/staff/staffContext'
import { useLoad } from '../../../components/common/useLoad'
import { checkIn, completeVisit, getDayView, markNoShow, recordWalkIn } from '../../../services/appointments'
import { ApiRequestError, messageOf } from '../../../services/http'
import { useSubmit } from '../../../components/forms/useSubmit'
import { pointToInvalid } from '../../../components/forms/focusField'
import type { FormField } from '../../../components/forms/invalid'
import '../../../components/staff/staff.scss'
import '../../../components/appointments/appointments.scss'
import './index.scss'

type Message = { tone: 'success' | 'error' | 'info'; text: string }
const ALL = 'all'

const WALK_IN_FIELDS: readonly FormField[] = [
  { key: 'departmentId', id: 'staff-walkin-dept', label: '窗口' },
  { key: 'name', id: 'staff-walkin-name', label: '群众姓名' },
  { key: 'phone', id: 'staff-walkin-phone', label: '手机号' },
  { key: 'note', id: 'staff-walkin-note', label: '办什么事' }
]

function Row(props: { item: StaffBookingDTO; today: boolean; busy: boolean; act: (kind: 'checkin' | 'noshow' | 'complete', item: StaffBookingDTO) => void }) {
  const b = props.item
  return (
    <View id={`staff-appt-${b.code}`} className="staff-appt__row">
      <View className="staff-appt__row-head">
        <Text className="staff-appt__time">{b.source === 'walkin' ? `${b.start} 到` : `${b.start}–${b.end}`}</Text>
        <Text className="staff-appt__code">{b.code}</Text>
        <Text className="staff-appt__name">{b.applicantName}</Text>
        <Text className={`appt-status appt-status--${b.status}`}>{BOOKING_STATUS_LABELS[b.status]}</Text>
      </View>
      <Text className="staff-appt__line">{`${b.guideTitle} · ${b.windowName}${b.source === 'walkin' ? ` · ${BOOKING_SOURCE_LABELS.walkin}` : ''}`}</Text>
      {b.onBehalf ? <Text className="staff-appt__line">帮办代办员代约</Text> : null}
      {b.applicantPhoneMasked ? <Text className="staff-appt__line muted">{`电话 ${b.applicantPhoneMasked}`}</Text> : null}
      {b.note ? <Text className="staff-appt__line muted">{`备注：${b.note}`}</Text> : null}
      <View className="staff-appt__tools">
        {props.today && (b.status === 'booked' || b.status === 'no_show') ? (
          <Button id={`staff-row-checkin-${b.id}`} size="medium" theme="primary" disabled={props.busy} onClick={() => props.act('checkin', b)}>
            签到
          </Button>
        ) : null}
        {b.canComplete ? (
          <Button id={`staff-complete-${b.id}`} size="medium" theme="primary" variant="outline" disabled={props.busy} onClick={() => props.act('complete', b)}>
            办结
          </Button>
        ) : null}
        {b.canMarkNoShow ? (
          <Button id={`staff-noshow-${b.id}`} size="medium" variant="outline" disabled={props.busy} onClick={() => props.act('noshow', b)}>
            标记未到场
          </Button>
        ) : null}
      </View>
    </View>
  )
}

/**
 * 今天的预约: the hall's day for my windows — check in by code or scanned QR, mark no-shows after a
 * slot ends, finish visits (the person is invited to rate), and record walk-ins, who are never turned
 * away. Other days can be looked at with 前一天/后一天.
 */
export default function StaffAppointmentsPage() {
  const router = useRouter()
  const [context, reloadContext] = useLoad(() => loadStaffContext(), [])
  const [date, setDate] = useState<string | null>(router.params.date ?? null)
  const [dept, setDept] = useState<string>(ALL)
  const [view, setView] = useState<DayViewDTO | null>(null)
  const [viewError, setViewError] = useState<string | null>(null)
  const [code, setCode] = useState('')
  const [message, setMessage] = useState<Message | null>(null)
  const [walkIn, setWalkIn] = useState({ name: '', phone: '', note: '', departmentId: '' })
  const [walkInErrors, setWalkInErrors] = useState<Record<string, string>>({})
  const sending = useSubmit({ date: view?.date, items: view?.items.map((i) => `${i.id}:${i.status}`), code, walkIn, dept })
  const busy = sending.locked

  const ready = context.status === 'ready'
  const load = useCallback(async () => {
    setViewError(null)
    try {
      const next = await getDayView({ date: date ?? undefined, departmentId: dept === ALL ? undefined : dept })
      setView(next)
      if (!date) setDate(next.date)
    } catch (e) {
      setViewError(messageOf(e))
    }
  }, [date, dept])

  useEffect(() => {
    if (ready) void load()
  }, [ready, load])

  if (context.status !== 'ready') {
    return (
      <Page className="staff-appt staff-console">
        {context.status === 'loading' ? <Loading text="正在打开今天的预约…" /> : null}
        {context.status === 'error' ? <StaffLoadFailed message={context.message} code={context.code} onRetry={reloadContext} /> : null}
      </Page>
    )
  }
  const served = context.data.isAdmin ? context.data.departments : context.data.editableDepartments
  const isToday = view !== null && view.date === view.today

  const run = async (action: string, work: (key: string) => Promise<string>) => {
    try {
      const done = await sending.run(work, action)
      if (done === undefined) return
      setMessage({ tone: 'success', text: done })
      await load()
    } catch (e) {
      setMessage({ tone: 'error', text: messageOf(e) })
    }
  }

  const checkedIn = (result: { alreadyCheckedIn: boolean; booking: StaffBookingDTO }) => {
    const b = result.booking
    return result.alreadyCheckedIn ? `${b.applicantName}（${b.code}）已经签过到了` : `已签到：${b.applicantName}，${b.start} ${b.guideTitle}`
  }

  const submitCode = () =>
    run('code', async () => {
      const result = await checkIn({ code })
      setCode('')
      return checkedIn(result)
    })

  const scan = async () => {
    let text: string
    try {
      text = (await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })).result
    } catch {
      setMessage({ tone: 'info', text: '没有扫到二维码，可以直接输入签到码' })
      return
    }
    await run(`scan-${text}`, async () => checkedIn(await checkIn({ qr: text })))
  }

  const act = (kind: 'checkin' | 'noshow' | 'complete', b: StaffBookingDTO) =>
    void run(`${kind}-${b.id}`, async () => {
      if (kind === 'checkin') {
        await checkIn({ code: b.code })
        return `已签到：${b.applicantName}`
      }
      if (kind === 'noshow') {
        await markNoShow(b.id)
        return `已标记 ${b.applicantName} 未到场`
      }
      await completeVisit(b.id)
      return `${b.applicantName} 已办结，已邀请评价`
    })

  const addWalkIn = async () => {
    const departmentId = walkIn.departmentId || (dept !== ALL ? dept : served[0]?.id ?? '')
    setWalkInErrors({})
    try {
      const b = await sending.run(
        (key) =>
          recordWalkIn(
            {
              departmentId,
              name: walkIn.name.trim(),
              ...(walkIn.phone.trim() ? { phone: walkIn.phone.trim() } : {}),
              ...(walkIn.note.trim() ? { note: walkIn.note.trim() } : {})
            },
            key
          ),
        'walk-in'
      )
      if (!b) return
      setWalkIn({ name: '', phone: '', note: '', departmentId: walkIn.departmentId })
      setMessage({ tone: 'success', text: `已登记现场办理：${b.applicantName}（号 ${b.code}）` })
      await load()
    } catch (e) {
      if (e instanceof ApiRequestError && e.fields) {
        setWalkInErrors(e.fields)
        setMessage({ tone: 'error', text: pointToInvalid(e.fields, WALK_IN_FIELDS) })
      } else {
        setMessage({ tone: 'error', text: messageOf(e) })
      }
    }
  }

  const shift = (days: number) => {
    if (!view) return
    setView(null)
    setDate(shiftDate(view.date, days))
  }

  return (
    <Page className="staff-appt staff-console">
      <Section id="staff-appt-head">
        <View className="staff-appt__day">
          <Button id="staff-day-prev" size="medium" variant="outline" onClick={() => shift(-1)}>
            前一天
          </Button>
          <Text id="staff-day-date" className="staff-appt__date">
            {view ? `${formatDateCn(view.date)}${isToday ? '（今天）' : ''}` : '…'}
          </Text>
          <Button id="staff-day-next" size="medium" variant="outline" onClick={() => shift(1)}>
            后一天
          </Button>
        </View>
        {view && !isToday ? (
          <Button id="staff-day-today" variant="text" block onClick={() => (setView(null), setDate(view.today))}>
            回到今天
          </Button>
        ) : null}
        {view ? (
          <Text id="staff-appt-counts" className="staff-appt__counts">
            {`${view.working ? '' : `${view.dayName}，不办公 · `}待签到 ${view.counts.booked} · 已签到 ${view.counts.checkedIn} · 已办结 ${view.counts.completed} · 未到场 ${view.counts.noShow} · 现场办理 ${view.counts.walkIns}`}
          </Text>
        ) : null}
        {served.length > 1 ? (
          <ChoiceChips
            id="staff-appt-dept"
            label="窗口"
            options={[{ value: ALL, label: '全部' }, ...served.map((d) => ({ value: d.id, label: d.windowName || d.name }))]}
            selected={[dept]}
            onChange={(next) => {
              setView(null)
              setDept(next[0] ?? ALL)
            }}
          />
        ) : null}
      </Section>

      {message ? (
        <InlineMessage id="staff-appt-message" tone={message.tone}>
          {message.text}
        </InlineMessage>
      ) : null}

      {isToday ? (
        <Section id="staff-checkin" title="签到">
          <Input id="staff-checkin-code" label="签到码（4 位）" value={code} maxlength={8} placeholder="例如 7KQ3" onChange={setCode} />
          <Button id="staff-checkin-submit" theme="primary" block loading={sending.busy} disabled={busy || !code.trim()} onClick={() => void submitCode()}>
            签到
          </Button>
          {process.env.TARO_ENV === 'weapp' ? (
            <Button id="staff-checkin-scan" theme="primary" variant="outline" block disabled={busy} onClick={() => void scan()}>
              扫群众的预约二维码
            </Button>
          ) : null}
        </Section>
      ) : null}

      <Section id="staff-appt-list" title={isToday ? '今天的预约和现场办理' : '这天的预约'}>
        {viewError ? (
          <View>
            <InlineMessage tone="error">{viewError}</InlineMessage>
            <Button id="staff-appt-retry" block onClick={() => void load()}>
              重新加载
            </Button>
          </View>
        ) : null}
        {!view && !viewError ? <Loading text="正在加载…" /> : null}
        {view && view.items.length === 0 ? <Empty id="staff-appt-empty" description="这天没有预约" /> : null}
        {view?.items.map((item) => <Row key={item.id} item={item} today={isToday} busy={busy} act={act} />)}
      </Section>

      {isToday ? (
        <Section id="staff-walkin" title="现场办理登记（没有预约也照常办理）">
          {served.length > 1 ? (
            <ChoiceChips
              id="staff-walkin-dept"
              label="窗口"
              options={served.map((d) => ({ value: d.id, label: d.windowName || d.name }))}
              selected={[walkIn.departmentId || (dept !== ALL ? dept : served[0]?.id ?? '')]}
              onChange={(next) => setWalkIn({ ...walkIn, departmentId: next[0] ?? '' })}
            />
          ) : null}
          <Input id="staff-walkin-name" label="群众姓名" value={walkIn.name} maxlength={20} error={walkInErrors.name} onChange={(name) => setWalkIn({ ...walkIn, name })} />
          <Input
            id="staff-walkin-phone"
            label="手机号（选填，方便回访）"
            type="tel"
            value={walkIn.phone}
            maxlength={11}
            error={walkInErrors.phone}
            onChange={(phone) => setWalkIn({ ...walkIn, phone })}
          />
          <Input id="staff-walkin-note" label="办什么事（选填）" value={walkIn.note} maxlength={100} onChange={(note) => setWalkIn({ ...walkIn, note })} />
          <Button id="staff-walkin-add" theme="primary" block loading={sending.busy} disabled={busy || !walkIn.name.trim()} onClick={() => void addWalkIn()}>
            登记并开始办理
          </Button>
        </Section>
      ) : null}

      <Button id="staff-templates-entry" block variant="outline" onClick={() => void Taro.navigateTo({ url: '/staff/pages/appointments/templates/index' })}>
        预约时段设置（每周时间、停约、加开）
      </Button>
    </Page>
  )
}
