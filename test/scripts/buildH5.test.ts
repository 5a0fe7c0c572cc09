import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildH5IfMissing, plainLines, type BuildCommand } from '../../scripts/lib/buildH5'

/** A stand-in for the Taro build that writes what webpack writes: redrawn progress bars and size warnings. */
function noisyBuild(exitCode: number): BuildCommand {
  const script = `
    for (let i = 0; i < 50; i++) process.stdout.write('\\u001b[2K\\u001b[1A\\u001b[G● Webpack ███ building (' + i + '%)\\r')
    for (let i = 0; i < 15; i++) process.stderr.write('\\u001b[1m\\u001b[33mWARNING\\u001b[39m\\u001b[22m in asset size limit: js/' + i + '.js (640 KiB)\\n')
    ${exitCode ? "process.stderr.write('\\u001b[31mError: Module not found: ./missing\\u001b[39m\\n')" : ''}
    process.exit(${exitCode})`
  return { command: process.execPath, args: ['-e', script], cwd: process.cwd(), env: process.env }
}

describe('npm start building the H5 pages', () => {
  const dirs: string[] = []
  const emptyDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'xlb-h5-'))
    dirs.push(dir)
    return dir
  }
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

  it('says one line when the build starts and one when it is done, and none of its progress bars or size warnings', async () => {
    const said: string[] = []
    expect(await buildH5IfMissing(emptyDir(), noisyBuild(0), (line) => said.push(line))).toBe(true)
    expect(said).toHaveLength(2)
    expect(said[0]).toMatch(/正在构建 H5 页面/)
    expect(said[1]).toMatch(/^H5 页面已构建（用时 \d+ 秒）$/)
    expect(said.join('')).not.toMatch(/WARNING|Webpack/)
    expect(said.join('').includes(String.fromCharCode(27))).toBe(false)
  })

  it('shows the failed build’s last lines as plain text', async () => {
    const failing = buildH5IfMissing(emptyDir(), noisyBuild(2), () => undefined)
    const error = (await failing.then(() => new Error('the build did not fail'), (e: unknown) => e)) as Error
    expect(error.message).toMatch(/构建失败（退出码 2）[\s\S]*Error: Module not found: \.\/missing/)
    expect(error.message.includes(String.fromCharCode(27))).toBe(false)
  })

  it('does nothing when the pages are built already', async () => {
    const dir = emptyDir()
    writeFileSync(join(dir, 'index.html'), '<!doctype html>')
    const said: string[] = []
    expect(await buildH5IfMissing(dir, noisyBuild(1), (line) => said.push(line))).toBe(false)
    expect(said).toEqual([])
  })

  it('turns redrawn terminal output into plain lines', () => {
    expect(plainLines('\u001b[2K\u001b[1A● a 10%\r● a 90%\n\n\u001b[33mWARNING\u001b[39m x\n')).toEqual(['● a 90%', 'WARNING x'])
  })
})
