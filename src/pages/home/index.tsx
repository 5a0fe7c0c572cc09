import Taro, { useDidShow, useRouter, useShareAppMessage } from '@tarojs/taro'
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, InlineMessage, Loading, Search, Section, Tile } from '../../ui'
import { Page } from '../../components/layout/Page'
import { useNotice } from '../../components/layout/useNotice'
import { CallLink } from '../../components/common/CallLink'
import { LoadFailed } from '../../components/common/LoadFailed'
import { useLoad } from '../../components/common/useLoad'
import { setElderMode, useDisplay } from '../../components/elder/store'
import { refreshUnreadBadge } from '../../components/notices/badge'
import { ApiRequestError } from '../../services/http'
import { getOverview, resolveCurrentTownship, townshipParam } from '../../services/townships'
import type { CaseType } from '../../shared/cases'
import './index.scss'

const CASE_TYPES: readonly CaseType[] = ['consult', 'complaint', 'suggestion', 'help']
const CASE_ENTRIES: Record<CaseType, { title: string; note: string }> = {
  consult: { title: '我要咨询', note: '问政策' },
  complaint: { title: '我要投诉', note: '反映问题' },
  suggestion: { title: '我要建议', note: '给镇里提意见' },
  help: { title: '我要求助', note: '可以上门服务' }
}

function guideListUrl(query: Record<string, string>): string {
  const parts = Object.entries(query).map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
  return `/pages/guides/list/index?${parts.join('&')}`
}

/** 首页: search, the township's hall, departments, life events, contacts and the 长辈版 switch. */
export default function HomePage() {
  const router = useRouter()
  useDidShow(() => void refreshUnreadBadge())
  const display = useDisplay()
  const { notice, show } = useNotice()
  const [q, setQ] = useState('')
  const wanted = townshipParam(router.params)

  const [state, reload] = useLoad(async () => {
    const township = await resolveCurrentTownship(wanted)
    if (!township) throw new ApiRequestError('还没有可办理的乡镇，请稍后再试', 'NO_TOWNSHIP', 404)
    return getOverview(township.id)
  }, [wanted])

  useShareAppMessage(() => ({
    title: state.status === 'ready' ? `${state.data.township.name}便民服务中心 · 乡里办` : '乡里办',
    path: state.status === 'ready' ? `/pages/home/index?t=${state.data.township.id}` : '/pages/home/index'
  }))

  const search = (value: string) => {
    const text = value.trim()
    if (!text) {
      show('info', '请先输入要办的事，比如“低保”或“dibao”')
      return
    }
    Taro.navigateTo({ url: guideListUrl({ q: text }) })
  }

  const scan = () => {
    if (process.env.TARO_ENV !== 'weapp') {
      show('info', '扫一扫要在微信里打开“乡里办”小程序使用。现在可以直接在上面搜索要办的事。')
      return
    }
    Taro.scanCode({ onlyFromCamera: false })
      .then((result) => {
        const path = (result as { path?: string }).path
        if (path) {
          Taro.reLaunch({ url: path.startsWith('/') ? path : `/${path}` })
        } else {
          show('error', '这个码不是乡里办的码。请扫便民服务中心张贴的小程序码。')
        }
      })
      .catch(() => undefined)
  }

  return (
    <Page className="home">
      <View className="home__hero">
        <Text className="home__hello">有事来办，一次办好</Text>
        <Search
          id="home-search"
          value={q}
          placeholder="搜要办的事，如 低保、dibao"
          action="搜索"
          onChange={setQ}
          onSubmit={search}
        />
      </View>

      {notice ? <InlineMessage id="page-notice" tone={notice.tone}>{notice.text}</InlineMessage> : null}

      <View className="home__quick row-actions">
        <Button id="home-scan" theme="primary" variant="outline" block={display.elder} onClick={scan}>
          扫一扫
        </Button>
        <Button id="home-elder" theme={display.elder ? 'primary' : 'default'} variant="outline" block={display.elder} onClick={() => setElderMode(!display.elder)}>
          {display.elder ? '退出长辈版' : '长辈版（大字）'}
        </Button>
      </View>

      {state.status === 'loading' ? <Loading text="正在打开便民服务中心…" /> : null}
      {state.status === 'error' ? (
        <LoadFailed message={state.message} onRetry={reload} />
      ) : null}
      {state.status === 'ready' ? (
        <View>
          <Section id="township" title={`${state.data.township.name}便民服务中心`}>
            <Text id="township-hours" className="home__line">办公时间：{state.data.township.hours}</Text>
            <Text className="home__line">地址：{state.data.township.address}</Text>
            {state.data.township.phone ? <CallLink id="township-call" phone={state.data.township.phone} label="服务中心" /> : null}
          </Section>

          <Section id="home-cases" title="有事找镇里">
            <View className="grid">
              {CASE_TYPES.map((t) => (
                <Tile
                  key={t}
                  id={`home-case-${t}`}
                  title={CASE_ENTRIES[t].title}
                  note={CASE_ENTRIES[t].note}
                  onClick={() => Taro.navigateTo({ url: `/pages/cases/submit/index?type=${t}` })}
                />
              ))}
            </View>
            <View
              id="home-hot"
              className="home__link-row"
              hoverClass="home__link-row--pressed"
              onClick={() => Taro.navigateTo({ url: '/pages/hot/list/index' })}
            >
              <Text className="home__link-title">热点回应</Text>
              <Text className="muted">大家关心的问题，镇里怎么答复 ›</Text>
            </View>
          </Section>

          <Section id="departments" title="按部门找">
            <View className="grid">
              {state.data.departments.map((d) => (
                <Tile
                  key={d.id}
                  id={`dept-${d.id}`}
                  title={d.name}
                  note={d.windowName}
                  onClick={() => Taro.navigateTo({ url: guideListUrl({ departmentId: d.id, label: d.name }) })}
                />
              ))}
            </View>
          </Section>

          <Section id="life-events" title="按要办的事找（一件事）">
            <View className="grid">
              {state.data.lifeEvents.map((e) => (
                <Tile
                  key={e.id}
                  id={`event-${e.id}`}
                  title={e.name}
                  note={`${e.guideCount} 项`}
                  onClick={() => Taro.navigateTo({ url: guideListUrl({ lifeEvent: e.id, label: e.name }) })}
                />
              ))}
            </View>
          </Section>

          <Section id="home-disclosure" title="政务公开">
            <View className="grid">
              <Tile id="home-disclosure-all" title="政务公开" note="政策、公示、解读" onClick={() => Taro.navigateTo({ url: '/pages/disclosure/index/index' })} />
              <Tile id="home-disclosure-apply" title="申请公开" note="依申请公开" onClick={() => Taro.navigateTo({ url: '/pages/infoRequests/apply/index' })} />
            </View>
          </Section>

          <Section title="找人">
            <View
              id="home-contacts"
              className="home__link-row"
              hoverClass="home__link-row--pressed"
              onClick={() => Taro.navigateTo({ url: '/pages/contacts/index' })}
            >
              <Text className="home__link-title">多对一联系表</Text>
              <Text className="muted">乡镇每个岗位对应的县级部门和联系人 ›</Text>
            </View>
          </Section>
        </View>
      ) : null}
    </Page>
  )
}
