import type { QrLink } from '../shared/qrcodes'
import { SCAN_PAGE, isValidScene } from '../shared/scene'

function decoded(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/**
 * The scene of launch or page options, as WeChat passes it (URL-encoded in `scene`), decoded; null
 * when there is none or it is not a scene WeChat could have made.
 */
export function sceneOf(query: Record<string, string | undefined> | undefined): string | null {
  const raw = query?.scene
  if (!raw) return null
  const scene = decoded(raw).trim()
  return isValidScene(scene) ? scene : null
}

/**
 * Where a cold start (or a return from the background) with a scene should go: the scan page for one
 * of our short codes opened on another page; null when already there, or for the older `t=<township>`
 * scenes the home page reads itself.
 */
export function sceneRedirect(path: string, query: Record<string, string | undefined> | undefined): string | null {
  const scene = sceneOf(query)
  if (!scene || scene.includes('=') || path.replace(/^\//, '') === SCAN_PAGE) return null
  return `/${SCAN_PAGE}?scene=${encodeURIComponent(scene)}`
}

/** A page address for a link of the API. */
export function urlOf(link: QrLink): string {
  const query = Object.entries(link.query)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&')
  return query ? `${link.page}?${query}` : link.page
}
