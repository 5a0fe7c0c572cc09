import { Types } from 'mongoose'
import type { OpeningTemplateListDTO } from '../../../../../src/shared/appointments'
import type { GuideContent } from '../../../../../src/shared/guides'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { toLocalDate } from '../../calendar/workingDays'
import { guideModel, type GuideDoc } from '../../guides/model'
import { toTemplateDTO } from '../dto'
import { openingTemplateModel, scheduleExceptionModel, type OpeningTemplateDoc, type ScheduleExceptionDoc } from '../model'
import { servedDepartments } from '../staffAccess'

/**
 * The opening templates of the windows I serve (an admin: every window), each with its exceptions
 * from today on, plus the published services of those windows that allow booking (for
 * service-specific templates).
 */
export async function listOpeningTemplates(deps: AppDeps, user: AuthedUser): Promise<OpeningTemplateListDTO> {
  const departments = await servedDepartments(deps.db, user)
  const departmentIds = departments.map((d) => d._id)
  const townshipId = new Types.ObjectId(user.townshipId)
  const [templates, guides] = await Promise.all([
    openingTemplateModel(deps.db)
      .find({ townshipId, departmentId: { $in: departmentIds } })
      .lean<OpeningTemplateDoc[]>(),
    guideModel(deps.db)
      .find({ townshipId, published: { $ne: null } }, { 'published.title': 1, 'published.departmentId': 1, 'published.appointmentAvailable': 1 })
      .lean<(Pick<GuideDoc, '_id'> & { published: Pick<GuideContent, 'title' | 'departmentId' | 'appointmentAvailable'> })[]>()
  ])
  const exceptions = templates.length
    ? await scheduleExceptionModel(deps.db)
        .find({ templateId: { $in: templates.map((t) => t._id) }, date: { $gte: toLocalDate(deps.clock.now()) } })
        .sort({ date: 1 })
        .lean<ScheduleExceptionDoc[]>()
    : []
  const served = new Set(departmentIds.map(String))
  const bookableGuides = guides
    .filter((g) => g.published.appointmentAvailable && served.has(g.published.departmentId))
    .map((g) => ({ id: String(g._id), title: g.published.title, departmentId: g.published.departmentId }))
  const titles = new Map(guides.map((g) => [String(g._id), g.published.title]))
  const deptById = new Map(departments.map((d) => [String(d._id), d]))
  const order = new Map(departments.map((d, i) => [String(d._id), i]))
  const sorted = [...templates].sort(
    (a, b) => (order.get(String(a.departmentId)) ?? 0) - (order.get(String(b.departmentId)) ?? 0) || Number(a.guideId !== null) - Number(b.guideId !== null)
  )
  return {
    templates: sorted.map((t) => {
      const dept = deptById.get(String(t.departmentId))
      return toTemplateDTO(
        t,
        { departmentName: dept?.name ?? '', windowName: dept?.windowName ?? '', guideTitle: t.guideId ? (titles.get(String(t.guideId)) ?? '') : null },
        exceptions.filter((e) => String(e.templateId) === String(t._id))
      )
    }),
    departments: departments.map((d) => ({ id: String(d._id), name: d.name, windowName: d.windowName })),
    bookableGuides
  }
}
