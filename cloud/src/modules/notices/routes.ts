import { inboxEntryParamsSchema } from '../../../../src/shared/notices'
import { route, type RouteSpec } from '../../lib/routes'
import { countUnread } from './actions/countUnread'
import { getNoticeSettings } from './actions/getNoticeSettings'
import { listInbox, listInboxQuery } from './actions/listInbox'
import { listNoticeRecords, listNoticeRecordsQuery } from './actions/listNoticeRecords'
import { markAllInboxRead } from './actions/markAllInboxRead'
import { markInboxRead } from './actions/markInboxRead'
import { saveSubscriptionChoices, saveSubscriptionChoicesInput } from './actions/saveSubscriptionChoices'

export const noticeRoutes: readonly RouteSpec[] = [
  route({
    method: 'get',
    path: '/notices/inbox',
    summary: '我的消息（站内信），新的在前，分页；附未读条数',
    tag: 'notices',
    access: 'signedIn',
    query: listInboxQuery,
    handler: ({ deps, user, query }) => listInbox(deps, user, query)
  }),
  route({
    method: 'get',
    path: '/notices/unread-count',
    summary: '未读消息条数（底部“消息”角标）',
    tag: 'notices',
    access: 'signedIn',
    handler: ({ deps, user }) => countUnread(deps, user)
  }),
  route({
    method: 'post',
    path: '/notices/inbox/read-all',
    summary: '全部标为已读',
    tag: 'notices',
    access: 'signedIn',
    handler: ({ deps, user }) => markAllInboxRead(deps, user)
  }),
  route({
    method: 'post',
    path: '/notices/inbox/:id/read',
    summary: '把一条消息标为已读',
    tag: 'notices',
    access: 'signedIn',
    params: inboxEntryParamsSchema,
    handler: ({ deps, user, params }) => markInboxRead(deps, user, params.id)
  }),
  route({
    method: 'get',
    path: '/notices/settings',
    summary: '我的通知设置：站内消息、各类微信订阅提醒的订阅状态和模板编号',
    tag: 'notices',
    access: 'signedIn',
    handler: ({ deps, user }) => getNoticeSettings(deps, user)
  }),
  route({
    method: 'post',
    path: '/notices/subscriptions',
    summary: '记录订阅消息授权结果（wx.requestSubscribeMessage 的返回）',
    tag: 'notices',
    access: 'signedIn',
    body: saveSubscriptionChoicesInput,
    idempotent: true,
    handler: ({ deps, user, body }) => saveSubscriptionChoices(deps, user, body)
  }),
  route({
    method: 'get',
    path: '/staff/notices',
    summary: '某件事的通知记录：通知了谁、走哪个通道、为什么、送达情况',
    tag: 'notices',
    access: ['staff', 'admin'],
    query: listNoticeRecordsQuery,
    handler: ({ deps, user, query }) => listNoticeRecords(deps, user, query)
  })
]
