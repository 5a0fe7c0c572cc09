import { chinaClock } from '../../shared/chinaTime'

/** What the staff console says about a guide's state: always in words, never by colour alone. */
export interface GuideState {
  isPublished: boolean
  version: number
  hasUnpublishedChanges: boolean
}

export interface Badge {
  text: string
  tone: 'success' | 'warning' | 'default'
}

/** Badges for a row of the guide list: 已发布 v{n}, 草稿有改动, 未发布. */
export function guideBadges(state: GuideState): Badge[] {
  if (!state.isPublished) {
    const badges: Badge[] = [{ text: '未发布', tone: 'default' }]
    if (state.version > 0) badges.push({ text: `已下线（曾发布 v${state.version}）`, tone: 'warning' })
    return badges
  }
  const badges: Badge[] = [{ text: `已发布 v${state.version}`, tone: 'success' }]
  if (state.hasUnpublishedChanges) badges.push({ text: '草稿有改动', tone: 'warning' })
  return badges
}

/** The editor's status line for a stored guide (whether the draft differs is shown separately). */
export function editorStatus(state: GuideState & { publishedAt: string | null }): string {
  if (state.isPublished) {
    const date = state.publishedAt ? `，${formatDate(state.publishedAt)}` : ''
    return `已发布第 ${state.version} 版${date}。群众看到的是这一版。`
  }
  if (state.version > 0) return `已下线：群众现在查不到这个事项（曾发布到第 ${state.version} 版）。`
  return '未发布：群众还看不到这个事项。'
}

/** `2025-03-04T05:06:07Z` → `2025-03-04 13:06` in China time (UTC+8, no daylight saving). */
export function formatDate(iso: string): string {
  const time = Date.parse(iso)
  if (Number.isNaN(time)) return iso
  const c = chinaClock(time)
  return `${c.date} ${c.time}`
}
