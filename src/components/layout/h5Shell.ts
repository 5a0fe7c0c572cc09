import Taro from '@tarojs/taro'

const CONTROLS: ReadonlyArray<[selector: string, label: string]> = [
  ['.taro-navigation-bar-back', '返回上一页'],
  ['.taro-navigation-bar-home', '回首页']
]

/**
 * H5 only: Taro's navigation bar (the page title with a back or home control, as the mini-program's
 * bar has) draws its controls as bare <div>s; this names them and makes them keyboard-operable.
 * Safe to call on every page show.
 */
export function labelNavigationBar(): void {
  for (const [selector, label] of CONTROLS) {
    const control = document.querySelector<HTMLElement>(`#taro-navigation-bar ${selector}`)
    if (!control || control.dataset.labelled) continue
    control.dataset.labelled = '1'
    control.setAttribute('role', 'button')
    control.setAttribute('tabindex', '0')
    control.setAttribute('aria-label', label)
    control.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault()
        control.click()
      }
    })
  }
}

const decode = (text: string): string => {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '))
  } catch {
    return text
  }
}

/**
 * A page's parameters as comparable text: `a=1&b=%E4%BD%A0` → { a: '1', b: '你' }, leaving out what
 * Taro adds itself (stamp, $taroTimestamp). Values may come encoded or not.
 */
export function pageParams(params: Record<string, string | undefined> | string): Record<string, string> {
  const pairs =
    typeof params === 'string'
      ? params
          .split('&')
          .filter(Boolean)
          .map((part): [string, string] => {
            const at = part.indexOf('=')
            return at < 0 ? [part, ''] : [part.slice(0, at), part.slice(at + 1)]
          })
      : Object.entries(params).filter((e): e is [string, string] => typeof e[1] === 'string')
  const out: Record<string, string> = {}
  for (const [rawKey, value] of pairs) {
    const key = decode(rawKey)
    if (key !== 'stamp' && !key.startsWith('$')) out[key] = decode(value)
  }
  return out
}

/** True when two parameter sets hold the same keys and values. */
export function sameParams(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  return [...keys].every((k) => a[k] === b[k])
}

let reopened: string | null = null

/**
 * H5 only: Taro takes an address that names a page already in the stack for a step back and shows
 * that page as it was, with its old parameters (edit `slug` in the address bar on a guide, and the old
 * guide stays). When the address asks this page for other parameters, reopen it with them (once per
 * address, so a quirk in the parameters can never loop).
 */
export function reopenIfAddressChanged(): void {
  const router = Taro.getCurrentInstance().router
  const address = window.location.hash.replace(/^#/, '')
  if (!router || !address) return
  const [path = '', query = ''] = address.split('?')
  if (path !== router.path.split('?')[0]) return
  if (sameParams(pageParams(query), pageParams(router.params))) {
    reopened = null
    return
  }
  if (reopened === address) return
  reopened = address
  void Taro.redirectTo({ url: address })
}
