import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import type { BaseProps } from './common.types'
import { cx } from './cx'

export interface SectionProps extends BaseProps {
  title?: string
  /** Short text to the right of the title. */
  extra?: ReactNode
  children: ReactNode
}

/** A titled white card: the building block of every page. */
export function Section(props: SectionProps) {
  return (
    <View id={props.id} className={cx('ui-section', props.className)}>
      {props.title ? (
        <View className="ui-section__head">
          <Text className="ui-section__title">{props.title}</Text>
          {props.extra ? <View className="ui-section__extra">{props.extra}</View> : null}
        </View>
      ) : null}
      <View className="ui-section__body">{props.children}</View>
    </View>
  )
}
