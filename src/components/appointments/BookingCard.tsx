import { Text, View } from '@tarojs/components'
import { BOOKING_STATUS_LABELS, type BookingDTO } from '../../shared/appointments'
import { cx } from '../../ui'
import { bookingWhen, bookingWhere } from './format'
import './appointments.scss'

export interface BookingCardProps {
  booking: BookingDTO
  onOpen: (booking: BookingDTO) => void
}

/** A row of 我的预约 (`#appt-<id>`): what, when, where, the status in words and the check-in code. */
export function BookingCard(props: BookingCardProps) {
  const b = props.booking
  const live = b.status === 'booked' || b.status === 'checked_in'
  return (
    <View id={`appt-${b.id}`} className={cx('appt-card', !live && 'appt-card--past')} hoverClass="appt-card--pressed" onClick={() => props.onOpen(b)}>
      <View className="appt-card__head">
        <Text className="appt-card__title">{b.guide.title}</Text>
        <Text className={cx('appt-status', `appt-status--${b.status}`)}>{BOOKING_STATUS_LABELS[b.status]}</Text>
      </View>
      <Text className="appt-card__line">{bookingWhen(b)}</Text>
      <Text className="appt-card__line muted">{bookingWhere(b)}</Text>
      {b.onBehalf ? <Text className="appt-card__line">{`为 ${b.applicantName} 预约`}</Text> : null}
      {live ? <Text className="appt-card__code">{`签到码 ${b.code}`}</Text> : null}
    </View>
  )
}
