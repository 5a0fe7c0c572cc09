import { Text, View } from '@tarojs/components'
import { cx } from '../../ui'
import type { SlotDTO } from '../../shared/appointments'
import { slotButtons } from './format'
import './appointments.scss'

export interface SlotPickerProps {
  slots: readonly SlotDTO[]
  selected: string | null
  onSelect: (start: string) => void
}

/** The slots of a day as large buttons (`#book-slot-<hhmm>`) with seats left; full and closed ones say so. */
export function SlotPicker(props: SlotPickerProps) {
  return (
    <View id="book-slots-grid" className="appt-grid" role="radiogroup">
      {slotButtons(props.slots).map((b) => {
        const on = b.start === props.selected
        return (
          <View
            key={b.start}
            id={b.id}
            className={cx('appt-chip', 'appt-chip--slot', on && 'appt-chip--on', b.disabled && 'appt-chip--off')}
            hoverClass={b.disabled ? 'none' : 'appt-chip--pressed'}
            role="radio"
            aria-checked={on ? 'true' : 'false'}
            aria-disabled={b.disabled ? 'true' : 'false'}
            onClick={() => {
              if (!b.disabled) props.onSelect(b.start)
            }}
          >
            <Text className="appt-chip__title">{on ? `✓ ${b.label}` : b.label}</Text>
            <Text className="appt-chip__note">{b.note}</Text>
          </View>
        )
      })}
    </View>
  )
}
