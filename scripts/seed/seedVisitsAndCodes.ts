import { Types, type Connection } from 'mongoose'
import { randomIds } from '../../cloud/src/lib/ids'
import type { AuthedUser } from '../../cloud/src/lib/types'
import { villageModel, type VillageDoc } from '../../cloud/src/modules/org/model'
import { qrTargetModel, type QrTargetDoc } from '../../cloud/src/modules/qrcodes/model'
import { doorplatePlacement, householdOf, placeTarget, type Placement } from '../../cloud/src/modules/qrcodes/place'
import { newScene } from '../../cloud/src/modules/qrcodes/scene'
import { userModel } from '../../cloud/src/modules/users/model'
import { volunteerModel } from '../../cloud/src/modules/visits/model'
import type { CreateTargetInput } from '../../src/shared/qrcodes'
import type { SeedData } from './data/types'

interface SeedContext {
  now: Date
  townshipId: string
  adminUserId: string
  userIds: Record<string, string>
  villageIds: Record<string, string>
  departmentIds: Record<string, string>
  guideIds: Record<string, string>
}

const oid = (id: string) => new Types.ObjectId(id)

/**
 * The demo's 上门服务 and 码上办: the volunteers and grid workers, registered and approved by the admin;
 * and the posted codes — the hall, every window, 码上知道 posters of some guides, village boards and
 * door plates — each with a random scene. Idempotent: registrations by account and codes by place
 * are written once (a code retired in the demo is not made again).
 */
export async function seedVisitsAndCodes(db: Connection, data: SeedData, ctx: SeedContext): Promise<void> {
  const Volunteer = volunteerModel(db)
  const Target = qrTargetModel(db)
  await Promise.all([Volunteer.init(), Target.init()])
  const townshipId = oid(ctx.townshipId)
  const admin = await userModel(db).findById(ctx.adminUserId, { displayName: 1 }).lean()
  const by = { authorId: oid(ctx.adminUserId), authorName: admin?.displayName ?? '中心负责人', authorRole: 'admin', publicText: null, internalNote: null }

  for (const v of data.volunteers ?? []) {
    const userId = ctx.userIds[v.personKey]
    const villageId = ctx.villageIds[v.villageKey]
    if (!userId || !villageId) throw new Error(`seed: volunteer ${v.personKey} names an unknown person or village`)
    const person = await userModel(db).findById(userId, { displayName: 1, phoneEncrypted: 1, phoneMasked: 1, role: 1 }).lean()
    if (!person?.phoneEncrypted || !person.phoneMasked) throw new Error(`seed: volunteer ${v.personKey} needs a phone`)
    await Volunteer.updateOne(
      { userId: oid(userId) },
      {
        $setOnInsert: {
          townshipId,
          userId: oid(userId),
          villageId: oid(villageId),
          kind: v.kind,
          realName: person.displayName,
          phoneEncrypted: person.phoneEncrypted,
          phoneMasked: person.phoneMasked,
          skills: v.skills,
          intro: v.intro ?? null,
          phoneOnDoorplates: v.phoneOnDoorplates ?? false,
          status: 'approved',
          reason: null,
          updates: [
            { action: 'register', from: null, to: 'pending', authorId: oid(userId), authorName: person.displayName, authorRole: person.role, at: ctx.now, publicText: null, internalNote: null },
            { action: 'approve', from: 'pending', to: 'approved', ...by, at: ctx.now }
          ],
          pendingNotices: [],
          registeredAt: ctx.now,
          updatedAt: ctx.now
        }
      },
      { upsert: true }
    )
  }

  const codes = data.qrCodes
  if (!codes) return
  const user: AuthedUser = { id: ctx.adminUserId, role: 'admin', displayName: by.authorName, townshipId: ctx.townshipId, departmentIds: [], villageId: null, openid: null, sessionId: 'seed' }
  const requests: CreateTargetInput[] = [
    { kind: 'hall' },
    ...Object.values(ctx.departmentIds).map((departmentId) => ({ kind: 'window' as const, departmentId })),
    ...codes.guideSlugs.flatMap((slug) => (ctx.guideIds[slug] ? [{ kind: 'guide' as const, guideId: ctx.guideIds[slug]! }] : [])),
    ...codes.boardVillageKeys.map((key) => ({ kind: 'board' as const, villageId: ctx.villageIds[key]! }))
  ]
  const placements: Placement[] = []
  for (const r of requests) placements.push(await placeTarget(db, user, r))
  const villages = new Map((await villageModel(db).find({ townshipId }).lean<VillageDoc[]>()).map((v) => [String(v._id), v]))
  for (const p of codes.doorplates) {
    const village = villages.get(ctx.villageIds[p.villageKey] ?? '')
    if (!village) throw new Error(`seed: door plate names unknown village ${p.villageKey}`)
    placements.push(doorplatePlacement(village, householdOf(p)))
  }
  const made = new Set(
    (await Target.find({ townshipId }, { kind: 1, title: 1 }).lean<{ kind: string; title: string }[]>()).map((t) => `${t.kind}:${t.title}`)
  )
  const writes = placements.flatMap((p, i) => {
    if (made.has(`${p.kind}:${p.title}`)) return []
    const at = new Date(ctx.now.getTime() + i)
    const target: Omit<QrTargetDoc, '_id'> = {
      townshipId,
      scene: newScene(randomIds),
      ...p,
      status: 'active',
      retiredReason: null,
      insteadId: null,
      miniprogramImageKey: null,
      updates: [{ action: 'create', from: null, to: 'active', ...by, at }],
      createdBy: oid(ctx.adminUserId),
      createdAt: at,
      updatedAt: at
    }
    return [{ updateOne: { filter: { activeKey: p.activeKey }, update: { $setOnInsert: target }, upsert: true } }]
  })
  if (writes.length) await Target.bulkWrite(writes, { ordered: false })
}
