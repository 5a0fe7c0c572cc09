import type { Page } from '../shared/common'
import type { GuideDetail, GuideSummary } from '../shared/guides'
import type { LifeEventId } from '../shared/enums'
import { request } from './http'

export interface GuideQuery {
  townshipId: string
  q?: string
  departmentId?: string
  lifeEvent?: LifeEventId
  page?: number
  pageSize?: number
}

/** Published guides matching a search (Chinese, pinyin or initials) and filters. */
export function searchGuides(query: GuideQuery): Promise<Page<GuideSummary>> {
  return request<Page<GuideSummary>>('/api/guides', {
    query: {
      townshipId: query.townshipId,
      q: query.q,
      departmentId: query.departmentId,
      lifeEvent: query.lifeEvent,
      page: query.page ?? 1,
      pageSize: query.pageSize ?? 20
    }
  })
}

/** The published version of one guide. */
export function getGuide(id: string): Promise<GuideDetail> {
  return request<GuideDetail>(`/api/guides/${encodeURIComponent(id)}`)
}

/** A guide by its short code within a township (used by 码上知道 QR codes). */
export function getGuideBySlug(townshipId: string, slug: string): Promise<GuideDetail> {
  return request<GuideDetail>(
    `/api/townships/${encodeURIComponent(townshipId)}/guides/by-slug/${encodeURIComponent(slug)}`
  )
}
