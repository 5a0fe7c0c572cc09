/**
 * `tsx scripts/bench/search.ts`: guide search over real HTTP. Starts the backend on loopback (its own
 * embedded database in a temporary directory, or MONGODB_URI), seeds one township with 5,000 published
 * guides whose titles are built from real service terms, then runs 1,000 mixed queries (Chinese, full
 * pinyin, initials, some multi-word) through GET /api/guides with concurrency 4. Progress goes to
 * stderr; stdout gets exactly one JSON line with the latency percentiles.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { pinyin } from 'pinyin-pro'
import { rng, startBenchServer } from './support'
import { seedOrgAndGuides } from '../seed/seedOrgAndGuides'
import type { SeedDepartment, SeedGuide } from '../seed/data/types'
import type { Page } from '../../src/shared/common'
import type { GuideSummary } from '../../src/shared/guides'
import type { LifeEventId } from '../../src/shared/enums'

const GUIDES = 5000
const QUERIES = 1000
const CONCURRENCY = 4
const WARMUP = 20

/** A service subject: its full name, what people call it, the window that handles it, its life event. */
interface Subject {
  name: string
  short: string[]
  dept: string
  event: LifeEventId
}

const SUBJECTS: Subject[] = [
  { name: '最低生活保障', short: ['低保'], dept: 'minzheng', event: 'hardship' },
  { name: '特困人员救助供养', short: ['五保', '特困供养'], dept: 'minzheng', event: 'hardship' },
  { name: '临时救助', short: ['急难救助'], dept: 'minzheng', event: 'hardship' },
  { name: '医疗救助', short: ['大病救助'], dept: 'yibao', event: 'illness' },
  { name: '困难残疾人生活补贴', short: ['残疾补贴'], dept: 'minzheng', event: 'disability' },
  { name: '重度残疾人护理补贴', short: ['护理补贴'], dept: 'minzheng', event: 'disability' },
  { name: '残疾人证', short: ['残疾证'], dept: 'minzheng', event: 'disability' },
  { name: '高龄津贴', short: ['老年补贴'], dept: 'minzheng', event: 'elderly' },
  { name: '老年人优待证', short: ['优待证'], dept: 'minzheng', event: 'elderly' },
  { name: '惠民殡葬补贴', short: ['丧葬补助'], dept: 'minzheng', event: 'death' },
  { name: '城乡居民基本养老保险', short: ['养老保险', '居民养老'], dept: 'shebao', event: 'insurance' },
  { name: '城乡居民基本医疗保险', short: ['医保', '新农合'], dept: 'yibao', event: 'insurance' },
  { name: '社会保险关系转移接续', short: ['社保转移'], dept: 'shebao', event: 'insurance' },
  { name: '异地就医备案', short: ['异地就医'], dept: 'yibao', event: 'illness' },
  { name: '门诊慢特病待遇', short: ['慢特病', '慢性病'], dept: 'yibao', event: 'illness' },
  { name: '就业登记', short: ['就业'], dept: 'shebao', event: 'employment' },
  { name: '失业登记', short: ['失业'], dept: 'shebao', event: 'employment' },
  { name: '创业担保贷款', short: ['创业贷款', '贴息贷款'], dept: 'shebao', event: 'employment' },
  { name: '职业技能培训补贴', short: ['技能培训'], dept: 'shebao', event: 'employment' },
  { name: '退役军人住院优待', short: ['军人优待'], dept: 'tuiyi', event: 'veteran' },
  { name: '优抚对象抚恤补助', short: ['优抚'], dept: 'tuiyi', event: 'veteran' },
  { name: '退役士兵自主就业', short: ['退伍安置'], dept: 'tuiyi', event: 'veteran' },
  { name: '光荣牌', short: ['挂光荣牌'], dept: 'tuiyi', event: 'veteran' },
  { name: '农村宅基地', short: ['宅基地'], dept: 'guihua', event: 'housing' },
  { name: '农村村民住宅建设', short: ['建房', '农房'], dept: 'guihua', event: 'housing' },
  { name: '农村危房改造', short: ['危房'], dept: 'guihua', event: 'housing' },
  { name: '乡村建设规划许可证', short: ['规划许可'], dept: 'guihua', event: 'housing' },
  { name: '耕地地力保护补贴', short: ['种粮补贴'], dept: 'nongye', event: 'farming' },
  { name: '农机购置补贴', short: ['农机补贴'], dept: 'nongye', event: 'farming' },
  { name: '土地承包经营权', short: ['承包地'], dept: 'nongye', event: 'farming' },
  { name: '林木采伐许可证', short: ['砍伐证'], dept: 'nongye', event: 'farming' },
  { name: '动物防疫条件合格证', short: ['防疫证'], dept: 'nongye', event: 'farming' },
  { name: '生育登记', short: ['生育服务'], dept: 'weijian', event: 'birth' },
  { name: '出生医学证明', short: ['出生证'], dept: 'weijian', event: 'birth' },
  { name: '计划生育家庭奖励扶助', short: ['奖扶'], dept: 'weijian', event: 'birth' },
  { name: '独生子女父母光荣证', short: ['独生子女证'], dept: 'weijian', event: 'birth' },
  { name: '党组织关系转接', short: ['组织关系', '党员转接'], dept: 'dangqun', event: 'party' },
  { name: '流动党员活动证', short: ['流动党员'], dept: 'dangqun', event: 'party' },
  { name: '入党申请', short: ['入党'], dept: 'dangqun', event: 'party' },
  { name: '村级证明事项', short: ['村里证明', '开证明'], dept: 'dangqun', event: 'certificate' },
  { name: '居民身份证', short: ['身份证'], dept: 'dangqun', event: 'certificate' },
  { name: '户口迁移', short: ['迁户口', '落户'], dept: 'dangqun', event: 'birth' },
  { name: '银行卡代发账户', short: ['银行卡'], dept: 'shebao', event: 'insurance' },
  { name: '长期护理保险', short: ['长护险'], dept: 'yibao', event: 'elderly' },
  { name: '重特大疾病保障', short: ['大病保险'], dept: 'yibao', event: 'illness' }
]

