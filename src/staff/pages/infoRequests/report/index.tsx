import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { FEE_METHOD_LABELS, FEE_METHODS, type AnnualReportDTO, type AppealCounts, type FeeMethod, type InfoRequestSettingsDTO } from '../../../../shared/infoRequests'
import { Button, InlineMessage, Input, Loading, Section } from '../../../../ui'
import { Page } from '../../../../components/layout/Page'
import { ChoiceChips } from '../../../../components/staff/ChoiceChips'
import { StaffLoadFailed } from '../../../../components/staff/StaffLoadFailed'
import { loadStaffContext } from '../../../../components/staff/staffContext'
import { useLoad } from '../../../../components/common/useLoad'
import { useSubmit } from '../../../../components/forms/useSubmit'
import { downloadCsv } from '../../../../components/infoRequests/downloadCsv'
import { ApiRequestError, messageOf } from '../../../../services/http'
import { annualReportCsvPath, getAnnualReport, getRequestSettings, saveAppealCounts, saveRequestSettings } from '../../../../services/infoRequests'
import { chinaClock } from '../../../../shared/chinaTime'
import '../../../../components/staff/staff.scss'
import '../../../../components/disclosure/disclosure.scss'

type Message = { tone: 'success' | 'error'; text: string }
const APPEAL_ROWS = [
  ['review', '行政复议'],
  ['lawsuitDirect', '行政诉讼·未经复议直接起诉'],
  ['lawsuitAfterReview', '行政诉讼·复议后起诉']
] as const
const APPEAL_COLS = [
  ['maintained', '维持'],
  ['corrected', '纠正'],
  ['other', '其他'],
  ['pending', '未审结']
] as const
type AppealForm = Record<(typeof APPEAL_ROWS)[number][0], Record<keyof AppealCounts, string>>

const counts = (row: Record<keyof AppealCounts, string>): AppealCounts => ({
  maintained: Number(row.maintained) || 0,
  corrected: Number(row.corrected) || 0,
  other: Number(row.other) || 0,
  pending: Number(row.pending) || 0
})

const toForm = (a: AnnualReportDTO['appeals']): AppealForm =>
  Object.fromEntries(APPEAL_ROWS.map(([k]) => [k, Object.fromEntries(APPEAL_COLS.map(([c]) => [c, String(a[k][c])]))])) as AppealForm

/**
 * 依申请公开年度报告: the table of the 政府信息公开工作年度报告 for a year — received by applicant kind,
 * answered by result, carried over, overdue — on screen and as CSV; the admin enters the year's
 * 行政复议 and 行政诉讼 counts and keeps the settings (office, review body, court, fee rule).
 */
