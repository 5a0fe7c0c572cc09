/**
 * Aggregates that carry `pendingNotices` (events written with their state change). The relay and
 * the reconciling sweep find leftover events through this table; a capability registers its
 * collection with one line.
 */
export const NOTICE_SOURCES = {
  staffSignup: { collection: 'staff_signups' },
  appointment: { collection: 'appointments' },
  case: { collection: 'cases' }
} as const satisfies Record<string, { collection: string }>

export type NoticeSourceName = keyof typeof NOTICE_SOURCES
