import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import {
  EXCEPTION_KIND_LABELS,
  SLOT_MINUTES,
  WEEKDAYS,
  WEEKDAY_LABELS,
  formatDateCn,
  type ExceptionKind,
  type OpeningTemplateDTO,
  type OpeningTemplateListDTO
} from '../../../../shared/appointments'
import { Button, Checkbox, Empty, InlineMessage, Input, Loading, Section, Switch } from '../../../../ui'
import { Page } from '../../../../components/layout/Page'
import { useLoad } from '../../../../components/common/useLoad'
import { ChoiceChips } from '../../../../components/staff/ChoiceChips'
import { StaffLoadFailed } from '../../../../components/staff/StaffLoadFailed'
import { loadStaffContext } from '../../../../components/staff/staffContext'
import {
  EXCEPTION_FIELDS,
  TEMPLATE_FIELDS,
  exceptionInput,
  newExceptionForm,
  newTemplateForm,
  previewSlots,
  templateForm,
  templateInput,
  templateSummary,
  type ExceptionForm,
  type TemplateForm
} from '../../../../components/appointments/templateForm'
import { shiftDate } from '../../../../components/appointments/format'
import { listOpeningTemplates, removeScheduleException, saveOpeningTemplate, setScheduleException } from '../../../../services/appointments'
import { ApiRequestError, messageOf } from '../../../../services/http'
import { useSubmit } from '../../../../components/forms/useSubmit'
import { pointToInvalid } from '../../../../components/forms/focusField'
import '../../../../components/staff/staff.scss'
import './index.scss'
import { chinaClock } from '../../../../shared/chinaTime'

type Message = { tone: 'success' | 'error' | 'info'; text: string }

async function loadAll(): Promise<OpeningTemplateListDTO> {
  await loadStaffContext()
  return listOpeningTemplates()
}

function todayInChina(): string {
  return chinaClock(Date.now()).date
}

/**
 * 预约时段设置: for each window I serve, its weekly template (weekdays, hours, slot length, seats,
 * how far ahead, cut-offs) and the days it is closed or opens extra sessions. Saving is checked against
 * the revision the form started from, so two editors never overwrite each other silently.
 */