export default function StaffReportPage() {
  const thisYear = chinaClock(Date.now()).year
  const [year, setYear] = useState(thisYear)
  const [context, reloadContext] = useLoad(() => loadStaffContext(), [])
  const [report, setReport] = useState<AnnualReportDTO | null>(null)
  const [appeals, setAppeals] = useState<AppealForm | null>(null)
  const [settings, setSettings] = useState<InfoRequestSettingsDTO | null>(null)
  const [message, setMessage] = useState<Message | null>(null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const sending = useSubmit({ year, appeals, settings })
  const ready = context.status === 'ready'

  useEffect(() => {
    if (!ready) return
    setReport(null)
    getAnnualReport(year)
      .then((r) => {
        setReport(r)
        setAppeals(toForm(r.appeals))
      })
      .catch((e: unknown) => setMessage({ tone: 'error', text: messageOf(e) }))
  }, [ready, year])
  useEffect(() => {
    if (ready) getRequestSettings().then(setSettings).catch(() => setSettings(null))
  }, [ready])

  if (context.status !== 'ready') {
    return (
      <Page className="staff-report staff-console">
        {context.status === 'loading' ? <Loading text="正在打开…" /> : <StaffLoadFailed message={context.message} code={context.code} onRetry={reloadContext} />}
      </Page>
    )
  }
  const { isAdmin, departments } = context.data
  const run = async <T,>(name: string, work: (key: string) => Promise<T>, done: string, after: (value: T) => void) => {
    try {
      const value = await sending.run(work, name)
      if (value === undefined) return
      after(value)
      setErrors({})
      setMessage({ tone: 'success', text: done })
    } catch (e) {
      if (e instanceof ApiRequestError && e.fields) setErrors(e.fields)
      setMessage({ tone: 'error', text: messageOf(e) })
    }
  }

  return (
    <Page className="staff-report staff-console">
      {message ? (
        <InlineMessage id="staff-report-message" tone={message.tone}>
          {message.text}
        </InlineMessage>
      ) : null}
      <Section id="staff-report-year" title="年度">
        <ChoiceChips id="staff-report-years" label="年份" options={[thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: String(y), label: `${y}年` }))} selected={[String(year)]} onChange={(next) => setYear(Number(next[0] ?? thisYear))} />
      </Section>

      <Section id="staff-report-table" title={`收到和处理政府信息公开申请情况（${year}年）`}>
        {!report ? <Loading text="正在统计…" /> : null}
        {report ? (
          <View>
            <View className="dz-report" role="table">
              <View className="dz-report__row dz-report__row--head" role="row">
                <Text className="dz-report__label">项目</Text>
                {report.columns.map((c) => (
                  <Text key={c.key} className="dz-report__cell">
                    {c.label.replace('法人或其他组织·', '')}
                  </Text>
                ))}
              </View>
              {report.rows.map((row) => (
                <View key={row.key} id={`staff-report-row-${row.key.replace(':', '-')}`} className="dz-report__row" role="row">
                  <Text className={`dz-report__label dz-report__label--${row.level}`}>{row.label}</Text>
                  {report.columns.map((c) => (
                    <Text key={c.key} className="dz-report__cell">
                      {row.values ? String(row.values[c.key]) : ''}
                    </Text>
                  ))}
                </View>
              ))}
            </View>
            <Text id="staff-report-overdue" className="dz-para">{`逾期答复（含年底仍超期未答复）：${report.overdue} 件`}</Text>
            <Button
              id="staff-report-csv"
              theme="primary"
              variant="outline"
              block
              onClick={() =>
                void downloadCsv(annualReportCsvPath(year), `${report.townshipName}${year}年依申请公开情况.csv`)
                  .then(() => setMessage({ tone: 'success', text: '表格已下载（CSV，可用 Excel 或 WPS 打开）' }))
                  .catch((e: unknown) => setMessage({ tone: 'error', text: e instanceof Error ? e.message : messageOf(e) }))
              }
            >
              下载表格（CSV）
            </Button>
          </View>
        ) : null}
      </Section>

      {report && appeals ? (
        <Section id="staff-report-appeals" title="政府信息公开行政复议、行政诉讼情况">
          {APPEAL_ROWS.map(([k, label]) => (
            <View key={k} className="list-editor__card">
              <Text className="list-editor__card-title">{label}</Text>
              {APPEAL_COLS.map(([c, cl]) =>
                isAdmin ? (
                  <Input
                    key={c}
                    id={`staff-appeal-${k}-${c}`}
                    label={`结果${cl}`}
                    type="number"
                    value={appeals[k][c]}
                    maxlength={6}
                    error={errors[k]}
                    onChange={(v) => setAppeals({ ...appeals, [k]: { ...appeals[k], [c]: v } })}
                  />
                ) : (
                  <Text key={c} className="dz-row__line">{`结果${cl}：${report.appeals[k][c]} 件`}</Text>
                )
              )}
            </View>
          ))}
          {isAdmin ? (
            <Button
              id="staff-appeals-save"
              theme="primary"
              block
              disabled={sending.locked}
              onClick={() =>
                void run(
                  'appeals',
                  (key) =>
                    saveAppealCounts(year, { review: counts(appeals.review), lawsuitDirect: counts(appeals.lawsuitDirect), lawsuitAfterReview: counts(appeals.lawsuitAfterReview) }, key),
                  '已保存',
                  (r) => setReport(r)
                )
              }
            >
              保存复议、诉讼情况
            </Button>
          ) : null}
        </Section>
      ) : null}

      {settings ? (
        <Section id="staff-ir-settings" title="依申请公开设置">
          <Input id="staff-settings-office" label="政府信息公开工作机构" value={settings.officeName} maxlength={60} disabled={!isAdmin} error={errors.officeName} onChange={(officeName) => setSettings({ ...settings, officeName })} />
          <ChoiceChips
            id="staff-settings-department"
            label="由哪个站所的工作人员办理（不选：中心负责人办理）"
            options={[{ value: 'none', label: '不选' }, ...departments.map((d) => ({ value: d.id, label: d.name }))]}
            selected={[settings.officeDepartmentId ?? 'none']}
            onChange={(next) => {
              if (isAdmin) setSettings({ ...settings, officeDepartmentId: next[0] && next[0] !== 'none' ? next[0] : null })
            }}
          />
          <Input id="staff-settings-phone" label="受理电话" value={settings.officePhone} maxlength={20} disabled={!isAdmin} error={errors.officePhone} onChange={(officePhone) => setSettings({ ...settings, officePhone })} />
          <Input id="staff-settings-address" label="受理地址" value={settings.officeAddress} maxlength={120} disabled={!isAdmin} error={errors.officeAddress} onChange={(officeAddress) => setSettings({ ...settings, officeAddress })} />
          <Input id="staff-settings-review" label="行政复议机关" value={settings.reviewBody} maxlength={60} disabled={!isAdmin} error={errors.reviewBody} onChange={(reviewBody) => setSettings({ ...settings, reviewBody })} />
          <Input id="staff-settings-court" label="管辖法院" value={settings.court} maxlength={60} disabled={!isAdmin} error={errors.court} onChange={(court) => setSettings({ ...settings, court })} />
          <ChoiceChips id="staff-settings-fee" label="信息处理费" options={FEE_METHODS.map((m) => ({ value: m, label: FEE_METHOD_LABELS[m] }))} selected={[settings.feeMethod]} onChange={(next) => {
              if (isAdmin) setSettings({ ...settings, feeMethod: (next[0] ?? 'free') as FeeMethod })
            }} />
          {isAdmin ? (
            <Button
              id="staff-settings-save"
              theme="primary"
              block
              disabled={sending.locked}
              onClick={() => {
                const { townshipId: _t, updatedAt: _u, ...input } = settings
                void run('settings', (key) => saveRequestSettings(input, key), '设置已保存', setSettings)
              }}
            >
              保存设置
            </Button>
          ) : (
            <Text className="dz-row__line">设置由中心负责人维护。</Text>
          )}
        </Section>
      ) : null}
    </Page>
  )
}
