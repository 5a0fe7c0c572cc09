import { route, type RouteSpec } from '../../lib/routes'
import { listAuditLog, listAuditLogQuery } from './actions/listAuditLog'

export const auditRoutes: readonly RouteSpec[] = [
  route({
    method: 'get',
    path: '/admin/audit',
    summary: '查看本乡镇的审计日志（谁在什么时候看了或改了什么）',
    tag: 'audit',
    access: ['admin'],
    query: listAuditLogQuery,
    handler: ({ deps, user, query }) => listAuditLog(deps, user, query)
  })
]
