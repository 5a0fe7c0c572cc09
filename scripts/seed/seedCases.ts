import { Types, type Connection } from 'mongoose'
import type { CaseAction, CaseCategoryId, CaseStatus, CaseType } from '../../src/shared/cases'
import { recomputeDeadline } from '../../cloud/src/modules/calendar/deadlines'
import { addWorkingDays, endOfLocalDay, toLocalDate } from '../../cloud/src/modules/calendar/workingDays'
import { caseModel, hotResponseModel, NO_RANK, type CaseDoc, type CaseUpdate } from '../../cloud/src/modules/cases/model'
import { departmentModel } from '../../cloud/src/modules/org/model'
import { personModel } from '../../cloud/src/modules/people/model'
import { anonymise } from '../../cloud/src/modules/cases/anonymise'

interface DemoCase {
  number: string
  residentKey: string
  type: CaseType
  category: CaseCategoryId
  departmentName: string | null
  title: string
  text: string
  /** Days before `now` it was submitted. */
  daysAgo: number
  steps: { action: CaseAction; to: CaseStatus; text?: string; note?: string; byDept?: boolean }[]
  reply?: string
  question?: string
  rating?: number
  hot?: string
}

const DEMO_CASES: DemoCase[] = [
  {
    number: 'DEMO-0001',
    residentKey: 'li-xiuying',
    type: 'complaint',
    category: 'social',
    departmentName: '民政',
    title: '低保金本月没有到账',
    text: '我家是低保户，往月每月10号前到账，这个月到现在还没收到，请帮忙查一下。',
    daysAgo: 5,
    steps: []
  },
  {
    number: 'DEMO-0002',
    residentKey: 'zhou-zhiqiang',
    type: 'consult',
    category: 'medical',
    departmentName: '医保',
    title: '门诊慢特病怎么申请',
    text: '父亲有高血压和糖尿病，想办门诊慢特病待遇，需要带什么材料？',
    daysAgo: 2,
    steps: [
      { action: 'accept', to: 'accepted' },
      { action: 'assign', to: 'assigned', text: '已转医保办理' }
    ]
  },
  {
    number: 'DEMO-0003',
    residentKey: 'li-xiuying',
    type: 'help',
    category: 'elderly',
    departmentName: '民政',
    title: '申请上门办理高龄补贴',
    text: '老伴腿脚不便，九十岁了，想申请高龄补贴，能不能上门办理？',
    daysAgo: 1,
    steps: [
      { action: 'accept', to: 'accepted' },
      { action: 'requestInfo', to: 'info_requested', text: '请补充老人的身份证照片和所在村组，便于安排上门时间' }
    ],
    question: '请补充老人的身份证照片和所在村组，便于安排上门时间'
  },
  {
    number: 'DEMO-0004',
    residentKey: 'tan-haibo',
    type: 'suggestion',
    category: 'farming',
    departmentName: '农业农村',
    title: '建议组织水稻病虫害防治培训',
    text: '今年稻飞虱比较多，建议农技站到村里办一次病虫害防治培训。',
    daysAgo: 6,
    steps: [
      { action: 'accept', to: 'accepted' },
      { action: 'assign', to: 'assigned', text: '已转农业农村办理' },
      { action: 'note', to: 'assigned', note: '与农技站商定下周三在石溪村委会授课' },
      { action: 'reply', to: 'replied', text: '感谢建议。农技站定于下周三上午在石溪村委会举办病虫害防治培训，欢迎参加。' }
    ],
    reply: '感谢建议。农技站定于下周三上午在石溪村委会举办病虫害防治培训，欢迎参加。'
  },
  {
    number: 'DEMO-0005',
    residentKey: 'zhou-zhiqiang',
    type: 'complaint',
    category: 'roads',
    departmentName: null,
    title: '村道路灯不亮',
    text: '周志强反映：塘下村到集镇的村道有三盏路灯坏了，晚上骑车很危险。电话13807951234。',
    daysAgo: 12,
    steps: [
      { action: 'accept', to: 'accepted' },
      { action: 'reply', to: 'replied', text: '已联系供电所更换灯具，三盏路灯已恢复照明。' },
      { action: 'confirm', to: 'closed' },
      { action: 'rate', to: 'closed', text: '修得很快，谢谢' }
    ],
    reply: '已联系供电所更换灯具，三盏路灯已恢复照明。',
    rating: 5,
    hot: '村道路灯坏了找谁修？'
  }
]

/**
 * Demo cases in every state, so staff see a queue (an overdue one first) and residents a timeline;
 * one is published as 热点回应. Idempotent: each case is inserted once under its demo number.
 */
