/**
 * The TDesign components Taro actually ships in dist/weapp, checked against how base.wxml (Taro's
 * compiled templates for our src/ui `.weapp.tsx` wrappers) uses them: each tag resolves app-wide,
 * loads in miniprogram-simulate (WeChat's wcc + exparser), renders with the props our wrappers
 * pass, understands every attribute base.wxml sets, and fires every event base.wxml listens to.
 * Not exercised here: how they look (no layout or CSS in jsdom).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { bootMiniProgram, readWeappBuild, WEAPP_DIR, type MiniProgram } from '../helpers/weapp'

/** Props like the src/ui wrappers pass, and text the component must then show. */
const SAMPLES: Record<string, { props: Record<string, unknown>; shows: string[] }> = {
  't-button': { props: { theme: 'primary', variant: 'outline', block: true, size: 'large', content: '搜索' }, shows: ['搜索'] },
  't-cell': { props: { title: '进入工作台', description: '办件、预约、审核', arrow: true }, shows: ['进入工作台', '办件、预约、审核'] },
  't-cell-group': { props: { title: '更多', theme: 'card' }, shows: ['更多'] },
  't-search': { props: { value: 'dibao', placeholder: '搜要办的事', action: '搜索', shape: 'round', clearable: true }, shows: ['搜索'] },
  't-tag': { props: { theme: 'success', variant: 'outline', size: 'small', closable: true }, shows: [] },
  't-checkbox': {
    props: { checked: true, label: '1. 居民身份证', content: '原件 1 份', block: true, maxLabelRow: 3, maxContentRow: 4 },
    shows: ['1. 居民身份证', '原件 1 份']
  },
  't-switch': { props: { value: true, label: ['开', '关'], size: 'large' }, shows: ['开'] },
  't-collapse': { props: { value: ['0'] }, shows: [] },
  't-collapse-panel': { props: { value: '0', header: '可以代办吗？' }, shows: ['可以代办吗？'] },
  't-empty': { props: { description: '没有找到“低保”相关的事项' }, shows: ['没有找到“低保”相关的事项'] },
  't-loading': { props: { theme: 'circular', text: '正在查找…', layout: 'vertical' }, shows: ['正在查找…'] },
  't-input': { props: { label: '姓名', value: '刘芳', placeholder: '请输入真实姓名', clearable: true }, shows: ['姓名'] },
  't-textarea': { props: { label: '说明', value: '', placeholder: '请写清楚', maxlength: 200, indicator: true }, shows: ['说明'] }
}

/** For each t-* tag in base.wxml: the attributes Taro binds and the events it listens to. */
function tdesignUsage(baseWxml: string): Map<string, { attributes: string[]; events: string[] }> {
  const usage = new Map<string, { attributes: string[]; events: string[] }>()
  for (const m of baseWxml.matchAll(/<(t-[a-z-]+)\s([^>]*)>/g)) {
    const tag = m[1]!
    const entry = usage.get(tag) ?? { attributes: [], events: [] }
    for (const a of m[2]!.matchAll(/([\w:-]+)="[^"]*"/g)) {
      const name = a[1]!
      const bound = /^(?:bind|catch):?(.+)$/.exec(name)
      if (bound) {
        if (!entry.events.includes(bound[1]!)) entry.events.push(bound[1]!)
      } else if (!['id', 'data-sid', 'style', 'class'].includes(name) && !entry.attributes.includes(name)) {
        entry.attributes.push(name)
      }
    }
    usage.set(tag, entry)
  }
  return usage
}

const camel = (name: string) => name.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase())

const app = readWeappBuild()
const baseWxml = readFileSync(join(WEAPP_DIR, 'base.wxml'), 'utf8')
const usage = tdesignUsage(baseWxml)
const tags = [...usage.keys()].sort()

let mp: MiniProgram

beforeAll(async () => {
  mp = await bootMiniProgram({ apiOrigin: 'http://127.0.0.1:9' })
})

afterAll(() => mp?.close())

/** `/npm/tdesign-miniprogram/miniprogram_dist/checkbox/checkbox` → path under dist/weapp. */
function componentPath(tag: string): string {
  const declared = app.usingComponents?.[tag]
  if (!declared) throw new Error(`${tag} is used in base.wxml but app.json usingComponents does not declare it`)
  return declared.replace(/^\//, '')
}

describe('TDesign components shipped in dist/weapp, as base.wxml uses them (miniprogram-simulate: wcc + exparser)', () => {
  it('base.wxml uses the TDesign tags our src/ui wrappers render', () => {
    expect(tags).toEqual(expect.arrayContaining(['t-button', 't-checkbox', 't-search', 't-switch']))
  })

  it.each(tags)('%s is declared app-wide and its js/json/wxml/wxss are in the build', (tag) => {
    const path = componentPath(tag)
    for (const ext of ['.js', '.json', '.wxml', '.wxss']) {
      expect({ file: path + ext, exists: existsSync(join(WEAPP_DIR, path + ext)) }).toEqual({ file: path + ext, exists: true })
    }
    expect(JSON.parse(readFileSync(join(WEAPP_DIR, `${path}.json`), 'utf8'))).toMatchObject({ component: true })
  })

  it.each(tags)('%s loads, renders with the props our wrapper passes, and declares every attribute base.wxml binds', async (tag) => {
    const sample = SAMPLES[tag] ?? { props: {}, shows: [] }
    const component = await mp.mount(componentPath(tag), sample.props)
    const shown = component.text()
    for (const text of sample.shows) expect(shown).toContain(text)
    const undeclared = usage.get(tag)!.attributes.filter((a) => !component.declares(camel(a)))
    expect(undeclared).toEqual([])
    component.close()
    expect(mp.errors).toEqual([])
  })

  it.each(tags)('%s fires every event base.wxml listens to', (tag) => {
    const source = readFileSync(join(WEAPP_DIR, `${componentPath(tag)}.js`), 'utf8')
    const missing = usage
      .get(tag)!
      .events.filter((e) => !new RegExp(`(?:triggerEvent|_trigger)\\(\\s*["'\`]${e}["'\`]`).test(source))
    expect(missing).toEqual([])
  })
})
