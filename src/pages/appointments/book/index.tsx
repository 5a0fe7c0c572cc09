import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useMemo, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { formatDateCn, type AvailabilityDTO, type BookingDTO } from '../../../shared/appointments'
import type { GuideDetail } from '../../../shared/guides'
import type { HelpedPersonDTO } from '../../../shared/people'
import type { NoticeSettingsDTO } from '../../../shared/notices'
import { Button, InlineMessage, Loading, Section } from '../../../ui'
import { Page } from '../../../components/layout/Page'
import { CallLink } from '../../../components/common/CallLink'
import { LoadFailed } from '../../../components/common/LoadFailed'
import { useLoad } from '../../../components/common/useLoad'
import { MaterialsChecklist } from '../../../components/guides/MaterialsChecklist'
import { DayPicker } from '../../../components/appointments/DayPicker'
import { SlotPicker } from '../../../components/appointments/SlotPicker'
import { firstOpenDay, rulesLine } from '../../../components/appointments/format'
import { askToSubscribe, templateIdsFor } from '../../../components/notices/subscribe'
import { bookAppointment, getAppointment, getAvailability, listHelpedPeople, rescheduleAppointment } from '../../../services/appointments'
import { getGuide } from '../../../services/guides'
import { ApiRequestError, messageOf } from '../../../services/http'
import { useSubmit } from '../../../components/forms/useSubmit'
import { getNoticeSettings } from '../../../services/notices'
import { loadSession } from '../../../services/session'
import '../../../components/appointments/appointments.scss'
import './index.scss'

interface BookData {
  guide: GuideDetail
  availability: AvailabilityDTO
  /** The booking being moved (改约), if any. */
  moving: BookingDTO | null
}

async function loadBookData(params: Record<string, string | undefined>): Promise<BookData> {
  const moving = params.reschedule ? await getAppointment(params.reschedule) : null
  const guideId = moving?.guide.id ?? params.guideId
  if (!guideId) throw new ApiRequestError('没有选要办的事，请从办事指南里点“网上预约”', 'NO_GUIDE', 400)
  const [guide, availability] = await Promise.all([getGuide(guideId), getAvailability(guideId)])
  return { guide, availability, moving }
}

const SELF = 'self'

/**
 * 预约办理: the service and its materials, then a day, a slot and confirm. An assistant chooses whom
 * the booking is for. With `reschedule=<id>` the same screen moves an existing booking (改约).
 * The confirm tap asks for WeChat reminders first (weapp), then books with an idempotency key that a
 * retry after a network failure reuses, so a weak signal never books twice.
 */
