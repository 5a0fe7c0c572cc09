import type { SeedContact } from './types'

/**
 * 新界埠镇“多对一”对应联系表 (seed 004): township post → county department.
 * 多对一: 民政人社岗 is held by several people facing the 民政局, and 农业农村岗 and 自然资源岗 both
 * face the 农业农村局. 一对多: 自然资源岗 faces three county bodies, 钟丽华 of 民政人社岗 two.
 */
export const contacts: SeedContact[] = [
  {
    post: '民政人社岗',
    name: '刘芳',
    duties: '最低生活保障、特困人员救助供养、临时救助的受理、入户调查和动态管理',
    phone: '13800138201',
    countyDepartment: '上高县民政局（社会救助股）',
    countyPerson: '黄建明',
    countyPhone: '0795-2501201'
  },
  {
    post: '民政人社岗',
    name: '钟丽华',
    duties: '高龄津贴、老年人优待证、惠民殡葬、养老服务和敬老院管理',
    phone: '13800138202',
    countyDepartment: '上高县民政局（养老服务股）',
    countyPerson: '吴小红',
    countyPhone: '0795-2501202'
  },
  {
    post: '民政人社岗',
    name: '钟丽华',
    duties: '残疾人两项补贴初审、残疾评定预约、残疾人就业和康复服务',
    phone: '13800138202',
    countyDepartment: '上高县残疾人联合会',
    countyPerson: '龙慧敏',
    countyPhone: '0795-2513201'
  },
  {
    post: '民政人社岗',
    name: '聂志勇',
    duties: '城乡居民养老保险参保、待遇领取和注销，就业失业登记，职业技能培训报名',
    phone: '13800138203',
    countyDepartment: '上高县人力资源和社会保障局',
    countyPerson: '晏春生',
    countyPhone: '0795-2502201'
  },
  {
    post: '医保岗',
    name: '况丽娟',
    duties: '城乡居民医保参保缴费、异地就医备案、医疗救助申请受理',
    phone: '13800138204',
    countyDepartment: '上高县医疗保障局',
    countyPerson: '幸海燕',
    countyPhone: '0795-2503201'
  },
  {
    post: '卫生健康岗',
    name: '漆美华',
    duties: '生育登记、计划生育家庭奖励扶助和特别扶助、计生特殊家庭关怀',
    phone: '13800138205',
    countyDepartment: '上高县卫生健康委员会',
    countyPerson: '敖国庆',
    countyPhone: '0795-2504201'
  },
  {
    post: '退役军人服务站',
    name: '胡卫东',
    duties: '退役军人信息采集、优待证申领、优抚对象住院优待、帮扶援助和政策咨询',
    phone: '13800138206',
    countyDepartment: '上高县退役军人事务局',
    countyPerson: '龚德胜',
    countyPhone: '0795-2505201'
  },
  {
    post: '农业农村岗',
    name: '黎明辉',
    duties: '耕地地力保护补贴等惠农补贴申报、农村土地承包经营权流转、农业生产服务',
    phone: '13800138207',
    countyDepartment: '上高县农业农村局',
    countyPerson: '付长青',
    countyPhone: '0795-2506201'
  },
  {
    post: '自然资源岗',
    name: '邓志刚',
    duties: '村庄规划、乡村建设规划许可、农用地转用审查、违法用地巡查',
    phone: '13800138208',
    countyDepartment: '上高县自然资源局',
    countyPerson: '简卫平',
    countyPhone: '0795-2507201'
  },
  {
    post: '自然资源岗',
    name: '邓志刚',
    duties: '农村宅基地审批联审联办、宅基地“三到场”',
    phone: '13800138208',
    countyDepartment: '上高县农业农村局（宅基地管理股）',
    countyPerson: '付长青',
    countyPhone: '0795-2506201'
  },
  {
    post: '自然资源岗',
    name: '邓志刚',
    duties: '农村危房改造、农房质量安全和村民建房竣工验收',
    phone: '13800138208',
    countyDepartment: '上高县住房和城乡建设局',
    countyPerson: '熊俊',
    countyPhone: '0795-2508201'
  },
  {
    post: '党建岗',
    name: '彭晓东',
    duties: '党员组织关系转接、流动党员管理、发展党员、村级证明事项指导',
    phone: '13800138209',
    countyDepartment: '中共上高县委组织部',
    countyPerson: '林国华',
    countyPhone: '0795-2509201'
  },
  {
    post: '综治信访岗',
    name: '罗建平',
    duties: '群众来信来访接待、矛盾纠纷排查化解、投诉诉求转办督办',
    phone: '13800138210',
    countyDepartment: '上高县信访局',
    countyPerson: '何志坚',
    countyPhone: '0795-2510201'
  },
  {
    post: '便民服务中心综合受理岗',
    name: '文慧',
    duties: '一窗受理、首问负责、咨询引导、帮办代办、好差评和政务公开',
    phone: '13800138211',
    countyDepartment: '上高县行政审批局',
    countyPerson: '邹建华',
    countyPhone: '0795-2512201'
  }
]
