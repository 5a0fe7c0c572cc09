/**
 * What a scanned code's scene may be and where it leads, without the contracts' schemas: the app shell
 * (main package) reads the scene of every launch with these alone.
 */

/** WeChat's limit for `wxacode.getUnlimited` scenes. */
export const SCENE_MAX_LENGTH = 32
/** The characters WeChat allows in a scene. */
export const SCENE_PATTERN = /^[A-Za-z0-9!#$&'()*+,/:;=?@._~-]+$/

/** The page every code opens (in its own subpackage); WeChat passes the scene in `scene`. */
export const SCAN_PAGE = 'pages/scan/index'

/** True when `value` is a scene WeChat would accept. */
export function isValidScene(value: string): boolean {
  return value.length <= SCENE_MAX_LENGTH && SCENE_PATTERN.test(value)
}
