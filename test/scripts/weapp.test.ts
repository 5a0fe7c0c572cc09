import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { MAIN_PACKAGE_BUDGET, SUBPACKAGE_BUDGET, brokenReferences, budgetProblems, packageSizes } from '../../scripts/lib/weapp'

/** A tiny dist/weapp: files by path (strings are written as is, numbers become that many bytes). */
function build(files: Record<string, string | number>): string {
  const dir = mkdtempSync(join(tmpdir(), 'weapp-'))
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), typeof content === 'number' ? Buffer.alloc(content) : content)
  }
  return dir
}

const page = (usingComponents: Record<string, string> = {}) => ({ json: JSON.stringify({ usingComponents }), js: '', wxml: '' })
const component = { json: JSON.stringify({ component: true }), js: '', wxml: '', wxss: '' }
const appJson = JSON.stringify({
  pages: ['pages/home/index'],
  subPackages: [
    { root: 'staff', pages: ['pages/index/index'] },
    { root: 'pages/cases', pages: ['mine/index'] }
  ]
})
const files = (entries: Record<string, Record<string, string>>) =>
  Object.fromEntries(Object.entries(entries).flatMap(([base, exts]) => Object.entries(exts).map(([ext, c]) => [`${base}.${ext}`, c])))

const dirs: string[] = []
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))
const fixture = (f: Record<string, string | number>) => {
  const dir = build(f)
  dirs.push(dir)
  return dir
}

describe('weapp package budgets', () => {
  it('measures each package and reports exactly the packages over budget', () => {
    const dir = fixture({
      'app.json': appJson,
      ...files({ 'pages/home/index': page(), 'staff/pages/index/index': page(), 'pages/cases/mine/index': page() }),
      'vendors.js': MAIN_PACKAGE_BUDGET,
      'staff/sub-vendors.js': SUBPACKAGE_BUDGET + 1,
      'pages/cases/sub-vendors.js': SUBPACKAGE_BUDGET - 1000
    })
    const sizes = packageSizes(dir)
    expect(sizes.subPackageBytes['staff']).toBeGreaterThan(SUBPACKAGE_BUDGET)
    expect(sizes.totalBytes).toBe(sizes.mainPackageBytes + sizes.subPackageBytes['staff']! + sizes.subPackageBytes['pages/cases']!)
    const problems = budgetProblems(sizes)
    expect(problems).toEqual([expect.stringMatching(/^main package .* over the 600\.0 KB budget$/), expect.stringMatching(/^subpackage staff\/ .* over the 500\.0 KB budget$/)])
  })

  it('passes packages at or under budget', () => {
    expect(budgetProblems({ mainPackageBytes: MAIN_PACKAGE_BUDGET, subPackageBytes: { staff: SUBPACKAGE_BUDGET }, totalBytes: 0 })).toEqual([])
  })
})

describe('weapp references across packages', () => {
  it('lets a subpackage use its own and main-package components, and refuses the rest', () => {
    const dir = fixture({
      'app.json': appJson,
      ...files({
        'pages/home/index': page({ 't-main': '/npm/main/main', 't-staff': '/staff/npm/local/local' }),
        'staff/pages/index/index': page({ 't-main': '/npm/main/main', 't-local': '../../npm/local/local', 't-cases': '/pages/cases/npm/c/c' }),
        'pages/cases/mine/index': page(),
        'npm/main/main': component,
        'staff/npm/local/local': component,
        'pages/cases/npm/c/c': component
      }),
      'npm/common/utils.wxs': 'module.exports = {}',
      'staff/npm/local/local.wxs': "var main = require('../../../npm/common/utils.wxs')\nvar gone = require('../common/utils.wxs')"
    })
    expect(brokenReferences(dir).sort()).toEqual([
      'pages/home/index.json: <t-staff> → /staff/npm/local/local is in staff/, which the main package cannot use',
      'staff/npm/local/local.wxs: require(../common/utils.wxs) does not exist',
      'staff/pages/index/index.json: <t-cases> → /pages/cases/npm/c/c is in pages/cases/, which staff/ cannot use'
    ])
  })
})
