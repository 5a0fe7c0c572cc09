import { SCENE_CODE_ALPHABET, SCENE_CODE_LENGTH } from '../../../../src/shared/qrcodes'
import type { IdGenerator } from '../../lib/ids'

/** The largest multiple of the alphabet's size below 256: bytes at or above it are skipped (no bias). */
const LIMIT = 256 - (256 % SCENE_CODE_ALPHABET.length)

/**
 * A new random scene id: SCENE_CODE_LENGTH characters of SCENE_CODE_ALPHABET (a subset of what
 * WeChat allows), drawn without bias from the id generator's random bytes. It says nothing about
 * its target; the server maps it.
 */
export function newScene(ids: IdGenerator): string {
  let out = ''
  while (out.length < SCENE_CODE_LENGTH) {
    const bytes = Buffer.from(ids.hex(SCENE_CODE_LENGTH * 2), 'hex')
    for (const b of bytes) {
      if (b >= LIMIT) continue
      out += SCENE_CODE_ALPHABET[b % SCENE_CODE_ALPHABET.length]
      if (out.length === SCENE_CODE_LENGTH) break
    }
  }
  return out
}
