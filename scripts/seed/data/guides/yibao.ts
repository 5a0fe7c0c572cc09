import type { SeedGuide } from '../types'
import { GUIDE_HOURS, WINDOW_PHONES, WINDOW_PLACES } from '../departments'
import { checkAuthorization, householdBook, idCard, payoutCard, proxyIdCard } from './common'

const place = WINDOW_PLACES.yibao
const contactPhone = WINDOW_PHONES.yibao
const contactName = '医保专干'

/** 3号窗口 医保：居民医保参保缴费、异地就医备案、医疗救助。 */
export const yibaoGuides: SeedGuide[] = [
  {
    slug: 'yibao-canbao',
    departmentKey: 'yibao',
    content: {
      title: '城乡居民基本医疗保险参保缴费',
      keywords: ['医保', '交医保', '居民医保', '农村医保', '新农合', '合作医疗', '医保缴费', '新生儿医保'],
      summary:
        '没有参加职工基本医疗保险的城乡居民（含学生、儿童、新生儿）可以参加城乡居民基本医疗保险，每年集中缴费期内缴纳下一年度的费用；低保、特困等困难群众的个人缴费由政府按规定资助。',
      lifeEvents: ['insurance', 'illness', 'birth'],
      eligibility: [
        '具有上高县户籍，或持居住证在本地居住的城乡居民，且没有参加职工基本医疗保险。',
        '每年集中缴费期（一般为当年9月至12月，以当年通知为准）缴纳次年的费用，次年1月1日起享受待遇。',
        '新生儿在出生后90天内参保缴费的，自出生之日起享受待遇。',
        '集中缴费期外参保或中断后再参保的，按规定设置待遇等待期；连续参保、当年没有使用医保基金报销的，按规定提高大病保险最高支付限额。',
        '特困人员、低保对象、返贫致贫人口等按规定享受个人缴费资助，具体以当年政策为准。'
      ],
      materials: [
        { ...idCard(), note: '新生儿凭出生医学证明和户口簿办理；现场核验后退还' },
        householdBook,
        {
          name: '出生医学证明',
          originals: 1,
          copies: 0,
          required: false,
          exemptReason: '已通过出生医学证明电子证照核验，免提交',
          note: '新生儿参保时'
        },
        proxyIdCard
      ],
      steps: [
        {
          title: '参保登记',
          detail: '第一次参保或新生儿参保的，到3号窗口登记；已经参保的，每年直接缴费即可，不用再登记。',
          actor: 'window',
          days: 0
        },
        {
          title: '缴纳医保费',
          detail: '通过税务部门的手机缴费渠道或银行网点缴纳；不会用手机的，可以请村医保协办员、帮办代办员或窗口工作人员协助缴纳。',
          actor: 'applicant',
          days: 0
        },
        { title: '享受待遇', detail: '缴费后次年1月1日起，凭医保电子凭证或社保卡就医结算。', actor: 'county' }
      ],
      legalTimeLimitDays: null,
      promisedTimeLimitDays: 0,
      timeLimitNote: '即办。',
      fee: { free: true, description: '办理不收费；医保个人缴费标准以当年公布的为准' },
      place,
      hours: GUIDE_HOURS,
      contactName,
      contactPhone,
      legalBasis: [
        '《中华人民共和国社会保险法》',
        '《国务院关于整合城乡居民基本医疗保险制度的意见》（国发〔2016〕3号）',
        '《国务院办公厅关于健全基本医疗保险参保长效机制的指导意见》（国办发〔2024〕38号）'
      ],
      faq: [
        {
          q: '在外地打工，单位交了职工医保，家里还要交居民医保吗？',
          a: '不用。职工医保和居民医保不能重复参保，同时参加也只能享受一种待遇，多交的钱白交了。'
        },
        {
          q: '错过了集中缴费期怎么办？',
          a: '可以在缴费期外参保缴费，但要设置待遇等待期，等待期内看病不能报销。请尽量在集中缴费期内缴纳。'
        },
        {
          q: '老人不会用手机缴费怎么办？',
          a: '到3号窗口或找村里的帮办代办员协助缴纳，现金、银行卡都可以。'
        }
      ],
      appointmentAvailable: true,
      maxOneTrip: true,
      proxyAllowed: true
    }
  },
  {
    slug: 'yidi-jiuyi-beian',
    departmentKey: 'yibao',
    content: {
      title: '基本医疗保险异地就医备案',
      keywords: ['异地就医', '异地备案', '外地看病', '跨省就医', '转诊', '异地报销', '医保备案'],
      summary:
        '在上高县参保的人员到县外、省外就医前办理备案，就可以在就医地的联网定点医疗机构直接结算，不用先垫钱再回来报销。可以在手机上自助备案，也可以到窗口办理，即时办结。',
      lifeEvents: ['illness', 'insurance'],
      eligibility: [
        '在上高县参加城乡居民基本医疗保险或职工基本医疗保险，处于正常参保状态。',
        '异地长期居住人员：异地安置退休人员、异地长期居住人员、常驻异地工作人员，在居住地备案，填写个人承诺书即可。',
        '临时外出就医人员：异地转诊就医人员、因工作或旅游等原因异地急诊抢救人员、其他临时外出就医人员。',
        '急诊抢救的可以先就医，再补办备案。'
      ],
      materials: [
        { name: '居民身份证或社会保障卡', originals: 1, copies: 0, required: true, note: '手机备案的实名认证即可' },
        {
          name: '基本医疗保险异地就医登记备案表',
          originals: 1,
          copies: 0,
          required: true,
          note: '手机自助备案的在线填写，不用纸质表'
        },
        {
          name: '个人承诺书',
          originals: 1,
          copies: 0,
          required: false,
          note: '异地长期居住人员承诺在异地居住，不用再提交居住证或户口簿'
        },
        {
          name: '转诊证明',
          originals: 1,
          copies: 0,
          required: false,
          note: '异地转诊时由县内定点医院开具，医院也可以直接在系统中办理'
        }
      ],
      steps: [
        {
          title: '提交备案',
          detail: '微信搜索“国家医保服务平台”小程序或下载国家医保服务平台APP，实名认证后选择“异地就医备案”；也可以打电话或到3号窗口办理。',
          actor: 'applicant',
          days: 0
        },
        { title: '即时审核', detail: '系统或窗口即时审核，备案信息当场生效。', actor: 'window', days: 0 },
        {
          title: '就医直接结算',
          detail: '到备案地的联网定点医疗机构就医，出示医保电子凭证或社保卡直接结算。',
          actor: 'applicant'
        }
      ],
      legalTimeLimitDays: null,
      promisedTimeLimitDays: 0,
      timeLimitNote: '即办：提交后即时备案成功。',
      fee: { free: true },
      place,
      hours: '手机备案全天可办；窗口 周一至周五 8:30–12:00、14:30–17:30',
      contactName,
      contactPhone,
      legalBasis: [
        '《中华人民共和国社会保险法》',
        '《国家医保局 财政部关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》（医保发〔2022〕22号）'
      ],
      faq: [
        {
          q: '备案后回上高看病还能报销吗？',
          a: '能。异地长期居住人员备案后，在备案有效期内可以在备案地和参保地双向享受待遇。'
        },
        {
          q: '备案有效期多长？',
          a: '异地长期居住备案长期有效，需要变更或取消时再申请；临时外出就医备案的有效期一般不少于6个月，有效期内可以多次就诊。'
        },
        {
          q: '没备案就在外地住院了怎么办？',
          a: '可以在出院结算前补办备案，仍然可以直接结算；出院后回来手工报销的，报销比例可能会降低。'
        }
      ],
      appointmentAvailable: false,
      maxOneTrip: true,
      proxyAllowed: true
    }
  },
  {
    slug: 'yiliao-jiuzhu',
    departmentKey: 'yibao',
    content: {
      title: '医疗救助申请',
      keywords: ['医疗救助', '大病救助', '看病救助', '住院救助', '因病致贫', '二次报销', '医疗补助'],
      summary:
        '低保对象、特困人员、低保边缘家庭成员、防止返贫监测对象和因病致贫重病患者等，看病经基本医保、大病保险报销后个人负担仍然较重的，按规定给予医疗救助。已认定的救助对象在定点医院“一站式”直接结算，不用另外跑。',
      lifeEvents: ['illness', 'hardship'],
      eligibility: [
        '救助对象：特困人员、低保对象、返贫致贫人口；低保边缘家庭成员、纳入监测范围的农村易返贫致贫人口；因高额医疗费用支出导致家庭基本生活出现严重困难的大病患者（因病致贫重病患者）。',
        '参加了城乡居民基本医疗保险（困难群众的个人缴费按规定由政府资助）。',
        '救助范围：经基本医保、大病保险报销后，政策范围内个人自付的住院费用和门诊慢特病费用；年度救助限额按上高县规定执行。',
        '已认定身份的救助对象在定点医疗机构就医，医疗救助与医保同步“一站式”结算，不需要另外申请；因病致贫重病患者等需要先申请认定。'
      ],
      materials: [
        { name: '医疗救助申请表', originals: 1, copies: 0, required: true, note: '窗口提供，可以现场填写或由工作人员代填' },
        idCard(),
        householdBook,
        {
          name: '医疗费用票据和费用清单',
          originals: 1,
          copies: 0,
          required: true,
          note: '在定点医院已“一站式”结算的不用提交；电子票据提供号码即可'
        },
        { name: '出院小结（出院记录）或门诊病历', originals: 0, copies: 1, required: true },
        {
          name: '医保结算单',
          originals: 1,
          copies: 0,
          required: true,
          exemptReason: '已通过医保信息系统共享核验，免提交'
        },
        { ...checkAuthorization, required: false, note: '申请认定因病致贫重病患者时提供，共同生活的成年家庭成员签字' },
        payoutCard,
        proxyIdCard
      ],
      steps: [
        {
          title: '提出申请',
          detail: '需要依申请救助的，本人或家属带齐材料到3号窗口申请；已认定身份的在医院出院结算时直接享受。',
          actor: 'applicant',
          days: 0
        },
        { title: '镇里审核', detail: '核实救助对象身份和医疗费用，提出救助意见。', actor: 'department', days: 5 },
        { title: '县医保局审批', detail: '上高县医疗保障局审核确定救助金额。', actor: 'county', days: 5 },
        { title: '救助金发放', detail: '救助金打到社保卡或银行卡，窗口通知结果。', actor: 'county' }
      ],
      legalTimeLimitDays: 20,
      promisedTimeLimitDays: 10,
      timeLimitNote: '“一站式”结算的当场享受；依申请救助的自受理之日起计算。',
      fee: { free: true },
      place,
      hours: GUIDE_HOURS,
      contactName,
      contactPhone,
      legalBasis: [
        '《社会救助暂行办法》（国务院令第649号）',
        '《国务院办公厅关于健全重特大疾病医疗保险和救助制度的意见》（国办发〔2021〕42号）'
      ],
      faq: [
        {
          q: '低保户住院了，还要自己来申请医疗救助吗？',
          a: '不用。在定点医院住院的，出院结算时医保、大病保险和医疗救助一起报销，只交个人自付的部分。'
        },
        {
          q: '在省城大医院看病也能救助吗？',
          a: '能。按规定转诊备案后在定点医院就医的可以直接结算；不能直接结算的，带着票据到3号窗口申请。'
        },
        {
          q: '不是低保户，但看病花了很多钱，家里过不下去了怎么办？',
          a: '可以申请认定为因病致贫重病患者，经家庭经济状况核对符合条件的给予医疗救助；同时可以申请临时救助。'
        }
      ],
      appointmentAvailable: true,
      maxOneTrip: true,
      proxyAllowed: true
    }
  }
]
