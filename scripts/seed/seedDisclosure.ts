import { Types, type Connection } from 'mongoose'
import { disclosureContentSchema, type DisclosureContent } from '../../src/shared/disclosure'
import { appealRightsText, REPLY_KIND_LABELS } from '../../src/shared/infoRequests'
import { maskIdNumber, maskPhone } from '../../src/shared/mask'
import type { AppConfig } from '../../cloud/src/config/env'
import { encryptField, lookupHash } from '../../cloud/src/lib/crypto'
import { nextSequence } from '../../cloud/src/lib/sequence'
import { addCalendarDays, isWorkingDay, NO_OVERRIDES, toLocalDate } from '../../cloud/src/modules/calendar/workingDays'
import { powerSearch, servicePointSearch } from '../../cloud/src/modules/disclosure/directory'
import { counterModel, itemModel, powerModel, servicePointModel, subscriptionModel, type DisclosureItemDoc } from '../../cloud/src/modules/disclosure/model'
import { bumpSearchVersion, itemSearchFields } from '../../cloud/src/modules/disclosure/search'
import { startClock } from '../../cloud/src/modules/infoRequests/clock'
import { defaultSettings, receiptTarget, runningFields } from '../../cloud/src/modules/infoRequests/core'
import { infoRequestModel, NO_RANK, type InfoRequestDoc, type InfoRequestUpdate } from '../../cloud/src/modules/infoRequests/model'
import { townshipModel, villageModel, type TownshipDoc } from '../../cloud/src/modules/org/model'
import { personModel } from '../../cloud/src/modules/people/model'
import type { SeedDisclosure } from './data/types'

/** Who signs a seeded step. */
export interface SeedAuthor {
  id: string
  name: string
  role: string
}

export interface SeedDisclosureOptions {
  now: Date
  townshipId: string
  villageIds: Record<string, string>
  departmentIds: Record<string, string>
  userIds: Record<string, string>
  keys: AppConfig['keys']
  /** The clerk of a department (who drafts), and the admin (who reviews and publishes). */
  clerkOf: (departmentKey: string) => SeedAuthor
  reviewer: SeedAuthor
}

const DAY_MS = 86_400_000

/** The working day `days` calendar days before `now` (or the one before it), for a believable history. */
function workingDayBefore(now: Date, days: number): string {
  let day = addCalendarDays(toLocalDate(now), -days)
  while (!isWorkingDay(day)) day = addCalendarDays(day, -1)
  return day
}

const need = (map: Record<string, string>, key: string, what: string) => {
  const id = map[key]
  if (!id) throw new Error(`seed: unknown ${what} ${key}`)
  return id
}

/**
 * Loads the demo township's 政务公开: published township and village items (each drafted by the
 * department's clerk and published by the admin, with a 索引号), the 权责清单, the 便民地图, a
 * resident's subscription and three information requests (waiting for receipt, in progress, and
 * answered as already public). Idempotent: items by title, entries by name, requests by number; an
 * admin's later edits to the 权责清单 and the map are kept.
 */
