import type { SeedGuide } from '../types'
import { GUIDE_HOURS, WINDOW_PHONES, WINDOW_PLACES } from '../departments'
import { householdBook, idCard, payoutCard, proxyIdCard } from './common'

const place = WINDOW_PLACES.tuiyi
const contactPhone = WINDOW_PHONES.tuiyi
const contactName = '退役军人服务站'

/** 5号窗口 退役军人服务站：住院优待、优待证。 */
export const tuiyiGuides: SeedGuide[] = [
  {
    slug: 'tuiyi-zhuyuan-youdai',
    departmentKey: 'tuiyi',
    content: {
      title: '退役军人等优抚对象住院优待（医疗补助）',
      keywords: ['退役军人住院', '住院优待', '优抚对象', '医疗补助', '老兵住院', '残疾军人', '复员军人', '军人优待'],
      summary:
        '优抚对象住院治疗，经基本医保、大病保险和医疗救助报销后个人负担的医疗费用，可以按规定申请医疗补助；持优待证的退役军人在公立医院享受优先服务。出院后带齐材料到镇退役军人服务站，一般10分钟办完。',
      lifeEvents: ['veteran', 'illness'],
      eligibility: [
        '享受国家定期抚恤补助的优抚对象：残疾军人、烈士遗属、因公牺牲军人遗属、病故军人遗属、在乡复员军人、带病回乡退伍军人、参战参试退役军人等。',
        '参加了城乡居民或职工基本医疗保险，在定点医疗机构住院治疗。',
        '补助的是经基本医保、大病保险、医疗救助等报销后个人负担的合规医疗费用；补助比例和年度限额按江西省、上高县规定执行。',
        '其他退役军人凭优待证在公立医疗机构享受优先挂号、取药、缴费、住院等服务；生活困难的，可以另外申请帮扶援助或医疗救助。'
      ],
      materials: [
        idCard(),
        {
          name: '优抚对象身份证件（残疾军人证、优待证等）',
          originals: 1,
          copies: 0,
          required: true,
          note: '现场核验后退还；已在退役军人信息系统中登记的，报身份证号即可核对'
        },
        {
          name: '住院医疗费用发票（或电子票据）和费用明细清单',
          originals: 1,
          copies: 0,
          required: true,
          note: '电子票据提供票据号码即可'
        },
        {
          name: '医保结算单',
          originals: 1,
          copies: 0,
          required: true,
          exemptReason: '已通过医保信息系统共享核验，免提交'
        },
        { name: '出院小结（出院记录）', originals: 0, copies: 1, required: true },
        householdBook,
        payoutCard,
        proxyIdCard
      ],
      steps: [
        {
          title: '问清政策、备齐材料',
          detail: '扫便民服务二维码或打5号窗口电话，问清办理条件和材料（一次性告知）；出院时在医院打印发票、费用清单和出院小结。',
          actor: 'applicant',
          days: 0
        },
        {
          title: '服务站受理',
          detail: '到镇退役军人服务站，工作人员核验身份和材料，现场录入，一般10分钟左右办完，不用再跑第二趟。',
          actor: 'window',
          days: 0
        },
        {
          title: '县退役军人事务局审核',
          detail: '上高县退役军人事务局审核补助金额；审核不通过的书面告知理由。',
          actor: 'county',
          days: 8
        },
        {
          title: '补助发放',
          detail: '补助打到本人社保卡或银行卡，服务站电话告知结果。',
          actor: 'county',
          days: 2
        }
      ],
      legalTimeLimitDays: 20,
      promisedTimeLimitDays: 10,
      timeLimitNote: '服务站受理约10分钟完成；县退役军人事务局审核后发放补助。',
      fee: { free: true },
      place,
      hours: GUIDE_HOURS,
      contactName,
      contactPhone,
      legalBasis: [
        '《中华人民共和国退役军人保障法》',
        '《军人抚恤优待条例》',
        '江西省优抚对象医疗保障有关规定'
      ],
      faq: [
        {
          q: '老人还在住院，家属能先来问吗？',
          a: '能。打5号窗口电话或扫码就能问清要带什么，出院时一并在医院打印好，来一次就能办完。'
        },
        {
          q: '在外地医院住院的也能补助吗？',
          a: '能。办理了异地就医备案、在定点医院住院的费用同样计算，带齐发票、清单和出院小结即可。'
        },
        {
          q: '老兵本人行动不便，家属能代办吗？',
          a: '能。家属带上双方身份证代办；也可以请村里的帮办代办员或服务站工作人员上门受理。'
        }
      ],
      appointmentAvailable: true,
      maxOneTrip: true,
      proxyAllowed: true
    }
  },
  {
    slug: 'youdaizheng',
    departmentKey: 'tuiyi',
    content: {
      title: '退役军人、其他优抚对象优待证申领',
      keywords: ['优待证', '退役军人优待证', '军人优待证', '烈属优待证', '优待证申领', '优待证补办'],
      summary:
        '退役军人和烈士遗属、因公牺牲军人遗属、病故军人遗属可以申领优待证，凭证享受交通、文化旅游、医疗等方面的优待。在镇退役军人服务站现场申领、采集照片，省里统一制证后发放。',
      lifeEvents: ['veteran'],
      eligibility: [
        '退役军人：依法从中国人民解放军、中国人民武装警察部队退出现役的军官和士兵（被取消退役军人身份的除外）。',
        '其他优抚对象：烈士遗属、因公牺牲军人遗属、病故军人遗属。',
        '已完成退役军人信息采集；信息有误的，先在服务站办理信息更正。'
      ],
      materials: [
        idCard(),
        {
          name: '退役证件（退伍证、转业证、复员证等）',
          originals: 1,
          copies: 0,
          required: true,
          note: '现场核验后退还；证件遗失的，服务站协助查询档案'
        },
        {
          name: '烈士证明书或遗属身份材料',
          originals: 1,
          copies: 0,
          required: false,
          note: '烈士遗属、因公牺牲和病故军人遗属申领时提供'
        },
        {
          name: '近期免冠彩色照片',
          originals: 1,
          copies: 0,
          required: false,
          note: '服务站现场免费采集，不用另外去照相'
        },
        { name: '优待证申领表', originals: 1, copies: 0, required: true, note: '服务站提供，现场填写' }
      ],
      steps: [
        { title: '提出申领', detail: '到镇退役军人服务站或村退役军人服务站提出申领。', actor: 'applicant', days: 0 },
        { title: '核验并采集照片', detail: '服务站核验身份和退役信息，现场采集照片、录入系统。', actor: 'window', days: 0 },
        { title: '县局审核', detail: '上高县退役军人事务局审核申领信息。', actor: 'county', days: 5 },
        { title: '统一制证', detail: '由江西省退役军人事务厅统一制证后下发。', actor: 'county', days: 20 },
        {
          title: '领取',
          detail: '到证后服务站电话通知，可以到服务站领取，也可以由村退役军人服务站代领送到家。',
          actor: 'window',
          days: 5
        }
      ],
      legalTimeLimitDays: null,
      promisedTimeLimitDays: 30,
      timeLimitNote: '现场申领当场受理；制证时间以省退役军人事务厅安排为准。',
      fee: { free: true, description: '申领、补领均不收费' },
      place,
      hours: GUIDE_HOURS,
      contactName,
      contactPhone,
      legalBasis: [
        '《中华人民共和国退役军人保障法》',
        '《军人抚恤优待条例》',
        '《退役军人、其他优抚对象优待证管理办法（试行）》'
      ],
      faq: [
        {
          q: '优待证丢了怎么办？',
          a: '带身份证到服务站申请补领，流程和首次申领一样。'
        },
        {
          q: '优待证能当银行卡用吗？',
          a: '优待证可以具有金融功能，需要到合作银行激活后使用；不激活也不影响享受优待。'
        },
        {
          q: '申领要本人到场吗？',
          a: '需要现场采集照片的，原则上本人到场；行动不便的，服务站可以上门采集。'
        }
      ],
      appointmentAvailable: true,
      maxOneTrip: true,
      proxyAllowed: false
    }
  }
]
