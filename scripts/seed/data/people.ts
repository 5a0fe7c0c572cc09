import type { SeedHelped, SeedPerson, SeedSignup } from './types'

/**
 * Demo persons offered by the dev login, one per thing a tester should try. Each description says
 * only what the app does today (see test/scripts/seedData.test.ts); update it as features land.
 */
export const people: SeedPerson[] = [
  {
    key: 'li-xiuying',
    role: 'resident',
    displayName: '李秀英',
    description:
      '群众，桐山村（示范村“红色桐山”）村民。今天下午约了1号窗口办高龄津贴（在“我的预约”看签到码）。试试：搜“低保”或“db”看一次性告知并勾选材料，网上预约、改约或取消，提交一条投诉，在“我的诉求”补充情况、确认答复并评价。',
    villageKey: 'tongshan',
    phone: '13800138101'
  },
  {
    key: 'zhou-zhiqiang',
    role: 'resident',
    displayName: '周志强',
    description:
      '群众，塘下村村民，父亲是退役军人、刚出院。试试：查“退役军人住院优待”，预约5号窗口退役军人服务站，在“多对一”联系表里找负责人电话，看“热点回应”里路灯的答复。',
    villageKey: 'tangxia',
    phone: '13800138102'
  },
  {
    key: 'tan-haibo',
    role: 'resident',
    displayName: '谭海波',
    description: '群众，石溪村党员，在外地务工。试试：查“党员转接”，看不回家怎么办；提交一条咨询问需要家人送什么材料，在“消息”里等答复。',
    villageKey: 'shixi',
    phone: '13800138103'
  },
  {
    key: 'liu-jianguo',
    role: 'resident',
    displayName: '刘建国',
    description:
      '群众，桐山村党员志愿者（志愿者登记已审核通过）。试试：在“我的”→“志愿服务”看派给您的上门服务单，约好时间接单，接单后才看得到地址和电话，上门后记录做了什么、拍照，群众确认后就办结了。',
    villageKey: 'tongshan',
    phone: '13800138104'
  },
  {
    key: 'chen-xiaoyan',
    role: 'assistant',
    displayName: '陈晓燕',
    description:
      '帮办代办员，桐山村网格员（也登记了上门服务，名字和电话印在桐山村的智慧门牌上），帮李桂兰、王德福两位老人办事（今天替李桂兰约了1号窗口）。试试：选“替谁反映”代老人提交求助、代约窗口，看记录里写明是您代办的，工作人员要求补充时替老人补充，答复也会发到您的“消息”。',
    villageKey: 'tongshan',
    phone: '13800138301'
  },
  {
    key: 'huang-siyuan',
    role: 'assistant',
    displayName: '黄思远',
    description:
      '帮办代办员，官桥村到村工作大学生，帮邹水生老人办事（今天替他约了5号窗口办优待证）。试试：查宅基地申请要带的材料，替邹水生预约窗口、提交诉求，在“我的预约”“我的诉求”看办理进度。',
    villageKey: 'guanqiao',
    phone: '13800138302'
  },
  {
    key: 'liu-fang',
    role: 'staff',
    displayName: '刘芳',
    description:
      '窗口工作人员，民政人社岗（1号窗口 民政）。试试：在“今天的预约”按签到码签到（如 MZ6E）、办结、标记未到场、登记现场办理，“前一天”还有一个没来的；在“诉求办理”处理超期的那件、答复并发布为热点回应；编辑并发布“低保”指南，设置预约时段。',
    departmentKeys: ['minzheng'],
    phone: '13800138201'
  },
  {
    key: 'hu-weidong',
    role: 'staff',
    displayName: '胡卫东',
    description:
      '窗口工作人员，退役军人服务站站长（5号窗口）。试试：在“今天的预约”给周志强办结、给邹水生签到（TY3J），修改住院优待指南，设置5号窗口的预约时段。',
    departmentKeys: ['tuiyi'],
    phone: '13800138206'
  },
  {
    key: 'deng-zhigang',
    role: 'staff',
    displayName: '邓志刚',
    description:
      '窗口工作人员，自然资源岗，一人对接多个站所：7号窗口城乡规划三合一和6号窗口农业农村。试试：在“今天的预约”按窗口切换，答复农业农村的那条建议，修改宅基地指南（宅基地只在周二、周四下午可约）。',
    departmentKeys: ['guihua', 'nongye'],
    phone: '13800138208'
  },
  {
    key: 'yuan-chunhua',
    role: 'admin',
    displayName: '袁春华',
    description:
      '中心负责人，新界埠镇便民服务中心主任。试试：审核2条待批的工作人员注册（看完整身份证号会记入审计），受理新诉求并派给民政，在“上门服务派单”把李秀英的求助派给志愿者刘建国，在“二维码（码上办）”打印桐山村的智慧门牌和各窗口的码，看所有窗口今天的预约，编辑任一站所的指南。',
    phone: '13800138001'
  }
]

/** Elders without a smartphone whom the assistants help; each consent is on record. */
export const helped: SeedHelped[] = [
  { assistantKey: 'chen-xiaoyan', name: '李桂兰', villageKey: 'tongshan', consentHow: 'signed_paper' },
  { assistantKey: 'chen-xiaoyan', name: '王德福', villageKey: 'tongshan', consentHow: 'in_person' },
  {
    assistantKey: 'huang-siyuan',
    name: '邹水生',
    villageKey: 'guanqiao',
    phone: '13800138401',
    consentHow: 'signed_paper'
  }
]

/** Staff sign-ups waiting for the admin (实名 + 审核); ID numbers carry a valid check digit. */
export const pendingSignups: SeedSignup[] = [
  {
    realName: '彭丽萍',
    idNumber: '360923199204170244',
    phone: '13800138501',
    departmentKeys: ['yibao']
  },
  {
    realName: '易俊',
    idNumber: '360923198811030177',
    phone: '13800138502',
    departmentKeys: ['shebao']
  }
]
