import { sceneParamsSchema, targetIdParamsSchema } from '../../../../src/shared/qrcodes'
import { route, type RouteSpec } from '../../lib/routes'
import { checkInByScan, checkInByScanInput } from './actions/checkInByScan'
import { createDoorplates, createDoorplatesInput } from './actions/createDoorplates'
import { createTarget, createTargetInput } from './actions/createTarget'
import { getScanFigures, getScanFiguresQuery } from './actions/getScanFigures'
import { listTargets, listTargetsQuery } from './actions/listTargets'
import { printSheet, printSheetInput } from './actions/printSheet'
import { recordScan, recordScanInput } from './actions/recordScan'
import { resolveScene } from './actions/resolveScene'
import { retireTarget, retireTargetInput } from './actions/retireTarget'

const STAFF = ['staff', 'admin'] as const
const TAG = 'qrcodes'

/** 码上办: resolving and counting scans for everyone, scan-to-check-in, and the staff's codes and printed sheets. */
export const qrRoutes: readonly RouteSpec[] = [
  route({
    method: 'post',
    path: '/qr/scans',
    summary: '扫码：记一次扫码（按码、日期、村统计，不记录是谁，登录的人除外）并返回码指向的内容',
    tag: TAG,
    access: 'public',
    body: recordScanInput,
    idempotent: true,
    handler: ({ deps, user, body }) => recordScan(deps, user, body)
  }),
  route({
    method: 'get',
    path: '/qr/targets/:scene',
    summary: '码指向的内容（不计扫码次数）；停用的码说明原因和改去哪里',
    tag: TAG,
    access: 'public',
    params: sceneParamsSchema,
    handler: ({ deps, user, params }) => resolveScene(deps, user, params)
  }),
  route({
    method: 'post',
    path: '/qr/checkIn',
    summary: '扫大厅或窗口的码签到自己今天的预约',
    tag: TAG,
    access: 'signedIn',
    body: checkInByScanInput,
    idempotent: true,
    handler: ({ deps, user, body }) => checkInByScan(deps, user, body)
  }),
  route({
    method: 'get',
    path: '/staff/qr/targets',
    summary: '我管理的二维码（中心负责人：全部；站所：本站所的窗口和指南），含近 30 天扫码次数',
    tag: TAG,
    access: STAFF,
    query: listTargetsQuery,
    handler: ({ deps, user, query }) => listTargets(deps, user, query)
  }),
  route({
    method: 'post',
    path: '/staff/qr/targets',
    summary: '生成一个二维码（大厅、窗口、办事指南、村务公开栏、门牌）',
    tag: TAG,
    access: STAFF,
    body: createTargetInput,
    status: 201,
    idempotent: true,
    handler: ({ deps, user, body }) => createTarget(deps, user, body)
  }),
  route({
    method: 'post',
    path: '/staff/qr/doorplates',
    summary: '批量生成一个村的智慧门牌（中心负责人）',
    tag: TAG,
    access: STAFF,
    body: createDoorplatesInput,
    status: 201,
    idempotent: true,
    handler: ({ deps, user, body }) => createDoorplates(deps, user, body)
  }),
  route({
    method: 'post',
    path: '/staff/qr/targets/:id/retire',
    summary: '停用一个二维码（旧码扫出来会说明原因和改去哪里）',
    tag: TAG,
    access: STAFF,
    params: targetIdParamsSchema,
    body: retireTargetInput,
    idempotent: true,
    handler: ({ deps, user, params, body }) => retireTarget(deps, user, { ...body, id: params.id })
  }),
  route({
    method: 'post',
    path: '/staff/qr/sheets',
    summary: '生成 A4 打印文件（一个村的门牌、大厅各窗口、单个码的海报），返回限时下载链接',
    tag: TAG,
    access: STAFF,
    body: printSheetInput,
    idempotent: true,
    handler: ({ deps, user, body, ctx }) => printSheet(deps, user, body, deps.config.publicBaseUrl ?? `${ctx.protocol}://${ctx.host}`)
  }),
  route({
    method: 'get',
    path: '/staff/qr/scans',
    summary: '扫码统计：按码、按天、按村',
    tag: TAG,
    access: STAFF,
    query: getScanFiguresQuery,
    handler: ({ deps, user, query }) => getScanFigures(deps, user, query)
  })
]
