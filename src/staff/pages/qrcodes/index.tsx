import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import {
  parseDoorplateLines,
  QR_CODE_FORM_LABELS,
  QR_CODE_FORMS,
  QR_LIMITS,
  QR_TARGET_KIND_LABELS,
  QR_TARGET_KINDS,
  type QrCodeForm,
  type QrTargetDTO,
  type QrTargetKind,
  type ScanFiguresDTO,
  type SheetInput
} from '../../../shared/qrcodes'
import type { StaffGuideRow } from '../../../shared/guides'
import { Button, Empty, InlineMessage, Loading, Section, Textarea } from '../../../ui'
import { Page } from '../../../components/layout/Page'
import { ChoiceChips } from '../../../components/staff/ChoiceChips'
import { StaffLoadFailed } from '../../../components/staff/StaffLoadFailed'
import { loadStaffContext, type StaffContext } from '../../../components/staff/staffContext'
import { openSheet } from '../../../components/staff/openSheet'
import { useLoad } from '../../../components/common/useLoad'
import { useSubmit } from '../../../components/forms/useSubmit'
import { messageOf } from '../../../services/http'
import { createDoorplates, createTarget, getScanFigures, listTargets, printSheet, retireTarget } from '../../../services/qrcodes'
import { listStaffGuides } from '../../../services/staffConsole'
import '../../../components/staff/staff.scss'
import '../../../components/scan/scan.scss'
import './index.scss'

type Filter = QrTargetKind | 'all'
type Message = { tone: 'success' | 'error' | 'info'; text: string }

interface Loaded {
  context: StaffContext
  targets: QrTargetDTO[]
  guides: StaffGuideRow[]
  figures: ScanFiguresDTO
}

async function load(): Promise<Loaded> {
  const context = await loadStaffContext()
  const [targets, guides, figures] = await Promise.all([
    listTargets(),
    listStaffGuides({ state: 'published', pageSize: 50 }).then((p) => p.items),
    getScanFigures()
  ])
  return { context, targets: targets.items, guides, figures }
}

const EMPTY = { kind: '' as QrTargetKind | '', departmentId: '', guideId: '', villageId: '', plates: '', retireId: '', reason: '', insteadId: '', sheetVillage: '' }

/**
 * 二维码管理: the codes I manage (an admin every code; window staff their windows' and guides') with
 * 30-day scans; make a code for the hall, a window, a guide (码上知道), a village's board or a batch of
 * door plates; retire one (saying why and where its prints should send people); and print A4 sheets —
 * a village's door plates, every window, or one poster — as mini-program codes or plain QR codes.
 */
