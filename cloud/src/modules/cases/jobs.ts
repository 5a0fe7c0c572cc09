import type { AppDeps } from '../../lib/deps'
import { unlessMoved } from '../../lib/lifecycle'
import type { JobSpec } from '../../lib/module'
import { recomputeDeadline } from '../calendar/deadlines'
import { loadOverrides } from '../calendar/load'
import { changeCase, SYSTEM_CASE_AUTHOR } from './core'
import { caseModel, type CaseDoc } from './model'
import { caseNotice } from './notices'

export interface CaseSweepReport {
  /** Running deadlines moved by a calendar change. */
  recomputed: number
  escalated: number
  autoClosed: number
}

const RUNNING = ['submitted', 'accepted', 'assigned'] as const
const WITHOUT_HISTORY = { pendingNotices: 0, updates: 0 }

/**
 * Moves running deadlines after a calendar change (an admin's override, a year's official schedule
 * entered): per township, loads the overrides once and recomputes every running deadline from its
 * start and working days. A changed due date is a public `moveDeadline` update with a notice to the
 * resident (and their assistant), conditional on the old due date (concurrent sweeps agree); a
 * deadline that only stops being provisional is marked so quietly.
 */
export async function recomputeOpenDeadlines(deps: AppDeps): Promise<number> {
  const open = await caseModel(deps.db)
    .find({ status: { $in: RUNNING }, deadline: { $ne: null } }, WITHOUT_HISTORY)
    .lean<CaseDoc[]>()
  const byTownship = new Map<string, CaseDoc[]>()
  for (const c of open) byTownship.set(String(c.townshipId), [...(byTownship.get(String(c.townshipId)) ?? []), c])
  let moved = 0
  for (const [townshipId, cases] of byTownship) {
    // Read fresh, not from the few-seconds cache: two replicas must never move a deadline back and forth.
    const overrides = await loadOverrides(deps.db, townshipId, { from: '1970-01-01' })
    for (const c of cases) {
      const old = c.deadline!
      const next = recomputeDeadline(old.start, old.workingDays, overrides)
      if (next.dueDate === old.dueDate) {
        if (next.provisional !== old.provisional) {
          await caseModel(deps.db).updateOne({ _id: c._id, 'deadline.dueDate': old.dueDate }, { $set: { 'deadline.provisional': next.provisional } })
        }
        continue
      }
      const what = `${old.kind === 'accept' ? '受理' : '办理'}期限由 ${old.dueDate} 改为 ${next.dueDate}`
      const changed = await unlessMoved(() =>
        changeCase(deps, { ...c, updates: [] }, {
          action: 'moveDeadline',
          actor: 'system',
          author: SYSTEM_CASE_AUTHOR,
          publicText: `因工作日历调整，${what}`,
          public: true,
          also: { 'deadline.dueDate': old.dueDate },
          set: { 'deadline.dueDate': next.dueDate, 'deadline.dueBy': next.dueBy, 'deadline.provisional': next.provisional, queueRank: next.dueBy },
          notices: () => [caseNotice('case.deadlineMoved', c, deps.clock.now(), { text: what, suffix: next.dueDate })]
        })
      )
      if (changed) moved++
    }
  }
  return moved
}

/**
 * Recomputes running deadlines after calendar changes, then escalates every open case whose running
 * deadline has passed (once per deadline): an update on the case, a notice to the township's admins
 * and an apology to the resident, in one conditional write. Closes replied cases whose confirmation
 * window has run out. Safe to run on several replicas.
 */
export async function sweepCaseDeadlines(deps: AppDeps, opts: { limit?: number } = {}): Promise<CaseSweepReport> {
  const now = deps.clock.now()
  const Case = caseModel(deps.db)
  const report: CaseSweepReport = { recomputed: await recomputeOpenDeadlines(deps), escalated: 0, autoClosed: 0 }
  const overdue = await Case.find({ status: { $in: RUNNING }, queueRank: { $lte: now } }, WITHOUT_HISTORY)
    .limit(opts.limit ?? 200)
    .lean<CaseDoc[]>()
  for (const c of overdue) {
    if (!c.deadline) continue
    const key = `${c.deadline.kind}:${c.deadline.dueDate}`
    if (c.escalatedFor === key) continue
    const escalated = await unlessMoved(() =>
      changeCase(deps, { ...c, updates: [] }, {
        action: 'escalate',
        actor: 'system',
        author: SYSTEM_CASE_AUTHOR,
        internalNote: `超过${c.deadline!.kind === 'accept' ? '受理' : '办理'}时限（${c.deadline!.dueDate}），已提请中心负责人督办`,
        public: false,
        also: { escalatedFor: { $ne: key } },
        set: { escalatedFor: key },
        notices: () => [caseNotice('case.escalated', c, now, { suffix: key }), caseNotice('case.overdueApology', c, now, { suffix: key })]
      })
    )
    if (escalated) report.escalated++
  }
  const toClose = await Case.find({ status: 'replied', autoCloseBy: { $lte: now } }, WITHOUT_HISTORY).limit(opts.limit ?? 200).lean<CaseDoc[]>()
  for (const c of toClose) {
    const closed = await unlessMoved(() =>
      changeCase(deps, { ...c, updates: [] }, {
        action: 'autoClose',
        actor: 'system',
        author: SYSTEM_CASE_AUTHOR,
        publicText: '答复后未收到异议，自动办结',
        public: true,
        set: { autoCloseBy: null },
        notices: () => [caseNotice('case.closed', c, now)]
      })
    )
    if (closed) report.autoClosed++
  }
  return report
}

/** The deadline sweep as a job: every 5 minutes, on the one replica holding its lease. */
export const caseDeadlinesJob: JobSpec = {
  name: 'caseDeadlines',
  intervalMs: () => 5 * 60_000,
  firstDelayMs: 10_000,
  exclusive: true,
  run: (deps) => sweepCaseDeadlines(deps)
}
