import { Text, View } from '@tarojs/components'
import type { NoticeSettingsDTO, NoticeTemplateSettingDTO } from '../../shared/notices'
import { Button, Cell, CellGroup } from '../../ui'
import './notices.scss'

export interface NoticeSettingsProps {
  settings: NoticeSettingsDTO
  /** Shows WeChat's subscribe prompt (mini-program only; must run from the tap). */
  onSubscribe?: (templateIds: string[]) => void
  busy?: boolean
}

/** What a template's state means, in words. */
export function stateText(t: NoticeTemplateSettingDTO): string {
  switch (t.state) {
    case 'longTerm':
      return '长期订阅，一直会收到'
    case 'accept':
      return `已订阅，还能收到 ${t.remaining} 条`
    case 'used':
      return '订阅的次数已用完'
    case 'reject':
      return '没有订阅'
    case 'ban':
      return '已在微信里关闭'
    case 'none':
      return '还没有订阅'
  }
}

/**
 * Notice settings on 我的: the inbox (always on), each kind of WeChat reminder with its state, how to
 * subscribe again, and what 长期订阅 means.
 */
export function NoticeSettings({ settings, onSubscribe, busy }: NoticeSettingsProps) {
  const weapp = process.env.TARO_ENV === 'weapp'
  const canAsk = settings.templates.filter((t) => t.templateId && t.state !== 'longTerm' && t.state !== 'ban')
  return (
    <View id="notice-settings" className="notice-settings">
      <CellGroup title="消息通知">
        <Cell id="notice-inbox" title="站内消息" description="办事进展都会放进“消息”，不会漏" note="一直开启" />
        {settings.templates.map((t) => (
          <Cell
            key={t.key}
            id={`notice-template-${t.key}`}
            title={`微信提醒：${t.title}`}
            description={t.templateId ? `${t.description}。${stateText(t)}` : `${t.description}。暂未开通`}
          />
        ))}
      </CellGroup>
      {!settings.wechatReachable ? (
        <Text className="notice-settings__hint">这个账号没有用微信登录，只能收到站内消息。</Text>
      ) : null}
      {weapp && onSubscribe && canAsk.length > 0 ? (
        <Button
          id="notice-subscribe"
          block
          variant="outline"
          theme="primary"
          loading={busy}
          onClick={() => onSubscribe(canAsk.map((t) => t.templateId!).slice(0, 5))}
        >
          订阅微信提醒
        </Button>
      ) : null}
      <Text id="notice-long-term" className="notice-settings__hint">
        {'微信提醒是“订阅消息”：每次提交申请时会问您要不要收提醒，点“允许”一次可以收到一条。' +
          '长期订阅：政务服务的部分提醒经微信批准可以长期发送，不用每次都允许。' +
          (weapp ? '' : '在微信小程序里才能订阅微信提醒，站内消息随时可以看。')}
      </Text>
    </View>
  )
}
