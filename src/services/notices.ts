import type { Page } from '../shared/common'
import type {
  InboxEntryDTO,
  NoticeSettingsDTO,
  SubscriptionChoicesInput,
  UnreadCountDTO
} from '../shared/notices'
import { request } from './http'

export type InboxPage = Page<InboxEntryDTO> & { unread: number }

/** My inbox, newest first. */
export function listInbox(page = 1, pageSize = 20): Promise<InboxPage> {
  return request<InboxPage>('/api/notices/inbox', { query: { page, pageSize } })
}

/** How many inbox entries I have not read. */
export async function unreadCount(): Promise<number> {
  return (await request<UnreadCountDTO>('/api/notices/unread-count')).unread
}

/** Marks one entry read; answers the entry as it now is. */
export function markRead(id: string): Promise<InboxEntryDTO> {
  return request<InboxEntryDTO>(`/api/notices/inbox/${encodeURIComponent(id)}/read`, { method: 'POST' })
}

/** Marks every entry read. */
export function markAllRead(): Promise<{ updated: number; unread: 0 }> {
  return request<{ updated: number; unread: 0 }>('/api/notices/inbox/read-all', { method: 'POST' })
}

/** My notice settings: the inbox, and the WeChat reminders with their template ids and states. */
export function getNoticeSettings(): Promise<NoticeSettingsDTO> {
  return request<NoticeSettingsDTO>('/api/notices/settings')
}

/** Tells the server what I answered to WeChat's subscribe prompt. */
export function saveSubscriptionChoices(input: SubscriptionChoicesInput, idempotencyKey: string): Promise<NoticeSettingsDTO> {
  return request<NoticeSettingsDTO>('/api/notices/subscriptions', { method: 'POST', body: input, idempotencyKey })
}
