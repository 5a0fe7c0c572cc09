import { Text, View } from '@tarojs/components'
import type { BookingDTO } from '../../shared/appointments'
import { Button, Section } from '../../ui'

export interface CheckInCardProps {
  bookings: BookingDTO[]
  busy: boolean
  onCheckIn: (booking: BookingDTO) => void
}

/** 扫码签到: my bookings today this code can check in, one button each. */
export function CheckInCard(props: CheckInCardProps) {
  if (!props.bookings.length) return null
  return (
    <Section id="scan-checkin" title="到了就签到">
      {props.bookings.map((b) => (
        <View key={b.id} className="scan__row">
          <View className="scan__row-main">
            <Text>{`${b.start} ${b.guide.title}`}</Text>
            <Text className="muted">{`${b.department.windowName} ${b.department.name}${b.onBehalf ? ` · 代${b.applicantName}预约` : ''}`}</Text>
          </View>
          <Button id={`scan-checkin-${b.id}`} theme="primary" size="small" disabled={props.busy} onClick={() => props.onCheckIn(b)}>
            签到
          </Button>
        </View>
      ))}
    </Section>
  )
}
