import type { SeedGuide } from '../types'
import { GUIDE_HOURS, WINDOW_PHONES, WINDOW_PLACES } from '../departments'
import { householdBook, idCard, payoutCard, proxyIdCard } from './common'

const place = WINDOW_PLACES.shebao
const contactPhone = WINDOW_PHONES.shebao
const contactName = '社保专干'

/** 2号窗口 社保就业：城乡居民养老保险、就业失业登记。 */
export const shebaoGuides: SeedGuide[] = [
  {
    slug: 'yanglao-canbao',
    departmentKey: 'shebao',
    content: {
      title: '城乡居民基本养老保险参保登记',
      keywords: ['养老保险', '社保', '城乡居民养老', '居民养老保险', '农村养老保险', '新农保', '交社保', '参保登记'],
      summary:
        '年满16周岁（不含在校学生）、不属于职工基本养老保险覆盖范围的城乡居民，可以在户籍地参加城乡居民基本养老保险，自主选择缴费档次、按年缴费，年满60周岁后按月领取养老金。',
      lifeEvents: ['insurance', 'elderly'],
      eligibility: [
        '年满16周岁，不含在校学生。',
        '不是国家机关和事业单位工作人员，且不属于职工基本养老保险覆盖范围；已经在单位参加职工养老保险的，不能同时参加。',
        '在户籍所在地参保，上高县新界埠镇户籍的在本镇办理。',
        '同一时间只能参加一种基本养老保险，不能重复参保。'
      ],
      materials: [
        idCard(),
        householdBook,
        {
          name: '城乡居民基本养老保险参保登记表',
          originals: 1,
          copies: 0,
          required: true,
          note: '窗口提供，可现场填写；选好缴费档次'
        },
        {
          name: '社会保障卡',
          originals: 1,
          copies: 0,
          required: false,
          note: '还没有社保卡的，窗口同步帮你申领'
        },
        proxyIdCard
      ],
      steps: [
        { title: '提交参保登记', detail: '到2号窗口或村里的社保协办员处登记，选择缴费档次。', actor: 'applicant', days: 0 },
        { title: '录入系统', detail: '窗口核验身份后录入社保系统，当场完成参保登记。', actor: 'window', days: 0 },
        {
          title: '按年缴费',
          detail: '通过税务部门提供的手机缴费渠道或银行网点按年缴费；不会用手机的，可以请村协办员或窗口工作人员协助。',
          actor: 'applicant'
        }
      ],
      legalTimeLimitDays: null,
      promisedTimeLimitDays: 0,
      timeLimitNote: '即办：材料齐全的当场完成参保登记。',
      fee: { free: true, description: '办理参保登记不收费；养老保险费按本人选择的档次缴纳' },
      place,
      hours: GUIDE_HOURS,
      contactName,
      contactPhone,
      legalBasis: [
        '《中华人民共和国社会保险法》',
        '《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）'
      ],
      faq: [
        {
          q: '缴费档次怎么选？多交有什么好处？',
          a: '个人缴费越多、缴费年限越长，个人账户积累越多，将来领的养老金越多；选择较高档次缴费的，政府补贴也更多。各档次标准以当年公布的为准，窗口可以帮你算一算。'
        },
        {
          q: '什么时候交、怎么交？',
          a: '按年缴费，具体时间以当年通知为准。可以用手机通过税务部门的缴费渠道交，也可以到银行网点交，或者请村里的社保协办员帮忙。'
        },
        {
          q: '我在外地打工，单位给交了职工养老保险，老家这边还要交吗？',
          a: '不用，也不能重复参保。以后回乡的，可以按《城乡养老保险制度衔接暂行办法》把两边的缴费年限和个人账户转移衔接。'
        }
      ],
      appointmentAvailable: true,
      maxOneTrip: true,
      proxyAllowed: true
    }
  },
  {
    slug: 'yanglao-daiyu',
    departmentKey: 'shebao',
    content: {
      title: '城乡居民基本养老保险待遇领取',
      keywords: ['领养老金', '养老金', '养老待遇', '60岁领钱', '社保待遇', '城乡居民养老', '领社保'],
      summary:
        '参加城乡居民基本养老保险、年满60周岁、累计缴费满15年（或按规定补缴），且没有领取其他基本养老保障待遇的，可以申请按月领取养老金，养老金终身发放到本人社保卡。',
      lifeEvents: ['elderly', 'insurance'],
      eligibility: [
        '参加城乡居民基本养老保险，年满60周岁。',
        '累计缴费满15年；国家统一城乡居民养老保险制度实施时距60周岁不足15年的，按规定逐年缴费，也可以补缴。',
        '没有领取国家规定的其他基本养老保障待遇（如职工基本养老金、机关事业单位养老金）。',
        '可在年满60周岁的前一个月起申请。'
      ],
      materials: [
        idCard(),
        householdBook,
        {
          name: '城乡居民基本养老保险待遇领取申请表',
          originals: 1,
          copies: 0,
          required: true,
          note: '窗口提供，可现场填写'
        },
        { ...payoutCard, name: '本人社会保障卡', note: '养老金发到本人社保卡，请确认已激活金融功能' },
        proxyIdCard
      ],
      steps: [
        { title: '提出申请', detail: '本人或家属到2号窗口或找村社保协办员提出申请。', actor: 'applicant', days: 0 },
        { title: '窗口受理', detail: '窗口核验身份和缴费记录，缴费年限不足的一次性告知如何补缴。', actor: 'window', days: 0 },
        { title: '县社保中心审核', detail: '上高县社会保险服务机构审核并核定养老金待遇标准。', actor: 'county', days: 8 },
        { title: '按月发放', detail: '审核通过后按月发放到本人社保卡，窗口通知核定结果。', actor: 'county', days: 2 }
      ],
      legalTimeLimitDays: 20,
      promisedTimeLimitDays: 10,
      timeLimitNote: '审核通过后，从符合领取条件的次月起计发（以县社保中心核定为准）。',
      fee: { free: true },
      place,
      hours: GUIDE_HOURS,
      contactName,
      contactPhone,
      legalBasis: [
        '《中华人民共和国社会保险法》',
        '《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）'
      ],
      faq: [
        {
          q: '领养老金每年要做资格认证吗？',
          a: '要，每年认证一次。可以在手机上刷脸认证（如国家社会保险公共服务平台），也可以请村社保协办员上门帮忙，不需要村委会开健在证明。'
        },
        {
          q: '到60岁了缴费还不满15年怎么办？',
          a: '可以按规定补缴后再领取，补缴的年限和标准以县社保中心核定为准，2号窗口会一次性告诉你要补多少。'
        },
        {
          q: '养老金一个月能领多少？',
          a: '由基础养老金和个人账户养老金两部分组成，和你的缴费档次、缴费年限有关。窗口受理时可以帮你测算。'
        }
      ],
      appointmentAvailable: true,
      maxOneTrip: true,
      proxyAllowed: true
    }
  },
  {
    slug: 'yanglao-zhuxiao',
    departmentKey: 'shebao',
    content: {
      title: '城乡居民养老保险注销登记（参保人身故）',
      keywords: ['养老保险注销', '社保注销', '个人账户继承', '养老金停发', '身后事', '去世注销'],
      summary:
        '城乡居民养老保险参保人去世后，家属应及时办理注销登记，停发养老金；个人账户资金余额可以依法继承。死亡信息已经共享的，不用再交死亡证明。',
      lifeEvents: ['death', 'insurance'],
      eligibility: [
        '参保人死亡，由法定继承人或指定受益人办理；也适用于已参加职工养老保险等需要注销城乡居民养老保险关系的。',
        '领取养老金的人员去世后，从次月起停发养老金；多发的养老金需要退回，可以从个人账户余额中抵扣。',
        '个人账户资金余额依法继承。'
      ],
      materials: [
        {
          name: '死亡医学证明或户口注销证明',
          originals: 1,
          copies: 0,
          required: true,
          exemptReason: '已通过公安户籍注销信息共享核验，免提交'
        },
        idCard('继承人'),
        {
          name: '继承人与逝者的关系证明',
          originals: 1,
          copies: 0,
          required: true,
          note: '同一户口簿的直接用户口簿；不同户的可用出生医学证明、结婚证等，或由窗口通过户籍数据核查'
        },
        { name: '继承人银行卡或社保卡', originals: 1, copies: 0, required: true, note: '个人账户余额打到继承人账户' },
        { name: '城乡居民养老保险注销登记表', originals: 1, copies: 0, required: true, note: '窗口提供' }
      ],
      steps: [
        { title: '家属申请', detail: '继承人到2号窗口或在“身后事一次办”时一并申请。', actor: 'applicant', days: 0 },
        { title: '窗口受理', detail: '核验身份和关系，停发养老金。', actor: 'window', days: 0 },
        { title: '核定余额', detail: '县社保中心核定个人账户余额，扣除多发的养老金。', actor: 'county', days: 8 },
        { title: '支付余额', detail: '余额打到继承人账户，窗口电话告知。', actor: 'county', days: 2 }
      ],
      legalTimeLimitDays: 20,
      promisedTimeLimitDays: 10,
      fee: { free: true },
      place,
      hours: GUIDE_HOURS,
      contactName,
      contactPhone,
      legalBasis: [
        '《中华人民共和国社会保险法》',
        '《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）'
      ],
      faq: [
        {
          q: '要村里开“亲属关系证明”吗？',
          a: '不需要，村委会也不再开具亲属关系证明。同户的用户口簿；不同户的可以用出生医学证明、结婚证，或由窗口通过户籍数据核查。'
        },
        {
          q: '老人去世后没及时注销，养老金多发了怎么办？',
          a: '多发的部分要退回，一般从个人账户余额中直接抵扣，不够的再由继承人退回。请尽早办理注销。'
        }
      ],
      appointmentAvailable: true,
      maxOneTrip: true,
      proxyAllowed: true
    }
  },
  {
    slug: 'jiuye-shiye-dengji',
    departmentKey: 'shebao',
    content: {
      title: '就业登记和失业登记',
      keywords: ['失业登记', '就业登记', '就业创业证', '失业证', '找工作', '返乡就业', '技能培训', '创业'],
      summary:
        '在法定劳动年龄内、有劳动能力和就业要求、处于无业状态的城乡劳动者，可以在户籍地或常住地办理失业登记，享受免费的职业介绍、职业指导和技能培训；实现就业或自主创业的，办理就业登记。',
      lifeEvents: ['employment'],
      eligibility: [
        '年满16周岁、在法定劳动年龄内，有劳动能力和就业要求。',
        '失业登记：处于无业状态，可以在户籍地办理，也可以持居住证在常住地办理。',
        '就业登记：在单位就业、个体经营或灵活就业的，可以办理就业登记；单位招用的，一般由用人单位办理。',
        '在校学生、已经领取基本养老金的人员不办理失业登记。'
      ],
      materials: [
        idCard(),
        {
          name: '就业创业证',
          originals: 1,
          copies: 0,
          required: false,
          note: '已有的带上；第一次登记的，窗口免费办理（可使用电子就业创业证）'
        },
        { name: '就业失业登记表', originals: 1, copies: 0, required: true, note: '窗口提供，可现场填写' },
        { name: '劳动合同或营业执照', originals: 0, copies: 1, required: false, note: '办理就业登记时提供' }
      ],
      steps: [
        { title: '提出登记', detail: '到2号窗口，或通过江西人社网上服务平台提交登记。', actor: 'applicant', days: 0 },
        { title: '窗口核验登记', detail: '核验身份和就业状态，当场完成登记。', actor: 'window', days: 0 },
        {
          title: '就业服务',
          detail: '登记失业后，窗口推荐合适岗位，提供职业指导，帮助报名免费的职业技能培训和创业培训。',
          actor: 'department'
        }
      ],
      legalTimeLimitDays: null,
      promisedTimeLimitDays: 0,
      timeLimitNote: '即办。',
      fee: { free: true },
      place,
      hours: GUIDE_HOURS,
      contactName: '就业专干',
      contactPhone,
      legalBasis: ['《中华人民共和国就业促进法》', '《就业服务与就业管理规定》'],
      faq: [
        {
          q: '办了失业登记就能领失业金吗？',
          a: '不一定。失业保险金要参加了失业保险、缴费满1年、非因本人意愿中断就业才能领，需要到上高县就业和社会保险服务机构申请（也可网上申领）。失业登记本身不发钱，但可以享受免费培训和职业介绍。'
        },
        {
          q: '返乡想创业，有什么扶持？',
          a: '符合条件的可以申请创业担保贷款并享受财政贴息，还可以参加免费创业培训。具体条件到2号窗口咨询。'
        }
      ],
      appointmentAvailable: true,
      maxOneTrip: true,
      proxyAllowed: false
    }
  }
]
