import { route, type RouteSpec } from '../../lib/routes'
import { townshipParamSchema } from '../../../../src/shared/org'
import { listContacts } from './actions/listContacts'
import { listTownships } from './actions/listTownships'

/** Public, read-only organisation endpoints. */
export const orgRoutes: readonly RouteSpec[] = [
  route({
    method: 'get',
    path: '/townships',
    summary: '乡镇列表（选择乡镇用）',
    tag: 'org',
    access: 'public',
    handler: ({ deps }) => listTownships(deps.db)
  }),
  route({
    method: 'get',
    path: '/townships/:townshipId/contacts',
    summary: '多对一对应联系表',
    tag: 'org',
    access: 'public',
    params: townshipParamSchema,
    handler: ({ deps, params }) => listContacts(deps.db, params.townshipId)
  })
]
