import { Types } from 'mongoose'
import type { PublicSummaryDTO } from '../../../../../src/shared/reviews'
import type { AppDeps } from '../../../lib/deps'
import { requireTownship } from '../../org/lookup'
import { reviewModel } from '../model'
import { monthOf } from '../rating'
import { groupFigures, type LevelCount } from '../stats'

/** The public 好差评 results of a township's departments this year (counted ratings and satisfaction rate; no comments, no names). */
export async function getPublicSummary(deps: AppDeps, input: { townshipId: string }): Promise<PublicSummaryDTO> {
  const township = await requireTownship(deps.db, input.townshipId)
  const year = monthOf(deps.clock.now()).slice(0, 4)
  const grouped = await reviewModel(deps.db).aggregate<{ _id: Omit<LevelCount, 'n'> & { departmentId: Types.ObjectId | null; departmentName: string }; n: number }>([
    { $match: { townshipId: township._id, month: { $gte: `${year}-01`, $lte: `${year}-12` } } },
    {
      $group: {
        _id: { level: '$level', excluded: '$excluded', defaulted: '$defaulted', departmentId: '$departmentId', departmentName: '$departmentName' },
        n: { $sum: 1 }
      }
    }
  ])
  const rows = grouped.map((g) => ({ ...g._id, n: g.n }))
  return {
    year: Number(year),
    departments: [...groupFigures(rows, (r) => (r.departmentId ? String(r.departmentId) : null))]
      .map(([departmentId, g]) => ({ departmentId, name: g.first.departmentName, counted: g.figures.counted, satisfactionRate: g.figures.satisfactionRate }))
      .sort((a, b) => a.name.localeCompare(b.name, 'zh'))
  }
}
