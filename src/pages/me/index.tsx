import Taro, { useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { DevPersonDTO, MeDTO } from '../../shared/auth'
import type { NoticeSettingsDTO } from '../../shared/notices'
import { ROLE_LABELS, ROLES, type Role } from '../../shared/enums'
import { Button, Cell, CellGroup, InlineMessage, Section } from '../../ui'
import { Page } from '../../components/layout/Page'
import { useNotice } from '../../components/layout/useNotice'
import { ElderControls } from '../../components/elder/ElderControls'
import { NoticeSettings } from '../../components/notices/NoticeSettings'
import { refreshUnreadBadge } from '../../components/notices/badge'
import { askToSubscribe } from '../../components/notices/subscribe'
import { useSubmit } from '../../components/forms/useSubmit'
import { devSignIn, fetchMe, listDevPeople, signInWithWechat, signOut } from '../../services/auth'
import { messageOf } from '../../services/http'
import { getNoticeSettings } from '../../services/notices'
import { loadSession } from '../../services/session'
import { rememberedTownship } from '../../services/townships'
import './index.scss'

/** For each role, the first demo person (gets the stable id `dev-login-<role>`). */
function firstOfEachRole(people: DevPersonDTO[]): Map<Role, DevPersonDTO> {
  const first = new Map<Role, DevPersonDTO>()
  for (const person of people) if (!first.has(person.role)) first.set(person.role, person)
  return first
}

/** 我的: sign-in, who I am, 长辈版, notice settings, staff sign-up and, for staff, the way into the console. */
export default function MePage() {
  const [me, setMe] = useState<MeDTO | null>(() => loadSession()?.me ?? null)
  const [people, setPeople] = useState<DevPersonDTO[]>([])
  const [noticeSettings, setNoticeSettings] = useState<NoticeSettingsDTO | null>(null)
  const sending = useSubmit({ me: me?.id ?? null, noticeSettings })
  const busy = sending.locked
  const { notice, show } = useNotice()

  const refreshNotices = useCallback(() => {
    void refreshUnreadBadge()
    if (!loadSession()) return setNoticeSettings(null)
    getNoticeSettings()
      .then(setNoticeSettings)
      .catch(() => setNoticeSettings(null))
  }, [])

  useEffect(refreshNotices, [me?.id, refreshNotices])

  useDidShow(() => {
    const session = loadSession()
    setMe(session?.me ?? null)
    refreshNotices()
    if (session) {
      fetchMe()
        .then(setMe)
        .catch(() => setMe(loadSession()?.me ?? null))
    }
  })

  useEffect(() => {
    listDevPeople(rememberedTownship()?.id)
      .then(setPeople)
      .catch(() => setPeople([]))
  }, [])

  const run = async (name: string, action: () => Promise<MeDTO | null>, done: string) => {
    try {
      await sending.run(async () => {
        setMe(await action())
        show('success', done)
      }, name)
    } catch (error) {
      show('error', messageOf(error))
    }
  }

  const subscribe = (templateIds: string[]) =>
    void sending
      .run(async () => setNoticeSettings(await askToSubscribe(templateIds).then(() => getNoticeSettings())), 'subscribe')
      .catch((error: unknown) => show('error', messageOf(error)))

  const first = firstOfEachRole(people)
  const sortedPeople = [...people].sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role))

  return (
    <Page className="me">
      {notice ? <InlineMessage id="page-notice" tone={notice.tone}>{notice.text}</InlineMessage> : null}

      <Section title="看得清、点得准">
        <ElderControls />
      </Section>

      {me ? (
        <Section id="me-card" title="我">
          <Text id="me-name" className="me__name">
            {me.displayName}
          </Text>
          <Text id="me-role" className="me__line">
            身份：{ROLE_LABELS[me.role]}
          </Text>
          <Text id="me-phone" className="me__line">
            手机：{me.phoneMasked ?? '未留手机号'}
          </Text>
        </Section>
      ) : (
        <Section id="sign-in" title="登录">
          <Text className="me__line">登录后可以查看自己的申请，工作人员可以进入工作台。看办事指南不用登录。</Text>
          {process.env.TARO_ENV === 'weapp' ? (
            <Button
              id="wechat-login"
              theme="primary"
              block
              loading={sending.busy}
              disabled={busy}
              onClick={() => void run('wechat', async () => (await signInWithWechat()).me, '已登录')}
            >
              微信一键登录
            </Button>
          ) : null}
          {sortedPeople.length > 0 ? (
            <View id="dev-people" className="me__dev">
              <Text className="me__dev-title">体验账号（演示用）：选一个身份登录</Text>
              {sortedPeople.map((p) => (
                <View key={p.id} className="me__dev-person">
                  <Button
                    id={first.get(p.role)?.id === p.id ? `dev-login-${p.role}` : `dev-login-person-${p.id}`}
                    block
                    variant="outline"
                    theme="primary"
                    disabled={busy}
                    onClick={() => void run(`dev-${p.id}`, async () => (await devSignIn(p.id)).me, `已用“${p.displayName}”登录`)}
                  >
                    {`${ROLE_LABELS[p.role]}：${p.displayName}`}
                  </Button>
                  {p.description ? <Text className="muted">{p.description}</Text> : null}
                </View>
              ))}
            </View>
          ) : null}
        </Section>
      )}

      {me && noticeSettings ? <NoticeSettings settings={noticeSettings} onSubscribe={subscribe} busy={sending.busy} /> : null}

      {me ? (
        <CellGroup title="更多">
          <Cell
            id="my-appointments-entry"
            title="我的预约"
            description="签到码、取消和改约"
            arrow
            onClick={() => Taro.navigateTo({ url: '/pages/appointments/mine/index' })}
          />
          <Cell
            id="my-cases-entry"
            title="我的诉求"
            description="咨询、投诉、建议、求助的办理进度和答复"
            arrow
            onClick={() => Taro.navigateTo({ url: '/pages/cases/mine/index' })}
          />
          {me.role === 'resident' || me.role === 'assistant' ? (
            <Cell
              id="volunteer-entry"
              title="志愿服务"
              description="登记志愿者、网格员，接上门服务的单"
              arrow
              onClick={() => Taro.navigateTo({ url: '/pages/volunteer/orders/index' })}
            />
          ) : null}
          <Cell
            id="my-reviews-entry"
            title="我的评价"
            description="好差评和差评的整改结果"
            arrow
            onClick={() => Taro.navigateTo({ url: '/pages/reviews/mine/index' })}
          />
          <Cell
            id="staff-signup-entry"
            title={me.role === 'staff' || me.role === 'admin' ? '我的工作人员认证' : '申请成为工作人员'}
            description="窗口、站所工作人员实名认证，中心负责人审核"
            arrow
            onClick={() => Taro.navigateTo({ url: '/pages/me/staff-signup/index' })}
          />
          {me.role === 'staff' || me.role === 'admin' ? (
            <Cell
              id="staff-console-entry"
              title="进入工作台"
              description="办件、预约、审核"
              arrow
              onClick={() => Taro.navigateTo({ url: '/staff/pages/index/index' })}
            />
          ) : null}
        </CellGroup>
      ) : null}

      {me ? (
        <Button
          id="sign-out"
          block
          variant="outline"
          disabled={busy}
          onClick={() =>
            void run('sign-out', async () => {
              await signOut().catch(() => undefined)
              return null
            }, '已退出登录')
          }
        >
          退出登录
        </Button>
      ) : null}
    </Page>
  )
}
