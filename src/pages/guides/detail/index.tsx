import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { GuideDetail } from '../../../shared/guides'
import { Button, Collapse, CollapsePanel, InlineMessage, Loading, Section, Tag } from '../../../ui'
import { Page } from '../../../components/layout/Page'
import { useNotice } from '../../../components/layout/useNotice'
import { CallLink } from '../../../components/common/CallLink'
import { LoadFailed } from '../../../components/common/LoadFailed'
import { useLoad } from '../../../components/common/useLoad'
import { MaterialsChecklist } from '../../../components/guides/MaterialsChecklist'
import { StepsFlow } from '../../../components/guides/StepsFlow'
import { TimeLimits } from '../../../components/guides/TimeLimits'
import { getGuide, getGuideBySlug } from '../../../services/guides'
import { ApiRequestError } from '../../../services/http'
import { currentTownship, townshipParam } from '../../../services/townships'
import './index.scss'

async function loadGuide(params: Record<string, string | undefined>): Promise<GuideDetail> {
  if (params.id) return getGuide(params.id)
  if (params.slug) {
    const townshipId = townshipParam(params) ?? (await currentTownship())?.id
    if (townshipId) return getGuideBySlug(townshipId, params.slug)
  }
  throw new ApiRequestError('没有找到这个事项，请回到首页重新搜索', 'NOT_FOUND', 404)
}

function List(props: { id: string; items: string[] }) {
  return (
    <View id={props.id} className="guide-detail__list">
      {props.items.map((item, i) => (
        <View key={i} className="guide-detail__list-item">
          <Text className="guide-detail__list-no">{i + 1}.</Text>
          <Text className="guide-detail__list-text">{item}</Text>
        </View>
      ))}
    </View>
  )
}

