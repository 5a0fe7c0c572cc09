import * as z from '../../../../src/shared/zod'
import { objectId } from '../../../../src/shared/common'
import { createGuideSchema, guideSearchQuerySchema, saveGuideDraftSchema } from '../../../../src/shared/guides'
import { townshipParamSchema } from '../../../../src/shared/org'
import { route, type RouteSpec } from '../../lib/routes'
import { createGuide } from './actions/createGuide'
import { getTownshipOverview } from './actions/getTownshipOverview'
import { getGuideBySlug, getPublishedGuide } from './actions/getPublishedGuide'
import { getStaffGuide } from './actions/getStaffGuide'
import { listStaffGuides, listStaffGuidesQuerySchema } from './actions/listStaffGuides'
import { publishGuide } from './actions/publishGuide'
import { saveGuideDraft } from './actions/saveGuideDraft'
import { searchGuides } from './actions/searchGuides'
import { unpublishGuide } from './actions/unpublishGuide'

const guideIdParams = z.strictObject({ id: objectId })
const slugParams = z.strictObject({
  townshipId: z.string(),
  slug: z.string().check(z.regex(/^[a-z0-9-]{2,32}$/, { error: '事项代码格式不正确，请重新扫码或从列表进入' }))
})
const STAFF = ['staff', 'admin'] as const

/** Guide endpoints: public reading of published guides, and the staff editor (draft → publish). */
export const guideRoutes: readonly RouteSpec[] = [
  route({
    method: 'get',
    path: '/townships/:townshipId/overview',
    summary: '乡镇首页概览：村(社区)、站所、一件事（含已发布指南数）',
    tag: 'guides',
    access: 'public',
    params: townshipParamSchema,
    handler: ({ deps, params }) => getTownshipOverview(deps.db, params.townshipId)
  }),
  route({
    method: 'get',
    path: '/guides',
    summary: '搜索和浏览已发布的办事指南（中文、全拼、拼音首字母）',
    tag: 'guides',
    access: 'public',
    query: guideSearchQuerySchema,
    handler: ({ deps, query }) => searchGuides(deps.db, query)
  }),
  route({
    method: 'get',
    path: '/guides/:id',
    summary: '办事指南详情（已发布版本）',
    tag: 'guides',
    access: 'public',
    params: guideIdParams,
    handler: ({ deps, params }) => getPublishedGuide(deps.db, params.id)
  }),
  route({
    method: 'get',
    path: '/townships/:townshipId/guides/by-slug/:slug',
    summary: '按事项代码查看办事指南（码上知道）',
    tag: 'guides',
    access: 'public',
    params: slugParams,
    handler: ({ deps, params }) => getGuideBySlug(deps.db, params.townshipId, params.slug)
  }),
  route({
    method: 'get',
    path: '/staff/guides',
    summary: '我负责的办事指南（草稿与发布状态）',
    tag: 'guides',
    access: STAFF,
    query: listStaffGuidesQuerySchema,
    handler: ({ deps, user, query }) => listStaffGuides(deps, user, query)
  }),
  route({
    method: 'get',
    path: '/staff/guides/:id',
    summary: '编辑器里的办事指南：草稿和已发布版本',
    tag: 'guides',
    access: STAFF,
    params: guideIdParams,
    handler: ({ deps, user, params }) => getStaffGuide(deps, user, params.id)
  }),
  route({
    method: 'post',
    path: '/staff/guides',
    summary: '新建办事指南（草稿）',
    tag: 'guides',
    access: STAFF,
    body: createGuideSchema,
    status: 201,
    idempotent: true,
    handler: ({ deps, user, body }) => createGuide(deps, user, body)
  }),
  route({
    method: 'put',
    path: '/staff/guides/:id/draft',
    summary: '保存草稿（带 baseRevision，过期的草稿返回 409）',
    tag: 'guides',
    access: STAFF,
    params: guideIdParams,
    body: saveGuideDraftSchema,
    handler: ({ deps, user, params, body }) => saveGuideDraft(deps, user, params.id, body)
  }),
  route({
    method: 'post',
    path: '/staff/guides/:id/publish',
    summary: '发布草稿（版本号加一）',
    tag: 'guides',
    access: STAFF,
    params: guideIdParams,
    handler: ({ deps, user, params }) => publishGuide(deps, user, params.id)
  }),
  route({
    method: 'post',
    path: '/staff/guides/:id/unpublish',
    summary: '下线办事指南',
    tag: 'guides',
    access: STAFF,
    params: guideIdParams,
    handler: ({ deps, user, params }) => unpublishGuide(deps, user, params.id)
  })
]
