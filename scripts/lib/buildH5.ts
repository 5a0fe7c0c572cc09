import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

/** A build to run: the program, its arguments, where and with what environment. */
export interface BuildCommand {
  command: string
  args: string[]
  cwd: string
  env: NodeJS.ProcessEnv
}

/** The production H5 build of the repository at `root` (Taro writes dist/h5). */
export function taroH5Build(root: string): BuildCommand {
  return { command: join(root, 'node_modules/.bin/taro'), args: ['build', '--type', 'h5'], cwd: root, env: { ...process.env, NODE_ENV: 'production' } }
}

const ESC = String.fromCharCode(27)
/** Terminal control sequences (colours, cursor moves, line clears). */
const ESCAPES = new RegExp(`${ESC}\\[[0-9;?]*[ -/]*[@-~]|${ESC}[@-_]`, 'g')

/** A tool's output as plain text: terminal escape codes and carriage-return redraws removed, blank lines dropped. */
export function plainLines(output: string): string[] {
  return output
    .replace(ESCAPES, '')
    .split(/\r?\n/)
    .map((line) => line.slice(line.lastIndexOf('\r') + 1).trimEnd())
    .filter((line) => line.trim() !== '')
}

/**
 * Builds the H5 pages unless `h5Dir` already holds them, saying so in one line when it starts and
 * one when it is done. The build's own output (progress bars, asset-size warnings) is kept back; if
 * the build fails, the error carries its last 30 lines as plain text. True when it built.
 */
export async function buildH5IfMissing(h5Dir: string, build: BuildCommand, say: (line: string) => void): Promise<boolean> {
  if (existsSync(join(h5Dir, 'index.html'))) return false
  say('首次启动：正在构建 H5 页面（只在第一次，约 2 分钟）…')
  const started = Date.now()
  const output: string[] = []
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(build.command, build.args, { cwd: build.cwd, env: build.env, stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')))
    child.on('error', reject)
    child.on('close', resolve)
  })
  if (code !== 0) {
    throw new Error(`H5 页面构建失败（退出码 ${code}）。构建输出的最后几行：\n${plainLines(output.join('')).slice(-30).join('\n')}`)
  }
  say(`H5 页面已构建（用时 ${Math.round((Date.now() - started) / 1000)} 秒）`)
  return true
}