export async function seedDemoDisclosure(db: Connection, data: SeedDisclosure, opts: SeedDisclosureOptions): Promise<void> {
  const townshipId = new Types.ObjectId(opts.townshipId)
  const Item = itemModel(db)
  await Promise.all([Item.init(), powerModel(db).init(), servicePointModel(db).init(), subscriptionModel(db).init(), infoRequestModel(db).init()])
  const township = await townshipModel(db).findById(townshipId).lean<TownshipDoc>()
  if (!township) throw new Error('seed: township missing')

  const ids: Record<string, Types.ObjectId> = {}
  const series: Record<string, Types.ObjectId> = {}
  for (const seed of data.items) {
    const existing = await Item.findOne({ townshipId, 'content.title': seed.content.title, version: 1 }, { _id: 1, seriesId: 1 }).lean<Pick<DisclosureItemDoc, '_id' | 'seriesId'>>()
    if (existing) {
      ids[seed.key] = existing._id
      series[seed.key] = existing.seriesId
      continue
    }
    const { interpretsKey, ...rest } = seed.content
    const content: DisclosureContent = disclosureContentSchema.parse({
      ...rest,
      departmentId: need(opts.departmentIds, seed.departmentKey, 'department'),
      villageId: seed.villageKey ? need(opts.villageIds, seed.villageKey, 'village') : null,
      interpretsId: interpretsKey ? String(ids[interpretsKey] ?? '') : null
    })
    const publishedAt = new Date(opts.now.getTime() - seed.daysAgo * DAY_MS)
    const year = toLocalDate(publishedAt).slice(0, 4)
    const seq = await nextSequence(counterModel(db), `index:${opts.townshipId}:${year}`)
    const indexNumber = `${township.key}/${year}-${String(seq).padStart(5, '0')}`
    const clerk = opts.clerkOf(seed.departmentKey)
    const at = (hours: number) => new Date(publishedAt.getTime() - hours * 3600_000)
    const step = (action: DisclosureItemDoc['updates'][number]['action'], from: DisclosureItemDoc['status'] | null, to: DisclosureItemDoc['status'], who: SeedAuthor, when: Date) => ({
      action,
      from,
      to,
      authorId: new Types.ObjectId(who.id),
      authorName: who.name,
      authorRole: who.role,
      at: when,
      publicText: null,
      internalNote: null
    })
    const _id = new Types.ObjectId()
    const doc: DisclosureItemDoc = {
      _id,
      townshipId,
      seriesId: _id,
      version: 1,
      supersedesId: null,
      supersededById: null,
      status: 'published',
      content,
      departmentId: new Types.ObjectId(content.departmentId),
      villageId: content.villageId ? new Types.ObjectId(content.villageId) : null,
      interpretsSeriesId: interpretsKey ? (series[interpretsKey] ?? null) : null,
      indexNumber,
      moderation: 'passed',
      moderationNote: null,
      submittedById: new Types.ObjectId(clerk.id),
      submittedByName: clerk.name,
      publishedAt,
      publishedById: new Types.ObjectId(opts.reviewer.id),
      withdrawnAt: null,
      withdrawReason: null,
      search: itemSearchFields(content, indexNumber),
      updates: [step('create', null, 'draft', clerk, at(26)), step('submitForReview', 'draft', 'inReview', clerk, at(24)), step('publish', 'inReview', 'published', opts.reviewer, publishedAt)],
      pendingNotices: [],
      createdAt: at(26),
      createdById: new Types.ObjectId(clerk.id),
      updatedAt: publishedAt
    }
    await Item.create(doc)
    ids[seed.key] = _id
    series[seed.key] = _id
  }
  await bumpSearchVersion(db, townshipId)

  for (const [order, p] of data.powers.entries()) {
    const fields = { code: '', keywords: [], ...p, order: order + 1 }
    await powerModel(db).updateOne(
      { townshipId, name: p.name },
      { $setOnInsert: { ...fields, townshipId, search: powerSearch(fields), updatedAt: opts.now } },
      { upsert: true }
    )
  }
  for (const [order, s] of data.servicePoints.entries()) {
    const { villageKey, ...point } = s
    const villageId = villageKey ? need(opts.villageIds, villageKey, 'village') : null
    const fields = { services: [], ...point, villageId, order: order + 1 }
    const villageName = villageId ? ((await villageModel(db).findById(villageId, { name: 1 }).lean<{ name: string }>())?.name ?? null) : null
    await servicePointModel(db).updateOne(
      { townshipId, name: s.name },
      { $setOnInsert: { ...fields, villageId: villageId ? new Types.ObjectId(villageId) : null, townshipId, search: servicePointSearch(fields, villageName), updatedAt: opts.now } },
      { upsert: true }
    )
  }
  for (const s of data.subscriptions) {
    const userId = new Types.ObjectId(need(opts.userIds, s.personKey, 'person'))
    const key = need(opts.villageIds, s.villageKey, 'village')
    await subscriptionModel(db).updateOne(
      { userId, target: s.target, key },
      { $setOnInsert: { userId, townshipId, target: s.target, key, createdAt: opts.now } },
      { upsert: true }
    )
  }

  const settings = defaultSettings(township)
  for (const r of data.requests) {
    const submittedOn = workingDayBefore(opts.now, r.submittedDaysAgo)
    const number = `${submittedOn.slice(0, 4)}-${r.number}`
    if (await infoRequestModel(db).exists({ townshipId, number })) continue
    const userId = need(opts.userIds, r.personKey, 'person')
    const person = await personModel(db).findOne({ userId: new Types.ObjectId(userId) }).lean()
    if (!person) throw new Error(`seed: ${r.personKey} has no person record`)
    const submittedAt = new Date(Math.min(opts.now.getTime(), Date.parse(`${submittedOn}T09:30:00+08:00`)))
    const applicant = { id: userId, name: person.name, role: 'resident' }
    const update = (action: InfoRequestUpdate['action'], from: InfoRequestUpdate['from'], to: InfoRequestUpdate['to'], who: SeedAuthor, at: Date, publicText: string | null): InfoRequestUpdate => ({
      action,
      from,
      to,
      authorId: new Types.ObjectId(who.id),
      authorName: who.name,
      authorRole: who.role,
      at,
      publicText,
      internalNote: null,
      public: true
    })
    const updates = [update('submit', null, 'submitted', applicant, submittedAt, null)]
    const clock = r.received ? runningFields(startClock(submittedOn), NO_OVERRIDES) : null
    if (clock) {
      updates.push(update('receive', 'submitted', 'received', opts.reviewer, new Date(submittedAt.getTime() + 2 * 3600_000), `收到申请之日为 ${submittedOn}，将在 ${clock.due?.dueDate ?? ''} 前（20 个工作日内）答复`))
    }
    const item = r.reply ? await itemModel(db).findById(ids[r.reply.itemKey], { 'content.title': 1 }).lean<{ _id: Types.ObjectId; content: { title: string } }>() : null
    const repliedAt = new Date(submittedAt.getTime() + 26 * 3600_000)
    if (r.reply) updates.push(update('reply', 'received', 'replied', opts.reviewer, repliedAt, `答复：${REPLY_KIND_LABELS[r.reply.kind]}`))
    const doc: InfoRequestDoc = {
      _id: new Types.ObjectId(),
      townshipId,
      departmentId: null,
      number,
      acting: { submitterId: new Types.ObjectId(userId), submitterRole: 'resident', applicantPersonId: person._id, applicantName: person.name, onBehalf: false, consentId: null },
      applicant: {
        type: 'person',
        name: person.name,
        orgType: null,
        contactPerson: null,
        idEncrypted: encryptField(r.idNumber, opts.keys.idEncryption),
        idHash: lookupHash(r.idNumber, opts.keys.idHash),
        idMasked: maskIdNumber(r.idNumber),
        phoneEncrypted: encryptField(r.phone, opts.keys.idEncryption),
        phoneMasked: maskPhone(r.phone),
        address: null,
        email: null
      },
      description: r.description,
      purpose: null,
      form: r.form,
      delivery: r.delivery,
      status: r.reply ? 'replied' : r.received ? 'received' : 'submitted',
      resumeStatus: null,
      receivedOn: r.received ? submittedOn : null,
      clock: clock?.clock ?? null,
      due: clock?.due ?? null,
      queueRank: r.reply ? NO_RANK : (clock?.queueRank ?? receiptTarget(submittedOn, NO_OVERRIDES)),
      correction: null,
      extension: null,
      consultations: [],
      reply: r.reply
        ? {
            kind: r.reply.kind,
            text: r.reply.text,
            withheldReason: null,
            cannotProvideReason: null,
            whereToFind: '“乡里办”小程序 → 政务公开',
            disclosureItem: item ? { id: String(item._id), title: item.content.title } : null,
            otherAgency: null,
            otherLaw: null,
            attachmentIds: [],
            pages: 0,
            fee: { yuan: 0, basis: '依申请公开政府信息不收费' },
            appealText: appealRightsText(settings),
            repliedOn: toLocalDate(repliedAt),
            late: false
          }
        : null,
      closedOn: r.reply ? toLocalDate(repliedAt) : null,
      closedBy: r.reply ? 'reply' : null,
      withdrawnReason: null,
      monthKey: submittedOn.slice(0, 7),
      submittedAt,
      updates,
      pendingNotices: [],
      updatedAt: updates.at(-1)!.at
    }
    await infoRequestModel(db).create(doc)
  }
}
