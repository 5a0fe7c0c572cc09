import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { cx } from '../../ui'

export interface CallLinkProps {
  id?: string
  className?: string
  phone: string
  /** Who answers, shown before the number. */
  label?: string
}

/**
 * Tap-to-call. weapp: Taro.makePhoneCall; H5: a real `tel:` link. The number is always
 * written out, so a person can also dial it by hand.
 */
export function CallLink(props: CallLinkProps) {
  const text = `${props.label ? props.label + '：' : ''}${props.phone}`
  if (process.env.TARO_ENV === 'h5') {
    return (
      <a id={props.id} className={cx('call-link', props.className)} href={`tel:${props.phone}`}>
        <span className="call-link__icon" aria-hidden="true">☎</span>
        <span className="call-link__text">拨打 {text}</span>
      </a>
    )
  }
  return (
    <View
      id={props.id}
      className={cx('call-link', props.className)}
      hoverClass="call-link--pressed"
      onClick={() => {
        Taro.makePhoneCall({ phoneNumber: props.phone }).catch(() => undefined)
      }}
    >
      <Text className="call-link__icon">☎</Text>
      <Text className="call-link__text">拨打 {text}</Text>
    </View>
  )
}
