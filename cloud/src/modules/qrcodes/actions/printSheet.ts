import { sheetSchema, type QrCodeForm, type SheetDTO } from '../../../../../src/shared/qrcodes'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { conflict, forbidden, notFound } from '../../../lib/errors'
import type { AuthedUser } from '../../../lib/types'
import { staffScopeFilter } from '../../../lib/visibility'
import { recordAudit } from '../../audit/actions/recordAudit'
import { departmentModel, type DepartmentDoc, type TownshipDoc } from '../../org/model'
import { ADMIN_ONLY, loadManagedTarget } from '../access'
import { codeArt } from '../codeArt'
import { qrTargetModel, type QrTargetDoc } from '../model'
import { townshipOf, villageOf } from '../place'
import { renderSheet, type SheetCard } from '../sheet'

export const printSheetInput = sheetSchema
export type PrintSheetInput = z.output<typeof printSheetInput>

/** How long the link to a printed sheet works. */
const SHEET_LINK_SECONDS = 3600

const PLATE_FOOTER = '扫码：求助上门 · 反映问题 · 找网格员'

function words(t: QrTargetDoc, township: TownshipDoc, extra: { departmentName?: string; place?: string; villageName?: string }): Omit<SheetCard, 'art'> {
  const centre = `${township.name}便民服务中心${township.phone ? ` ${township.phone}` : ''}`
  switch (t.kind) {
    case 'doorplate':
      return {
        heading: '智慧门牌 · 扫码办事',
        title: `${t.household?.group ?? ''}${t.household?.number ?? ''}`,
        lines: [extra.villageName ?? '', ...(t.household?.householder ? [`${t.household.householder}家`] : [])],
        footer: `${PLATE_FOOTER}｜${centre}`
      }
    case 'window':
      return {
        heading: '扫码看本窗口的服务 · 到了扫码签到',
        title: t.title,
        lines: [extra.place ? `位置：${extra.place}` : '', '办完事欢迎扫码评价本窗口'].filter(Boolean),
        footer: centre
      }
    case 'guide':
      return {
        heading: '码上知道',
        title: t.title,
        lines: ['扫码查看要带的材料、办理流程和时限', ...(extra.departmentName ? [`办理：${extra.departmentName}`] : [])],
        footer: `咨询电话：${township.phone || '见服务中心公示'}（${township.name}便民服务中心）`
      }
    case 'board':
      return { heading: '村务公开 · 扫码查看', title: t.title, lines: ['党务、村务、财务公开，随时扫码查看'], footer: centre }
    case 'hall':
      return {
        heading: '扫码办事',
        title: t.title,
        lines: ['查办事指南 · 网上预约 · 反映诉求', '到了大厅扫码签到，不用排队取号'],
        footer: `办公时间：${township.hours || '工作日'}｜${centre}`
      }
  }
}

/** The codes a batch prints, and what the sheet is called. */
async function batchOf(deps: AppDeps, user: AuthedUser, input: PrintSheetInput, township: TownshipDoc): Promise<{ targets: QrTargetDoc[]; name: string; villageName?: string }> {
  const Target = qrTargetModel(deps.db)
  if (input.batch === 'doorplates') {
    if (user.role !== 'admin') throw forbidden(`门牌印有户主信息，${ADMIN_ONLY}`)
    const village = await villageOf(deps.db, user, input.villageId!)
    const targets = await Target.find({ townshipId: township._id, villageId: village._id, kind: 'doorplate', status: 'active' }).sort({ createdAt: 1 }).lean<QrTargetDoc[]>()
    if (!targets.length) throw notFound(`${village.name}还没有门牌二维码，请先生成门牌`)
    return { targets, name: `${village.name}智慧门牌`, villageName: village.name }
  }
  if (input.batch === 'windows') {
    const targets = await Target.find({ ...staffScopeFilter(user), kind: 'window', status: 'active' }).lean<QrTargetDoc[]>()
    if (!targets.length) throw notFound('还没有您管理的窗口二维码，请先在“二维码管理”里生成')
    const order = new Map((await departmentModel(deps.db).find({ townshipId: township._id }, { order: 1 }).lean()).map((d) => [String(d._id), d.order]))
    targets.sort((a, b) => (order.get(String(a.departmentId)) ?? 0) - (order.get(String(b.departmentId)) ?? 0))
    return { targets, name: `${township.name}窗口二维码` }
  }
  const target = await loadManagedTarget(deps.db, user, input.targetId!)
  if (target.status !== 'active') throw conflict('QR_TARGET_RETIRED', '这个二维码已经停用，不能再打印。需要的话请重新生成一个')
  if (target.kind === 'doorplate' && user.role !== 'admin') throw forbidden(ADMIN_ONLY)
  return { targets: [target], name: `${target.title}二维码` }
}

/**
 * A printable A4 PDF of a batch — every door plate of a village (admin; household names on them, so
 * audited), every window of the hall the caller manages (posters), or one code (a guide's 码上知道
 * poster, the hall, a board, a window, a plate) — with a CJK font subset embedded. The codes are
 * WeChat mini-program codes or plain QR codes of the H5 address (`h5Base`); the default is the
 * mini-program code in production and the H5 one elsewhere. The PDF is stored and handed out by a
 * signed link (a village's plates are larger than an API answer may be).
 */
export async function printSheet(deps: AppDeps, user: AuthedUser, input: PrintSheetInput, h5Base: string): Promise<SheetDTO> {
  const form: QrCodeForm = input.code ?? (deps.config.isProduction ? 'miniprogram' : 'web')
  const township = await townshipOf(deps.db, user)
  const { targets, name, villageName } = await batchOf(deps, user, input, township)
  const departments = new Map(
    (await departmentModel(deps.db).find({ _id: { $in: targets.flatMap((t) => (t.departmentId ? [t.departmentId] : [])) } }).lean<DepartmentDoc[]>()).map((d) => [String(d._id), d])
  )
  const cards: SheetCard[] = []
  for (const t of targets) {
    const dept = t.departmentId ? departments.get(String(t.departmentId)) : undefined
    cards.push({ art: await codeArt(deps, t, form, h5Base), ...words(t, township, { departmentName: dept?.name, place: dept?.place, villageName }) })
  }
  const now = deps.clock.now()
  const sheet = await renderSheet(input.batch === 'doorplates' ? 'plates' : 'posters', cards, { title: name, at: now })
  const key = await deps.storage.put('qr-sheets', sheet.data, 'pdf', now)
  if (input.batch === 'doorplates') {
    await recordAudit(deps, user, { action: 'qr.sheetPrinted', targetType: 'village', targetId: String(input.villageId), detail: `${name} ${targets.length} 户` })
  }
  return {
    url: await deps.storage.signedUrl(key, SHEET_LINK_SECONDS, now),
    fileName: `${name}.pdf`,
    pages: sheet.pages,
    codes: targets.length,
    bytes: sheet.data.length,
    form,
    expiresAt: new Date(now.getTime() + SHEET_LINK_SECONDS * 1000).toISOString()
  }
}
