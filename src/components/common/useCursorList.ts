import { useReachBottom } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react'
import type { CursorPage } from '../../shared/common'
import { messageOf } from '../../services/http'

/** A list loaded page by page: what is shown, whether more follows, and how loading went. */
export interface CursorList<T> {
  status: 'loading' | 'ready' | 'error'
  items: T[]
  /** True while another page exists on the server. */
  more: boolean
  loadingMore: boolean
  message: string | null
}

/**
 * Loads the first page when `deps` change (and on `reload()`), and the next page on `loadMore()` and
 * when the page is scrolled to its bottom (`onReachBottom`, which Taro's H5 runtime also fires).
 * Answers of superseded runs are dropped, and a page is never asked for twice at once.
 */
export function useCursorList<T>(
  fetch: (cursor?: string) => Promise<CursorPage<T>>,
  deps: DependencyList
): [CursorList<T>, { reload: () => void; loadMore: () => void }] {
  const [list, setList] = useState<CursorList<T>>({ status: 'loading', items: [], more: false, loadingMore: false, message: null })
  const run = useRef(0)
  const cursor = useRef<string | null>(null)
  const busy = useRef(false)
  const fetchRef = useRef(fetch)
  fetchRef.current = fetch

  const reload = useCallback(() => {
    const ticket = ++run.current
    busy.current = true
    setList({ status: 'loading', items: [], more: false, loadingMore: false, message: null })
    fetchRef
      .current()
      .then((page) => {
        if (ticket !== run.current) return
        cursor.current = page.nextCursor
        setList({ status: 'ready', items: page.items, more: page.nextCursor !== null, loadingMore: false, message: null })
      })
      .catch((e: unknown) => {
        if (ticket === run.current) setList({ status: 'error', items: [], more: false, loadingMore: false, message: messageOf(e) })
      })
      .finally(() => {
        if (ticket === run.current) busy.current = false
      })
  }, [])

  const loadMore = useCallback(() => {
    const after = cursor.current
    if (busy.current || !after) return
    const ticket = run.current
    busy.current = true
    setList((l) => ({ ...l, loadingMore: true, message: null }))
    fetchRef
      .current(after)
      .then((page) => {
        if (ticket !== run.current) return
        cursor.current = page.nextCursor
        setList((l) => ({ ...l, items: [...l.items, ...page.items], more: page.nextCursor !== null, loadingMore: false }))
      })
      .catch((e: unknown) => {
        if (ticket === run.current) setList((l) => ({ ...l, loadingMore: false, message: messageOf(e) }))
      })
      .finally(() => {
        if (ticket === run.current) busy.current = false
      })
  }, [])

  useReachBottom(loadMore)
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(reload, deps)
  return [list, { reload, loadMore }]
}
