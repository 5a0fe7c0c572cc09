import { hostname } from 'node:os'
import { randomBytes } from 'node:crypto'
import type { AppDeps } from '../../lib/deps'
import { isDuplicateKeyError } from '../../lib/mongoErrors'
import { runPeriodically, type PeriodicJob } from '../../lib/periodic'
import { recomputeDeadline } from '../calendar/deadlines'
import { changeCase, overridesFrom } from './core'
import { caseLeaseModel, caseModel, type CaseDoc } from './model'
import { caseNotice } from './notices'

const SYSTEM = { id: null, name: '系统', role: 'system', publicBy: '乡镇便民服务中心' }

async function claimLease(deps: AppDeps, name: string, holder: string, ms: number): Promise<boolean> {
  const now = deps.clock.now()
  try {
    const lease = await caseLeaseModel(deps.db).findOneAndUpdate(
      { name, until: { $lte: now } },
      { $set: { holder, until: new Date(now.getTime() + ms) } },
      { upsert: true, new: true }
    )
    return lease?.holder === holder
  } catch (err) {
    if (isDuplicateKeyError(err)) return false
    throw err
  }
}

export interface CaseSweepReport {
  /** Running deadlines moved by a calendar change. */
  recomputed: number
  escalated: number
  autoClosed: number
}

/**
 * Moves running deadlines after a calendar change: per township, loads the overrides once and
 * recomputes every running deadline from its start and working days; a changed due date is written
 * with a conditional update on the old one (concurrent sweeps agree), with an internal update.
 */
export async function recomputeOpenDeadlines(deps: AppDeps): Promise<number> {
  const Case = caseModel(deps.db)
  const now = deps.clock.now()
  const open = await Case.find({ status: { $in: ['submitted', 'accepted', 'assigned'] }, deadline: { $ne: null } }, { townshipId: 1, deadline: 1, status: 1 })
    .lean<Pick<CaseDoc, '_id' | 'townshipId' | 'deadline' | 'status'>[]>()
  const byTownship = new Map<string, typeof open>()
  for (const c of open) byTownship.set(String(c.townshipId), [...(byTownship.get(String(c.townshipId)) ?? []), c])
  let moved = 0
  for (const [townshipId, cases] of byTownship) {
    const overrides = await overridesFrom(deps.db, townshipId, now)
    for (const c of cases) {
      const old = c.deadline!
      const next = recomputeDeadline(old.start, old.workingDays, overrides)
      if (next.dueDate === old.dueDate) continue
      const res = await Case.updateOne(
        { _id: c._id, status: c.status, 'deadline.dueDate': old.dueDate },
        {
          $set: { 'deadline.dueDate': next.dueDate, 'deadline.dueBy': next.dueBy, 'deadline.provisional': next.provisional, queueRank: next.dueBy, updatedAt: now },
          $push: {
            updates: {
              action: 'note',
              authorId: null,
              authorName: '系统',
              authorRole: 'system',
              publicBy: '乡镇便民服务中心',
              from: c.status,
              to: c.status,
              publicText: null,
              internalNote: `工作日历调整，办理期限由 ${old.dueDate} 改为 ${next.dueDate}`,
              public: false,
              at: now
            }
          }
        }
      )
      moved += res.modifiedCount
    }
  }
  return moved
}

/**
 * Recomputes running deadlines after calendar changes, then escalates every open case whose running deadline has passed (once per deadline): an update on
 * the case, a notice to the township's admins and an apology to the resident, in one conditional
 * write. Closes replied cases whose confirmation window has run out. Safe to run on several replicas.
 */
export async function sweepCaseDeadlines(deps: AppDeps, opts: { limit?: number } = {}): Promise<CaseSweepReport> {
  const now = deps.clock.now()
  const Case = caseModel(deps.db)
  const report: CaseSweepReport = { recomputed: await recomputeOpenDeadlines(deps), escalated: 0, autoClosed: 0 }
  const overdue = await Case.find({ status: { $in: ['submitted', 'accepted', 'assigned'] }, queueRank: { $lte: now } }, { pendingNotices: 0 })
    .limit(opts.limit ?? 200)
    .lean<CaseDoc[]>()
  for (const c of overdue) {
    if (!c.deadline) continue
    const key = `${c.deadline.kind}:${c.deadline.dueDate}`
    if (c.escalatedFor === key) continue
    try {
      await changeCase(deps, c, {
        action: 'escalate',
        actor: 'system',
        author: SYSTEM,
        internalNote: `超过${c.deadline.kind === 'accept' ? '受理' : '办理'}时限（${c.deadline.dueDate}），已提请中心负责人督办`,
        public: false,
        also: { escalatedFor: { $ne: key } },
        set: { escalatedFor: key },
        notices: () => [caseNotice('case.escalated', c, now, { suffix: key }), caseNotice('case.overdueApology', c, now, { suffix: key })]
      })
      report.escalated++
    } catch (err) {
      if ((err as { status?: number }).status !== 409) throw err
    }
  }
  const toClose = await Case.find({ status: 'replied', autoCloseBy: { $lte: now } }, { pendingNotices: 0 }).limit(opts.limit ?? 200).lean<CaseDoc[]>()
  for (const c of toClose) {
    try {
      await changeCase(deps, c, {
        action: 'autoClose',
        actor: 'system',
        author: SYSTEM,
        publicText: '答复后未收到异议，自动办结',
        public: true,
        set: { autoCloseBy: null },
        notices: () => [caseNotice('case.closed', c, now)]
      })
      report.autoClosed++
    } catch (err) {
      if ((err as { status?: number }).status !== 409) throw err
    }
  }
  return report
}

/** Starts the deadline sweep every `intervalMs` (5 minutes unless said), one replica per round by lease. */
export function startCaseJobs(deps: AppDeps, opts: { intervalMs?: number } = {}): PeriodicJob {
  const holder = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`
  const intervalMs = opts.intervalMs ?? 5 * 60_000
  return runPeriodically({
    name: 'case deadline sweep',
    intervalMs,
    firstDelayMs: 10_000,
    logger: deps.logger,
    round: async () => {
      if (!(await claimLease(deps, 'caseDeadlines', holder, Math.max(intervalMs - 1000, 1000)))) return
      await sweepCaseDeadlines(deps)
    }
  })
}
