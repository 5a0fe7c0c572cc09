import { View } from '@tarojs/components'
import type { SearchProps } from './Search.types'
import { cx } from './cx'

interface ValueDetail {
  detail: { value?: string }
}

/** Search box (weapp: t-search). */
export function Search(props: SearchProps) {
  return (
    <View id={props.id} className={cx('ui-search', props.className)}>
      <t-search
        value={props.value}
        placeholder={props.placeholder ?? ''}
        action={props.action ?? ''}
        focus={props.focus ?? false}
        shape="round"
        clearable
        confirm-type="search"
        onChange={(e: ValueDetail) => props.onChange(e.detail.value ?? '')}
        onClear={() => props.onChange('')}
        onSubmit={(e: ValueDetail) => props.onSubmit(e.detail.value ?? props.value)}
        onActionClick={() => props.onSubmit(props.value)}
      />
    </View>
  )
}
