import { View } from '@tarojs/components'
import { Search as TdSearch } from 'tdesign-mobile-react/es/search'
import type { SearchProps } from './Search.types'
import { cx } from './cx'

/** Search box (H5: tdesign-mobile-react Search). */
export function Search(props: SearchProps) {
  return (
    <View id={props.id} className={cx('ui-search', props.className)}>
      <TdSearch
        value={props.value}
        placeholder={props.placeholder}
        action={props.action}
        focus={props.focus}
        shape="round"
        clearable
        onChange={(value) => props.onChange(value)}
        onClear={() => props.onChange('')}
        onSubmit={(ctx) => props.onSubmit(ctx?.value ?? props.value)}
        onActionClick={() => props.onSubmit(props.value)}
      />
    </View>
  )
}
