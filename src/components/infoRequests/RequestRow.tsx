import { Text, View } from '@tarojs/components'
import type { InfoRequestSummary } from '../../shared/infoRequests'
import { cx } from '../../ui'
import { dateCn } from '../disclosure/format'
import { deadlineText } from './format'
import '../disclosure/disclosure.scss'

export interface RequestRowProps {
  id: string
  item: InfoRequestSummary
  /** Staff see who applied. */
  staff?: boolean
  onOpen: (item: InfoRequestSummary) => void
}

/** A request in a list: number, what was asked, where it stands and the deadline in words. */
export function RequestRow(props: RequestRowProps) {
  const r = props.item
  const flag = r.deadline.state === 'overdue' ? '【已超期】' : r.deadline.state === 'dueSoon' ? '【即将到期】' : null
  const due = deadlineText(r.deadline, r.status === 'consulting' ? '正在征求意见' : '等申请人补正')
  return (
    <View id={props.id} className="dz-row" hoverClass="dz-row--pressed" role="link" onClick={() => props.onOpen(r)}>
      <Text className="dz-row__title">
        {flag ? <Text className={cx('dz-badge', r.deadline.state === 'overdue' ? 'dz-badge--danger' : 'dz-badge--warn')}>{flag}</Text> : null}
        {r.description}
      </Text>
      <Text className="dz-row__line">{`${r.statusLabel}${r.replyKindLabel ? `：${r.replyKindLabel}` : ''} · ${r.number}${props.staff ? ` · ${r.applicantName}（${r.applicantTypeLabel}）` : ''}`}</Text>
      {due ? <Text className="dz-row__line">{due}</Text> : null}
      <Text className="dz-row__line">{`提交于 ${dateCn(r.submittedAt)}`}</Text>
    </View>
  )
}
