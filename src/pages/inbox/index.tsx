import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { InboxEntryDTO } from '../../shared/notices'
import { Button, Empty, InlineMessage, Loading } from '../../ui'
import { Page } from '../../components/layout/Page'
import { useNotice } from '../../components/layout/useNotice'
import { LoadFailed } from '../../components/common/LoadFailed'
import { InboxItem } from '../../components/notices/InboxItem'
import { showUnreadBadge } from '../../components/notices/badge'
import { openLink } from '../../components/notices/links'
import { useSubmit } from '../../components/forms/useSubmit'
import { messageOf } from '../../services/http'
import { listInbox, markAllRead, markRead } from '../../services/notices'
import { loadSession } from '../../services/session'
import './index.scss'

const PAGE_SIZE = 20

type Status = 'loading' | 'ready' | 'error' | 'signedOut'

/**
 * 消息: the in-app inbox. Newest first, unread ones marked in words; a tap marks the entry read and
 * opens what it is about. A WeChat subscribe message opens this page with `open=<entry id>`.
 */
export default function InboxPage() {
  const router = useRouter()
  const [status, setStatus] = useState<Status>('loading')
  const [error, setError] = useState('')
  const [entries, setEntries] = useState<InboxEntryDTO[]>([])
  const [total, setTotal] = useState(0)
  const [unread, setUnread] = useState(0)
  const [page, setPage] = useState(1)
  const [loadingMore, setLoadingMore] = useState(false)
  const sending = useSubmit(null)
  const openedFromWechat = useRef(false)
  const { notice, show } = useNotice()

  const setUnreadEverywhere = useCallback((count: number) => {
    setUnread(count)
    void showUnreadBadge(count)
  }, [])

  const load = useCallback(async () => {
    if (!loadSession()) {
      setStatus('signedOut')
      setUnreadEverywhere(0)
      return
    }
    try {
      const first = await listInbox(1, PAGE_SIZE)
      setEntries(first.items)
      setTotal(first.total)
      setPage(1)
      setUnreadEverywhere(first.unread)
      setStatus('ready')
    } catch (err) {
      setError(messageOf(err))
      setStatus('error')
    }
  }, [setUnreadEverywhere])

  useDidShow(() => {
    void load()
  })
  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh())
  })

  const open = (entry: InboxEntryDTO) =>
    sending.run(async () => {
      if (!entry.read) {
        try {
          await markRead(entry.id)
          setEntries((list) => list.map((e) => (e.id === entry.id ? { ...e, read: true } : e)))
          setUnreadEverywhere(Math.max(0, unread - 1))
        } catch (err) {
          show('error', messageOf(err))
        }
      }
      await openLink(entry.link).catch(() => show('error', '没能打开这条消息说的页面，请稍后再试'))
    }, `open-${entry.id}`)

  useEffect(() => {
    const id = router.params.open
    if (!id || openedFromWechat.current || !loadSession()) return
    openedFromWechat.current = true
    markRead(id)
      .then((entry) => openLink(entry.link))
      .catch((err: unknown) => show('error', messageOf(err)))
  }, [router.params.open, show])

  const loadMore = async () => {
    if (loadingMore) return
    setLoadingMore(true)
    try {
      const next = await listInbox(page + 1, PAGE_SIZE)
      setEntries((list) => [...list, ...next.items.filter((e) => !list.some((x) => x.id === e.id))])
      setTotal(next.total)
      setPage(page + 1)
      setUnreadEverywhere(next.unread)
    } catch (err) {
      show('error', messageOf(err))
    } finally {
      setLoadingMore(false)
    }
  }

  const readAll = () =>
    sending
      .run(async () => {
        await markAllRead()
        setEntries((list) => list.map((e) => ({ ...e, read: true })))
        setUnreadEverywhere(0)
        show('success', '全部标为已读')
      }, 'read-all')
      .catch((err: unknown) => show('error', messageOf(err)))

  return (
    <Page className="inbox">
      {notice ? <InlineMessage id="page-notice" tone={notice.tone}>{notice.text}</InlineMessage> : null}
      {status === 'loading' ? <Loading text="正在加载消息…" /> : null}
      {status === 'error' ? <LoadFailed message={error} onRetry={() => void load()} /> : null}
      {status === 'signedOut' ? (
        <Empty id="inbox-signed-out" description="登录后，申请、预约、诉求的办理进展都会发到这里">
          <Button id="inbox-go-sign-in" theme="primary" block onClick={() => Taro.switchTab({ url: '/pages/me/index' })}>
            去登录
          </Button>
        </Empty>
      ) : null}
      {status === 'ready' ? (
        <View>
          <View className="inbox__bar">
            <Text id="inbox-unread" className="inbox__count">
              {unread > 0 ? `${unread} 条未读` : '没有未读消息'}
            </Text>
            {unread > 0 ? (
              <Button id="inbox-read-all" size="small" variant="text" theme="primary" disabled={sending.busy} onClick={() => void readAll()}>
                全部标为已读
              </Button>
            ) : null}
          </View>
          {entries.length === 0 ? (
            <Empty id="inbox-empty" description="还没有消息。办事有了进展，会第一时间告诉您。" />
          ) : (
            <View id="inbox-list">
              {entries.map((entry) => (
                <InboxItem key={entry.id} entry={entry} onOpen={(e) => void open(e)} />
              ))}
            </View>
          )}
          {entries.length < total ? (
            <Button id="inbox-more" className="inbox__more" block variant="outline" loading={loadingMore} onClick={() => void loadMore()}>
              加载更早的消息
            </Button>
          ) : null}
        </View>
      ) : null}
    </Page>
  )
}
