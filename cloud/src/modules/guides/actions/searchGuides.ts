import type { Connection } from 'mongoose'
import type { Page } from '../../../../../src/shared/common'
import type { GuideSearchQuery, GuideSummary } from '../../../../../src/shared/guides'
import { searchPublishedGuides } from '../searchIndex'

/** Residents' guide search and browse: published guides of one township, filtered, ranked and paged. */
export function searchGuides(db: Connection, query: GuideSearchQuery): Promise<Page<GuideSummary>> {
  return searchPublishedGuides(db, query)
}
