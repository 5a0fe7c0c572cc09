import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { BookingDTO } from '../../shared/appointments'
import { DISCLOSURE_VILLAGE_PAGE, RETIRED_PAGE, type QrResolveDTO } from '../../shared/qrcodes'
import { Button, InlineMessage, Loading, Section } from '../../ui'
import { Page } from '../../components/layout/Page'
import { LoadFailed } from '../../components/common/LoadFailed'
import { CallLink } from '../../components/common/CallLink'
import { KeyValue } from '../../components/common/KeyValue'
import { useLoad } from '../../components/common/useLoad'
import { CheckInCard } from '../../components/scan/CheckInCard'
import { useSubmit } from '../../components/forms/useSubmit'
import { ApiRequestError, messageOf, newIdempotencyKey } from '../../services/http'
import { checkInByScan, recordScan } from '../../services/qrcodes'
import { sceneOf, urlOf } from '../../services/scan'
import { loadSession } from '../../services/session'
import '../../components/scan/scan.scss'

type Message = { tone: 'info' | 'success' | 'error'; text: string }

const NOT_OURS = '这个二维码打不开：它不是乡里办的码，或者印得不完整。请扫便民服务中心张贴的码'
const BOARD_MISSING = '村务公开栏的页面还没有上线。公开内容请到村委会公开栏查看，或打电话问服务中心'

/** The page a case form opens with, prefilled with the door plate's village and address. */
function caseFormUrl(plate: NonNullable<QrResolveDTO['doorplate']>, type: 'help' | null): string {
  const query = [...(type ? [`type=${type}`] : []), `villageId=${plate.villageId}`, `location=${encodeURIComponent(plate.address)}`]
  return `/pages/cases/submit/index?${query.join('&')}`
}

/**
 * 扫码落地页: every posted code opens here with its scene (WeChat's `scene`, or `?scene=` on H5).
 * The scan is counted once; then a guide opens at once, the hall goes home (or first offers to
 * check in today's booking), a village board opens its disclosure page, a window shows its
 * services (and check-in), a door plate its household with 求助上门 and 反映问题 prefilled, and a
 * retired code the page saying where to go instead.
 */
