import Taro, { useDidShow } from '@tarojs/taro'
import { useRef } from 'react'
import { Text, View } from '@tarojs/components'
import { CASE_TYPE_LABELS, CASE_TYPES } from '../../../shared/cases'
import { Button, Empty, Loading, Section } from '../../../ui'
import { Page } from '../../../components/layout/Page'
import { LoadFailed } from '../../../components/common/LoadFailed'
import { LoadMore } from '../../../components/common/LoadMore'
import { useCursorList } from '../../../components/common/useCursorList'
import { CaseRow } from '../../../components/cases/CaseRow'
import { listMyCases } from '../../../services/cases'
import { loadSession } from '../../../services/session'
import '../../../components/cases/cases.scss'

const NOTHING = { items: [], nextCursor: null }

/** 我的诉求: everything I raised (or raised for people I help), newest first, with its status in words; more loads on scroll. */
export default function MyCasesPage() {
  const signedIn = Boolean(loadSession())
  const [list, { reload, loadMore }] = useCursorList((cursor) => (signedIn ? listMyCases({ cursor }) : Promise.resolve(NOTHING)), [signedIn])
  const firstShow = useRef(true)
  useDidShow(() => {
    if (firstShow.current) {
      firstShow.current = false
      return
    }
    reload()
  })

  if (!signedIn) {
    return (
      <Page className="case-mine">
        <Section id="case-mine-sign-in" title="我的诉求">
          <Text className="case-para">登录后才能看到您反映过的事。</Text>
          <Button id="case-mine-go-sign-in" theme="primary" block onClick={() => void Taro.switchTab({ url: '/pages/me/index' })}>
            去“我的”登录
          </Button>
        </Section>
      </Page>
    )
  }

  return (
    <Page className="case-mine">
      <Section id="case-new" title="我要反映">
        <View className="case-actions">
          {CASE_TYPES.map((t) => (
            <Button key={t} id={`case-new-${t}`} theme="primary" variant="outline" block onClick={() => void Taro.navigateTo({ url: `/pages/cases/submit/index?type=${t}` })}>
              {`我要${CASE_TYPE_LABELS[t]}`}
            </Button>
          ))}
        </View>
      </Section>
      <Section id="case-mine" title="我反映过的事">
        {list.status === 'loading' ? <Loading text="正在加载…" /> : null}
        {list.status === 'error' ? <LoadFailed message={list.message ?? ''} onRetry={reload} /> : null}
        {list.status === 'ready' && !list.items.length ? <Empty id="case-mine-empty" description="还没有反映过事情" /> : null}
        {list.status === 'ready' ? (
          <View id="case-mine-list">
            {list.items.map((c) => (
              <CaseRow key={c.id} id={`case-${c.id}`} item={c} onOpen={(x) => void Taro.navigateTo({ url: `/pages/cases/detail/index?id=${x.id}` })} />
            ))}
          </View>
        ) : null}
        <LoadMore id="case-mine-more" list={list} onMore={loadMore} />
      </Section>
    </Page>
  )
}
