import { Types, type Connection } from 'mongoose'
import type { DisclosureFileDTO, DisclosureFileType } from '../../../../src/shared/disclosure'
import type { AppDeps } from '../../lib/deps'
import { badRequest } from '../../lib/errors'
import { sniffImageType, type FileExt } from '../../lib/storage'
import { fileModel, type DisclosureFileDoc } from './model'

/** How long an attachment link works without a session. */
export const FILE_LINK_TTL_SECONDS = 3600

const EXT: Record<DisclosureFileType, FileExt> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' }

/** The attachment type of some bytes by their magic numbers: PDF, JPEG or PNG; null for anything else. */
export function sniffFileType(data: Buffer): DisclosureFileType | null {
  if (data.length >= 5 && data.toString('latin1', 0, 5) === '%PDF-') return 'application/pdf'
  const image = sniffImageType(data)
  return image === 'image/jpeg' || image === 'image/png' ? image : null
}

/** Stores an attachment's bytes and records it for the township; the type comes from the bytes. */
export async function storeFile(
  deps: AppDeps,
  owner: { userId: string; townshipId: string },
  file: { name: string; data: Buffer; type: DisclosureFileType }
): Promise<DisclosureFileDoc> {
  const now = deps.clock.now()
  const key = await deps.storage.put('disclosure', file.data, EXT[file.type], now)
  const doc: DisclosureFileDoc = {
    _id: deps.ids.objectId(),
    townshipId: new Types.ObjectId(owner.townshipId),
    uploadedById: new Types.ObjectId(owner.userId),
    name: file.name,
    mimeType: file.type,
    size: file.data.length,
    key,
    createdAt: now
  }
  await fileModel(deps.db).create(doc)
  return doc
}

/**
 * The township's files of `ids`, in that order; 400 naming the field when one is not a file of the
 * township (so a form can point at it).
 */
export async function filesOfTownship(db: Connection, townshipId: string | Types.ObjectId, ids: readonly string[], field: string): Promise<DisclosureFileDoc[]> {
  const unique = [...new Set(ids)]
  if (!unique.length) return []
  const found = await fileModel(db)
    .find({ _id: { $in: unique.map((id) => new Types.ObjectId(id)) }, townshipId: new Types.ObjectId(String(townshipId)) })
    .lean<DisclosureFileDoc[]>()
  if (found.length !== unique.length) throw badRequest('FILE_UNKNOWN', '有附件没有上传成功，请删掉后重新上传', { [field]: '有附件没有上传成功' })
  const byId = new Map(found.map((f) => [String(f._id), f]))
  return unique.map((id) => byId.get(id)!)
}

/** Attachments with links that work for an hour without a session (PDF previews open them directly). */
export async function fileLinks(deps: AppDeps, files: readonly DisclosureFileDoc[]): Promise<DisclosureFileDTO[]> {
  const now = deps.clock.now()
  return Promise.all(
    files.map(async (f) => ({
      id: String(f._id),
      name: f.name,
      mimeType: f.mimeType,
      size: f.size,
      url: await deps.storage.signedUrl(f.key, FILE_LINK_TTL_SECONDS, now)
    }))
  )
}

/**
 * The attachments of `ids` as links, for another module's record (a reply to an information
 * request): files the township no longer has are left out.
 */
export async function attachmentLinks(deps: AppDeps, townshipId: string | Types.ObjectId, ids: readonly (string | Types.ObjectId)[]): Promise<DisclosureFileDTO[]> {
  if (!ids.length) return []
  const found = await fileModel(deps.db)
    .find({ _id: { $in: ids.map((id) => new Types.ObjectId(String(id))) }, townshipId: new Types.ObjectId(String(townshipId)) })
    .lean<DisclosureFileDoc[]>()
  const byId = new Map(found.map((f) => [String(f._id), f]))
  return fileLinks(deps, ids.flatMap((id) => byId.get(String(id)) ?? []))
}
