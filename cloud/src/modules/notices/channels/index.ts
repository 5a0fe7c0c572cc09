import type { NoticeChannelName } from '../../../../../src/shared/notices'
import { inboxChannel } from './inbox'
import type { NoticeChannel } from './types'
import { wechatChannel } from './wechat'

export type { DeliveryOutcome, NoticeChannel, NoticeDraft, PrepareContext, Prepared } from './types'

/** Every channel, in the order a notice is prepared (the inbox first). */
export const NOTICE_CHANNEL_TABLE: Record<NoticeChannelName, NoticeChannel> = {
  inbox: inboxChannel,
  wechat: wechatChannel
}
