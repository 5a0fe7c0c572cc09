import { APP_WIDE_TDESIGN, SUBPACKAGE_TDESIGN, type SubpackageRoot } from '../../config/tdesign'

/** tag → package path of each named component, as `usingComponents` wants it (none outside the weapp build). */
const registration = (names: readonly string[]): Record<string, string> =>
  process.env.TARO_ENV === 'weapp'
    ? Object.fromEntries(names.map((name) => [`t-${name}`, `tdesign-miniprogram/miniprogram_dist/${name}/${name}`]))
    : {}

/** `usingComponents` for app.config: the app-wide TDesign components (see config/tdesign.ts). */
export const tdesignUsingComponents: Record<string, string> = registration(APP_WIDE_TDESIGN)

/** `usingComponents` for a page of the subpackage `root`: the subpackage's own TDesign components. */
export function tdesignIn(root: SubpackageRoot): Record<string, string> {
  return registration(SUBPACKAGE_TDESIGN[root])
}