const ACTIONS = [
  '申请', '审核', '变更', '注销', '补办', '认定', '预约', '查询', '发放', '续办',
  '年审', '资格认证', '待遇领取', '信息修改', '停发', '恢复', '复核', '备案', '转移', '证明开具'
]
const QUALIFIERS = ['', '首次', '农村', '城镇', '异地', '代办']

const DEPARTMENTS: SeedDepartment[] = [
  ['minzheng', '民政'],
  ['shebao', '社保就业'],
  ['yibao', '医保'],
  ['weijian', '卫生健康'],
  ['tuiyi', '退役军人服务站'],
  ['nongye', '农业农村'],
  ['guihua', '城乡规划三合一'],
  ['dangqun', '党群服务中心']
].map(([key, name], i) => ({
  key: key!,
  name: name!,
  windowName: `${i + 1}号窗口 ${name}`,
  place: `便民服务中心一楼 ${i + 1}号窗口`,
  phone: `0795-260010${i + 1}`,
  description: `${name}窗口`,
  order: i + 1
}))

interface BenchGuide extends SeedGuide {
  subject: Subject
  action: string
}

/** The benchmark's guides: distinct titles from qualifier × subject × action, in a fixed shuffled order. */
export function generateGuides(count: number): BenchGuide[] {
  const combos: { subject: Subject; action: string; qualifier: string }[] = []
  for (const qualifier of QUALIFIERS) for (const subject of SUBJECTS) for (const action of ACTIONS) combos.push({ subject, action, qualifier })
  const r = rng(7)
  for (let i = combos.length - 1; i > 0; i--) {
    const j = Math.floor(r.next() * (i + 1))
    ;[combos[i], combos[j]] = [combos[j]!, combos[i]!]
  }
  if (combos.length < count) throw new Error(`vocabulary gives only ${combos.length} distinct titles`)
  return combos.slice(0, count).map(({ subject, action, qualifier }, i) => {
    const title = `${qualifier}${subject.name}${action}`
    return {
      slug: `b-${String(i).padStart(5, '0')}`,
      departmentKey: subject.dept,
      subject,
      action,
      content: {
        title,
        keywords: [...subject.short, `${subject.short[0]}${action}`],
        summary: `${title}：符合条件的群众可以到便民服务中心窗口办理，材料齐全的一次办好。`,
        lifeEvents: [subject.event],
        eligibility: [`具有本县户籍，符合${subject.name}有关政策规定。`],
        materials: [{ name: '居民身份证', originals: 1, copies: 1, required: true }],
        steps: [
          { title: '窗口受理', detail: '材料齐全的当场受理。', actor: 'window', days: 0 },
          { title: '审核办结', detail: '站所审核后办结并告知结果。', actor: 'department', days: 5 }
        ],
        legalTimeLimitDays: 20,
        promisedTimeLimitDays: 5,
        fee: { free: true },
        place: '便民服务中心一楼',
        hours: '周一至周五 8:30–12:00、14:30–17:30',
        contactPhone: '0795-2600100',
        legalBasis: [],
        faq: [],
        appointmentAvailable: i % 3 === 0,
        maxOneTrip: i % 2 === 0,
        proxyAllowed: true
      }
    }
  })
}

const full = (s: string, sep = '') => pinyin(s, { toneType: 'none', type: 'array', v: true }).join(sep)
const initials = (s: string) => pinyin(s, { pattern: 'first', toneType: 'none', type: 'array' }).join('')

interface BenchQuery {
  q: string
  kind: 'chinese' | 'pinyin' | 'initials'
  /** What the top hit must be: this exact guide (a whole-title query) or any guide of this subject. */
  expect: { slug: string } | { subject: string }
}

