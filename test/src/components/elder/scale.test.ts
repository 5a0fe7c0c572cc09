import {
  ELDER_SIZES,
  parseSettings,
  resolveDisplay,
  stepElderSize,
  systemScaleFactor,
  type DisplaySettings
} from '../../../../src/components/elder/scale'

const follow: DisplaySettings = { preference: null, elderStep: 0 }

describe('elder mode text size', () => {
  it('uses 16px body text by default and follows a moderately larger WeChat font', () => {
    expect(resolveDisplay(follow, {})).toMatchObject({ elder: false, fontPx: 16 })
    expect(resolveDisplay(follow, { fontSizeScaleFactor: 1.15 })).toMatchObject({ elder: false, fontPx: 18 })
    expect(resolveDisplay(follow, { fontSizeSetting: 17 })).toMatchObject({ elder: false, fontPx: 16 })
  })

  it('turns elder mode on by itself when WeChat text is large, unless switched off', () => {
    expect(resolveDisplay(follow, { fontSizeScaleFactor: 1.4 })).toMatchObject({ elder: true })
    expect(resolveDisplay({ preference: 'off', elderStep: 0 }, { fontSizeScaleFactor: 1.4 }).elder).toBe(false)
  })

  it('starts elder mode at 18pt (24px) or more and lets the person step up to 30pt (40px)', () => {
    let settings: DisplaySettings = { preference: 'on', elderStep: 0 }
    let shown = resolveDisplay(settings, {})
    expect(shown.fontPx).toBe(24)
    expect(shown.canShrink).toBe(false)
    const seen = [shown.fontPx]
    while (shown.canGrow) {
      settings = stepElderSize(settings, shown, 1)
      shown = resolveDisplay(settings, {})
      seen.push(shown.fontPx)
    }
    expect(seen).toEqual([...ELDER_SIZES])
    expect(shown.fontPx).toBe(40)
    expect(resolveDisplay(stepElderSize(settings, shown, 1), {}).fontPx).toBe(40)
  })

  it('never goes below what WeChat asks for, even when stepping down', () => {
    const settings: DisplaySettings = { preference: 'on', elderStep: 0 }
    const shown = resolveDisplay(settings, { fontSizeScaleFactor: 2 })
    expect(shown.fontPx).toBe(32)
    expect(shown.canShrink).toBe(false)
    expect(resolveDisplay(stepElderSize(settings, shown, -1), { fontSizeScaleFactor: 2 }).fontPx).toBe(32)
  })

  it('ignores nonsense from the system and from storage', () => {
    expect(systemScaleFactor({ fontSizeScaleFactor: Number.NaN })).toBe(1)
    expect(systemScaleFactor({ fontSizeScaleFactor: -1, fontSizeSetting: 0 })).toBe(1)
    expect(parseSettings({ preference: 'maybe', elderStep: 99 })).toEqual({ preference: null, elderStep: ELDER_SIZES.length - 1 })
    expect(parseSettings('')).toEqual({ preference: null, elderStep: 0 })
  })
})
