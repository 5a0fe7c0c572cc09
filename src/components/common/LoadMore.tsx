import { Text, View } from '@tarojs/components'
import { Button } from '../../ui'
import type { CursorList } from './useCursorList'

/** The foot of a paged list: "加载更多" while more follows (scrolling to the bottom does the same), or why the last page failed. */
export function LoadMore(props: { id: string; list: CursorList<unknown>; onMore: () => void }) {
  const { list } = props
  if (list.status !== 'ready') return null
  return (
    <View id={props.id} className="load-more">
      {list.message ? <Text className="case-para">{`${list.message}，请再点一次`}</Text> : null}
      {list.more ? (
        <Button id={`${props.id}-button`} variant="text" block loading={list.loadingMore} disabled={list.loadingMore} onClick={props.onMore}>
          加载更多
        </Button>
      ) : list.items.length ? (
        <Text className="case-para muted">没有更多了</Text>
      ) : null}
    </View>
  )
}