export default function BookPage() {
  const router = useRouter()
  const [state, reload] = useLoad(() => loadBookData(router.params), [router.params.guideId, router.params.reschedule])
  const me = loadSession()?.me ?? null
  const [date, setDate] = useState<string | null>(null)
  const [start, setStart] = useState<string | null>(null)
  const [forWhom, setForWhom] = useState<string>(SELF)
  const [people, setPeople] = useState<HelpedPersonDTO[]>([])
  const [settings, setSettings] = useState<NoticeSettingsDTO | null>(null)
  const [error, setError] = useState<string | null>(null)
  const sending = useSubmit({ guideId: router.params.guideId, moving: router.params.reschedule, date, start, forWhom })

  const data = state.status === 'ready' ? state.data : null
  useEffect(() => {
    if (!data) return
    setDate((current) => current ?? firstOpenDay(data.availability.days))
  }, [data])
  useEffect(() => {
    if (!me) return
    getNoticeSettings()
      .then(setSettings)
      .catch(() => setSettings(null))
    if (me.role === 'assistant' && !router.params.reschedule) {
      listHelpedPeople()
        .then(setPeople)
        .catch(() => setPeople([]))
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [me?.id])

  const day = useMemo(() => data?.availability.days.find((d) => d.date === date) ?? null, [data, date])
  const chosenSlot = day?.slots.find((s) => s.start === start && s.state === 'open') ?? null
  const person = people.find((p) => p.personId === forWhom) ?? null

  if (state.status !== 'ready') {
    return (
      <Page className="book">
        {state.status === 'loading' ? <Loading text="正在查可以预约的时间…" /> : <LoadFailed message={state.message} onRetry={reload} />}
      </Page>
    )
  }
  const { guide, availability, moving } = state.data
  const dept = availability.department

  const confirm = async () => {
    if (!date || !chosenSlot) return
    setError(null)
    try {
      await sending.run(async (key) => {
        await askToSubscribe(templateIdsFor('appointment', settings))
        const booked = moving
          ? await rescheduleAppointment(moving.id, { date, start: chosenSlot.start }, key)
          : await bookAppointment({ guideId: guide.id, date, start: chosenSlot.start }, key, person ? person.personId : undefined)
        await Taro.redirectTo({ url: `/pages/appointments/detail/index?id=${booked.id}&done=${moving ? 'moved' : 'booked'}` })
      })
    } catch (e) {
      setError(messageOf(e))
      if (e instanceof ApiRequestError && e.status === 409) {
        setStart(null)
        reload()
      }
    }
  }

  const barShown = availability.bookable && me !== null && (chosenSlot !== null || error !== null)

  return (
    <Page className={barShown ? 'book book--with-bar' : 'book'}>
      <Section id="book-service" title={moving ? '改约' : '预约办理'}>
        <Text id="book-guide-title" className="book__title">
          {guide.title}
        </Text>
        <Text className="book__line">{`办理窗口：${dept.windowName || dept.name}`}</Text>
        {dept.place ? <Text className="book__line muted">{`地点：${dept.place}`}</Text> : null}
        {moving ? <Text id="book-moving" className="book__line">{`原来约的是 ${formatDateCn(moving.date)} ${moving.start}–${moving.end}`}</Text> : null}
        <Text className="book__line muted">不预约直接到窗口也一样给您办，预约可以少等一会儿。</Text>
      </Section>

      {!availability.bookable ? (
        <Section id="book-unavailable">
          <InlineMessage tone="info">{availability.reason ?? '这个事项暂时不能网上预约'}</InlineMessage>
          {dept.phone ? <CallLink id="book-call" phone={dept.phone} label={dept.windowName || dept.name} /> : null}
        </Section>
      ) : null}

      {availability.bookable && !me ? (
        <Section id="book-sign-in" title="先登录">
          <Text className="book__line">预约要先登录，这样签到码和提醒才能发给您。</Text>
          <Button id="book-go-sign-in" theme="primary" block onClick={() => void Taro.switchTab({ url: '/pages/me/index' })}>
            去“我的”登录
          </Button>
        </Section>
      ) : null}

      {availability.bookable && me?.role === 'assistant' && !moving ? (
        <Section id="book-for" title="为谁预约">
          <View className="appt-grid" role="radiogroup">
            {[{ id: SELF, label: `本人（${me.displayName}）` }, ...people.map((p) => ({ id: p.personId, label: p.name }))].map((o) => (
              <View
                key={o.id}
                id={`book-for-${o.id}`}
                className={`appt-chip appt-chip--slot${forWhom === o.id ? ' appt-chip--on' : ''}`}
                role="radio"
                aria-checked={forWhom === o.id ? 'true' : 'false'}
                onClick={() => setForWhom(o.id)}
              >
                <Text className="appt-chip__title">{forWhom === o.id ? `✓ ${o.label}` : o.label}</Text>
              </View>
            ))}
          </View>
          {person ? <Text className="book__line">{`代 ${person.name} 预约，记录里会写明是您代办的。`}</Text> : null}
        </Section>
      ) : null}

      {availability.bookable ? (
        <Section id="book-days" title="选日子">
          <DayPicker
            days={availability.days}
            today={availability.today}
            selected={date}
            onSelect={(d) => {
              setDate(d)
              setStart(null)
            }}
          />
        </Section>
      ) : null}

      {availability.bookable && day ? (
        <Section id="book-slots" title={`选时段（${formatDateCn(day.date)}）`}>
          {day.slots.length ? (
            <SlotPicker slots={day.slots} selected={start} onSelect={setStart} />
          ) : (
            <Text className="book__line">{day.closedReason ?? '这天不开放预约'}</Text>
          )}
        </Section>
      ) : null}

      <MaterialsChecklist guideId={guide.id} materials={guide.materials} />

      {availability.bookable && me ? (
        <Section id="book-summary" title={moving ? '确认改约' : '确认预约'}>
          <View className="appt-kv">
            <Text className="appt-kv__k">事项</Text>
            <Text className="appt-kv__v">{guide.title}</Text>
          </View>
          <View className="appt-kv">
            <Text className="appt-kv__k">时间</Text>
            <Text id="book-summary-when" className="appt-kv__v">
              {date && chosenSlot ? `${formatDateCn(date)} ${chosenSlot.start}–${chosenSlot.end}` : '请在上面选日子和时段'}
            </Text>
          </View>
          <View className="appt-kv">
            <Text className="appt-kv__k">办理人</Text>
            <Text className="appt-kv__v">{moving ? moving.applicantName : person ? `${person.name}（您代办）` : me.displayName}</Text>
          </View>
          {availability.rules ? <Text className="appt-para muted">{rulesLine(availability.rules)}</Text> : null}
        </Section>
      ) : null}

      {barShown ? (
        <View id="book-bar" className="book-bar">
          {error ? (
            <InlineMessage id="book-error" tone="error">
              {error}
            </InlineMessage>
          ) : null}
          <Text id="book-bar-when" className="book-bar__when">
            {date && chosenSlot ? `已选：${formatDateCn(date)} ${chosenSlot.start}–${chosenSlot.end}` : '请在上面重新选一个时段'}
          </Text>
          <Button id="book-confirm" theme="primary" block loading={sending.busy} disabled={!chosenSlot || sending.locked} onClick={() => void confirm()}>
            {moving ? '确认改到这个时间' : '确认预约'}
          </Button>
        </View>
      ) : null}
    </Page>
  )
}
