import type { SeedHelped, SeedPerson, SeedSignup } from './types'

/** Demo persons offered by the dev login, one per thing a tester should try. */
export const people: SeedPerson[] = [
  {
    key: 'li-xiuying',
    role: 'resident',
    displayName: '李秀英',
    description:
      '群众，桐山村（示范村“红色桐山”）村民。试试：搜“低保”或“db”看一次性告知，预约1号窗口民政，提交一条咨询，办完后评价。',
    villageKey: 'tongshan',
    phone: '13800138101'
  },
  {
    key: 'zhou-zhiqiang',
    role: 'resident',
    displayName: '周志强',
    description:
      '群众，塘下村村民，父亲是退役军人、刚出院。试试：查“退役军人住院优待”，预约5号窗口退役军人服务站，在“多对一”联系表里找负责人电话。',
    villageKey: 'tangxia',
    phone: '13800138102'
  },
  {
    key: 'tan-haibo',
    role: 'resident',
    displayName: '谭海波',
    description: '群众，石溪村党员，在外地务工。试试：查“党员转接”，看不回家怎么办；提交一条咨询问需要家人送什么材料。',
    villageKey: 'shixi',
    phone: '13800138103'
  },
  {
    key: 'chen-xiaoyan',
    role: 'assistant',
    displayName: '陈晓燕',
    description:
      '帮办代办员，桐山村网格员，帮李桂兰、王德福两位老人办事。试试：代老人提交求助、代约窗口，看记录里“提交人≠申请人”，把结果标记为“已当面送达”。',
    villageKey: 'tongshan',
    phone: '13800138301'
  },
  {
    key: 'huang-siyuan',
    role: 'assistant',
    displayName: '黄思远',
    description:
      '帮办代办员，官桥村到村工作大学生，帮邹水生老人办事。试试：替农忙的村民代办宅基地申请、把材料带到7号窗口，撤销一份代办授权。',
    villageKey: 'guanqiao',
    phone: '13800138302'
  },
  {
    key: 'liu-fang',
    role: 'staff',
    displayName: '刘芳',
    description:
      '窗口工作人员，民政人社岗（1号窗口 民政）。试试：处理民政队列（超期的排在前面）、受理并答复诉求，编辑并发布“低保”指南，给今天的预约签到。',
    departmentKeys: ['minzheng'],
    phone: '13800138201'
  },
  {
    key: 'hu-weidong',
    role: 'staff',
    displayName: '胡卫东',
    description:
      '窗口工作人员，退役军人服务站站长（5号窗口）。试试：答复住院优待的咨询，处理差评整改并回访，看今天的预约。',
    departmentKeys: ['tuiyi'],
    phone: '13800138206'
  },
  {
    key: 'deng-zhigang',
    role: 'staff',
    displayName: '邓志刚',
    description:
      '窗口工作人员，自然资源岗，一人对接多个站所：7号窗口城乡规划三合一和6号窗口农业农村。试试：在两个部门的队列之间切换，修改宅基地指南。',
    departmentKeys: ['guihua', 'nongye'],
    phone: '13800138208'
  },
  {
    key: 'yuan-chunhua',
    role: 'admin',
    displayName: '袁春华',
    description:
      '中心负责人，新界埠镇便民服务中心主任。试试：审核2条待批的工作人员注册，看数据看板和审计日志，管理窗口、村组和工作日历。',
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
