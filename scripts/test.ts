/**
 * `npm test`: every check CI runs, in order, each timed. Pass step names to run a subset
 * (`npm test -- jest weapp`). Ends with one plain summary line of test counts.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'

const root = join(__dirname, '..')
const cache = join(root, '.cache')
mkdirSync(cache, { recursive: true })

interface Step {
  name: string
  run: () => Promise<void>
}

const counts = { passed: 0, failed: 0, skipped: 0 }

function sh(cmd: string, args: string[], env: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited with ${signal ?? code}`))
    )
  })
}

const bin = (name: string) => join(root, 'node_modules', '.bin', name)

async function jest(project: string): Promise<void> {
  const out = join(cache, `jest-${project}.json`)
  try {
    await sh(bin('jest'), ['--selectProjects', project, '--json', `--outputFile=${out}`, '--passWithNoTests'])
  } finally {
    if (existsSync(out)) {
      const r = JSON.parse(readFileSync(out, 'utf8')) as {
        numPassedTests: number
        numFailedTests: number
        numPendingTests: number
        numTodoTests: number
      }
      counts.passed += r.numPassedTests
      counts.failed += r.numFailedTests
      counts.skipped += r.numPendingTests + r.numTodoTests
    }
  }
}

const steps: Step[] = [
  { name: 'typecheck', run: () => sh(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']) },
  { name: 'lint', run: () => sh(bin('eslint'), ['--max-warnings=0', '.']) },
  { name: 'jest', run: () => jest('node') },
  { name: 'build-weapp', run: () => sh(bin('taro'), ['build', '--type', 'weapp'], { NODE_ENV: 'production' }) },
  { name: 'check-weapp', run: () => sh(bin('tsx'), ['scripts/check-weapp.ts']) },
  { name: 'weapp', run: () => jest('weapp') },
  { name: 'build-h5', run: () => sh(bin('taro'), ['build', '--type', 'h5'], { NODE_ENV: 'production' }) },
  { name: 'e2e', run: () => jest('e2e') },
  { name: 'automator', run: () => jest('automator') }
]

async function main(): Promise<void> {
  const wanted = process.argv.slice(2)
  const unknown = wanted.filter((w) => !steps.some((s) => s.name === w))
  if (unknown.length) throw new Error(`unknown step(s): ${unknown.join(', ')}; steps: ${steps.map((s) => s.name).join(', ')}`)
  const chosen = wanted.length ? steps.filter((s) => wanted.includes(s.name)) : steps
  const timings: string[] = []
  let failedStep: string | null = null
  for (const step of chosen) {
    const started = Date.now()
    console.log(`\n▶ ${step.name}`)
    try {
      await step.run()
      timings.push(`${step.name} ${((Date.now() - started) / 1000).toFixed(1)}s`)
    } catch (err) {
      failedStep = step.name
      console.error(`✖ ${step.name}: ${(err as Error).message}`)
      break
    }
  }
  console.log(`\nsteps: ${timings.join(' · ')}`)
  if (failedStep) console.log(`failed at step: ${failedStep}`)
  console.log(`tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`)
  process.exit(failedStep ? 1 : 0)
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
