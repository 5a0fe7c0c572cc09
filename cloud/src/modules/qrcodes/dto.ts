import { QR_TARGET_KIND_LABELS, type DoorplateDTO, type QrTargetDTO } from '../../../../src/shared/qrcodes'
import type { QrTargetDoc, TargetHousehold } from './model'

/** A household's address as cases and visits are prefilled with: township, village, group, number. */
export function householdAddress(townshipName: string, villageName: string, h: TargetHousehold): string {
  return `${townshipName}${villageName}${h.group ?? ''}${h.number}`
}

/** The household of a door-plate target, or null for other kinds. */
export function doorplateOf(t: Pick<QrTargetDoc, 'household' | 'villageId'>, townshipName: string, villageName: string): DoorplateDTO | null {
  if (!t.household || !t.villageId) return null
  return {
    villageId: String(t.villageId),
    villageName,
    group: t.household.group,
    number: t.household.number,
    householder: t.household.householder,
    address: householdAddress(townshipName, villageName, t.household)
  }
}

/** A code as staff manage it. */
export function toTargetDTO(
  t: QrTargetDoc,
  ctx: { townshipName: string; villageName: string; insteadTitle: string | null; scans30d: number }
): QrTargetDTO {
  return {
    id: String(t._id),
    scene: t.scene,
    kind: t.kind,
    kindLabel: QR_TARGET_KIND_LABELS[t.kind],
    title: t.title,
    status: t.status,
    departmentId: t.departmentId ? String(t.departmentId) : null,
    guideId: t.guideId ? String(t.guideId) : null,
    villageId: t.villageId ? String(t.villageId) : null,
    doorplate: doorplateOf(t, ctx.townshipName, ctx.villageName),
    retiredReason: t.retiredReason,
    insteadTitle: ctx.insteadTitle,
    scans30d: ctx.scans30d,
    createdAt: t.createdAt.toISOString()
  }
}
