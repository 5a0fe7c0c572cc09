import { route, type RouteSpec } from '../../lib/routes'
import { devLogin, devLoginInput, devPeopleQuery, listDevPeople } from './actions/devLogin'
import { getMe } from './actions/getMe'
import { logout } from './actions/logout'
import { bearerToken } from './sessions'
import { wechatLogin, wechatLoginInput } from './actions/wechatLogin'

export const authRoutes: readonly RouteSpec[] = [
  route({
    method: 'post',
    path: '/auth/wechat-login',
    summary: '用 wx.login 的 code 登录，返回会话令牌',
    tag: 'auth',
    access: 'public',
    body: wechatLoginInput,
    handler: ({ deps, body }) => wechatLogin(deps, body)
  }),
  route({
    method: 'get',
    path: '/auth/dev-people',
    summary: '演示登录可选的人物（生产环境不可用）',
    tag: 'auth',
    access: 'public',
    query: devPeopleQuery,
    handler: ({ deps, query }) => listDevPeople(deps, query)
  }),
  route({
    method: 'post',
    path: '/auth/dev-login',
    summary: '以演示人物身份登录（生产环境不可用）',
    tag: 'auth',
    access: 'public',
    body: devLoginInput,
    handler: ({ deps, body }) => devLogin(deps, body)
  }),
  route({
    method: 'post',
    path: '/auth/logout',
    summary: '退出登录',
    tag: 'auth',
    access: 'public',
    status: 204,
    handler: ({ deps, ctx }) => logout(deps, { token: bearerToken(ctx) })
  }),
  route({
    method: 'get',
    path: '/me',
    summary: '当前登录的账号（手机号已打码）和工作人员申请状态',
    tag: 'auth',
    access: 'signedIn',
    handler: ({ deps, user }) => getMe(deps, user.id)
  })
]