export default function ScanPage() {
  const router = useRouter()
  const scene = sceneOf(router.params)
  const scanKey = useRef(newIdempotencyKey())
  const [state, reload] = useLoad(async () => {
    if (!scene) throw new ApiRequestError(NOT_OURS, 'NOT_A_SCENE', 400)
    return recordScan(scene, scanKey.current)
  }, [scene])
  const [message, setMessage] = useState<Message | null>(null)
  const [checked, setChecked] = useState<string[]>([])
  const sending = useSubmit({ scene, checked })
  const target = state.status === 'ready' ? state.data : null

  useEffect(() => {
    if (!target) return
    if (target.status === 'retired') {
      void Taro.redirectTo({ url: `/${RETIRED_PAGE}?scene=${encodeURIComponent(target.scene)}` })
    } else if (target.kind === 'guide' && target.link) {
      void Taro.redirectTo({ url: urlOf(target.link) })
    } else if (target.kind === 'board' && target.link) {
      Taro.redirectTo({ url: urlOf(target.link) }).catch(() => setMessage({ tone: 'info', text: BOARD_MISSING }))
    } else if (target.kind === 'hall' && target.link && target.checkIns.length === 0) {
      void Taro.reLaunch({ url: urlOf(target.link) })
    }
  }, [target])

  if (!target) {
    return (
      <Page className="scan">
        {state.status === 'error' ? <LoadFailed message={state.message} onRetry={reload} /> : <Loading text="正在打开扫到的码…" />}
      </Page>
    )
  }

  const checkIn = async (b: BookingDTO) => {
    try {
      const done = await sending.run((key) => checkInByScan(target.scene, b.id, key), `checkin-${b.id}`)
      if (!done) return
      setChecked((list) => [...list, b.id])
      setMessage({ tone: 'success', text: `已签到：${done.start} ${done.guide.title}。请到${done.department.windowName}稍候，工作人员会叫您` })
    } catch (e) {
      setMessage({ tone: 'error', text: messageOf(e) })
    }
  }
  const waiting = target.checkIns.filter((b) => !checked.includes(b.id))
  const signedIn = loadSession() !== null
  const plate = target.doorplate
  const window = target.window

  return (
    <Page className="scan">
      {message ? (
        <InlineMessage id="scan-message" tone={message.tone}>
          {message.text}
        </InlineMessage>
      ) : null}

      <CheckInCard bookings={waiting} busy={sending.busy} onCheckIn={(b) => void checkIn(b)} />

      {target.kind === 'hall' ? (
        <Section id="scan-hall" title={target.title}>
          <Text className="scan__para">{target.township.address}</Text>
          <View className="scan__actions">
            <Button id="scan-go-home" theme="primary" block onClick={() => void Taro.reLaunch({ url: urlOf(target.link!) })}>
              进入便民服务中心首页
            </Button>
          </View>
        </Section>
      ) : null}

      {target.kind === 'guide' || target.kind === 'board' ? (
        <Section id="scan-target" title={target.title}>
          {target.kind === 'board' ? (
            <Button id="scan-board-open" theme="primary" block onClick={() => Taro.redirectTo({ url: urlOf(target.link!) }).catch(() => setMessage({ tone: 'info', text: BOARD_MISSING }))}>
              查看村务公开
            </Button>
          ) : (
            <Loading text="正在打开办事指南…" />
          )}
        </Section>
      ) : null}

      {window ? (
        <Section id="scan-window" title={target.title}>
          {window.place ? <KeyValue k="位置">{window.place}</KeyValue> : null}
          <KeyValue k="站所">{window.name}</KeyValue>
          {window.phone ? <CallLink id="scan-window-call" phone={window.phone} label={window.name} /> : null}
          <Text className="scan__para">在这个窗口可以办：</Text>
          <View id="scan-window-services">
            {window.services.map((s) => (
              <View
                key={s.guideId}
                id={`scan-service-${s.guideId}`}
                className="scan__row"
                hoverClass="scan__row--pressed"
                role="button"
                onClick={() => void Taro.navigateTo({ url: `/pages/guides/detail/index?id=${s.guideId}` })}
              >
                <View className="scan__row-main">
                  <Text>{s.title}</Text>
                  <Text className="muted">{s.appointmentAvailable ? '可网上预约，也可直接来' : '直接到窗口办理'}</Text>
                </View>
                <Text className="scan__go">看要带什么 ›</Text>
              </View>
            ))}
          </View>
          {!signedIn ? <Text className="scan__para muted">约了今天来办？先到“我的”登录，再扫一次这个码就能签到。</Text> : null}
        </Section>
      ) : null}

      {plate ? (
        <Section id="scan-doorplate" title="智慧门牌">
          <Text id="scan-address" className="scan__title">
            {plate.address}
          </Text>
          {plate.householder ? <KeyValue k="户主">{plate.householder}</KeyValue> : null}
          <KeyValue k="村（社区）">{plate.villageName}</KeyValue>
          {plate.group ? <KeyValue k="村民小组">{plate.group}</KeyValue> : null}
          <View id="scan-grid-workers">
            {plate.gridWorkers.length ? (
              plate.gridWorkers.map((g) =>
                g.phone ? <CallLink key={g.name} phone={g.phone} label={`网格员 ${g.name}`} /> : <KeyValue key={g.name} k="网格员">{g.name}</KeyValue>
              )
            ) : (
              <KeyValue k="网格员">本村还没有登记网格员，有事可以直接求助</KeyValue>
            )}
            {plate.assistants.length ? <KeyValue k="帮办代办">{plate.assistants.map((a) => a.name).join('、')}</KeyValue> : null}
          </View>
          <View className="scan__actions">
            <Button id="scan-help" theme="primary" size="large" block onClick={() => void Taro.navigateTo({ url: caseFormUrl(plate, 'help') })}>
              我要求助（可以上门服务）
            </Button>
            <Button id="scan-report" variant="outline" theme="primary" block onClick={() => void Taro.navigateTo({ url: caseFormUrl(plate, null) })}>
              反映其他问题
            </Button>
            <Button
              id="scan-village-board"
              variant="text"
              block
              onClick={() =>
                Taro.navigateTo({ url: `/${DISCLOSURE_VILLAGE_PAGE}?villageId=${plate.villageId}` }).catch(() => setMessage({ tone: 'info', text: BOARD_MISSING }))
              }
            >
              看本村村务公开
            </Button>
          </View>
        </Section>
      ) : null}

      {target.township.phone ? (
        <Section title="联系服务中心">
          <CallLink id="scan-centre-call" phone={target.township.phone} label={`${target.township.name}便民服务中心`} />
        </Section>
      ) : null}
    </Page>
  )
}
