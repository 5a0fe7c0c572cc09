import { DUE_STATE_LABELS, type CaseDeadlineDTO, type CaseStatus } from '../../shared/cases'

/** `11月22日 09:30` in China time. */
export { chinaMonthDayTime as chinaTime } from '../../shared/chinaTime'

/** `11月22日` from `YYYY-MM-DD`. */
export function dateCn(date: string): string {
  const [, m, d] = date.split('-').map(Number) as [number, number, number]
  return `${m}月${d}日`
}

/**
 * The deadline in words for staff, e.g. `已超期 · 应在11月20日前答复`; the state is always spelled
 * out, so colour is never the only signal. Null when there is no running deadline.
 */
export function deadlineText(deadline: CaseDeadlineDTO | null): string | null {
  if (!deadline || deadline.state === 'none') return null
  const what = deadline.kind === 'accept' ? '受理' : '答复'
  if (deadline.state === 'paused') return `${DUE_STATE_LABELS.paused} · 等群众补充材料`
  const due = `${DUE_STATE_LABELS[deadline.state]} · 应在${dateCn(deadline.dueDate)}前${what}`
  return deadline.provisionalNote ? `${due}（${deadline.provisionalNote}）` : due
}

/** Whether the deadline deserves a flag in a list (overdue or due soon). */
export function deadlineFlag(deadline: CaseDeadlineDTO | null): 'overdue' | 'soon' | null {
  if (deadline?.state === 'overdue') return 'overdue'
  if (deadline?.state === 'dueSoon') return 'soon'
  return null
}

/** What the resident is told about where their case stands. */
export function residentStatusHint(status: CaseStatus): string {
  switch (status) {
    case 'submitted':
      return '等便民服务中心受理'
    case 'accepted':
      return '正在安排承办部门'
    case 'assigned':
      return '承办部门正在办理'
    case 'info_requested':
      return '需要您补充情况，补充后继续办理（补充前不计办理时间）'
    case 'replied':
      return '请看答复。解决了请确认办结；没有解决可以说明原因，重新办理；没有确认的，几个工作日后自动办结'
    case 'closed':
      return '欢迎评价这次办理'
    case 'transferred':
      return '不属于乡镇办理，已转到县级部门，请留意他们的联系'
    case 'rejected':
      return '原因见下方办理进度'
    case 'merged':
      return '和另一件相同的诉求合并办理'
  }
}
