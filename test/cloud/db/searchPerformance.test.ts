import { calculateObjectSize } from 'bson'
import { MongoClient, type Collection } from 'mongodb'
import { startTestMongo, type TestMongo } from '../../helpers/mongo'

const WORDS = ['低保', '医疗救助', '社会保险', '退役军人', '宅基地', '党组织', '证明', '养老', '户籍', '婚姻']

function body(i: number): string {
  let text = ''
  while (text.length < 600) text += `${WORDS[(i * 7 + text.length) % WORDS.length]}办理流程说明材料清单`
  return text
}

let mongo: TestMongo
let client: MongoClient
let guides: Collection

beforeAll(async () => {
  mongo = await startTestMongo()
  client = await MongoClient.connect(mongo.uri)
  guides = client.db().collection('perfGuides')
  await guides.createIndex({ code: 1 }, { unique: true })
  await guides.insertMany(
    Array.from({ length: 5000 }, (_, i) => ({
      code: `G${i}`,
      township: `t${i % 20}`,
      a: `标题${i} ${WORDS[i % WORDS.length]}`,
      b: `pinyin${i} dibao yiliao`,
      body: body(i),
      tags: ['x', 'y', `z${i % 50}`],
      createdAt: new Date(1_700_000_000_000 + i * 1000)
    }))
  )
}, 60_000)
afterAll(async () => {
  await client.close()
  await mongo.stop()
})

async function medianMs(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < 9; i++) {
    const start = process.hrtime.bigint()
    await run()
    times.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  return times.sort((a, b) => a - b)[4]!
}

describe('search cost over 5,000 documents of ~2 KB', () => {
  it('uses ~2 KB documents', async () => {
    const doc = await guides.findOne({ code: 'G1' })
    expect(calculateObjectSize(doc!)).toBeGreaterThan(1800)
  })

  it('answers a regex $or scan with limit 50 well within a request budget', async () => {
    const rare = { $or: [{ a: /标题4999 /i }, { b: /nomatch/ }] }
    expect(await guides.find(rare).limit(50).toArray()).toHaveLength(1)
    expect(await medianMs(() => guides.find(rare).limit(50).toArray())).toBeLessThan(150)
  })

  it('answers equality on an indexed field from the index', async () => {
    const hit = await guides.find({ code: 'G2500' }).toArray()
    expect(hit.map((d) => d.b)).toEqual(['pinyin2500 dibao yiliao'])
    expect(await medianMs(() => guides.find({ code: 'G2500' }).toArray())).toBeLessThan(25)
  })
})
