import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { SubscriptionTarget } from '../../shared/disclosure'
import type { NoticeSettingsDTO } from '../../shared/notices'
import { Button } from '../../ui'
import { askToSubscribe, templateIdsFor } from '../notices/subscribe'
import { useSubmit } from '../forms/useSubmit'
import { messageOf } from '../../services/http'
import { listSubscriptions, subscribe, unsubscribe } from '../../services/disclosure'
import { getNoticeSettings } from '../../services/notices'
import { loadSession } from '../../services/session'

export interface SubscribeButtonProps {
  id: string
  target: SubscriptionTarget
  /** The village id or the domain key. */
  subscriptionKey: string
  /** What is followed, e.g. “桐山村”. */
  name: string
}

/**
 * 订阅 / 取消订阅 a village or a domain: a notice (inbox, and a WeChat message when allowed — asked on
 * this tap) whenever something new is published there. Signed-out people are sent to 我的.
 */
export function SubscribeButton(props: SubscribeButtonProps) {
  const signedIn = Boolean(loadSession())
  const [on, setOn] = useState<boolean | null>(null)
  const [settings, setSettings] = useState<NoticeSettingsDTO | null>(null)
  const [note, setNote] = useState<string | null>(null)
  const sending = useSubmit({ target: props.target, key: props.subscriptionKey, on })

  useEffect(() => {
    if (!signedIn) return
    let live = true
    listSubscriptions()
      .then((subs) => {
        if (live) setOn(subs.some((s) => s.target === props.target && s.key === props.subscriptionKey))
      })
      .catch(() => {
        if (live) setOn(false)
      })
    getNoticeSettings()
      .then((s) => {
        if (live) setSettings(s)
      })
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [signedIn, props.target, props.subscriptionKey])

  if (!signedIn) {
    return (
      <Button id={props.id} variant="outline" theme="primary" block onClick={() => void Taro.switchTab({ url: '/pages/me/index' })}>
        {`登录后订阅“${props.name}”的公开信息`}
      </Button>
    )
  }

  const toggle = async () => {
    try {
      const done = await sending.run(async (key) => {
        if (on) {
          await unsubscribe(props.target, props.subscriptionKey)
          return false
        }
        await askToSubscribe(templateIdsFor('disclosureSubscription', settings))
        await subscribe({ target: props.target, key: props.subscriptionKey }, key)
        return true
      })
      if (done === undefined) return
      setOn(done)
      setNote(done ? `已订阅。“${props.name}”有新的公开信息时会发到“消息”里` : '已取消订阅')
    } catch (e) {
      setNote(messageOf(e))
    }
  }

  return (
    <View>
      <Button id={props.id} theme={on ? 'default' : 'primary'} variant="outline" block loading={sending.busy} disabled={on === null || sending.busy} onClick={() => void toggle()}>
        {on ? `已订阅“${props.name}”（点此取消）` : `订阅“${props.name}”的公开信息`}
      </Button>
      {note ? (
        <Text id={`${props.id}-note`} className="dz-row__line" aria-live="polite">
          {note}
        </Text>
      ) : null}
    </View>
  )
}
