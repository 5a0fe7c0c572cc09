import { Types } from 'mongoose'
import type { Role } from '../../../src/shared/enums'
import type { GuideContentInput } from '../../../src/shared/guides'
import { openSession } from '../../../cloud/src/modules/auth/sessions'
import { userModel } from '../../../cloud/src/modules/users/model'
import { seedOrgAndGuides, type SeededOrg } from '../../../scripts/seed/seedOrgAndGuides'
import type { SeedData, SeedGuide } from '../../../scripts/seed/data/types'
import type { TestApp } from '../helpers/testApp'

export const SEED_NOW = new Date('2025-03-01T08:00:00Z')

/** A complete, valid guide content; tests override what they look at. */
export function content(overrides: Partial<GuideContentInput> = {}): Omit<GuideContentInput, 'departmentId'> {
  return {
    title: '测试事项',
    keywords: [],
    summary: '测试用的事项简介。',
    lifeEvents: [],
    eligibility: ['本镇户籍居民'],
    materials: [{ name: '居民身份证', originals: 1, copies: 1, required: true }],
    steps: [{ title: '窗口受理', detail: '材料齐全当场受理。', actor: 'window', days: 0 }],
    legalTimeLimitDays: 20,
    promisedTimeLimitDays: 5,
    fee: { free: true },
    place: '便民服务中心一楼',
    hours: '工作日 8:30–17:30',
    contactPhone: '0795-2600100',
    legalBasis: ['《社会救助暂行办法》'],
    faq: [],
    appointmentAvailable: false,
    maxOneTrip: true,
    proxyAllowed: true,
    ...overrides
  }
}

const guide = (slug: string, departmentKey: string, overrides: Partial<GuideContentInput>): SeedGuide => ({
  slug,
  departmentKey,
  content: content(overrides)
})

/** A small township: three departments, two villages, two contact rows, six published guides. */
export function fixtureData(key = 'fixture'): Pick<SeedData, 'township' | 'villages' | 'departments' | 'guides' | 'contacts'> {
  return {
    township: {
      key,
      name: `测试镇${key}`,
      county: '上高县',
      province: '江西省',
      address: '测试镇人民政府东侧',
      phone: '0795-2600100',
      hours: '工作日 8:30–17:30'
    },
    villages: [
      { key: 'tongshan', name: '桐山村', groups: ['一组', '二组'] },
      { key: 'guanqiao', name: '官桥村', groups: [] }
    ],
    departments: [
      { key: 'guihua', name: '城乡规划三合一', windowName: '7号窗口', place: '一楼7号窗口', phone: '0795-2600107', description: '规划建设', order: 3 },
      { key: 'minzheng', name: '民政', windowName: '1号窗口', place: '一楼1号窗口', phone: '0795-2600101', description: '社会救助', order: 1 },
      { key: 'yibao', name: '医保', windowName: '3号窗口', place: '一楼3号窗口', phone: '0795-2600103', description: '医疗保障', order: 2 }
    ],
    guides: [
      guide('dibao', 'minzheng', {
        title: '最低生活保障申请',
        keywords: ['低保', '吃低保'],
        summary: '家庭人均收入低于低保标准的，可以申请最低生活保障。',
        lifeEvents: ['hardship']
      }),
      guide('dibao-bianyuan', 'minzheng', {
        title: '低保边缘家庭认定',
        summary: '收入略高于低保标准的困难家庭。',
        lifeEvents: ['hardship']
      }),
      guide('canji-huli', 'minzheng', {
        title: '重度残疾人护理补贴',
        keywords: ['护理补贴'],
        lifeEvents: ['disability']
      }),
      guide('yiliao-jiuzhu', 'yibao', {
        title: '医疗救助',
        keywords: ['大病救助'],
        summary: '因病致贫家庭的医疗费用救助。',
        eligibility: ['已参加城乡居民基本医疗保险'],
        lifeEvents: ['illness', 'hardship']
      }),
      guide('zhaijidi', 'guihua', {
        title: '农村宅基地申请',
        keywords: ['宅基地', '建房'],
        lifeEvents: ['housing']
      }),
      guide('cunji-zhengming', 'guihua', {
        title: '村级证明事项',
        keywords: ['开证明'],
        lifeEvents: ['certificate']
      })
    ],
    contacts: [
      { post: '民政专干', name: '李明', duties: '社会救助', phone: '13800138001', countyDepartment: '县民政局', countyPerson: '王强', countyPhone: '0795-2500001' },
      { post: '医保专干', name: '张丽', duties: '医疗保障', phone: '13800138002', countyDepartment: '县医保局', countyPerson: '赵敏', countyPhone: '0795-2500002' }
    ]
  }
}

/** Seeds the fixture township into the test app's database. */
export function seedFixture(t: TestApp, key = 'fixture'): Promise<SeededOrg> {
  return seedOrgAndGuides(t.db, fixtureData(key), { now: SEED_NOW })
}

/** Signs in a new account of a role in a township, with the given departments (for staff). */
export async function signInAs(
  t: TestApp,
  role: Role,
  townshipId: string,
  departmentIds: string[] = []
): Promise<{ userId: string; headers: { Authorization: string } }> {
  const user = await userModel(t.db).create({
    role,
    displayName: `${role}-${new Types.ObjectId().toHexString().slice(-6)}`,
    townshipId: new Types.ObjectId(townshipId),
    departmentIds: departmentIds.map((id) => new Types.ObjectId(id))
  })
  const { token } = await openSession(t.deps, user._id, 'dev')
  return { userId: String(user._id), headers: { Authorization: `Bearer ${token}` } }
}
