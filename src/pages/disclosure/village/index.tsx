import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Empty, Loading, Section } from '../../../ui'
import { Page } from '../../../components/layout/Page'
import { CallLink } from '../../../components/common/CallLink'
import { LoadFailed } from '../../../components/common/LoadFailed'
import { useLoad } from '../../../components/common/useLoad'
import { AccountsTable } from '../../../components/disclosure/AccountsTable'
import { ItemRow } from '../../../components/disclosure/ItemRow'
import { SubscribeButton } from '../../../components/disclosure/SubscribeButton'
import { dateCn } from '../../../components/disclosure/format'
import { getVillageBoard, listServicePoints } from '../../../services/disclosure'
import { ApiRequestError } from '../../../services/http'
import '../../../components/disclosure/disclosure.scss'

/**
 * A village's 三务公开 board — what the QR code on the village's notice board opens
 * (`/pages/disclosure/village/index?villageId=<id>`): the latest quarterly accounts as tables, the
 * 党务, 村务 and 财务 items, the village's 便民服务站, and a button to follow the village.
 */
export default function VillageBoardPage() {
  const router = useRouter()
  const villageId = router.params.villageId ?? ''
  const [state, reload] = useLoad(async () => {
    if (!/^[0-9a-f]{24}$/.test(villageId)) throw new ApiRequestError('这个码不完整，请重新扫描村务公开栏上的二维码', 'BAD_VILLAGE', 400)
    const board = await getVillageBoard(villageId)
    const stations = await listServicePoints(board.township.id, { villageId }).catch(() => [])
    return { board, stations }
  }, [villageId])
  useShareAppMessage(() => ({
    title: state.status === 'ready' ? `${state.data.board.village.name}村务公开` : '村务公开',
    path: `/pages/disclosure/village/index?villageId=${villageId}`
  }))

  if (state.status !== 'ready') {
    return <Page className="village-board">{state.status === 'loading' ? <Loading text="正在打开村务公开栏…" /> : <LoadFailed message={state.message} onRetry={reload} />}</Page>
  }
  const { board, stations } = state.data
  const open = (id: string) => void Taro.navigateTo({ url: `/pages/disclosure/detail/index?id=${id}` })
  return (
    <Page className="village-board">
      <Section id="board-head" title={`${board.village.name}村务公开栏`}>
        <Text className="dz-para">{`${board.township.name}${board.village.name}的党务、村务、财务公开。对公开内容有疑问，可以向村务监督委员会反映，或在“乡里办”提交诉求。`}</Text>
        <SubscribeButton id="board-subscribe" target="village" subscriptionKey={board.village.id} name={board.village.name} />
      </Section>

      {board.accounts.map((a) => (
        <Section key={a.id} id={`board-accounts-${a.id}`} title={a.accounts ? `${a.accounts.year}年第${a.accounts.quarter}季度财务收支` : a.title}>
          <Text className="dz-row__line">{`${a.source}${a.publishedAt ? ` · ${dateCn(a.publishedAt)}公开` : ''}`}</Text>
          {a.accounts ? <AccountsTable accounts={a.accounts} /> : null}
          <View className="dz-link-row" hoverClass="dz-link-row--pressed" role="link" onClick={() => open(a.id)}>
            <Text className="dz-link-row__title">{a.title}</Text>
            <Text className="muted">详情 ›</Text>
          </View>
        </Section>
      ))}

      {board.affairs.map((group) => (
        <Section key={group.affair} id={`board-${group.affair}`} title={group.label}>
          {group.items.length === 0 ? <Empty description={`还没有${group.label}的内容`} /> : null}
          {group.items.map((i) => (
            <ItemRow key={i.id} id={`board-item-${i.id}`} item={i} onOpen={(x) => open(x.id)} />
          ))}
        </Section>
      ))}

      {stations.length ? (
        <Section id="board-stations" title="便民服务站">
          {stations.map((s) => (
            <View key={s.id} className="dz-row">
              <Text className="dz-row__title">{s.name}</Text>
              <Text className="dz-row__line">{`${s.address} · ${s.hours}`}</Text>
              <CallLink phone={s.phone} label={s.name} />
            </View>
          ))}
        </Section>
      ) : null}
    </Page>
  )
}
