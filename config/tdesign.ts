/**
 * Which tdesign-miniprogram components the `.weapp.tsx` wrappers in src/ui render, where each is
 * registered, and so in which package its files end up. It lives here because the build config can
 * load only files under config/; src/ui/usingComponents.ts turns it into `usingComponents`.
 * Add a name here when a wrapper uses another t-* tag.
 *
 * - App-wide: what the tab pages (main package) render. Registered in app.json, so every page and
 *   Taro's `comp` (which renders nodes deeper than its template levels) sees them.
 * - Per subpackage: what only subpackage pages render. Every page of the subpackage registers them
 *   (`usingComponents: tdesignIn('<root>')` in its index.config.ts), and the build
 *   (config/tdesignSubpackages.ts) gives the subpackage its own copy of each, and its own `comp`
 *   that registers them too. A component several subpackages use is copied into each: a few KB
 *   more in total buys the main package its room.
 */
export const APP_WIDE_TDESIGN = ['button', 'cell', 'cell-group', 'search', 'switch', 'empty', 'loading'] as const

export const SUBPACKAGE_TDESIGN = {
  'pages/guides': ['tag', 'checkbox', 'collapse', 'collapse-panel'],
  'pages/contacts': [],
  'pages/me/staff-signup': ['checkbox', 'input'],
  'pages/appointments': ['tag', 'checkbox'],
  'pages/cases': ['input', 'textarea'],
  'pages/hot': [],
  'pages/scan': [],
  'pages/volunteer': ['input', 'textarea'],
  'pages/disclosure': ['collapse', 'collapse-panel'],
  'pages/infoRequests': ['input', 'textarea'],
  'pages/reviews': ['checkbox', 'textarea'],
  staff: ['tag', 'checkbox', 'input', 'textarea']
} as const satisfies Record<string, readonly string[]>

export type SubpackageRoot = keyof typeof SUBPACKAGE_TDESIGN

/**
 * TDesign icons the shipped components can show with the props our wrappers pass (cell arrow,
 * search and clear buttons, ticked checkbox, tag close, collapse arrows, empty state, image
 * error). The build keeps only these rules of TDesign's 2,000-icon stylesheet.
 */
export const TDESIGN_ICONS = [
  'chevron-right',
  'chevron-up',
  'chevron-down',
  'search',
  'close-circle-filled',
  'close',
  'check-circle-filled',
  'info-circle'
] as const
