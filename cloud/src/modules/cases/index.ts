import * as z from '../../../../src/shared/zod'
import { defineModule } from '../../lib/module'
import { applyMediaVerdict } from './actions/mediaVerdict'
import { caseDeadlinesJob } from './jobs'
import { caseFollowerModel, caseModel, hotResponseModel, parkedVerdictModel, replyTemplateModel, uploadModel } from './model'
import { caseNotices } from './notices'
import { caseRoutes } from './routes'

/** WeChat's `wxa_media_check` push: a verdict (`result`), or an `errcode` when the check failed. */
const mediaCheckEvent = z.object({
  trace_id: z.string().check(z.minLength(1), z.maxLength(128)),
  errcode: z.optional(z.number().check(z.int())),
  result: z.optional(z.object({ suggest: z.string().check(z.maxLength(32)), label: z.optional(z.union([z.string(), z.number()])) }))
})

/**
 * Cases (诉求): submission (with similar cases to follow instead), the lifecycle with working-day
 * deadlines, reopening and follow-ups, transfer, photos and their content checks, reply templates, 热点回应.
 */
export const casesModule = defineModule({
  name: 'cases',
  routes: caseRoutes,
  models: [caseModel, uploadModel, hotResponseModel, parkedVerdictModel, caseFollowerModel, replyTemplateModel],
  jobs: [caseDeadlinesJob],
  notices: caseNotices,
  noticeSources: { case: { collection: 'cases' } },
  encryptedFields: [{ collection: 'cases', fields: ['contactPhoneEncrypted'] }],
  wechatEvents: {
    wxa_media_check: async (deps, raw) => {
      const event = mediaCheckEvent.safeParse(raw)
      if (!event.success) {
        deps.logger.warn({ issues: event.error.issues.length }, 'wxa_media_check push without a trace id ignored')
        return
      }
      const label = event.data.result?.label
      await applyMediaVerdict(deps, {
        traceId: event.data.trace_id,
        suggest: event.data.result?.suggest ?? null,
        label: label === undefined ? null : String(label),
        errcode: event.data.errcode ?? 0
      })
    }
  }
})