export async function seedDemoCases(
  db: Connection,
  opts: { now: Date; townshipId: string; userIds: Record<string, string>; staffUserId: string | null }
): Promise<void> {
  const Case = caseModel(db)
  const Hot = hotResponseModel(db)
  await Promise.all([Case.init(), Hot.init()])
  const townshipId = new Types.ObjectId(opts.townshipId)
  const depts = await departmentModel(db).find({ townshipId }).lean()
  for (const d of DEMO_CASES) {
    const userId = opts.userIds[d.residentKey]
    if (!userId || (await Case.exists({ number: d.number, townshipId }))) continue
    const person = await personModel(db).findOne({ userId }).lean()
    if (!person) continue
    const dept = d.departmentName ? depts.find((x) => x.name === d.departmentName) : undefined
    const submittedAt = new Date(opts.now.getTime() - d.daysAgo * 86_400_000)
    const start = toLocalDate(submittedAt)
    const updates: CaseUpdate[] = [
      { action: 'submit', authorId: new Types.ObjectId(userId), authorName: person.name, authorRole: 'resident', publicBy: '群众', from: null, to: 'submitted', publicText: null, internalNote: null, public: true, at: submittedAt }
    ]
    let status = 'submitted' as CaseStatus
    d.steps.forEach((s, i) => {
      const at = new Date(submittedAt.getTime() + (i + 1) * 3600_000 * 5)
      const resident = s.action === 'confirm' || s.action === 'rate'
      updates.push({
        action: s.action,
        authorId: resident ? new Types.ObjectId(userId) : opts.staffUserId ? new Types.ObjectId(opts.staffUserId) : null,
        authorName: resident ? person.name : '演示工作人员',
        authorRole: resident ? 'resident' : 'staff',
        publicBy: resident ? '群众' : (dept?.name ?? '乡镇便民服务中心'),
        from: status,
        to: s.to,
        publicText: s.text ?? null,
        internalNote: s.note ?? null,
        public: s.action !== 'note',
        at
      })
      status = s.to
    })
    const accepted = status !== 'submitted'
    const deadline = accepted
      ? { kind: 'answer' as const, ...recomputeDeadline(toLocalDate(updates[1]!.at), d.type === 'complaint' ? 13 : d.type === 'consult' ? 3 : 10) }
      : { kind: 'accept' as const, ...recomputeDeadline(start, 1) }
    const running = status === 'submitted' || status === 'accepted' || status === 'assigned'
    const _id = new Types.ObjectId()
    const hotId = d.hot ? new Types.ObjectId() : null
    const doc: Omit<CaseDoc, '_id'> = {
      number: d.number,
      townshipId,
      departmentId: dept?._id ?? null,
      departmentName: dept?.name ?? null,
      type: d.type,
      category: d.category,
      title: d.title,
      text: d.text,
      photoIds: [],
      villageId: person.villageId ?? null,
      location: null,
      contactPreference: 'wechat',
      contactPhoneEncrypted: null,
      contactPhoneMasked: null,
      hideName: true,
      acting: { submitterId: new Types.ObjectId(userId), submitterRole: 'resident', applicantPersonId: person._id, applicantName: person.name, onBehalf: false, consentId: null },
      status,
      resumeStatus: status === 'info_requested' ? 'accepted' : null,
      moderation: 'passed',
      moderationNote: null,
      deadline: { kind: deadline.kind, start: deadline.start, workingDays: deadline.workingDays, dueDate: deadline.dueDate, dueBy: deadline.dueBy, provisional: deadline.provisional },
      pausedRemainingDays: status === 'info_requested' ? 2 : null,
      queueRank: running ? deadline.dueBy : NO_RANK,
      escalatedFor: null,
      autoCloseBy: status === 'replied' ? endOfLocalDay(addWorkingDays(toLocalDate(opts.now), 5)) : null,
      pendingQuestion: d.question ?? null,
      reply: d.reply ?? null,
      mergedIntoId: null,
      mergedIntoNumber: null,
      rating: d.rating ? { level: d.rating, comment: '修得很快，谢谢', at: updates.at(-1)!.at } : null,
      hotResponseId: hotId,
      updates,
      pendingNotices: [],
      submittedAt,
      updatedAt: updates.at(-1)!.at
    }
    await Case.create({ _id, ...doc })
    if (hotId && d.hot) {
      await Hot.create({
        _id: hotId,
        caseId: _id,
        townshipId,
        type: d.type,
        category: d.category,
        title: d.hot,
        question: anonymise(d.text, [person.name]),
        answer: anonymise(d.reply ?? '', [person.name]),
        departmentName: dept?.name ?? null,
        publishedBy: opts.staffUserId ? new Types.ObjectId(opts.staffUserId) : new Types.ObjectId(userId),
        publishedAt: opts.now
      })
    }
  }
}
