import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { parseSettings, resolveDisplay, stepElderSize, type Display, type DisplaySettings, type SystemFont } from './scale'

const STORAGE_KEY = 'xlb.display'

type Listener = (display: Display) => void
const listeners = new Set<Listener>()
let settings: DisplaySettings | null = null
let systemFont: SystemFont | null = null

function readSystemFont(): SystemFont {
  if (systemFont) return systemFont
  try {
    const info = Taro.getSystemInfoSync() as unknown as SystemFont
    systemFont = { fontSizeScaleFactor: info.fontSizeScaleFactor, fontSizeSetting: info.fontSizeSetting }
  } catch {
    systemFont = {}
  }
  return systemFont
}

function readSettings(): DisplaySettings {
  if (settings) return settings
  try {
    settings = parseSettings(Taro.getStorageSync(STORAGE_KEY))
  } catch {
    settings = parseSettings(null)
  }
  return settings
}

function save(next: DisplaySettings): void {
  settings = next
  try {
    Taro.setStorageSync(STORAGE_KEY, next)
  } catch {
    /* storage full or unavailable: the choice still holds for this session */
  }
  const display = currentDisplay()
  listeners.forEach((listener) => listener(display))
}

/** The display in force now (elder mode and text size). */
export function currentDisplay(): Display {
  return resolveDisplay(readSettings(), readSystemFont())
}

/** Turns 长辈版 on or off explicitly; remembered in storage. */
export function setElderMode(on: boolean): void {
  save({ ...readSettings(), preference: on ? 'on' : 'off' })
}

/** One step bigger (+1) or smaller (-1) text in elder mode. */
export function stepTextSize(delta: 1 | -1): void {
  save(stepElderSize(readSettings(), currentDisplay(), delta))
}

/** React hook: the current display, re-rendering when the person changes it on any page. */
export function useDisplay(): Display {
  const [display, setDisplay] = useState<Display>(currentDisplay)
  useEffect(() => {
    const listener: Listener = (next) => setDisplay(next)
    listeners.add(listener)
    setDisplay(currentDisplay())
    return () => {
      listeners.delete(listener)
    }
  }, [])
  return display
}
