import { Types, type Connection } from 'mongoose'
import { QR_TARGET_LIFECYCLE, type CreateTargetInput, type DoorplateInput } from '../../../../src/shared/qrcodes'
import type { GuideContent } from '../../../../src/shared/guides'
import type { AppDeps } from '../../lib/deps'
import { AppError, badRequest, conflict, forbidden } from '../../lib/errors'
import { authorOf, creationUpdate } from '../../lib/lifecycle'
import { isDuplicateKeyError } from '../../lib/mongoErrors'
import type { AuthedUser } from '../../lib/types'
import { guideModel } from '../guides/model'
import { departmentModel, townshipModel, villageModel, type DepartmentDoc, type TownshipDoc, type VillageDoc } from '../org/model'
import { ADMIN_ONLY } from './access'
import { qrTargetModel, type QrTargetDoc, type TargetHousehold } from './model'
import { newScene } from './scene'

/** Where a new code goes: everything but its scene and history. */
export type Placement = Pick<QrTargetDoc, 'kind' | 'title' | 'departmentId' | 'guideId' | 'villageId' | 'household'> & { activeKey: string }

const oid = (id: string) => new Types.ObjectId(id)

/** The caller's township (every code belongs to one). */
export async function townshipOf(db: Connection, user: AuthedUser): Promise<TownshipDoc> {
  const t = await townshipModel(db).findById(oid(user.townshipId)).lean<TownshipDoc>()
  if (!t) throw badRequest('TOWNSHIP_UNKNOWN', '没有找到您所在的乡镇，请重新登录')
  return t
}

/** A village of the caller's township, or a 400 saying to pick one. */
export async function villageOf(db: Connection, user: AuthedUser, villageId: string): Promise<VillageDoc> {
  const v = await villageModel(db).findOne({ _id: oid(villageId), townshipId: oid(user.townshipId) }).lean<VillageDoc>()
  if (!v) throw badRequest('VILLAGE_UNKNOWN', '请选择本乡镇的村（社区）')
  return v
}

/** A door plate's household, with blanks as null. */
export function householdOf(p: DoorplateInput): TargetHousehold {
  return { group: p.group?.trim() || null, number: p.number.trim(), householder: p.householder?.trim() || null }
}

/** The title and key of a household's plate within its village. */
export function doorplatePlacement(village: VillageDoc, h: TargetHousehold): Placement {
  return {
    kind: 'doorplate',
    title: `${village.name}${h.group ?? ''}${h.number}${h.householder ? `（${h.householder}）` : ''}`,
    departmentId: null,
    guideId: null,
    villageId: village._id,
    household: h,
    activeKey: `doorplate:${String(village._id)}:${h.group ?? ''}:${h.number}`
  }
}

function requireAdmin(user: AuthedUser): void {
  if (user.role !== 'admin') throw forbidden(ADMIN_ONLY)
}

function requireDepartment(user: AuthedUser, departmentId: Types.ObjectId): void {
  if (user.role !== 'admin' && !user.departmentIds.includes(String(departmentId))) {
    throw forbidden('您只能为本站所的窗口和办事指南生成二维码，其他的请联系中心负责人')
  }
}

/**
 * Works out where a requested code goes and checks the caller may make it: hall, board and door
 * plates by an admin; a window or a published guide of the caller's departments by its staff.
 */
export async function placeTarget(db: Connection, user: AuthedUser, input: CreateTargetInput): Promise<Placement> {
  const townshipId = oid(user.townshipId)
  switch (input.kind) {
    case 'hall': {
      requireAdmin(user)
      const t = await townshipOf(db, user)
      return { kind: 'hall', title: input.title?.trim() || `${t.name}便民服务中心`, departmentId: null, guideId: null, villageId: null, household: null, activeKey: `hall:${user.townshipId}` }
    }
    case 'window': {
      const d = await departmentModel(db).findOne({ _id: oid(input.departmentId), townshipId }).lean<DepartmentDoc>()
      if (!d) throw badRequest('DEPARTMENT_UNKNOWN', '请选择本乡镇的窗口（站所）')
      requireDepartment(user, d._id)
      return { kind: 'window', title: `${d.windowName} ${d.name}`.trim(), departmentId: d._id, guideId: null, villageId: null, household: null, activeKey: `window:${String(d._id)}` }
    }
    case 'guide': {
      const g = await guideModel(db)
        .findOne({ _id: oid(input.guideId), townshipId, published: { $ne: null } }, { published: 1 })
        .lean<{ _id: Types.ObjectId; published: GuideContent }>()
      if (!g) throw badRequest('GUIDE_NOT_PUBLISHED', '只能给已发布的办事指南生成“码上知道”二维码，请先发布')
      const departmentId = oid(g.published.departmentId)
      requireDepartment(user, departmentId)
      return { kind: 'guide', title: g.published.title, departmentId, guideId: g._id, villageId: null, household: null, activeKey: `guide:${String(g._id)}` }
    }
    case 'board': {
      requireAdmin(user)
      const v = await villageOf(db, user, input.villageId)
      return { kind: 'board', title: `${v.name}村务公开栏`, departmentId: null, guideId: null, villageId: v._id, household: null, activeKey: `board:${String(v._id)}` }
    }
    case 'doorplate': {
      requireAdmin(user)
      const v = await villageOf(db, user, input.villageId)
      return doorplatePlacement(v, householdOf(input))
    }
  }
}

const TAKEN = (title: string) => conflict('QR_TARGET_EXISTS', `“${title}”已经有二维码了，直接打印即可；要换新码，请先停用旧的`)

/**
 * Writes a new live code with a fresh random scene and its creation update. A place that already has
 * a live code answers 409 (its unique `activeKey`); a scene that happens to be taken is drawn again.
 */
export async function insertTarget(deps: AppDeps, user: AuthedUser, p: Placement): Promise<QrTargetDoc> {
  const Target = qrTargetModel(deps.db)
  const now = deps.clock.now()
  for (let attempt = 0; attempt < 5; attempt++) {
    const doc: QrTargetDoc = {
      _id: deps.ids.objectId(),
      townshipId: oid(user.townshipId),
      scene: newScene(deps.ids),
      ...p,
      status: 'active',
      retiredReason: null,
      insteadId: null,
      miniprogramImageKey: null,
      updates: [creationUpdate(QR_TARGET_LIFECYCLE, 'create', authorOf(user), now)],
      createdBy: oid(user.id),
      createdAt: now,
      updatedAt: now
    }
    try {
      await Target.create(doc)
      return doc
    } catch (err) {
      if (!isDuplicateKeyError(err)) throw err
      if (await Target.exists({ activeKey: p.activeKey })) throw TAKEN(p.title)
    }
  }
  throw new AppError(503, 'QR_SCENE_BUSY', '生成二维码编号没有成功，请再试一次')
}
