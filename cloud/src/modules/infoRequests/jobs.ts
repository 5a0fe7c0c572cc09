import { RUNNING_INFO_REQUEST_STATUSES } from '../../../../src/shared/infoRequests'
import type { AppDeps } from '../../lib/deps'
import { SYSTEM_AUTHOR } from '../../lib/lifecycle'
import type { JobSpec } from '../../lib/module'
import { toLocalDate } from '../calendar/workingDays'
import { finishConsultation } from './actions/endConsultation'
import { dueOf } from './clock'
import { changeRequest, overridesAround, WITHOUT_HISTORY } from './core'
import { infoRequestModel, NO_RANK, type InfoRequestDoc } from './model'
import { requestNotice } from './notices'

export interface RequestSweepReport {
  /** Running deadlines moved by a calendar change. */
  moved: number
  /** Requests closed because the correction did not come in time. */
  lapsed: number
  /** Consultations ended because the consulted party did not answer within 15 working days. */
  consultationsEnded: number
}

/** Runs one system change; a request another replica (or a person) changed first is left alone. */
async function unlessMoved(change: () => Promise<unknown>): Promise<boolean> {
  try {
    await change()
    return true
  } catch (err) {
    if ((err as { status?: number }).status === 409) return false
    throw err
  }
}

function byTownship(docs: InfoRequestDoc[]): Map<string, InfoRequestDoc[]> {
  const out = new Map<string, InfoRequestDoc[]>()
  for (const d of docs) out.set(String(d.townshipId), [...(out.get(String(d.townshipId)) ?? []), d])
  return out
}

/**
 * Keeps request clocks honest, on one replica at a time (or a timer trigger): recomputes every
 * running deadline from its stored clock after a calendar change (a holiday announced while a
 * request is open moves it; the applicant sees the step), closes requests whose correction did not
 * come in time (Art. 30: deemed withdrawn, the applicant is told), and ends consultations the
 * consulted party let pass (Art. 32, 34). Each write is conditional, so concurrent sweeps agree.
 */
export async function sweepInfoRequests(deps: AppDeps, opts: { limit?: number } = {}): Promise<RequestSweepReport> {
  const now = deps.clock.now()
  const today = toLocalDate(now)
  const Request = infoRequestModel(deps.db)
  const report: RequestSweepReport = { moved: 0, lapsed: 0, consultationsEnded: 0 }
  const running = await Request.find({ status: { $in: RUNNING_INFO_REQUEST_STATUSES }, clock: { $ne: null } }, WITHOUT_HISTORY).lean<InfoRequestDoc[]>()
  for (const [townshipId, docs] of byTownship(running)) {
    const overrides = await overridesAround(deps.db, townshipId, now)
    for (const r of docs) {
      const next = dueOf(r.clock!, overrides)
      if (!next || next.dueDate === r.due?.dueDate) continue
      const moved = await unlessMoved(() =>
        changeRequest(deps, r, {
          action: 'moveDeadline',
          actor: 'system',
          author: SYSTEM_AUTHOR,
          publicText: `工作日历调整（节假日安排变化），答复期限由 ${r.due?.dueDate ?? '—'} 调整为 ${next.dueDate}`,
          public: true,
          also: { 'due.dueDate': r.due?.dueDate ?? null },
          set: { due: next, queueRank: next.dueBy }
        })
      )
      if (moved) report.moved++
    }
  }
  const lapsing = await Request.find({ status: 'correctionRequested', queueRank: { $lte: now } }, WITHOUT_HISTORY).limit(opts.limit ?? 200).lean<InfoRequestDoc[]>()
  for (const r of lapsing) {
    if (!r.correction || r.correction.dueDate >= today) continue
    const said = `申请人无正当理由逾期（${r.correction.dueDate} 前）未补正，视为放弃申请，本机关不再处理该政府信息公开申请`
    const lapsed = await unlessMoved(() =>
      changeRequest(deps, r, {
        action: 'lapseCorrection',
        actor: 'system',
        author: SYSTEM_AUTHOR,
        publicText: said,
        public: true,
        set: { closedOn: today, closedBy: 'lapse', queueRank: NO_RANK },
        notices: () => [requestNotice('infoRequest.closed', r, now, { text: said })]
      })
    )
    if (lapsed) report.lapsed++
  }
  const silent = await Request.find({ status: 'consulting', queueRank: { $lte: now } }, WITHOUT_HISTORY).limit(opts.limit ?? 200).lean<InfoRequestDoc[]>()
  for (const r of silent) {
    const open = r.consultations.find((c) => c.endedOn === null)
    if (!open || open.dueDate >= today) continue
    const ended = await unlessMoved(() => finishConsultation(deps, { ...r, updates: [] }, { outcome: 'noReply', note: null, actor: 'system', author: SYSTEM_AUTHOR }))
    if (ended) report.consultationsEnded++
  }
  return report
}

/** The request sweep as a job: every 5 minutes, on the one replica holding its lease. */
export const infoRequestDeadlinesJob: JobSpec = {
  name: 'infoRequestDeadlines',
  intervalMs: () => 5 * 60_000,
  firstDelayMs: 15_000,
  exclusive: true,
  run: (deps) => sweepInfoRequests(deps)
}
