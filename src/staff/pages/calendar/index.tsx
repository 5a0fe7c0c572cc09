import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { OFFICIAL_FESTIVALS, type CalendarStatusDTO } from '../../../shared/calendar'
import { Button, InlineMessage, Input, Loading, Section, Textarea } from '../../../ui'
import { Page } from '../../../components/layout/Page'
import { StaffLoadFailed } from '../../../components/staff/StaffLoadFailed'
import { loadStaffContext } from '../../../components/staff/staffContext'
import { useLoad } from '../../../components/common/useLoad'
import { useSubmit } from '../../../components/forms/useSubmit'
import { enterOfficialSchedule, getCalendarStatus } from '../../../services/calendar'
import { messageOf } from '../../../services/http'
import { emptyScheduleForm, scheduleBody, type Festival, type OfficialScheduleForm } from '../../lib/officialSchedule'
import '../../../components/staff/staff.scss'

interface Message {
  tone: 'info' | 'success' | 'error'
  text: string
}

async function load(): Promise<CalendarStatusDTO> {
  await loadStaffContext({ adminOnly: true })
  return getCalendarStatus()
}

/**
 * 录入节假日安排 (admin): the State Council's schedule of the coming year in one go, as its notice
 * words it — each festival's days off and the make-up working days — for a year the built-in
 * calendar does not know yet. Open deadlines move and the people concerned are told.
 */
export default function OfficialSchedulePage() {
  const [state, reload] = useLoad(load, [])
  const [form, setForm] = useState<OfficialScheduleForm>(emptyScheduleForm)
  const [message, setMessage] = useState<Message | null>(null)
  const submit = useSubmit(form)

  if (state.status === 'loading') {
    return (
      <Page className="staff-console">
        <Loading text="正在打开…" />
      </Page>
    )
  }
  if (state.status === 'error') {
    return (
      <Page className="staff-console">
        <StaffLoadFailed message={state.message} code={state.code} onRetry={reload} />
      </Page>
    )
  }
  const { year } = state.data
  const setDay = (festival: Festival, end: 'from' | 'to', value: string) =>
    setForm((f) => ({ ...f, holidays: { ...f.holidays, [festival]: { ...f.holidays[festival], [end]: value } } }))

  const save = async () => {
    const { body, problem } = scheduleBody(form)
    if (problem) return setMessage({ tone: 'error', text: problem })
    try {
      const done = await submit.run(() => enterOfficialSchedule(year, body))
      if (!done) return
      setMessage({
        tone: 'success',
        text: `已录入 ${year} 年安排：放假 ${done.holidays} 天，调休上班 ${done.workdays} 天。未办结诉求的期限会在几分钟内重新计算，期限有变的群众会收到通知。`
      })
      reload()
    } catch (err) {
      setMessage({ tone: 'error', text: messageOf(err) })
    }
  }

  return (
    <Page className="staff-console">
      {message ? (
        <InlineMessage id="calendar-message" tone={message.tone}>
          {message.text}
        </InlineMessage>
      ) : null}
      <Section id="calendar-status" title={`${year} 年法定节假日安排`}>
        <Text id="calendar-status-text" className="case-para">
          {state.data.warning ?? `${year} 年的安排已知。如国务院办公厅通知有更正，可按通知重新录入，新录入的会替换原来的。`}
        </Text>
      </Section>
      <Section id="calendar-holidays" title="放假（按通知填写每个节日的第一天和最后一天）">
        {OFFICIAL_FESTIVALS.map((festival, i) => (
          <View key={festival} className="calendar-festival">
            <Input
              id={`calendar-${i}-from`}
              label={`${festival} 从`}
              value={form.holidays[festival].from}
              placeholder={`${year}-01-01`}
              maxlength={10}
              onChange={(v) => setDay(festival, 'from', v)}
            />
            <Input
              id={`calendar-${i}-to`}
              label="到"
              value={form.holidays[festival].to}
              placeholder="只放一天可不填"
              maxlength={10}
              onChange={(v) => setDay(festival, 'to', v)}
            />
          </View>
        ))}
      </Section>
      <Section id="calendar-workdays" title="调休上班">
        <Textarea
          id="calendar-workdays-text"
          label="每行一天：日期在前，节日在后"
          value={form.workdays}
          placeholder={`${year}-02-20 春节`}
          maxlength={400}
          onChange={(workdays) => setForm((f) => ({ ...f, workdays }))}
        />
      </Section>
      <Button id="calendar-save" theme="primary" block loading={submit.busy} disabled={submit.locked} onClick={() => void save()}>
        {`录入 ${year} 年安排`}
      </Button>
    </Page>
  )
}
