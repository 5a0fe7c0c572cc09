import { randomUUID } from 'node:crypto'
import type { SignedIn, TestApp } from './testApp'

/** A complaint every case test can file. */
export const COMPLAINT = { type: 'complaint', category: 'social', text: '村口路灯坏了一个月，晚上老人出门不方便，请尽快修理。' }

/**
 * The case API calls the case tests make, over the test app's HTTP (`app` is read at each call, as
 * suites start it in `beforeAll`): each write with a fresh Idempotency-Key unless given one.
 */
export function caseClient(app: () => TestApp) {
  const key = () => randomUUID()
  return {
    key,
    submit: (who: SignedIn, body: object = COMPLAINT, k = key()) => app().http.post('/api/cases').set(who.headers).set('Idempotency-Key', k).send(body),
    /** A staff action: POST /api/staff/cases/:id/<verb>. */
    act: (who: SignedIn, id: string, verb: string, body: object = {}) =>
      app().http.post(`/api/staff/cases/${id}/${verb}`).set(who.headers).set('Idempotency-Key', key()).send(body),
    /** A resident's action on their case: POST /api/cases/:id/<verb>. */
    mine: (who: SignedIn, id: string, verb: string, body: object = {}) =>
      app().http.post(`/api/cases/${id}/${verb}`).set(who.headers).set('Idempotency-Key', key()).send(body),
    upload: (who: SignedIn, data: Buffer) =>
      app().http.post('/api/uploads/photos').set(who.headers).set('Idempotency-Key', key()).send({ dataBase64: data.toString('base64') }),
    async inboxTitles(who: SignedIn): Promise<string[]> {
      const res = await app().http.get('/api/notices/inbox').set(who.headers)
      return (res.body.items as { title: string }[]).map((i) => i.title)
    }
  }
}
