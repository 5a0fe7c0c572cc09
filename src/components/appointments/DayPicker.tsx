import { Text, View } from '@tarojs/components'
import { cx } from '../../ui'
import type { AvailabilityDayDTO } from '../../shared/appointments'
import { dayChips } from './format'
import './appointments.scss'

export interface DayPickerProps {
  days: readonly AvailabilityDayDTO[]
  today: string
  selected: string | null
  onSelect: (date: string) => void
}

/**
 * The days of the booking horizon as large chips (`#book-day-<date>`): date, weekday and seats left,
 * or why the day is closed. A chosen day is marked with ✓ and a frame, not by colour alone.
 */
export function DayPicker(props: DayPickerProps) {
  return (
    <View id="book-days-grid" className="appt-grid appt-grid--days" role="radiogroup">
      {dayChips(props.days, props.today).map((chip) => {
        const on = chip.date === props.selected
        return (
          <View
            key={chip.date}
            id={chip.id}
            className={cx('appt-chip', on && 'appt-chip--on', chip.disabled && 'appt-chip--off')}
            hoverClass={chip.disabled ? 'none' : 'appt-chip--pressed'}
            role="radio"
            aria-checked={on ? 'true' : 'false'}
            aria-disabled={chip.disabled ? 'true' : 'false'}
            onClick={() => {
              if (!chip.disabled) props.onSelect(chip.date)
            }}
          >
            <Text className="appt-chip__title">{on ? `✓ ${chip.title}` : chip.title}</Text>
            <Text className="appt-chip__note">{chip.note}</Text>
          </View>
        )
      })}
    </View>
  )
}
