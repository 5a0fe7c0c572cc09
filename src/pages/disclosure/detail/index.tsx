import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro'
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { ItemLinkDTO } from '../../../shared/disclosure'
import { InlineMessage, Loading, Section } from '../../../ui'
import { Page } from '../../../components/layout/Page'
import { LoadFailed } from '../../../components/common/LoadFailed'
import { useLoad } from '../../../components/common/useLoad'
import { AccountsTable } from '../../../components/disclosure/AccountsTable'
import { Attachments } from '../../../components/disclosure/Attachments'
import { dateCn } from '../../../components/disclosure/format'
import { getItem } from '../../../services/disclosure'
import '../../../components/disclosure/disclosure.scss'

function Row(props: { k: string; id?: string; children: string }) {
  return (
    <View className="dz-kv">
      <Text className="dz-kv__k">{props.k}</Text>
      <Text id={props.id} className="dz-kv__v">
        {props.children}
      </Text>
    </View>
  )
}

function LinkRow(props: { id: string; label: string; link: ItemLinkDTO }) {
  return (
    <View
      id={props.id}
      className="dz-link-row"
      hoverClass="dz-link-row--pressed"
      role="link"
      onClick={() => void Taro.navigateTo({ url: `/pages/disclosure/detail/index?id=${props.link.id}` })}
    >
      <Text className="dz-kv__v">{`${props.label}${props.link.title}`}</Text>
      <Text className="muted">›</Text>
    </View>
  )
}

/**
 * One published item: 索引号, 文号, source, date and whether it still holds (有效 / 失效 / 已修订 with
 * the newer version, 已撤回 with the reason); the text, a village's accounts as a table, the
 * attachments with a preview, the policy an interpretation explains and the interpretations of a
 * policy, and every version.
 */
export default function DisclosureDetailPage() {
  const router = useRouter()
  const id = router.params.id ?? ''
  const [state, reload] = useLoad(() => getItem(id), [id])
  const [fileError, setFileError] = useState<string | null>(null)
  useShareAppMessage(() => ({ title: state.status === 'ready' ? state.data.title : '政务公开', path: `/pages/disclosure/detail/index?id=${id}` }))

  if (state.status !== 'ready') {
    return <Page className="disclosure-detail">{state.status === 'loading' ? <Loading text="正在打开…" /> : <LoadFailed message={state.message} onRetry={reload} />}</Page>
  }
  const i = state.data
  return (
    <Page className="disclosure-detail">
      {i.validity === 'revised' && i.supersededBy ? (
        <InlineMessage id="dz-revised" tone="info">{`这条信息已修订，现行有效的是第 ${i.supersededBy.version} 版，见下方“版本”`}</InlineMessage>
      ) : null}
      {i.validity === 'withdrawn' ? <InlineMessage id="dz-withdrawn" tone="info">{`这条信息已撤回：${i.withdrawReason ?? ''}`}</InlineMessage> : null}
      {i.validity === 'expired' ? <InlineMessage id="dz-expired" tone="info">{`这条信息的有效期到 ${dateCn(i.validUntil ?? '')}，已失效，仅供查阅`}</InlineMessage> : null}

      <Section id="dz-head" title={i.title}>
        <Row k="有效性" id="dz-validity">{i.validityLabel}</Row>
        <Row k="类别">{[i.kindLabel, i.categoryLabel, i.domainName, i.villageName].filter(Boolean).join(' · ')}</Row>
        <Row k="发布机构">{i.source}</Row>
        {i.publishedAt ? <Row k="发布日期">{dateCn(i.publishedAt)}</Row> : null}
        {i.indexNumber ? <Row k="索引号" id="dz-index-number">{i.indexNumber}</Row> : null}
        {i.documentNumber ? <Row k="文号" id="dz-document-number">{i.documentNumber}</Row> : null}
        {i.validUntil ? <Row k="有效期至">{dateCn(i.validUntil)}</Row> : null}
      </Section>

      {i.accounts ? (
        <Section id="dz-accounts" title={`${i.accounts.year}年第${i.accounts.quarter}季度收支明细`}>
          <AccountsTable id="dz-accounts-table" accounts={i.accounts} />
        </Section>
      ) : null}

      {i.body ? (
        <Section id="dz-body" title="正文">
          <Text className="dz-para">{i.body}</Text>
        </Section>
      ) : null}

      {i.attachments.length ? (
        <Section id="dz-files" title={`附件（${i.attachments.length}）`}>
          {fileError ? <InlineMessage tone="error">{fileError}</InlineMessage> : null}
          <Attachments id="dz-file" files={i.attachments} onError={setFileError} />
        </Section>
      ) : null}

      {i.interprets || i.interpretations.length ? (
        <Section id="dz-links" title={i.interprets ? '解读的政策' : '政策解读'}>
          {i.interprets ? <LinkRow id="dz-interprets" label="原文：" link={i.interprets} /> : null}
          {i.interpretations.map((x) => (
            <LinkRow key={x.id} id={`dz-interpretation-${x.id}`} label="解读：" link={x} />
          ))}
        </Section>
      ) : null}

      {i.versions.length > 1 ? (
        <Section id="dz-versions" title="版本">
          {i.versions.map((v) =>
            v.id === i.id ? (
              <Text key={v.id} className="dz-row__line">{`第 ${v.version} 版（本页）${v.status === 'revised' ? ' · 已修订' : ''}`}</Text>
            ) : (
              <LinkRow key={v.id} id={`dz-version-${v.version}`} label={`第 ${v.version} 版${v.status === 'revised' ? '（已修订）' : v.status === 'withdrawn' ? '（已撤回）' : '（现行）'}：`} link={v} />
            )
          )}
        </Section>
      ) : null}
    </Page>
  )
}
