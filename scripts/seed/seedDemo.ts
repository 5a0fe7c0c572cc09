import { Types, type Connection } from 'mongoose'
import type { AppConfig } from '../../cloud/src/config/env'
import { encryptField, lookupHash } from '../../cloud/src/lib/crypto'
import { userModel } from '../../cloud/src/modules/users/model'
import { consentModel, personModel } from '../../cloud/src/modules/people/model'
import { staffSignupModel } from '../../cloud/src/modules/staff/model'
import { openingTemplateModel } from '../../cloud/src/modules/appointments/model'
import { scopeKeyOf } from '../../cloud/src/modules/appointments/load'
import { maskIdNumber, maskPhone } from '../../src/shared/mask'
import { seedData } from './data'
import type { SeedData } from './data/types'
import { seedOrgAndGuides, type SeededOrg } from './seedOrgAndGuides'
import { seedDemoCases } from './seedCases'
import { seedDemoBookings } from './seedBookings'
import { seedVisitsAndCodes } from './seedVisitsAndCodes'
import { seedDemoDisclosure } from './seedDisclosure'

export interface SeededDemo extends SeededOrg {
  /** Demo person key → user id. */
  userIds: Record<string, string>
  /** Demo bookings and walk-ins written by this run. */
  bookings: number
}

/**
 * Loads the demo township (新界埠镇) with its guides, the demo persons offered by the dev login,
 * the elders the assistants help (with consent records), the staff sign-ups waiting for the
 * admin, the opening templates of the windows that take online bookings (an admin's later edits
 * are kept), demo cases (诉求) in every state, the approved volunteers and the posted QR codes
 * (码上办), the hall's bookings and walk-ins of the demo's day and the two working days before it,
 * and its 政务公开 (published items, village 三务公开 with quarterly accounts, 权责清单, 便民地图,
 * information requests). Idempotent: every write is an upsert on a stable
 * key, so `npm start` can run it each time.
 * Personal data is stored the way the application stores it: encrypted, hashed and masked.
 */
