import { Text, View } from '@tarojs/components'
import { CASE_FLAG_LABELS, type CaseSummary } from '../../shared/cases'
import { cx } from '../../ui'
import { chinaTime, deadlineFlag, deadlineText } from './format'
import './cases.scss'

export interface CaseRowProps {
  id: string
  item: CaseSummary
  /** Staff see the deadline and content-check state. */
  staff?: boolean
  onOpen: (item: CaseSummary) => void
}

/** A case in a list: type, title, status and (for staff) the deadline in words, the flags (重新办理, 群众追问) and followers. */
export function CaseRow(props: CaseRowProps) {
  const c = props.item
  const flag = props.staff ? deadlineFlag(c.deadline) : null
  const due = props.staff ? deadlineText(c.deadline) : null
  return (
    <View id={props.id} className="case-row" hoverClass="case-row--pressed" onClick={() => props.onOpen(c)}>
      <View className="case-row__head">
        {flag ? <Text className={cx('case-flag', `case-flag--${flag}`)}>{flag === 'overdue' ? '【已超期】' : '【即将到期】'}</Text> : null}
        {props.staff
          ? c.flags.map((f) => (
              <Text key={f} className={cx('case-flag', `case-flag--${f}`)}>{`【${CASE_FLAG_LABELS[f]}${f === 'reopened' && c.reopenCount > 1 ? ` ${c.reopenCount} 次` : ''}】`}</Text>
            ))
          : null}
        <Text className="case-row__title">{`${c.typeLabel}：${c.title}`}</Text>
      </View>
      <Text className="case-row__line">{`${c.statusLabel} · ${c.number}${c.departmentName ? ` · ${c.departmentName}` : ''}`}</Text>
      {due ? <Text className="case-row__line">{due}</Text> : null}
      {props.staff && c.escalated ? <Text className="case-row__line">已督办（上报中心负责人）</Text> : null}
      {props.staff && c.followerCount ? <Text className="case-row__line">{`${c.followerCount} 位群众也反映了这个问题`}</Text> : null}
      {props.staff && c.moderation !== 'passed' ? <Text className="case-row__line">{c.moderation === 'held' ? '内容待人工审核' : '内容检测中'}</Text> : null}
      <Text className="case-row__line">{`提交于 ${chinaTime(c.submittedAt)}`}</Text>
    </View>
  )
}