export default function TemplatesPage() {
  const [state, reload] = useLoad(loadAll, [])
  const [form, setForm] = useState<TemplateForm | null>(null)
  const [formErrors, setFormErrors] = useState<Record<string, string>>({})
  const [exc, setExc] = useState<{ templateId: string; form: ExceptionForm } | null>(null)
  const [excErrors, setExcErrors] = useState<Record<string, string>>({})
  const [message, setMessage] = useState<Message | null>(null)
  const saved = state.status === 'ready' ? state.data.templates.map((t) => `${t.id}:${t.revision}:${t.exceptions.map((e) => e.date).join(',')}`) : null
  const sending = useSubmit({ form, exc, saved })
  const busy = sending.locked

  if (state.status !== 'ready') {
    return (
      <Page className="tpl staff-console">
        {state.status === 'loading' ? <Loading text="正在加载预约时段设置…" /> : <StaffLoadFailed message={state.message} code={state.code} onRetry={reload} />}
      </Page>
    )
  }
  const { templates, departments, bookableGuides } = state.data
  const guideTitle = (id: string | null) => bookableGuides.find((g) => g.id === id)?.title ?? ''

  const saveTemplate = async () => {
    if (!form) return
    const checked = templateInput(form)
    if (!checked.ok) {
      setFormErrors(checked.errors)
      setMessage({ tone: 'error', text: pointToInvalid(checked.errors, TEMPLATE_FIELDS) })
      return
    }
    try {
      const done = await sending.run(() => saveOpeningTemplate(checked.input, form.revision), 'template')
      if (!done) return
      setForm(null)
      setFormErrors({})
      setMessage({ tone: 'success', text: '已保存，新的时段马上对群众生效；已经约好的不受影响' })
      reload()
    } catch (e) {
      if (e instanceof ApiRequestError && e.fields) {
        const errors = Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [k.replace(/^template\./, '').split('.')[0]!, v]))
        setFormErrors(errors)
        setMessage({ tone: 'error', text: pointToInvalid(errors, TEMPLATE_FIELDS) })
      } else {
        setMessage({ tone: 'error', text: messageOf(e) })
      }
    }
  }

  const saveException = async () => {
    if (!exc) return
    const checked = exceptionInput(exc.form)
    if (!checked.ok) {
      setExcErrors(checked.errors)
      setMessage({ tone: 'error', text: pointToInvalid(checked.errors, EXCEPTION_FIELDS) })
      return
    }
    try {
      const saved = await sending.run(() => setScheduleException(exc.templateId, exc.form.date.trim(), checked.input), 'exception')
      if (!saved) return
      setExc(null)
      setExcErrors({})
      setMessage({
        tone: 'success',
        text: `${formatDateCn(saved.exception.date)}已设为${EXCEPTION_KIND_LABELS[saved.exception.kind]}${saved.cancelledBookings ? `，已取消 ${saved.cancelledBookings} 个预约并通知群众` : ''}`
      })
      reload()
    } catch (e) {
      setMessage({ tone: 'error', text: messageOf(e) })
    }
  }

  const removeException = async (templateId: string, date: string) => {
    try {
      const done = await sending.run(() => removeScheduleException(templateId, date), `remove-${templateId}-${date}`)
      if (!done) return
      setMessage({ tone: 'success', text: `${formatDateCn(date)}恢复按每周时间预约` })
      reload()
    } catch (e) {
      setMessage({ tone: 'error', text: messageOf(e) })
    }
  }

  const setSession = (i: number, key: 'start' | 'end', value: string) =>
    form && setForm({ ...form, sessions: form.sessions.map((s, j) => (j === i ? { ...s, [key]: value } : s)) })

  const preview = form ? previewSlots(form) : null

  return (
    <Page className="tpl staff-console">
      {message ? (
        <InlineMessage id="tpl-message" tone={message.tone}>
          {message.text}
        </InlineMessage>
      ) : null}

      {form ? (
        <Section id="tpl-form" title={`${form.templateId ? '修改' : '开通'}网上预约：${departments.find((d) => d.id === form.departmentId)?.windowName ?? ''}${form.guideId ? ` · ${guideTitle(form.guideId)}` : ''}`}>
          {!form.templateId ? (
            <ChoiceChips
              id="tpl-scope"
              label="适用范围"
              hint="单独给某个事项设时间的，这个事项按它自己的时间预约"
              options={[
                { value: '*', label: '整个窗口' },
                ...bookableGuides.filter((g) => g.departmentId === form.departmentId).map((g) => ({ value: g.id, label: g.title }))
              ]}
              selected={[form.guideId ?? '*']}
              onChange={(next) => setForm({ ...form, guideId: next[0] && next[0] !== '*' ? next[0] : null })}
            />
          ) : null}
          <ChoiceChips
            id="tpl-weekday"
            label="哪几天可以约"
            hint="选满周一到周五时，调休上班的周末也开放"
            multiple
            options={WEEKDAYS.map((d) => ({ value: String(d), label: WEEKDAY_LABELS[d]! }))}
            selected={form.weekdays.map(String)}
            error={formErrors.weekdays}
            onChange={(next) => setForm({ ...form, weekdays: next.map(Number).sort() })}
          />
          <Text className="tpl__sub">办公时间段</Text>
          {form.sessions.map((s, i) => (
            <View key={i} id={`tpl-session-${i}`} className="tpl__session">
              <Input id={`tpl-session-${i}-start`} label="开始" value={s.start} maxlength={5} placeholder="08:30" onChange={(v) => setSession(i, 'start', v)} />
              <Input id={`tpl-session-${i}-end`} label="结束" value={s.end} maxlength={5} placeholder="12:00" onChange={(v) => setSession(i, 'end', v)} />
              {form.sessions.length > 1 ? (
                <Button id={`tpl-session-${i}-remove`} size="small" variant="text" onClick={() => setForm({ ...form, sessions: form.sessions.filter((_, j) => j !== i) })}>
                  删除
                </Button>
              ) : null}
            </View>
          ))}
          {formErrors.sessions ? <Text className="ui-field__error">⚠ {formErrors.sessions}</Text> : null}
          {form.sessions.length < 6 ? (
            <Button id="tpl-session-add" size="small" variant="outline" onClick={() => setForm({ ...form, sessions: [...form.sessions, { start: '', end: '' }] })}>
              ＋ 加一段时间
            </Button>
          ) : null}
          <ChoiceChips
            id="tpl-slot"
            label="每个时段多长"
            options={SLOT_MINUTES.map((m) => ({ value: String(m), label: m % 60 === 0 ? `${m / 60} 小时` : `${m} 分钟` }))}
            selected={[String(form.slotMinutes)]}
            onChange={(next) => setForm({ ...form, slotMinutes: Number(next[0] ?? form.slotMinutes) })}
          />
          <Text id="tpl-preview" className="tpl__preview">
            {preview ? `每天 ${preview.length} 个时段：${preview.map((p) => p.start).join('、')}` : '时间格式应为 08:30 这样的“时:分”'}
          </Text>
          <Input id="tpl-capacity" label="每个时段可约几人" type="number" value={form.capacity} maxlength={2} error={formErrors.capacity} onChange={(capacity) => setForm({ ...form, capacity })} />
          <Input id="tpl-horizon" label="可以约多少天以内" type="number" value={form.horizonDays} maxlength={2} error={formErrors.horizonDays} onChange={(horizonDays) => setForm({ ...form, horizonDays })} />
          <Input
            id="tpl-close-before"
            label="开始前多少分钟停止预约"
            type="number"
            value={form.closeBeforeMinutes}
            maxlength={4}
            error={formErrors.closeBeforeMinutes}
            onChange={(closeBeforeMinutes) => setForm({ ...form, closeBeforeMinutes })}
          />
          <Input
            id="tpl-change-before"
            label="开始前多少分钟以后不能网上取消、改约"
            type="number"
            value={form.changeBeforeMinutes}
            maxlength={4}
            error={formErrors.changeBeforeMinutes}
            onChange={(changeBeforeMinutes) => setForm({ ...form, changeBeforeMinutes })}
          />
          <View className="tpl__session">
            <Text className="tpl__sub">开放网上预约</Text>
            <Switch id="tpl-active" value={form.active} labels={['开', '关']} onChange={(active) => setForm({ ...form, active })} />
          </View>
          <Button id="tpl-save" theme="primary" block loading={sending.busy} disabled={busy} onClick={() => void saveTemplate()}>
            保存
          </Button>
          <Button id="tpl-cancel" block variant="outline" disabled={busy} onClick={() => (setForm(null), setFormErrors({}))}>
            不改了
          </Button>
        </Section>
      ) : null}

      {exc ? (
        <Section id="tpl-exc-form" title="停约或加开某一天">
          <Input
            id="tpl-exc-date"
            label="日期（年-月-日）"
            value={exc.form.date}
            maxlength={10}
            placeholder="2025-10-08"
            error={excErrors.date}
            onChange={(date) => setExc({ ...exc, form: { ...exc.form, date } })}
          />
          <ChoiceChips<ExceptionKind>
            id="tpl-exc-kind"
            label="这一天"
            options={[
              { value: 'closed', label: '当天停约' },
              { value: 'extra', label: '加开时段' }
            ]}
            selected={[exc.form.kind]}
            onChange={(next) => setExc({ ...exc, form: { ...exc.form, kind: next[0] ?? 'closed' } })}
          />
          <Input id="tpl-exc-reason" label="原因（群众会看到）" value={exc.form.reason} maxlength={60} error={excErrors.reason} onChange={(reason) => setExc({ ...exc, form: { ...exc.form, reason } })} />
          {exc.form.kind === 'extra' ? (
            <View>
              {exc.form.sessions.map((s, i) => (
                <View key={i} className="tpl__session">
                  <Input
                    id={`tpl-exc-session-${i}-start`}
                    label="开始"
                    value={s.start}
                    maxlength={5}
                    onChange={(v) => setExc({ ...exc, form: { ...exc.form, sessions: exc.form.sessions.map((x, j) => (j === i ? { ...x, start: v } : x)) } })}
                  />
                  <Input
                    id={`tpl-exc-session-${i}-end`}
                    label="结束"
                    value={s.end}
                    maxlength={5}
                    onChange={(v) => setExc({ ...exc, form: { ...exc.form, sessions: exc.form.sessions.map((x, j) => (j === i ? { ...x, end: v } : x)) } })}
                  />
                </View>
              ))}
              {excErrors.sessions ? <Text className="ui-field__error">⚠ {excErrors.sessions}</Text> : null}
              <Input id="tpl-exc-capacity" label="每个时段可约几人（不填按平常）" type="number" value={exc.form.capacity} maxlength={2} onChange={(capacity) => setExc({ ...exc, form: { ...exc.form, capacity } })} />
            </View>
          ) : (
            <Checkbox
              id="tpl-exc-cancel-existing"
              checked={exc.form.cancelExisting}
              label="这天已有预约的，同时取消并通知群众"
              content="不勾选时，已有预约的日子不能停约"
              onChange={(cancelExisting) => setExc({ ...exc, form: { ...exc.form, cancelExisting } })}
            />
          )}
          <Button id="tpl-exc-save" theme="primary" block loading={sending.busy} disabled={busy} onClick={() => void saveException()}>
            保存这一天
          </Button>
          <Button id="tpl-exc-cancel" block variant="outline" disabled={busy} onClick={() => (setExc(null), setExcErrors({}))}>
            不改了
          </Button>
        </Section>
      ) : null}

      {departments.length === 0 ? <Empty id="tpl-empty" description="您还没有负责的窗口，请联系中心负责人" /> : null}

      {departments.map((d) => {
        const own = templates.filter((t) => t.departmentId === d.id)
        return (
          <Section key={d.id} id={`tpl-dept-${d.id}`} title={d.windowName || d.name}>
            {own.length === 0 ? <Text className="tpl__summary muted">还没有开通网上预约，群众只能直接来窗口或打电话。</Text> : null}
            {own.map((t: OpeningTemplateDTO) => (
              <View key={t.id} id={`tpl-${t.id}`}>
                <Text className="tpl__sub">{t.guideId ? `单独设置：${t.guideTitle ?? ''}` : '整个窗口'}</Text>
                <Text className="tpl__summary">{templateSummary(t)}</Text>
                {t.exceptions.map((e) => (
                  <View key={e.date} className="tpl__exception">
                    <Text className="tpl__exception-text">{`${formatDateCn(e.date)} ${EXCEPTION_KIND_LABELS[e.kind]}${e.kind === 'extra' ? ` ${e.sessions.map((s) => `${s.start}–${s.end}`).join('、')}` : ''}：${e.reason}`}</Text>
                    <Button id={`tpl-exc-remove-${t.id}-${e.date}`} size="small" variant="text" disabled={busy} onClick={() => void removeException(t.id, e.date)}>
                      恢复
                    </Button>
                  </View>
                ))}
                <View className="row-tools">
                  <Button id={`tpl-edit-${t.id}`} size="medium" variant="outline" theme="primary" onClick={() => (setExc(null), setFormErrors({}), setForm(templateForm(t)))}>
                    修改时间
                  </Button>
                  <Button
                    id={`tpl-exc-open-${t.id}`}
                    size="medium"
                    variant="outline"
                    onClick={() => (setForm(null), setExcErrors({}), setExc({ templateId: t.id, form: newExceptionForm(shiftDate(todayInChina(), 1)) }))}
                  >
                    停约或加开某天
                  </Button>
                </View>
              </View>
            ))}
            <Button id={`tpl-new-${d.id}`} size="medium" variant="text" onClick={() => (setExc(null), setFormErrors({}), setForm(newTemplateForm(d.id, own.some((t) => !t.guideId) ? (bookableGuides.find((g) => g.departmentId === d.id)?.id ?? null) : null)))}>
              {own.some((t) => !t.guideId) ? '＋ 给某个事项单独设时间' : '＋ 开通网上预约'}
            </Button>
          </Section>
        )
      })}
    </Page>
  )
}
