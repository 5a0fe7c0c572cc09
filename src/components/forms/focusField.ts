import Taro from '@tarojs/taro'
import { invalidFields, invalidSummary, type FormField } from './invalid'

const FOCUSABLE = 'input, textarea, [role="radio"], [role="checkbox"], button'

/**
 * Brings the element `#id` of the screen on view into the middle of the screen and puts the focus on
 * its first input (or on the element itself, e.g. a group of choices). On weapp, where focus cannot be
 * moved from script, it scrolls there.
 */
export function focusField(id: string): void {
  if (process.env.TARO_ENV !== 'h5') {
    Taro.pageScrollTo({ selector: `#${id}`, duration: 200, offsetTop: -80 }).catch(() => undefined)
    return
  }
  setTimeout(() => {
    const field = document.querySelector(`#page-root #${id}`) ?? document.querySelector(`#${id}`)
    if (!(field instanceof HTMLElement)) return
    field.scrollIntoView({ block: 'center' })
    const target = field.querySelector<HTMLElement>(FOCUSABLE) ?? field
    if (!target.matches('input, textarea, button, [tabindex]')) target.setAttribute('tabindex', '-1')
    target.focus({ preventScroll: true })
  }, 0)
}

/**
 * After a failed check: takes the person to the first field with an error and returns the sentence
 * to show next to the submit button, naming the fields to fix.
 */
export function pointToInvalid(errors: Readonly<Record<string, string | undefined>>, fields: readonly FormField[]): string {
  const first = invalidFields(errors, fields)[0]
  if (first) focusField(first.id)
  return invalidSummary(errors, fields)
}
