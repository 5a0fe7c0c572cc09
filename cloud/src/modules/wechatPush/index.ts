import { defineModule } from '../../lib/module'
import { wechatPushRoutes } from './routes'

/** WeChat 消息推送: the signed endpoint that hands each pushed event to the module registered for it. */
export const wechatPushModule = defineModule({ name: 'wechatPush', routes: wechatPushRoutes })
