import * as z from '../../../../src/shared/zod'
import { forbidden, notFound } from '../../lib/errors'
import { route, type RouteSpec } from '../../lib/routes'
import { contentTypeOf, SIGNED_FILE_PATH } from '../../lib/storage'

const fileParams = z.strictObject({
  prefix: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)),
  month: z.string().check(z.regex(/^\d{6}$/)),
  name: z.string().check(z.regex(/^[0-9a-f]{32}\.(jpg|png|webp|pdf)$/))
})
const signedQuery = z.object({
  expires: z.string().check(z.maxLength(12, { error: '链接不完整，请重新获取' })),
  signature: z.string().check(z.maxLength(64, { error: '链接不完整，请重新获取' }))
})

/**
 * Files on local disk reached through a signed, expiring URL (lib/storage): what WeChat's content
 * checks fetch, with no session. An S3 store serves its own presigned URLs, so there this answers 404.
 */
export const fileRoutes: readonly RouteSpec[] = [
  route({
    method: 'get',
    path: `${SIGNED_FILE_PATH}/:prefix/:month/:name`,
    summary: '按签名链接读取文件（限时有效，供微信内容安全检测下载）',
    tag: 'files',
    access: 'public',
    params: fileParams,
    query: signedQuery,
    handler: async ({ deps, params, query, ctx }) => {
      const { storage } = deps
      if (!storage.verify) throw notFound('没有找到这个文件')
      const key = `${params.prefix}/${params.month}/${params.name}`
      if (!storage.verify(key, query.expires, query.signature, deps.clock.now())) throw forbidden('文件链接已失效或不正确，请重新获取')
      const data = await storage.get(key)
      if (!data) throw notFound('没有找到这个文件')
      ctx.type = contentTypeOf(key)
      ctx.set('Cache-Control', 'private, max-age=300')
      return data
    }
  })
]
