/** tdesign-miniprogram components the weapp `.weapp.tsx` wrappers render (tag → package path). */
const TDESIGN = [
  'button',
  'cell',
  'cell-group',
  'search',
  'tag',
  'checkbox',
  'switch',
  'collapse',
  'collapse-panel',
  'empty',
  'loading',
  'input',
  'textarea'
] as const

/**
 * `usingComponents` for app.config: declared app-wide because Taro's template mode renders
 * deep nodes inside its own `comp` custom component, which only sees global components.
 * Add a name here when a new `.weapp.tsx` wrapper uses another t-* tag.
 */
export const tdesignUsingComponents: Record<string, string> = Object.fromEntries(
  TDESIGN.map((name) => [`t-${name}`, `tdesign-miniprogram/miniprogram_dist/${name}/${name}`])
)
