import { entryIdParamsSchema, itemIdParamsSchema, subscriptionParamsSchema, townshipParamsSchema, villageParamsSchema } from '../../../../src/shared/disclosure'
import { route, type RouteSpec } from '../../lib/routes'
import { addDomain, addDomainInput } from './actions/addDomain'
import { createItem, createItemInput } from './actions/createItem'
import { editItem, editItemInput } from './actions/editItem'
import { getCatalog } from './actions/getCatalog'
import { getPublicItem } from './actions/getPublicItem'
import { getStaffItem } from './actions/getStaffItem'
import { getVillageBoard } from './actions/getVillageBoard'
import { listPowers, listPowersInput } from './actions/listPowers'
import { listPublicItems, listPublicItemsInput } from './actions/listPublicItems'
import { listServicePoints, listServicePointsInput } from './actions/listServicePoints'
import { listStaffItems, listStaffItemsInput } from './actions/listStaffItems'
import { listSubscriptions } from './actions/listSubscriptions'
import { publishItem, publishItemInput } from './actions/publishItem'
import { removePower } from './actions/removePower'
import { removeServicePoint } from './actions/removeServicePoint'
import { returnToDraft, returnToDraftInput } from './actions/returnToDraft'
import { reviseItem } from './actions/reviseItem'
import { savePower, savePowerInput } from './actions/savePower'
import { saveServicePoint, saveServicePointInput } from './actions/saveServicePoint'
import { submitForReview } from './actions/submitForReview'
import { subscribe, subscribeInput } from './actions/subscribe'
import { unsubscribe } from './actions/unsubscribe'
import { uploadFile, uploadFileInput } from './actions/uploadFile'
import { withdrawItem, withdrawItemInput } from './actions/withdrawItem'

const STAFF = ['staff', 'admin'] as const
const ADMIN = ['admin'] as const
const TAG = 'disclosure'

/** A staff move on one item: `POST /staff/disclosure/items/:id/<action>`, idempotent, answering the staff view. */
const staffMove = { method: 'post', tag: TAG, access: STAFF, params: itemIdParamsSchema, idempotent: true } as const

