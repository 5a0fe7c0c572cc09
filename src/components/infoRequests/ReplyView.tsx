import Taro from '@tarojs/taro'
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { ReplyDTO } from '../../shared/infoRequests'
import { InlineMessage } from '../../ui'
import { Attachments } from '../disclosure/Attachments'
import { dateCn } from '../disclosure/format'
import '../disclosure/disclosure.scss'

export interface ReplyViewProps {
  id: string
  reply: ReplyDTO
}

function Row(props: { k: string; children: string }) {
  return (
    <View className="dz-kv">
      <Text className="dz-kv__k">{props.k}</Text>
      <Text className="dz-kv__v">{props.children}</Text>
    </View>
  )
}

/**
 * The reply as the answer letter says it: the kind and its article of the 条例, the text, the legal
 * reason for what is withheld, where to find what is already public, the agency to ask, the fee, the
 * attachments with a preview, and — always — the appeal rights.
 */
export function ReplyView(props: ReplyViewProps) {
  const r = props.reply
  const [fileError, setFileError] = useState<string | null>(null)
  return (
    <View id={props.id}>
      <Text id={`${props.id}-kind`} className="dz-row__title">{`${r.kindLabel}（依据《政府信息公开条例》${r.article}）`}</Text>
      <Row k="答复日期">{dateCn(r.repliedOn)}</Row>
      <Text id={`${props.id}-text`} className="dz-para">{r.text}</Text>
      {r.withheldReasonLabel ? <Row k="不公开理由">{r.withheldReasonLabel}</Row> : null}
      {r.cannotProvideLabel ? <Row k="原因">{r.cannotProvideLabel}</Row> : null}
      {r.whereToFind ? <Row k="获取方式">{r.whereToFind}</Row> : null}
      {r.disclosureItem ? (
        <View
          id={`${props.id}-item`}
          className="dz-link-row"
          hoverClass="dz-link-row--pressed"
          role="link"
          onClick={() => void Taro.navigateTo({ url: `/pages/disclosure/detail/index?id=${r.disclosureItem!.id}` })}
        >
          <Text className="dz-kv__v">{`已公开在：${r.disclosureItem.title}`}</Text>
          <Text className="muted">›</Text>
        </View>
      ) : null}
      {r.otherAgency ? <Row k="负责机关">{`${r.otherAgency.name}（${r.otherAgency.contact}）`}</Row> : null}
      {r.otherLaw ? <Row k="办理依据">{r.otherLaw}</Row> : null}
      <Row k="费用">{r.fee.yuan ? `信息处理费 ${r.fee.yuan} 元（${r.fee.basis}）` : '不收费'}</Row>
      {r.attachments.length ? (
        <View>
          <Text className="dz-row__title">{`附件（${r.attachments.length}）`}</Text>
          {fileError ? <InlineMessage tone="error">{fileError}</InlineMessage> : null}
          <Attachments id={`${props.id}-file`} files={r.attachments} onError={setFileError} />
        </View>
      ) : null}
      <Text id={`${props.id}-appeal`} className="dz-appeal">{`救济途径：${r.appealText}`}</Text>
    </View>
  )
}
