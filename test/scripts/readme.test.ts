import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const ROOT = resolve(__dirname, '../..')

/** Paths the README names: Markdown link targets and `code` spans that look like repository paths. */
function namedPaths(markdown: string): string[] {
  const links = [...markdown.matchAll(/\]\(([^)#\s]+)\)/g)].map((m) => m[1]!).filter((p) => !/^[a-z]+:/i.test(p))
  const spans = [...markdown.matchAll(/`([^`\s]+)`/g)].map((m) => m[1]!).filter((p) => /^(\.\.?\/[\w./-]+|[\w.-]+\/[\w.-][\w./-]*)$/.test(p) && !p.startsWith('http'))
  return [...new Set([...links, ...spans])]
}

describe('the README of a fresh clone', () => {
  it('names only files the repository itself has (the product description included)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
    const paths = namedPaths(readme)
    expect(paths).toContain('docs/PRODUCT.md')
    const generated = ['dist/', '.data/', 'test-results/', 'node_modules/']
    const outside = paths.filter((p) => !resolve(ROOT, p).startsWith(ROOT + '/'))
    const missing = paths.filter((p) => !generated.some((g) => p.startsWith(g)) && !existsSync(resolve(ROOT, p.replace(/\/$/, ''))))
    expect({ outside, missing }).toEqual({ outside: [], missing: [] })
  })
})