/** 政务公开: the public catalogue, items, village boards, 权责清单 and 便民地图; subscriptions; the staff editor and review. */
export const disclosureRoutes: readonly RouteSpec[] = [
  route({
    method: 'get',
    path: '/townships/:townshipId/disclosure/catalog',
    summary: '政务公开目录：五公开类别、三务、领域（含本乡镇增加的）和各村，附已公开条数',
    tag: TAG,
    access: 'public',
    params: townshipParamsSchema,
    handler: ({ deps, params }) => getCatalog(deps, params)
  }),
  route({
    method: 'get',
    path: '/townships/:townshipId/disclosure/items',
    summary: '已公开的信息：按类别、三务、领域、村筛选，可搜中文、拼音或首字母',
    tag: TAG,
    access: 'public',
    params: townshipParamsSchema,
    query: listPublicItemsInput,
    handler: ({ deps, params, query }) => listPublicItems(deps, { ...query, townshipId: params.townshipId })
  }),
  route({
    method: 'get',
    path: '/disclosure/items/:id',
    summary: '一条公开信息：正文、收支表、附件、版本、政策与解读',
    tag: TAG,
    access: 'public',
    params: itemIdParamsSchema,
    handler: ({ deps, params }) => getPublicItem(deps, params)
  }),
  route({
    method: 'get',
    path: '/disclosure/villages/:villageId/board',
    summary: '村务公开栏（三务公开），村公开栏二维码打开的就是它',
    tag: TAG,
    access: 'public',
    params: villageParamsSchema,
    handler: ({ deps, params }) => getVillageBoard(deps, params)
  }),
  route({
    method: 'get',
    path: '/townships/:townshipId/powers',
    summary: '权责清单（可搜），每项附责任岗位的多对一联系人',
    tag: TAG,
    access: 'public',
    params: townshipParamsSchema,
    query: listPowersInput,
    handler: ({ deps, params, query }) => listPowers(deps, { ...query, townshipId: params.townshipId })
  }),
  route({
    method: 'get',
    path: '/townships/:townshipId/servicePoints',
    summary: '便民地图：便民服务中心和各村便民服务站（可搜、可按村）',
    tag: TAG,
    access: 'public',
    params: townshipParamsSchema,
    query: listServicePointsInput,
    handler: ({ deps, params, query }) => listServicePoints(deps, { ...query, townshipId: params.townshipId })
  }),
  route({
    method: 'get',
    path: '/disclosure/subscriptions',
    summary: '我订阅的村和领域',
    tag: TAG,
    access: 'signedIn',
    handler: ({ deps, user }) => listSubscriptions(deps, user)
  }),
  route({
    method: 'put',
    path: '/disclosure/subscriptions',
    summary: '订阅一个村或一个领域（有新公开信息时通知我）',
    tag: TAG,
    access: 'signedIn',
    body: subscribeInput,
    idempotent: true,
    handler: ({ deps, user, body }) => subscribe(deps, user, body)
  }),
  route({
    method: 'delete',
    path: '/disclosure/subscriptions/:target/:key',
    summary: '取消订阅',
    tag: TAG,
    access: 'signedIn',
    params: subscriptionParamsSchema,
    handler: ({ deps, user, params }) => unsubscribe(deps, user, params)
  }),
  route({
    method: 'get',
    path: '/staff/disclosure/items',
    summary: '公开信息工作台：本站所（负责人：全乡镇）的草稿、待审核和已发布信息',
    tag: TAG,
    access: STAFF,
    query: listStaffItemsInput,
    handler: ({ deps, user, query }) => listStaffItems(deps, user, query)
  }),
  route({
    method: 'post',
    path: '/staff/disclosure/items',
    summary: '新建公开信息草稿',
    tag: TAG,
    access: STAFF,
    body: createItemInput,
    status: 201,
    idempotent: true,
    handler: ({ deps, user, body }) => createItem(deps, user, body)
  }),
  route({
    method: 'get',
    path: '/staff/disclosure/items/:id',
    summary: '公开信息详情（含审核记录和可做的操作）',
    tag: TAG,
    access: STAFF,
    params: itemIdParamsSchema,
    handler: ({ deps, user, params }) => getStaffItem(deps, user, params)
  }),
  route({
    ...staffMove,
    path: '/staff/disclosure/items/:id/edit',
    summary: '修改草稿',
    body: editItemInput,
    handler: ({ deps, user, params, body }) => editItem(deps, user, { ...body, id: params.id })
  }),
  route({
    ...staffMove,
    path: '/staff/disclosure/items/:id/submitForReview',
    summary: '提交审核（先经内容安全检测）',
    handler: ({ deps, user, params }) => submitForReview(deps, user, params)
  }),
  route({
    ...staffMove,
    path: '/staff/disclosure/items/:id/returnToDraft',
    summary: '退回修改（写明原因）',
    body: returnToDraftInput,
    handler: ({ deps, user, params, body }) => returnToDraft(deps, user, { ...body, id: params.id })
  }),
  route({
    ...staffMove,
    path: '/staff/disclosure/items/:id/publish',
    summary: '审核发布（不能由提交审核的人发布）',
    body: publishItemInput,
    handler: ({ deps, user, params, body }) => publishItem(deps, user, { ...body, id: params.id })
  }),
  route({
    ...staffMove,
    path: '/staff/disclosure/items/:id/withdraw',
    summary: '撤回已发布的信息（写明原因，记录保留）',
    body: withdrawItemInput,
    handler: ({ deps, user, params, body }) => withdrawItem(deps, user, { ...body, id: params.id })
  }),
  route({
    ...staffMove,
    path: '/staff/disclosure/items/:id/revise',
    summary: '修订：以已发布的信息为底稿新建下一版草稿',
    status: 201,
    handler: ({ deps, user, params }) => reviseItem(deps, user, params)
  }),
  route({
    method: 'post',
    path: '/staff/disclosure/files',
    summary: '上传附件（base64，PDF/JPG/PNG，不超过 700 KB）',
    tag: TAG,
    access: STAFF,
    body: uploadFileInput,
    status: 201,
    idempotent: true,
    handler: ({ deps, user, body }) => uploadFile(deps, user, body)
  }),
  route({
    method: 'post',
    path: '/admin/disclosure/domains',
    summary: '在标准目录之外增加本乡镇的公开领域',
    tag: TAG,
    access: ADMIN,
    body: addDomainInput,
    status: 201,
    idempotent: true,
    handler: ({ deps, user, body }) => addDomain(deps, user, body)
  }),
  route({
    method: 'post',
    path: '/admin/disclosure/powers',
    summary: '增加权责清单事项',
    tag: TAG,
    access: ADMIN,
    body: savePowerInput,
    status: 201,
    idempotent: true,
    handler: ({ deps, user, body }) => savePower(deps, user, body)
  }),
  route({
    method: 'post',
    path: '/admin/disclosure/powers/:id',
    summary: '修改权责清单事项',
    tag: TAG,
    access: ADMIN,
    params: entryIdParamsSchema,
    body: savePowerInput,
    idempotent: true,
    handler: ({ deps, user, params, body }) => savePower(deps, user, { ...body, id: params.id })
  }),
  route({
    method: 'delete',
    path: '/admin/disclosure/powers/:id',
    summary: '删除权责清单事项',
    tag: TAG,
    access: ADMIN,
    params: entryIdParamsSchema,
    handler: ({ deps, user, params }) => removePower(deps, user, params)
  }),
  route({
    method: 'post',
    path: '/admin/disclosure/servicePoints',
    summary: '增加便民服务点',
    tag: TAG,
    access: ADMIN,
    body: saveServicePointInput,
    status: 201,
    idempotent: true,
    handler: ({ deps, user, body }) => saveServicePoint(deps, user, body)
  }),
  route({
    method: 'post',
    path: '/admin/disclosure/servicePoints/:id',
    summary: '修改便民服务点',
    tag: TAG,
    access: ADMIN,
    params: entryIdParamsSchema,
    body: saveServicePointInput,
    idempotent: true,
    handler: ({ deps, user, params, body }) => saveServicePoint(deps, user, { ...body, id: params.id })
  }),
  route({
    method: 'delete',
    path: '/admin/disclosure/servicePoints/:id',
    summary: '删除便民服务点',
    tag: TAG,
    access: ADMIN,
    params: entryIdParamsSchema,
    handler: ({ deps, user, params }) => removeServicePoint(deps, user, params)
  })
]
