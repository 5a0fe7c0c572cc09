import type { SeedDepartment } from './types'

/** Window phones, shared by the departments and the guides they answer for. */
export const WINDOW_PHONES = {
  minzheng: '0795-2600101',
  shebao: '0795-2600102',
  yibao: '0795-2600103',
  weijian: '0795-2600104',
  tuiyi: '0795-2600105',
  nongye: '0795-2600106',
  guihua: '0795-2600107',
  dangqun: '0795-2600108'
} as const

/** Where each window sits, as printed on a guide. */
export const WINDOW_PLACES = {
  minzheng: '新界埠镇便民服务中心一楼 1号窗口（民政）',
  shebao: '新界埠镇便民服务中心一楼 2号窗口（社保就业）',
  yibao: '新界埠镇便民服务中心一楼 3号窗口（医保）',
  weijian: '新界埠镇便民服务中心一楼 4号窗口（卫生健康）',
  tuiyi: '新界埠镇便民服务中心一楼 5号窗口（退役军人服务站）',
  nongye: '新界埠镇便民服务中心一楼 6号窗口（农业农村）',
  guihua: '新界埠镇便民服务中心一楼 7号窗口（城乡规划三合一）',
  dangqun: '新界埠镇便民服务中心一楼 8号窗口（党群服务中心）'
} as const

/** Hours printed on every guide (延时服务 and 预约服务 as seed 000 and 002 describe). */
export const GUIDE_HOURS = '周一至周五 8:30–12:00、14:30–17:30；午间和下班后可电话预约延时办理'

/** The six windows of seed 000 plus the 党群服务中心 window (seed 004). */
export const departments: SeedDepartment[] = [
  {
    key: 'minzheng',
    name: '民政',
    windowName: '1号窗口 民政',
    place: '便民服务中心一楼 1号窗口',
    phone: WINDOW_PHONES.minzheng,
    description:
      '受理最低生活保障、特困人员救助供养、临时救助、残疾人两项补贴、高龄津贴、老年人优待证、惠民殡葬等事项，解答社会救助和养老服务政策。',
    order: 1
  },
  {
    key: 'shebao',
    name: '社保就业',
    windowName: '2号窗口 社保就业',
    place: '便民服务中心一楼 2号窗口',
    phone: WINDOW_PHONES.shebao,
    description:
      '办理城乡居民基本养老保险参保登记、待遇领取、注销登记，就业登记和失业登记，提供招聘信息和职业技能培训报名。',
    order: 2
  },
  {
    key: 'yibao',
    name: '医保',
    windowName: '3号窗口 医保',
    place: '便民服务中心一楼 3号窗口',
    phone: WINDOW_PHONES.yibao,
    description: '办理城乡居民基本医疗保险参保缴费、异地就医备案、医疗救助申请，解答报销政策。',
    order: 3
  },
  {
    key: 'weijian',
    name: '卫生健康',
    windowName: '4号窗口 卫生健康',
    place: '便民服务中心一楼 4号窗口',
    phone: WINDOW_PHONES.weijian,
    description: '办理生育登记、农村部分计划生育家庭奖励扶助、计划生育家庭特别扶助，提供健康政策咨询。',
    order: 4
  },
  {
    key: 'tuiyi',
    name: '退役军人事务',
    windowName: '5号窗口 退役军人服务站',
    place: '便民服务中心一楼 5号窗口（退役军人服务站）',
    phone: WINDOW_PHONES.tuiyi,
    description:
      '镇退役军人服务站：办理优抚对象住院优待（医疗补助）、优待证申领，受理退役军人信息采集、帮扶援助和政策咨询。',
    order: 5
  },
  {
    key: 'nongye',
    name: '农业农村',
    windowName: '6号窗口 农业农村',
    place: '便民服务中心一楼 6号窗口',
    phone: WINDOW_PHONES.nongye,
    description: '受理耕地地力保护补贴等惠农补贴申报、农村土地承包经营权流转合同备案，解答农业生产政策。',
    order: 6
  },
  {
    key: 'guihua',
    name: '城乡规划三合一',
    windowName: '7号窗口 城乡规划三合一',
    place: '便民服务中心一楼 7号窗口',
    phone: WINDOW_PHONES.guihua,
    description:
      '自然资源、规划、建设“三合一”窗口：农村宅基地和村民建房一个窗口受理、联审联办，农村危房改造申请，乡村建设规划许可咨询。',
    order: 7
  },
  {
    key: 'dangqun',
    name: '党群服务',
    windowName: '8号窗口 党群服务',
    place: '便民服务中心一楼 8号窗口（党群服务中心）',
    phone: WINDOW_PHONES.dangqun,
    description: '办理党员组织关系转接、流动党员登记，指导村级证明事项（村里能开哪些证明、不能开的去哪里办）。',
    order: 8
  }
]
