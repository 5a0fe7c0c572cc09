import { Text, View } from '@tarojs/components'
import type { InboxEntryDTO } from '../../shared/notices'
import { cx } from '../../ui'
import { noticeTime } from './links'
import './notices.scss'

export interface InboxItemProps {
  entry: InboxEntryDTO
  now?: Date
  onOpen: (entry: InboxEntryDTO) => void
}

/** One inbox entry: unread ones say “未读” in words and in bold, not only by colour. */
export function InboxItem({ entry, now, onOpen }: InboxItemProps) {
  return (
    <View
      id={`inbox-entry-${entry.id}`}
      className={cx('inbox-item', !entry.read && 'inbox-item--unread')}
      hoverClass="inbox-item--pressed"
      onClick={() => onOpen(entry)}
    >
      <View className="inbox-item__head">
        {!entry.read ? <Text className="inbox-item__unread">● 未读</Text> : <Text className="inbox-item__read">已读</Text>}
        <Text className="inbox-item__title">{entry.title}</Text>
      </View>
      <Text className="inbox-item__body">{entry.body}</Text>
      <View className="inbox-item__foot">
        <Text className="inbox-item__time">{noticeTime(entry.createdAt, now)}</Text>
        <Text className="inbox-item__go">查看 ›</Text>
      </View>
    </View>
  )
}
