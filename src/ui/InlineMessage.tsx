import { Text, View } from '@tarojs/components'
import type { BaseProps } from './common.types'
import { cx } from './cx'

export interface InlineMessageProps extends BaseProps {
  tone: 'info' | 'success' | 'error'
  children: string
}

const PREFIX: Record<InlineMessageProps['tone'], string> = {
  info: '提示：',
  success: '已完成：',
  error: '没有成功：'
}

/**
 * A message that stays in the page flow instead of popping up (elder mode forbids pop-ups).
 * The tone is spelled out in words, so colour is never the only signal.
 */
export function InlineMessage(props: InlineMessageProps) {
  return (
    <View
      id={props.id}
      className={cx('ui-inline-message', `ui-inline-message--${props.tone}`, props.className)}
      aria-live="polite"
      role="status"
    >
      <Text className="ui-inline-message__prefix">{PREFIX[props.tone]}</Text>
      <Text className="ui-inline-message__text">{props.children}</Text>
    </View>
  )
}
