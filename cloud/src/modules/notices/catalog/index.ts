import type { NoticeEventType } from '../../../../../src/shared/notices'
import { appointmentNotices } from '../../appointments/notices'
import { caseNotices } from '../../cases/notices'
import { staffSignupNotices } from './staffSignup'
import type { NoticeEventDefinition } from './types'

export type { NoticeEventDefinition, NoticeText, Recipient, WechatMessage } from './types'

/** How every event type reads; a capability adds its events with one spread line. */
export const NOTICE_EVENT_CATALOG: Record<NoticeEventType, NoticeEventDefinition> = {
  ...staffSignupNotices,
  ...appointmentNotices,
  ...caseNotices
}
