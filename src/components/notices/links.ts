import Taro from '@tarojs/taro'
import type { NoticeLink } from '../../shared/notices'

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

const CHINA_OFFSET_MS = 8 * 3600 * 1000

/**
 * When a notice came, in China time and as people say it: “今天 09:05”, “昨天 18:30”, “3月2日 09:00”,
 * or with the year when it is not this year.
 */
export function noticeTime(iso: string, now: Date = new Date()): string {
  const at = new Date(iso)
  if (Number.isNaN(at.getTime())) return ''
  const local = (d: Date) => new Date(d.getTime() + CHINA_OFFSET_MS)
  const a = local(at)
  const n = local(now)
  const pad = (x: number) => String(x).padStart(2, '0')
  const hm = `${pad(a.getUTCHours())}:${pad(a.getUTCMinutes())}`
  const dayOf = (d: Date) => Math.floor(d.getTime() / 86_400_000)
  const days = dayOf(n) - dayOf(a)
  if (days === 0) return `今天 ${hm}`
  if (days === 1) return `昨天 ${hm}`
  const md = `${a.getUTCMonth() + 1}月${a.getUTCDate()}日 ${hm}`
  return a.getUTCFullYear() === n.getUTCFullYear() ? md : `${a.getUTCFullYear()}年${md}`
}
