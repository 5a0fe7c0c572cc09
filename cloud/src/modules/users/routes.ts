import { route, type RouteSpec } from '../../lib/routes'
import { getMe } from './actions/getMe'

export const userRoutes: RouteSpec[] = [
  route({
    method: 'get',
    path: '/me',
    summary: '当前登录的账号（手机号已打码）和工作人员申请状态',
    tag: 'auth',
    access: 'signedIn',
    handler: ({ deps, user }) => getMe(deps, user.id)
  })
]
