import { useMemo } from 'react'
import { Image, View } from '@tarojs/components'
import { qrDataUrl } from './qr'
import './appointments.scss'

export interface BookingQrProps {
  id?: string
  /** What the code holds (the booking's `qrText`). */
  text: string
}

const ALT = '预约签到二维码，给窗口工作人员扫'

/** The booking's QR code for the window to scan; an image drawn in JavaScript, the same on weapp and H5. */
export function BookingQr(props: BookingQrProps) {
  const src = useMemo(() => qrDataUrl(props.text, 8), [props.text])
  return (
    <View id={props.id} className="appt-qr">
      <Image className="appt-qr__img" src={src} mode="aspectFit" showMenuByLongpress ariaLabel={ALT} nativeProps={{ alt: ALT }} />
    </View>
  )
}
