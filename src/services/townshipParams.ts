import type { TownshipDTO } from '../shared/org'

/**
 * Chooses the township to show: the one named by a scanned code or link (`t`), else the
 * remembered one, else the first. Unknown ids are ignored.
 */
export function pickTownship(list: TownshipDTO[], wanted: string | null, remembered: string | null): TownshipDTO | null {
  return (
    list.find((t) => wanted !== null && t.id === wanted) ??
    list.find((t) => remembered !== null && t.id === remembered) ??
    list[0] ??
    null
  )
}

/**
 * Reads `t` from page params: either `?t=<id>` or a QR scene string such as `t=<id>`
 * (WeChat passes scenes URL-encoded in `scene`).
 */
export function townshipParam(params: Record<string, string | undefined>): string | null {
  if (params.t) return params.t
  if (params.scene) {
    const scene = safeDecode(params.scene)
    for (const part of scene.split('&')) {
      const [key, value] = part.split('=')
      if (key === 't' && value) return value
    }
  }
  return null
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
