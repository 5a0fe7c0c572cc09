import type { SeedGuide } from '../types'
import { GUIDE_HOURS, WINDOW_PHONES, WINDOW_PLACES } from '../departments'
import { householdBook, idCard, payoutCard, proxyIdCard } from './common'

const place = WINDOW_PLACES.weijian
const contactPhone = WINDOW_PHONES.weijian
const contactName = '卫生健康专干'

/** 4号窗口 卫生健康：生育登记、计划生育家庭扶助。 */
export const weijianGuides: SeedGuide[] = [
  {
    slug: 'shengyu-dengji',
    departmentKey: 'weijian',
    content: {
      title: '生育登记',
      keywords: ['生育登记', '准生证', '生育服务证', '怀孕登记', '二孩', '三孩', '生小孩'],
      summary:
        '国家实行生育登记服务制度，生育子女的家庭可以自愿办理生育登记，不再需要“准生证”，也不需要村里盖章。可以在手机上网办，也可以到窗口办理，当场办结。',
      lifeEvents: ['birth'],
      eligibility: [
        '夫妻双方或一方为上高县户籍，或在本镇居住的流动人口家庭。',
        '生育第一个、第二个、第三个子女的，均实行生育登记服务。',
        '怀孕后到孩子出生后都可以办理；不需要提交婚育情况证明，也不需要村（社区）盖章。'
      ],
      materials: [
        idCard('夫妻双方'),
        householdBook,
        {
          name: '结婚证',
          originals: 1,
          copies: 0,
          required: false,
          exemptReason: '已通过婚姻登记电子证照核验，免提交'
        },
        { name: '生育登记表', originals: 1, copies: 0, required: true, note: '窗口提供；网上办理的在线填写' }
      ],
      steps: [
        {
          title: '提交登记',
          detail: '通过“赣服通”等网上渠道提交，或夫妻一方带材料到4号窗口办理。',
          actor: 'applicant',
          days: 0
        },
        { title: '核验登记', detail: '窗口核验信息后当场登记，出具生育登记服务回执。', actor: 'window', days: 0 },
        {
          title: '孕产期服务',
          detail: '登记后由镇卫生院建立孕产妇保健档案，提供免费孕前优生检查、产前检查提醒等服务。',
          actor: 'department'
        }
      ],
      legalTimeLimitDays: null,
      promisedTimeLimitDays: 0,
      timeLimitNote: '即办。',
      fee: { free: true },
      place,
      hours: GUIDE_HOURS,
      contactName,
      contactPhone,
      legalBasis: ['《中华人民共和国人口与计划生育法》', '《江西省人口与计划生育条例》'],
      faq: [
        {
          q: '不办生育登记，会影响孩子上户口吗？',
          a: '不会。生育登记是服务性登记，孩子落户凭出生医学证明到派出所办理，可以和医保参保、社保卡申领“出生一件事”一次办。办了登记可以更方便地享受孕产期保健服务。'
        },
        {
          q: '夫妻俩都在外地打工，要回来办吗？',
          a: '不用回来，在手机上网办即可；也可以在现居住地的乡镇（街道）办理。'
        }
      ],
      appointmentAvailable: true,
      maxOneTrip: true,
      proxyAllowed: true
    }
  },
  {
    slug: 'dusheng-jiangli',
    departmentKey: 'weijian',
    content: {
      title: '农村部分计划生育家庭奖励扶助（独生子女父母奖励扶助）',
      keywords: ['奖励扶助', '独生子女奖励', '独生子女父母', '计生奖励', '双女户', '计生补贴'],
      summary:
        '农村只生育一个子女或两个女孩（或子女死亡现无子女）的计划生育家庭，夫妻年满60周岁后，每人每年领取奖励扶助金，直至亡故。每年集中申报一次，资金打卡发放。',
      lifeEvents: ['elderly', 'birth'],
      eligibility: [
        '本人及配偶为农村居民（以户籍制度改革时的认定为准），1933年1月1日以后出生。',
        '1973年至2001年间没有违反计划生育法律法规和政策规定生育。',
        '现存一个子女或两个女孩，或者子女死亡现无子女。',
        '年满60周岁。'
      ],
      materials: [
        { name: '奖励扶助对象申报表', originals: 1, copies: 0, required: true, note: '在村（社区）或4号窗口领取' },
        idCard('夫妻双方'),
        householdBook,
        {
          name: '独生子女父母光荣证或相关生育情况材料',
          originals: 0,
          copies: 1,
          required: false,
          note: '有的提供；没有的由村（社区）和镇里根据计生档案核实'
        },
        { name: '婚姻变化情况材料', originals: 0, copies: 1, required: false, note: '离婚、丧偶、再婚的提供' },
        payoutCard
      ],
      steps: [
        { title: '本人申报', detail: '每年按县卫健委通知的时间，向村（社区）或4号窗口申报。', actor: 'applicant', days: 0 },
        { title: '村级核实公示', detail: '村（社区）核实生育情况，在村务公开栏公示。', actor: 'village', days: 7 },
        { title: '镇里初审公示', detail: '镇里审核计生档案和申报材料，在镇里公示。', actor: 'department', days: 10 },
        { title: '县卫健委审批', detail: '上高县卫生健康委员会审批确认并公示。', actor: 'county', days: 10 },
        { title: '资金发放', detail: '确认后按年把奖励扶助金打到本人社保卡（惠民惠农“一卡通”）。', actor: 'county' }
      ],
      legalTimeLimitDays: null,
      promisedTimeLimitDays: 30,
      timeLimitNote: '按年度集中申报、逐级审核；首次申报的，一般在申报截止后30个工作日内完成审核公示。',
      fee: { free: true },
      place,
      hours: GUIDE_HOURS,
      contactName: '计生专干',
      contactPhone,
      legalBasis: [
        '《中华人民共和国人口与计划生育法》',
        '《江西省人口与计划生育条例》',
        '国家农村部分计划生育家庭奖励扶助制度的有关规定'
      ],
      faq: [
        {
          q: '已经在领了，每年还要再申报吗？',
          a: '不用重复申报，但每年要配合资格确认；家庭情况有变化（如去世、再婚）要及时告知村（社区）。'
        },
        {
          q: '夫妻一方去世了，另一方还能领吗？',
          a: '能。符合条件的在世一方继续领取。'
        },
        {
          q: '人在外地生活，户口还在村里，能申报吗？',
          a: '能。可以委托家属到村（社区）申报，也可以打4号窗口电话问清材料后请帮办代办员代办。'
        }
      ],
      appointmentAvailable: true,
      maxOneTrip: true,
      proxyAllowed: true
    }
  },
  {
    slug: 'jisheng-tebie-fuzhu',
    departmentKey: 'weijian',
    content: {
      title: '计划生育家庭特别扶助',
      keywords: ['特别扶助', '特扶', '失独', '失独家庭', '独生子女伤残', '独生子女死亡', '计生特殊家庭'],
      summary:
        '独生子女死亡或伤残、未再生育或收养子女的夫妻，女方年满49周岁后，可以申请计划生育家庭特别扶助金，直至亡故。同时享受“双岗联系人”、就医绿色通道等关怀。',
      lifeEvents: ['hardship', 'elderly'],
      eligibility: [
        '1933年1月1日以后出生。',
        '女方年满49周岁。',
        '只生育一个子女或合法收养一个子女。',
        '现无存活子女，或者独生子女被依法鉴定为残疾（伤病残达到三级以上）。',
        '独生子女死亡或伤残后未再生育或收养子女。'
      ],
      materials: [
        { name: '特别扶助对象申报表', originals: 1, copies: 0, required: true, note: '窗口提供' },
        idCard('夫妻双方'),
        householdBook,
        {
          name: '子女死亡的相关证明',
          originals: 0,
          copies: 1,
          required: false,
          exemptReason: '已通过公安户籍注销信息共享核验，免提交'
        },
        {
          name: '子女残疾人证',
          originals: 1,
          copies: 0,
          required: false,
          exemptReason: '已通过残疾人证电子证照核验，免提交'
        },
        payoutCard,
        proxyIdCard
      ],
      steps: [
        { title: '提出申请', detail: '本人或委托他人向村（社区）或4号窗口提出申请。', actor: 'applicant', days: 0 },
        { title: '村级核实', detail: '村（社区）核实家庭情况；涉及隐私的信息不公开张贴。', actor: 'village', days: 5 },
        { title: '镇里审核', detail: '镇里审核材料和计生档案。', actor: 'department', days: 10 },
        { title: '县卫健委审批', detail: '上高县卫生健康委员会审批确认。', actor: 'county', days: 10 },
        { title: '资金发放', detail: '从确认的次月起按规定打卡发放特别扶助金。', actor: 'county' }
      ],
      legalTimeLimitDays: null,
      promisedTimeLimitDays: 25,
      fee: { free: true },
      place,
      hours: GUIDE_HOURS,
      contactName: '计生专干',
      contactPhone,
      legalBasis: [
        '《中华人民共和国人口与计划生育法》',
        '《江西省人口与计划生育条例》',
        '《全国独生子女伤残死亡家庭扶助制度试点方案》'
      ],
      faq: [
        {
          q: '除了扶助金，还有什么关怀？',
          a: '计生特殊家庭实行“双岗联系人”制度，镇村干部和家庭医生定期走访；就医享受绿色通道，入住养老机构优先安排。有困难可以随时联系计生专干。'
        },
        {
          q: '申请时要到场吗？',
          a: '可以不到场。委托家属或帮办代办员代办，工作人员也可以上门受理。'
        }
      ],
      appointmentAvailable: true,
      maxOneTrip: true,
      proxyAllowed: true
    }
  }
]
