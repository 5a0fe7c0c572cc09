import Taro from '@tarojs/taro'
import type { NoticeLink } from '../../shared/notices'
import { chinaClock, chinaMonthDayTime } from '../../shared/chinaTime'

/** Pages in the tab bar: reached with switchTab, which takes no query. */
const TAB_PAGES = ['/pages/home/index', '/pages/inbox/index', '/pages/me/index']

/** The URL of a notice link: its page with the query encoded. */
export function linkUrl(link: NoticeLink): string {
  const page = link.page.startsWith('/') ? link.page : `/${link.page}`
  const query = Object.entries(link.query ?? {})
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&')
  return query ? `${page}?${query}` : page
}

/** True when the link leads to a tab page (its query is dropped). */
export function isTabLink(link: NoticeLink): boolean {
  return TAB_PAGES.includes(link.page.startsWith('/') ? link.page : `/${link.page}`)
}

/** Opens what a notice is about. */
export async function openLink(link: NoticeLink): Promise<void> {
  if (isTabLink(link)) await Taro.switchTab({ url: linkUrl({ page: link.page, query: {} }) })
  else await Taro.navigateTo({ url: linkUrl(link) })
}

/**
 * When a notice came, in China time and as people say it: “今天 09:05”, “昨天 18:30”, “3月2日 09:00”,
 * or with the year when it is not this year.
 */
export function noticeTime(iso: string, now: Date = new Date()): string {
  const at = new Date(iso)
  if (Number.isNaN(at.getTime())) return ''
  const a = chinaClock(at)
  const n = chinaClock(now)
  const days = n.dayNumber - a.dayNumber
  if (days === 0) return `今天 ${a.time}`
  if (days === 1) return `昨天 ${a.time}`
  const md = chinaMonthDayTime(at)
  return a.year === n.year ? md : `${a.year}年${md}`
}
