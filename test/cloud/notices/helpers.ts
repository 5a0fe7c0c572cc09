import { Types } from 'mongoose'
import type { FakeWechat } from '../../../cloud/src/lib/wechat/fakeServer'
import { SUBSCRIBE_SEND_PATH } from '../../../cloud/src/modules/notices/channels/wechat'
import { userModel } from '../../../cloud/src/modules/users/model'
import { noticeSubscriptionModel } from '../../../cloud/src/modules/notices/model'
import { idNumberFrom, type SignedIn, type TestApp } from '../helpers/testApp'

let seq = 0

/** Gives a test account a WeChat identity, as a sign-in through WeChat would. */
export async function giveOpenid(t: TestApp, who: SignedIn): Promise<string> {
  const openid = `o-test-${who.userId}`
  await userModel(t.db).updateOne({ _id: who.userId }, { $set: { openid } })
  return openid
}

/** Records `count` accepted one-time subscriptions of the review-result template for the account. */
export async function acceptReviewResult(t: TestApp, who: SignedIn, count = 1): Promise<void> {
  await noticeSubscriptionModel(t.db).updateOne(
    { userId: new Types.ObjectId(who.userId), templateKey: 'reviewResult' },
    {
      $set: { templateId: t.deps.config.notices.templates.reviewResult!, choice: 'accept', remaining: count, updatedAt: t.clock.now() }
    },
    { upsert: true }
  )
}

/** Submits a staff sign-up for the account; answers the sign-up id. */
export async function submitSignup(t: TestApp, who: SignedIn, realName = '李小明'): Promise<string> {
  seq += 1
  const res = await t.http
    .post('/api/staff/signups')
    .set(who.headers)
    .set('Idempotency-Key', `signup-${who.userId}-${seq}`)
    .send({
      townshipId: t.township.id,
      realName,
      idNumber: idNumberFrom(`36073019900${String(100000 + seq + Math.floor(Math.random() * 800000)).slice(-6)}`),
      phone: '13800138000',
      departmentIds: [t.township.departmentIds[0]]
    })
  if (res.status !== 201) throw new Error(`sign-up failed: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.id as string
}

/** Subscribe messages the fake WeChat server accepted (delivered), by the inbox entry they open. */
export function wechatSendsByEntry(fake: FakeWechat): Map<string, number> {
  const out = new Map<string, number>()
  for (const call of fake.state.acceptedCallsTo(SUBSCRIBE_SEND_PATH)) {
    const page = (call.body as { page?: string }).page ?? ''
    const id = /open=([0-9a-f]{24})/.exec(page)?.[1] ?? page
    out.set(id, (out.get(id) ?? 0) + 1)
  }
  return out
}
