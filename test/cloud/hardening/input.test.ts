import { randomUUID } from 'node:crypto'
import { Types } from 'mongoose'
import { idNumberFrom, startTestApp, type SignedIn, type TestApp } from '../helpers/testApp'

let t: TestApp
let resident: SignedIn
let assistant: SignedIn
beforeAll(async () => {
  t = await startTestApp()
  resident = await t.signIn('resident')
  assistant = await t.signIn('assistant', { displayName: '桐山村网格员' })
})
afterAll(() => t.stop())

const post = (who: SignedIn, url: string, body: object) => t.http.post(url).set(who.headers).set('Idempotency-Key', randomUUID()).send(body)
const complaint = (text: string, extra: object = {}) => ({ type: 'complaint', category: 'social', text, ...extra })
const signup = (realName: string) => ({
  townshipId: t.township.id,
  realName,
  idNumber: idNumberFrom(`36073019900101${String(1000 + Math.floor(Math.random() * 8999)).slice(-4)}`.slice(0, 17)),
  phone: '13800138000',
  departmentIds: [t.township.departmentIds[0]]
})

describe('text nobody can see', () => {
  it.each([
    ['a NUL character', '\u0000'],
    ['control characters', '\u0001\u0007\u001b\u007f'],
    ['zero-width characters', '\u200b\u200c\u200d\ufeff\u2060'],
    ['bidi controls and blank letters', '\u202e\u2066\u3164\u2800'],
    ['ideographic spaces', '\u3000\u3000']
  ])('refuses a case text of only %s with 400 and says to write something', async (_what, text) => {
    const res = await post(resident, '/api/cases', complaint(text))
    expect(res.status).toBe(400)
    expect(res.body.fields?.text).toBe('请填写诉求内容')
  })

  it('refuses a staff sign-up name of a zero-width space', async () => {
    const res = await post(await t.signIn('resident'), '/api/staff/signups', signup('\u200b'))
    expect(res.status).toBe(400)
    expect(res.body.fields?.realName).toBe('请填写真实姓名')
  })
})

describe('text that displays as something else', () => {
  it('keeps a name free of direction overrides and invisible characters, so it reads as it is stored', async () => {
    const res = await post(await t.signIn('resident'), '/api/staff/signups', signup('李\u202e明\u200b小'))
    expect(res.status).toBe(201)
    expect(res.body.realName).toBe('李明小')
  })

  it('stores a person an assistant adds under the name as shown, in one Unicode form', async () => {
    // "张" followed by a combining mark is stored composed; an override inside the name is dropped.
    const res = await post(assistant, '/api/assistant/people', { name: 'Zoe\u0301 \u202e张\u2067三', villageId: t.township.villageIds[0], consentHow: 'signed_paper' })
    expect(res.status).toBe(201)
    const person = await t.db.collection('people').findOne({ _id: new Types.ObjectId(String(res.body.personId)) })
    expect(person?.name).toBe('Zoé 张三')
  })

  it('keeps line breaks and tabs of a case text, drops control characters inside it and composes accents', async () => {
    const res = await post(resident, '/api/cases', complaint('村口路灯坏了\u0000一个月。\n\t晚上老人出门不方便\u202e，请修理。Cafe\u0301'))
    expect(res.status).toBe(201)
    const stored = await t.db.collection('cases').findOne({ number: res.body.number })
    expect(stored?.text).toBe('村口路灯坏了一个月。\n\t晚上老人出门不方便，请修理。Café')
  })
})