export async function seedDemo(
  db: Connection,
  opts: { config: Pick<AppConfig, 'keys'>; now: Date; data?: SeedData }
): Promise<SeededDemo> {
  const data = opts.data ?? seedData
  const { now } = opts
  const { idEncryption, idHash } = opts.config.keys
  const org = await seedOrgAndGuides(db, data, { now })
  const townshipId = new Types.ObjectId(org.townshipId)
  const oid = (id: string) => new Types.ObjectId(id)
  const villageId = (key: string) => {
    const id = org.villageIds[key]
    if (!id) throw new Error(`seed: unknown village key ${key}`)
    return oid(id)
  }
  const departmentId = (key: string) => {
    const id = org.departmentIds[key]
    if (!id) throw new Error(`seed: unknown department key ${key}`)
    return oid(id)
  }

  const User = userModel(db)
  const Person = personModel(db)
  const Consent = consentModel(db)
  const Signup = staffSignupModel(db)
  await Promise.all([User.init(), Person.init(), Consent.init(), Signup.init()])

  const userIds: Record<string, string> = {}
  const upsertDemoUser = async (demoKey: string, fields: Record<string, unknown>, phone?: string) => {
    const user = await User.findOneAndUpdate(
      { demoKey },
      {
        $set: { ...fields, townshipId, demoKey },
        $setOnInsert: phone ? { phoneEncrypted: encryptField(phone, idEncryption), phoneMasked: maskPhone(phone) } : {}
      },
      { upsert: true, new: true }
    ).lean()
    userIds[demoKey] = String(user._id)
    return user._id
  }

  for (const p of data.people) {
    const userId = await upsertDemoUser(
      p.key,
      {
        role: p.role,
        displayName: p.displayName,
        demoDescription: p.description,
        villageId: p.villageKey ? villageId(p.villageKey) : null,
        departmentIds: (p.departmentKeys ?? []).map(departmentId)
      },
      p.phone
    )
    await Person.updateOne(
      { userId },
      {
        $set: { name: p.displayName, townshipId, villageId: p.villageKey ? villageId(p.villageKey) : null },
        $setOnInsert: { userId, createdBy: userId }
      },
      { upsert: true }
    )
  }

  for (const h of data.helped) {
    const assistantId = userIds[h.assistantKey]
    if (!assistantId) throw new Error(`seed: helped person ${h.name} names unknown assistant ${h.assistantKey}`)
    const person = await Person.findOneAndUpdate(
      { townshipId, villageId: villageId(h.villageKey), name: h.name, createdBy: oid(assistantId), userId: { $exists: false } },
      {
        $setOnInsert: {
          townshipId,
          villageId: villageId(h.villageKey),
          name: h.name,
          createdBy: oid(assistantId),
          ...(h.phone ? { phoneEncrypted: encryptField(h.phone, idEncryption), phoneMasked: maskPhone(h.phone) } : {})
        }
      },
      { upsert: true, new: true }
    ).lean()
    await Consent.updateOne(
      { activeKey: `${assistantId}:${String(person._id)}` },
      {
        $setOnInsert: {
          assistantUserId: oid(assistantId),
          personId: person._id,
          townshipId,
          how: h.consentHow,
          givenAt: now,
          note: '演示数据：授权记录',
          recordedBy: oid(assistantId),
          recordedAt: now
        }
      },
      { upsert: true }
    )
  }

  for (const [i, s] of data.pendingSignups.entries()) {
    const applicantId = await upsertDemoUser(`signup-${i + 1}`, {
      role: 'resident',
      displayName: s.realName,
      demoDescription: `已提交工作人员注册申请（${s.departmentKeys.length} 个站所），等待中心负责人审核。试试：在“我的”里看审核状态。`,
      villageId: null,
      departmentIds: []
    })
    const idNumberHash = lookupHash(s.idNumber, idHash)
    await Signup.updateOne(
      { activeIdKey: `${org.townshipId}:${idNumberHash}` },
      {
        $setOnInsert: {
          userId: applicantId,
          townshipId,
          realName: s.realName,
          idNumberEncrypted: encryptField(s.idNumber, idEncryption),
          idNumberHash,
          idNumberMasked: maskIdNumber(s.idNumber),
          phoneEncrypted: encryptField(s.phone, idEncryption),
          phoneMasked: maskPhone(s.phone),
          departmentIds: s.departmentKeys.map(departmentId),
          status: 'pending',
          pendingUserKey: String(applicantId),
          submittedAt: now
        }
      },
      { upsert: true }
    )
  }

  const seededBy = Object.values(userIds)[0]
  if (seededBy) {
    const Template = openingTemplateModel(db)
    await Template.init()
    for (const tpl of data.openingTemplates ?? []) {
      const guideId = tpl.guideSlug ? org.guideIds[tpl.guideSlug] : null
      if (tpl.guideSlug && !guideId) throw new Error(`seed: opening template names unknown guide ${tpl.guideSlug}`)
      const dept = departmentId(tpl.departmentKey)
      const { departmentKey: _key, guideSlug: _slug, ...rules } = tpl
      await Template.updateOne(
        { scopeKey: scopeKeyOf(dept, guideId ?? null) },
        {
          $setOnInsert: {
            ...rules,
            townshipId,
            departmentId: dept,
            guideId: guideId ? oid(guideId) : null,
            scopeKey: scopeKeyOf(dept, guideId ?? null),
            active: true,
            revision: 1,
            createdBy: oid(seededBy),
            createdAt: now,
            updatedBy: oid(seededBy),
            updatedAt: now
          }
        },
        { upsert: true }
      )
    }
  }

  await seedDemoCases(db, { now, townshipId: org.townshipId, userIds, staffUserId: userIds['yuan-chunhua'] ?? null })
  const adminPerson = data.people.find((p) => p.role === 'admin')
  if (adminPerson && userIds[adminPerson.key]) {
    await seedVisitsAndCodes(db, data, { ...org, now, adminUserId: userIds[adminPerson.key]!, userIds })
  }

  const clerks: Record<string, string> = {}
  for (const p of data.people) {
    if (p.role !== 'staff') continue
    for (const key of p.departmentKeys ?? []) clerks[String(departmentId(key))] ??= userIds[p.key]!
  }
  const bookings = seededBy
    ? await seedDemoBookings(db, data.bookings ?? [], {
        now,
        townshipId: org.townshipId,
        guideIds: org.guideIds,
        departmentIds: org.departmentIds,
        userIds,
        clerks,
        fallbackClerk: (adminPerson && userIds[adminPerson.key]) ?? seededBy
      })
    : 0

  if (data.disclosure && adminPerson) {
    const reviewer = { id: userIds[adminPerson.key]!, name: adminPerson.displayName, role: 'admin' }
    const byId = new Map(data.people.map((p) => [userIds[p.key], p]))
    await seedDemoDisclosure(db, data.disclosure, {
      now,
      townshipId: org.townshipId,
      villageIds: org.villageIds,
      departmentIds: org.departmentIds,
      userIds,
      keys: opts.config.keys,
      reviewer,
      clerkOf: (departmentKey) => {
        const clerk = byId.get(clerks[String(departmentId(departmentKey))])
        return clerk ? { id: userIds[clerk.key]!, name: clerk.displayName, role: 'staff' } : reviewer
      }
    })
  }

  return { ...org, userIds, bookings }
}
