/**
 * Text-size rules for 关怀模式 (elder mode), kept free of Taro so they can be tested.
 *
 * Sizes are CSS px. Normal mode follows WeChat's own font scale; elder mode starts at
 * 24px (18pt) and the person can step up to 40px (30pt).
 */
export const NORMAL_SIZES = [16, 18, 20, 22, 24, 28, 32] as const
export const ELDER_SIZES = [24, 28, 32, 36, 40] as const
export type FontPx = (typeof NORMAL_SIZES)[number] | (typeof ELDER_SIZES)[number]

/** Base size of body text when nothing is enlarged. */
export const BASE_FONT_PX = 16
/** A WeChat font scale at or above this turns elder mode on until the person says otherwise. */
export const AUTO_ELDER_FACTOR = 1.3

/** What the person chose: `null` means "follow WeChat's text size". */
export type ElderPreference = 'on' | 'off' | null

export interface DisplaySettings {
  preference: ElderPreference
  /** Extra steps up from the elder starting size (0 = the smallest elder size). */
  elderStep: number
}

export interface SystemFont {
  /** `fontSizeScaleFactor` from getSystemInfoSync (Android, newer iOS). */
  fontSizeScaleFactor?: number
  /** `fontSizeSetting` in px from getSystemInfoSync (iOS; 17 is the default). */
  fontSizeSetting?: number
}

export interface Display {
  elder: boolean
  fontPx: FontPx
  /** Index into ELDER_SIZES actually in use (elder mode only; 0 otherwise). */
  elderStep: number
  canGrow: boolean
  canShrink: boolean
}

/** WeChat's text-size factor, 1 when unknown or invalid. */
export function systemScaleFactor(font: SystemFont): number {
  const factor = font.fontSizeScaleFactor
  if (typeof factor === 'number' && Number.isFinite(factor) && factor > 0) return factor
  const setting = font.fontSizeSetting
  if (typeof setting === 'number' && Number.isFinite(setting) && setting > 0) return setting / 17
  return 1
}

/** The largest size in `sizes` not above `px` (or the smallest size). */
function floorTo<T extends number>(sizes: readonly T[], px: number): T {
  let best = sizes[0]!
  for (const size of sizes) if (size <= px + 0.5) best = size
  return best
}

function clampStep(step: number): number {
  if (!Number.isFinite(step)) return 0
  return Math.min(Math.max(Math.round(step), 0), ELDER_SIZES.length - 1)
}

/**
 * Decides elder mode and the body text size.
 * Elder mode is on when chosen, or when WeChat's own scale is large and the person has not
 * switched it off. In elder mode the size never falls below what WeChat's scale asks for.
 */
export function resolveDisplay(settings: DisplaySettings, font: SystemFont): Display {
  const factor = systemScaleFactor(font)
  const elder = settings.preference === 'on' || (settings.preference === null && factor >= AUTO_ELDER_FACTOR)
  const systemPx = BASE_FONT_PX * factor
  if (!elder) {
    return { elder, fontPx: floorTo(NORMAL_SIZES, systemPx), elderStep: 0, canGrow: false, canShrink: false }
  }
  const systemStep = ELDER_SIZES.indexOf(floorTo(ELDER_SIZES, systemPx))
  const step = Math.max(clampStep(settings.elderStep), systemStep)
  return {
    elder,
    fontPx: ELDER_SIZES[step]!,
    elderStep: step,
    canGrow: step < ELDER_SIZES.length - 1,
    canShrink: step > systemStep
  }
}

/** The settings after one tap on 大一号 (+1) or 小一号 (-1), starting from what is shown. */
export function stepElderSize(settings: DisplaySettings, shown: Display, delta: 1 | -1): DisplaySettings {
  return { ...settings, elderStep: clampStep(shown.elderStep + delta) }
}

/** Reads stored settings defensively: anything unexpected falls back to "follow WeChat". */
export function parseSettings(raw: unknown): DisplaySettings {
  const value = (raw ?? {}) as Partial<Record<keyof DisplaySettings, unknown>>
  const preference = value.preference === 'on' || value.preference === 'off' ? value.preference : null
  const elderStep = typeof value.elderStep === 'number' ? clampStep(value.elderStep) : 0
  return { preference, elderStep }
}
