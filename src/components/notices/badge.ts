import Taro from '@tarojs/taro'
import { loadSession } from '../../services/session'
import { unreadCount } from '../../services/notices'

/** Position of 消息 in the tab bar (app.config.ts). */
export const INBOX_TAB_INDEX = 1

/** What the badge says for a count: nothing at 0, the number up to 99, then “99+”. */
export function badgeText(unread: number): string | null {
  if (unread <= 0) return null
  return unread > 99 ? '99+' : String(unread)
}

/** Shows the unread count on the 消息 tab (or removes the badge). Only tab pages may call it. */
export async function showUnreadBadge(unread: number): Promise<void> {
  const text = badgeText(unread)
  try {
    if (text) await Taro.setTabBarBadge({ index: INBOX_TAB_INDEX, text })
    else await Taro.removeTabBarBadge({ index: INBOX_TAB_INDEX })
  } catch {
    return
  }
}

/** Fetches the unread count and updates the badge; signed out, the badge goes away. Never throws. */
export async function refreshUnreadBadge(): Promise<number> {
  if (!loadSession()) {
    await showUnreadBadge(0)
    return 0
  }
  try {
    const unread = await unreadCount()
    await showUnreadBadge(unread)
    return unread
  } catch {
    return 0
  }
}
