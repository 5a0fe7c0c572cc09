import { route, type RouteSpec } from '../../lib/routes'
import { devLogin, devLoginInput, devPeopleQuery, listDevPeople } from './actions/devLogin'
import { logout } from './actions/logout'
import { wechatLogin, wechatLoginInput } from './actions/wechatLogin'

export const authRoutes: RouteSpec[] = [
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
    handler: ({ deps, ctx }) => logout(ctx, deps)
  })
]