/** 办事指南 detail: everything needed to come once (一次性告知). */
export default function GuideDetailPage() {
  const router = useRouter()
  const [state, reload] = useLoad(() => loadGuide(router.params), [router.params.id, router.params.slug])
  const [openFaq, setOpenFaq] = useState<string[]>([])
  const { notice, show } = useNotice()

  useEffect(() => {
    if (state.status === 'ready') Taro.setNavigationBarTitle({ title: state.data.title }).catch(() => undefined)
  }, [state])

  useShareAppMessage(() => {
    if (state.status !== 'ready') return { title: '办事指南 · 乡里办', path: '/pages/home/index' }
    const g = state.data
    return { title: `${g.title}：要带什么、怎么办`, path: `/pages/guides/detail/index?slug=${g.slug}&t=${g.townshipId}` }
  })

  const shareOnH5 = (guide: GuideDetail) => {
    const link = typeof window !== 'undefined' ? window.location.href : `/pages/guides/detail/index?slug=${guide.slug}`
    Taro.setClipboardData({ data: `${guide.title}（办事指南）：${link}` })
      .then(() => show('success', '链接已复制，可以粘贴到微信发给家人'))
      .catch(() => show('info', `请把这个地址发给家人：${link}`))
  }

  if (state.status !== 'ready') {
    return (
      <Page className="guide-detail">
        {state.status === 'loading' ? <Loading text="正在打开办事指南…" /> : null}
        {state.status === 'error' ? <LoadFailed message={state.message} onRetry={reload} /> : null}
      </Page>
    )
  }

  const g = state.data
  const contactLabel = g.contactName ? `${g.contactName}（${g.department.windowName}）` : g.department.windowName
  return (
    <Page className="guide-detail">
      <Section id="guide-head">
        <Text id="guide-title" className="guide-detail__title">
          {g.title}
        </Text>
        <View id="guide-badges" className="guide-detail__badges">
          {g.maxOneTrip ? (
            <Tag id="badge-max-one-trip" theme="success" variant="outline">
              最多跑一次
            </Tag>
          ) : null}
          {g.proxyAllowed ? (
            <Tag id="badge-proxy" theme="primary" variant="outline">
              可帮办代办
            </Tag>
          ) : null}
          {g.appointmentAvailable ? (
            <Tag id="badge-appointment" theme="primary" variant="outline">
              可预约
            </Tag>
          ) : null}
        </View>
        <Text id="guide-summary" className="guide-detail__summary">
          {g.summary}
        </Text>
        <Text className="muted">
          办理部门：{g.department.name} · {g.department.windowName}
        </Text>
      </Section>

      {notice ? <InlineMessage id="page-notice" tone={notice.tone}>{notice.text}</InlineMessage> : null}

      <Section title="谁可以办（办理条件）">
        <List id="eligibility" items={g.eligibility} />
      </Section>

      <MaterialsChecklist guideId={g.id} materials={g.materials} />

      <Section title="办理流程">
        <StepsFlow steps={g.steps} />
      </Section>

      <Section title="多长时间办好">
        <TimeLimits legalDays={g.legalTimeLimitDays} promisedDays={g.promisedTimeLimitDays} note={g.timeLimitNote} />
      </Section>

      <Section id="guide-where" title="在哪办、收不收费">
        <View className="guide-detail__kv">
          <Text className="guide-detail__k">收费</Text>
          <Text id="guide-fee" className="guide-detail__v">
            {g.fee.free ? `不收费${g.fee.description ? '（' + g.fee.description + '）' : ''}` : g.fee.description ?? '收费，标准请咨询窗口'}
          </Text>
        </View>
        <View className="guide-detail__kv">
          <Text className="guide-detail__k">地点</Text>
          <Text id="guide-place" className="guide-detail__v">{g.place}</Text>
        </View>
        <View className="guide-detail__kv">
          <Text className="guide-detail__k">时间</Text>
          <Text id="guide-hours" className="guide-detail__v">{g.hours}</Text>
        </View>
      </Section>

      <Section id="guide-contact" title="咨询电话">
        <CallLink id="call-contact" phone={g.contactPhone} label={contactLabel} />
      </Section>

      {g.appointmentAvailable ? (
        <Section id="book-entry" title="预约办理">
          <Text className="guide-detail__para">
            在网上约好时间再来，到了出示签到码就能办，少排队。不预约直接来大厅也一样给您办。
          </Text>
          <Button
            id="book-online"
            theme="primary"
            block
            onClick={() => void Taro.navigateTo({ url: `/pages/appointments/book/index?guideId=${g.id}` })}
          >
            网上预约
          </Button>
          <CallLink id="book-call" phone={g.department.phone || g.contactPhone} label={`也可以电话预约 ${g.department.windowName}`} />
        </Section>
      ) : null}

      {g.legalBasis.length > 0 ? (
        <Section title="办理依据">
          <List id="legal-basis" items={g.legalBasis} />
        </Section>
      ) : null}

      {g.faq.length > 0 ? (
        <Section id="faq" title="常见问题（点问题看回答）">
          <Collapse value={openFaq} onChange={setOpenFaq}>
            {g.faq.map((item, i) => (
              <CollapsePanel key={i} id={`faq-${i}`} value={String(i)} header={item.q}>
                <Text className="guide-detail__para">{item.a}</Text>
              </CollapsePanel>
            ))}
          </Collapse>
        </Section>
      ) : null}

      <Section title="分享给家人">
        <Text className="guide-detail__para">把这份指南发给要去办事的家人，让他们一次带齐材料。</Text>
        {process.env.TARO_ENV === 'weapp' ? (
          <Button id="share-guide" theme="primary" variant="outline" block openType="share">
            分享给家人
          </Button>
        ) : (
          <Button id="share-guide" theme="primary" variant="outline" block onClick={() => shareOnH5(g)}>
            复制链接发给家人
          </Button>
        )}
        <Text className="muted">
          第 {g.version} 版 · 发布于 {g.publishedAt.slice(0, 10)}
        </Text>
      </Section>
    </Page>
  )
}
