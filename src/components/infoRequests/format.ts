import type { RequestDeadlineDTO } from '../../shared/infoRequests'
import { dateCn } from '../disclosure/format'

/**
 * The answer deadline in words, the state always spelled out (colour is never the only signal):
 * `正常 · 2025年3月31日前答复（还有 20 个工作日）`, `已超期 · 应在…前答复`, `暂停计时 · …`.
 */
export function deadlineText(d: RequestDeadlineDTO, paused: string): string | null {
  if (d.state === 'stopped') return null
  if (d.state === 'waitingReceipt') return '等乡镇确认收到，收到之日起 20 个工作日内答复'
  if (d.state === 'paused') return `暂停计时 · ${paused}`
  if (!d.dueDate) return null
  const left = d.workingDaysLeft === null ? '' : d.workingDaysLeft >= 0 ? `（还有 ${d.workingDaysLeft} 个工作日）` : `（已超过 ${-d.workingDaysLeft} 个工作日）`
  return `${d.stateLabel} · ${d.state === 'overdue' ? '应在' : ''}${dateCn(d.dueDate)}前答复${left}${d.provisional ? '，跨年的节假日安排公布后可能调整' : ''}`
}