/** The benchmark's queries: a third each Chinese, full pinyin and initials; about one in seven multi-word. */
export function generateQueries(guides: BenchGuide[], count: number): BenchQuery[] {
  const r = rng(42)
  const out: BenchQuery[] = []
  for (let i = 0; i < count; i++) {
    const g = r.pick(guides)
    const kind = (['chinese', 'pinyin', 'initials'] as const)[i % 3]!
    const shape = r.next()
    const term = shape < 0.4 ? r.pick(g.subject.short) : shape < 0.7 ? g.subject.name : g.content.title
    const multi = shape >= 0.85
    let q: string
    if (kind === 'chinese') q = multi ? `${r.pick(g.subject.short)} ${g.action}` : term
    else if (kind === 'pinyin') q = multi ? full(term, ' ') : full(term)
    else q = multi ? `${initials(r.pick(g.subject.short))} ${initials(g.action)}` : initials(term)
    q = q.slice(0, 40).trim()
    out.push({ q, kind, expect: term === g.content.title && !multi ? { slug: g.slug } : { subject: g.subject.name } })
  }
  return out
}

function percentile(sorted: number[], p: number): number {
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[idx]!
}

const round1 = (x: number) => Math.round(x * 10) / 10

async function main(): Promise<void> {
  console.log = console.error
  const dataDir = mkdtempSync(join(tmpdir(), 'xlb-bench-search-'))
  const guides = generateGuides(GUIDES)
  let townshipId = ''
  const started = performance.now()
  const server = await startBenchServer({
    dataDir,
    now: '2025-03-03T02:00:00Z',
    seed: async (db) => {
      const seeded = await seedOrgAndGuides(
        db,
        {
          township: { key: 'bench-search', name: '基准测试镇', county: '上高县', province: '江西省', address: '', phone: '', hours: '' },
          villages: [],
          departments: DEPARTMENTS,
          guides,
          contacts: []
        },
        { now: new Date('2025-03-03T02:00:00Z') }
      )
      townshipId = seeded.townshipId
    }
  })
  console.error(`server up with ${GUIDES} published guides in ${((performance.now() - started) / 1000).toFixed(1)} s at ${server.url}`)
  try {
    const queries = generateQueries(guides, QUERIES)
    const ask = async (q: string): Promise<{ ms: number; page: Page<GuideSummary> }> => {
      const url = `${server.url}/api/guides?townshipId=${townshipId}&q=${encodeURIComponent(q)}&pageSize=20`
      const t0 = performance.now()
      const res = await fetch(url)
      const body = (await res.json()) as Page<GuideSummary>
      const ms = performance.now() - t0
      if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}: ${JSON.stringify(body)}`)
      return { ms, page: body }
    }
    const first = await ask(queries[0]!.q)
    console.error(`first query (builds the township's search index): ${first.ms.toFixed(0)} ms`)
    const w0 = performance.now()
    for (let i = 1; i <= WARMUP; i++) await ask(queries[i]!.q)
    console.error(`warm-up: ${WARMUP} more queries in ${(performance.now() - w0).toFixed(0)} ms`)

    const latencies: number[] = []
    const topHit = { chinese: 0, pinyin: 0, initials: 0 }
    const asked = { chinese: 0, pinyin: 0, initials: 0 }
    let next = 0
    let done = 0
    const worker = async () => {
      while (next < queries.length) {
        const query = queries[next++]!
        const { ms, page } = await ask(query.q)
        latencies.push(ms)
        asked[query.kind]++
        const top = page.items[0]
        const expect = query.expect
        if (top && ('slug' in expect ? top.slug === expect.slug : top.title.includes(expect.subject))) topHit[query.kind]++
        if (++done % 100 === 0) console.error(`  ${done}/${queries.length} queries`)
      }
    }
    const t0 = performance.now()
    await Promise.all(Array.from({ length: CONCURRENCY }, worker))
    const seconds = (performance.now() - t0) / 1000
    latencies.sort((a, b) => a - b)
    console.error(
      `${QUERIES} queries in ${seconds.toFixed(1)} s (${(QUERIES / seconds).toFixed(0)}/s); top hit right: ` +
        `Chinese ${topHit.chinese}/${asked.chinese}, pinyin ${topHit.pinyin}/${asked.pinyin}, initials ${topHit.initials}/${asked.initials}; ` +
        `max ${latencies[latencies.length - 1]!.toFixed(1)} ms`
    )
    process.stdout.write(
      JSON.stringify({
        bench: 'search',
        guides: GUIDES,
        queries: QUERIES,
        p50ms: round1(percentile(latencies, 50)),
        p95ms: round1(percentile(latencies, 95))
      }) + '\n'
    )
  } finally {
    await server.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

if (process.argv[1] && resolve(process.argv[1]) === __filename) {
  main().catch((err: unknown) => {
    console.error(err)
    process.exit(1)
  })
}