export default function StaffQrCodesPage() {
  const [state, reload] = useLoad(load, [])
  const [filter, setFilter] = useState<Filter>('all')
  const [form, setForm] = useState(EMPTY)
  const [codeForm, setCodeForm] = useState<QrCodeForm>('web')
  const [message, setMessage] = useState<Message | null>(null)
  const [sheetUrl, setSheetUrl] = useState<string | null>(null)
  const sending = useSubmit({ form, codeForm })

  if (state.status !== 'ready') {
    return (
      <Page className="staff-qr staff-console">
        {state.status === 'error' ? <StaffLoadFailed message={state.message} code={state.code} onRetry={reload} /> : <Loading text="正在打开二维码管理…" />}
      </Page>
    )
  }
  const { context, targets, guides, figures } = state.data
  const { isAdmin } = context
  const set = (patch: Partial<typeof EMPTY>) => setForm({ ...form, ...patch })
  const villages = context.villages.map((v) => ({ value: v.id, label: v.name }))
  const shown = targets.filter((t) => filter === 'all' || t.kind === filter)
  const kinds = QR_TARGET_KINDS.filter((k) => isAdmin || k === 'window' || k === 'guide')
  const myDepartments = isAdmin ? context.departments : context.departments.filter((d) => context.me.departmentIds.includes(d.id))

  const run = async (name: string, work: (key: string) => Promise<string>) => {
    try {
      const done = await sending.run(work, name)
      if (done === undefined) return
      setMessage({ tone: 'success', text: done })
      setForm(EMPTY)
      reload()
    } catch (e) {
      setMessage({ tone: 'error', text: messageOf(e) })
    }
  }

  const create = () =>
    run('create', async (key) => {
      if (form.kind === 'doorplate') {
        const plates = parseDoorplateLines(form.plates)
        const batch = await createDoorplates({ villageId: form.villageId, plates }, key)
        return `已生成 ${batch.created.length} 户门牌${batch.kept.length ? `，${batch.kept.length} 户原来就有，沿用旧码` : ''}`
      }
      const input =
        form.kind === 'window'
          ? { kind: 'window' as const, departmentId: form.departmentId }
          : form.kind === 'guide'
            ? { kind: 'guide' as const, guideId: form.guideId }
            : form.kind === 'board'
              ? { kind: 'board' as const, villageId: form.villageId }
              : { kind: 'hall' as const }
      const made = await createTarget(input, key)
      return `已生成“${made.title}”的二维码`
    })

  const print = (input: SheetInput, name: string) =>
    run(name, async (key) => {
      const sheet = await printSheet({ ...input, code: codeForm }, key)
      setSheetUrl(sheet.url)
      await openSheet(sheet.url).catch(() => undefined)
      return `已生成打印文件“${sheet.fileName}”：${sheet.codes} 个码，共 ${sheet.pages} 页 A4`
    })

  const canCreate =
    form.kind === 'hall' ||
    (form.kind === 'window' && !!form.departmentId) ||
    (form.kind === 'guide' && !!form.guideId) ||
    (form.kind === 'board' && !!form.villageId) ||
    (form.kind === 'doorplate' && !!form.villageId && !!form.plates.trim())

  return (
    <Page className="staff-qr staff-console">
      {message ? (
        <InlineMessage id="qr-message" tone={message.tone}>
          {message.text}
        </InlineMessage>
      ) : null}
      {sheetUrl && process.env.TARO_ENV === 'h5' ? (
        <View>
          <a id="qr-sheet-link" className="staff-qr__sheet-link" href={sheetUrl} target="_blank" rel="noopener noreferrer">
            打开打印文件（1 小时内有效）
          </a>
        </View>
      ) : null}

      <Section id="qr-scans" title="近 30 天扫码">
        <Text id="qr-scans-total" className="scan__para">{`共 ${figures.total} 次，其中登录后扫码 ${figures.signedIn} 次`}</Text>
        {figures.byTarget.slice(0, 5).map((t) => (
          <Text key={t.targetId} className="scan__para muted">{`${t.title}：${t.count} 次`}</Text>
        ))}
      </Section>

      <Section id="qr-print" title="打印">
        <ChoiceChips id="qr-code-form" label="码的样式" options={QR_CODE_FORMS.map((f) => ({ value: f, label: QR_CODE_FORM_LABELS[f] }))} selected={[codeForm]} onChange={(next) => setCodeForm(next[0] ?? 'web')} />
        <Button id="qr-print-windows" variant="outline" theme="primary" block disabled={sending.locked} onClick={() => void print({ batch: 'windows' }, 'print-windows')}>
          {isAdmin ? '打印大厅所有窗口的码' : '打印我的窗口的码'}
        </Button>
        {isAdmin ? (
          <View>
            <ChoiceChips id="qr-print-village" label="打印哪个村的门牌" options={villages} selected={form.sheetVillage ? [form.sheetVillage] : []} onChange={(next) => set({ sheetVillage: next[0] ?? '' })} />
            <Button id="qr-print-doorplates" theme="primary" block disabled={sending.locked || !form.sheetVillage} onClick={() => void print({ batch: 'doorplates', villageId: form.sheetVillage }, 'print-plates')}>
              打印这个村的全部门牌
            </Button>
          </View>
        ) : null}
      </Section>

      <Section id="qr-create" title="生成二维码">
        <ChoiceChips id="qr-kind" label="贴在哪里" options={kinds.map((k) => ({ value: k, label: QR_TARGET_KIND_LABELS[k] }))} selected={form.kind ? [form.kind] : []} onChange={(next) => set({ kind: next[0] ?? '' })} />
        {form.kind === 'window' ? (
          <ChoiceChips id="qr-department" label="哪个窗口" options={myDepartments.map((d) => ({ value: d.id, label: `${d.windowName} ${d.name}` }))} selected={form.departmentId ? [form.departmentId] : []} onChange={(next) => set({ departmentId: next[0] ?? '' })} />
        ) : null}
        {form.kind === 'guide' ? (
          guides.length ? (
            <ChoiceChips id="qr-guide" label="哪项办事指南（已发布的）" options={guides.map((g) => ({ value: g.id, label: g.title }))} selected={form.guideId ? [form.guideId] : []} onChange={(next) => set({ guideId: next[0] ?? '' })} />
          ) : (
            <Text className="scan__para muted">还没有已发布的办事指南。</Text>
          )
        ) : null}
        {form.kind === 'board' || form.kind === 'doorplate' ? (
          <ChoiceChips id="qr-village" label="哪个村（社区）" options={villages} selected={form.villageId ? [form.villageId] : []} onChange={(next) => set({ villageId: next[0] ?? '' })} />
        ) : null}
        {form.kind === 'doorplate' ? (
          <Textarea
            id="qr-plates"
            label="门牌（一行一户：组 门牌号 户主）"
            placeholder={'一组 12号 李桂兰\n一组 13号\n二组 3号 王德福'}
            value={form.plates}
            maxlength={QR_LIMITS.platesPerBatch * 30}
            onChange={(plates) => set({ plates })}
          />
        ) : null}
        <Button id="qr-create-submit" theme="primary" block loading={sending.busy} disabled={sending.locked || !canCreate} onClick={() => void create()}>
          生成
        </Button>
      </Section>

      <Section id="qr-list" title={`在用的二维码（${targets.length}）`}>
        <ChoiceChips id="qr-filter" label="显示" options={[{ value: 'all' as Filter, label: '全部' }, ...kinds.map((k) => ({ value: k as Filter, label: QR_TARGET_KIND_LABELS[k] }))]} selected={[filter]} onChange={(next) => setFilter(next[0] ?? 'all')} />
        {shown.length === 0 ? <Empty id="qr-empty" description="还没有这种二维码" /> : null}
        {shown.map((t) => (
          <View key={t.id} id={`qr-target-${t.id}`}>
            <View className="scan__row">
              <View className="scan__row-main">
                <Text>{t.title}</Text>
                <Text className="muted">{`${t.kindLabel} · 码 ${t.scene} · 近 30 天扫码 ${t.scans30d} 次`}</Text>
              </View>
              <Button id={`qr-print-${t.id}`} size="small" variant="outline" disabled={sending.locked} onClick={() => void print({ batch: 'target', targetId: t.id }, `print-${t.id}`)}>
                打印
              </Button>
              <Button id={`qr-retire-${t.id}`} size="small" variant="text" onClick={() => set({ retireId: form.retireId === t.id ? '' : t.id, reason: '', insteadId: '' })}>
                停用
              </Button>
            </View>
            {form.retireId === t.id ? (
              <View id="qr-retire-box">
                <Textarea id="qr-retire-reason" label="停用原因（扫到旧码的人会看到）" value={form.reason} maxlength={QR_LIMITS.reason} onChange={(reason) => set({ reason })} />
                <ChoiceChips
                  id="qr-retire-instead"
                  label="请扫到旧码的人改去"
                  options={[{ value: '', label: '乡镇首页' }, ...targets.filter((x) => x.id !== t.id && (x.kind === 'hall' || x.kind === t.kind)).slice(0, 8).map((x) => ({ value: x.id, label: x.title }))]}
                  selected={[form.insteadId]}
                  onChange={(next) => set({ insteadId: next[0] ?? '' })}
                />
                <Button
                  id="qr-retire-submit"
                  theme="danger"
                  variant="outline"
                  block
                  disabled={sending.locked || !form.reason.trim()}
                  onClick={() =>
                    void run('retire', async (key) => {
                      const done = await retireTarget(t.id, { reason: form.reason.trim(), ...(form.insteadId ? { insteadId: form.insteadId } : {}) }, key)
                      return `已停用“${done.title}”，扫到旧码会提示改去${done.insteadTitle ?? '乡镇首页'}`
                    })
                  }
                >
                  确认停用
                </Button>
              </View>
            ) : null}
          </View>
        ))}
      </Section>
    </Page>
  )
}
