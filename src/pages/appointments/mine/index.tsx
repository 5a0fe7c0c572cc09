import Taro, { useDidShow } from '@tarojs/taro'
import { useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, Empty, Loading, Section } from '../../../ui'
import { Page } from '../../../components/layout/Page'
import { LoadFailed } from '../../../components/common/LoadFailed'
import { useLoad } from '../../../components/common/useLoad'
import { BookingCard } from '../../../components/appointments/BookingCard'
import { listMyAppointments } from '../../../services/appointments'
import { loadSession } from '../../../services/session'
import '../../../components/appointments/appointments.scss'

type Scope = 'upcoming' | 'past'
const SCOPES: { value: Scope; label: string }[] = [
  { value: 'upcoming', label: '待办理' },
  { value: 'past', label: '历史' }
]

/** 我的预约: the ones waiting (soonest first, with their check-in codes) and the history. */
export default function MyAppointmentsPage() {
  const signedIn = Boolean(loadSession())
  const [scope, setScope] = useState<Scope>('upcoming')
  const [state, reload] = useLoad(() => (signedIn ? listMyAppointments(scope) : Promise.resolve([])), [scope, signedIn])
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
      <Page className="mine">
        <Section id="mine-sign-in" title="我的预约">
          <Text className="appt-para">登录后才能看到您的预约。</Text>
          <Button id="mine-go-sign-in" theme="primary" block onClick={() => void Taro.switchTab({ url: '/pages/me/index' })}>
            去“我的”登录
          </Button>
        </Section>
      </Page>
    )
  }

  return (
    <Page className="mine">
      <View id="mine-scope" className="appt-grid" role="radiogroup">
        {SCOPES.map((s) => (
          <View
            key={s.value}
            id={`mine-${s.value}`}
            className={`appt-chip appt-chip--slot${scope === s.value ? ' appt-chip--on' : ''}`}
            role="radio"
            aria-checked={scope === s.value ? 'true' : 'false'}
            onClick={() => setScope(s.value)}
          >
            <Text className="appt-chip__title">{scope === s.value ? `✓ ${s.label}` : s.label}</Text>
          </View>
        ))}
      </View>
      {state.status === 'loading' ? <Loading text="正在加载预约…" /> : null}
      {state.status === 'error' ? <LoadFailed message={state.message} onRetry={reload} /> : null}
      {state.status === 'ready' && state.data.length === 0 ? (
        <Empty id="mine-empty" description={scope === 'upcoming' ? '现在没有要去办的预约' : '还没有历史预约'}>
          <Button id="mine-find" theme="primary" variant="outline" block onClick={() => void Taro.switchTab({ url: '/pages/home/index' })}>
            去找要办的事
          </Button>
        </Empty>
      ) : null}
      {state.status === 'ready' ? (
        <View id="mine-list">
          {state.data.map((b) => (
            <BookingCard key={b.id} booking={b} onOpen={(x) => void Taro.navigateTo({ url: `/pages/appointments/detail/index?id=${x.id}` })} />
          ))}
        </View>
      ) : null}
    </Page>
  )
}
