import type { SeedGuide } from '../types'
import { GUIDE_HOURS, WINDOW_PHONES, WINDOW_PLACES } from '../departments'
import { householdBook, idCard, payoutCard, proxyIdCard } from './common'

const place = WINDOW_PLACES.guihua
const contactPhone = WINDOW_PHONES.guihua
const contactName = '自然资源（规划建设）专干'

/** 7号窗口 城乡规划三合一：宅基地和村民建房、农村危房改造。 */
export const guihuaGuides: SeedGuide[] = [
  {
    slug: 'zhaijidi',
    departmentKey: 'guihua',
    content: {
      title: '农村宅基地和村民建房（规划许可）申请',
      keywords: ['宅基地', '建房', '盖房子', '农村建房', '建房审批', '规划许可', '一户一宅', '分户建房'],
      summary:
        '本村集体经济组织成员户需要新建、改建、扩建住房的，以户为单位提出申请，经村民小组讨论公示、村级审查后，由镇人民政府审核批准，核发《农村宅基地批准书》和《乡村建设规划许可证》。一个窗口受理，联审联办。',
      lifeEvents: ['housing'],
      eligibility: [
        '申请人是本村集体经济组织成员，以户为单位申请。',
        '一户只能拥有一处宅基地；出卖、出租、赠与住宅后再申请宅基地的，不予批准。',
        '符合下列情形之一：没有宅基地的；因子女结婚等原因确需分户，原宅基地面积不足以分户建房的；现住房影响乡村规划需要搬迁重建的；因自然灾害、政策性搬迁等需要重建的。',
        '宅基地面积不超过江西省和上高县规定的标准；符合村庄规划，尽量使用原有宅基地和村内空闲地，严格控制占用耕地，不得占用永久基本农田。',
        '建房层数、高度和风貌符合上高县农村村民建房管理规定。'
      ],
      materials: [
        {
          name: '农村宅基地和建房（规划许可）申请表',
          originals: 1,
          copies: 0,
          required: true,
          note: '村委会和7号窗口免费提供'
        },
        { name: '农村宅基地使用承诺书', originals: 1, copies: 0, required: true, note: '承诺一户一宅、按批准面积和位置建设' },
        idCard('申请人及家庭成员'),
        householdBook,
        {
          name: '村民小组会议讨论意见和公示情况',
          originals: 1,
          copies: 0,
          required: true,
          note: '由村民小组和村委会出具，随申请一并报送，申请人不用另外跑'
        },
        {
          name: '住房设计图或选用的通用图集',
          originals: 0,
          copies: 1,
          required: true,
          note: '可以免费选用上高县农村住房设计通用图集'
        },
        {
          name: '原宅基地权属证明',
          originals: 1,
          copies: 0,
          required: false,
          exemptReason: '已办理不动产登记的，通过登记数据核验，免提交',
          note: '拆旧建新、原址翻建时'
        },
        { name: '拆旧退出承诺书', originals: 1, copies: 0, required: false, note: '建新房需要退出原宅基地的' },
        proxyIdCard
      ],
      steps: [
        {
          title: '农户提出申请',
          detail: '以户为单位向所在村民小组提交书面申请；没有村民小组的，向村委会提出。',
          actor: 'applicant',
          days: 0
        },
        {
          title: '村民小组讨论公示',
          detail: '村民小组召开会议讨论，通过后在本小组范围内公示，公示期不少于5个工作日。',
          actor: 'village',
          days: 5
        },
        {
          title: '村级审查',
          detail: '村委会审查申请人条件和拟用地是否符合村庄规划，签署意见后把材料报送镇便民服务中心7号窗口。',
          actor: 'village',
          days: 3
        },
        {
          title: '窗口受理',
          detail: '7号窗口一次性受理，材料不全的一次性告知；材料可以由到村工作大学生、帮办代办员代送。',
          actor: 'window',
          days: 0
        },
        {
          title: '联审和实地查看',
          detail: '镇自然资源、农业农村、住建等联合审查，到现场查看拟用地是否符合规划和地类（第一次到场）。',
          actor: 'department',
          days: 10
        },
        {
          title: '镇人民政府审批',
          detail: '符合条件的核发《农村宅基地批准书》和《乡村建设规划许可证》；占用农用地的，先依法办理农用地转用审批。',
          actor: 'department',
          days: 5
        },
        {
          title: '丈量批放',
          detail: '批准后镇里派人实地丈量、定位放线，确定建房位置（第二次到场），之后才能开工。',
          actor: 'department'
        },
        {
          title: '竣工验收',
          detail: '房屋建成后申请验收，核查是否按批准的面积和位置建设（第三次到场）；验收合格的可申请不动产登记。',
          actor: 'department'
        }
      ],
      legalTimeLimitDays: 20,
      promisedTimeLimitDays: 15,
      timeLimitNote: '自7号窗口受理之日起计算；村民小组公示期、农用地转用审批时间不计入。',
      fee: { free: true, description: '宅基地申请和建房规划许可不收费' },
      place,
      hours: GUIDE_HOURS,
      contactName,
      contactPhone,
      legalBasis: [
        '《中华人民共和国土地管理法》第六十二条',
        '《中华人民共和国土地管理法实施条例》第三十四条',
        '《中华人民共和国城乡规划法》第四十一条',
        '《农业农村部 自然资源部关于规范农村宅基地审批管理的通知》（农经发〔2019〕6号）'
      ],
      faq: [
        {
          q: '儿子结婚了想分户建房，能批吗？',
          a: '分户后符合“一户一宅”条件、原宅基地面积不够分户建房的，可以申请。先到派出所办理分户，再向村民小组提出申请。'
        },
        {
          q: '农忙走不开，能请人帮忙送材料吗？',
          a: '可以。村里的帮办代办员或到村工作大学生可以帮你把材料送到镇里，审批结果也可以带回来；镇里实地查看和丈量放线时，家里要有人在场。'
        },
        {
          q: '城里人能回村买宅基地建房吗？',
          a: '不能。宅基地只分配给本集体经济组织成员，城镇居民不能到农村购买宅基地和农房。'
        },
        {
          q: '老房子拆了原地重建，也要审批吗？',
          a: '要。原址翻建、改建、扩建都要按程序申请，未经批准擅自建房的，会依法责令停止建设、限期拆除。'
        }
      ],
      appointmentAvailable: true,
      maxOneTrip: true,
      proxyAllowed: true
    }
  },
  {
    slug: 'weifang-gaizao',
    departmentKey: 'guihua',
    content: {
      title: '农村低收入群体等重点对象危房改造',
      keywords: ['危房改造', '危房', '房子漏雨', '住房安全', '改造补助', '农村危房', '住房保障'],
      summary:
        '农村低保户、分散供养特困人员、低保边缘家庭、防止返贫监测对象等重点对象，住房经鉴定为C级或D级危房、依靠自身力量无法解决住房安全问题的，可以申请农村危房改造补助。',
      lifeEvents: ['housing', 'hardship'],
      eligibility: [
        '属于农村低保户、农村分散供养特困人员、低保边缘家庭、未享受过农村住房保障政策支持且依靠自身力量无法解决住房安全问题的其他脱贫户，或因病因灾因意外事故导致基本生活出现严重困难的家庭等重点对象。',
        '现住房经房屋安全鉴定（评定）为C级或D级危房，或者没有住房。',
        '本人及共同生活的家庭成员在其他地方没有安全住房。',
        '以前已经享受过农村危房改造补助的，原则上不再重复享受（因灾等特殊情况除外）。'
      ],
      materials: [
        { name: '农村危房改造申请表', originals: 1, copies: 0, required: true, note: '村委会和7号窗口提供' },
        idCard(),
        householdBook,
        {
          name: '低保、特困等身份证明',
          originals: 1,
          copies: 0,
          required: true,
          exemptReason: '已通过民政救助数据共享核验，免提交'
        },
        {
          name: '改造方式承诺书',
          originals: 1,
          copies: 0,
          required: true,
          note: '选择拆除重建或维修加固，承诺按要求施工'
        },
        {
          name: '房屋现状照片',
          originals: 0,
          copies: 1,
          required: false,
          note: '镇里上门鉴定时会拍照，自己有的可以提供'
        },
        payoutCard,
        proxyIdCard
      ],
      steps: [
        { title: '提出申请', detail: '本人或委托村（社区）、帮办代办员提出申请。', actor: 'applicant', days: 0 },
        { title: '村级评议公示', detail: '村委会核实家庭情况，评议后在村务公开栏公示。', actor: 'village', days: 5 },
        {
          title: '房屋安全鉴定',
          detail: '镇里组织技术人员上门鉴定房屋安全等级，确定改造方式。',
          actor: 'department',
          days: 5
        },
        { title: '镇里审核', detail: '镇人民政府审核后报县住建局。', actor: 'department', days: 3 },
        { title: '县住建局审批', detail: '上高县住房和城乡建设局审批，纳入改造计划。', actor: 'county', days: 7 },
        {
          title: '施工和验收',
          detail: '农户自建或镇村协助组织施工；完工后镇里会同县住建局验收，合格后补助资金打卡发放。',
          actor: 'county'
        }
      ],
      legalTimeLimitDays: null,
      promisedTimeLimitDays: 20,
      timeLimitNote: '审批时限不含施工时间；补助资金在竣工验收合格后拨付。',
      fee: { free: true },
      place,
      hours: GUIDE_HOURS,
      contactName,
      contactPhone,
      legalBasis: [
        '《住房和城乡建设部 财政部 民政部 国家乡村振兴局关于做好农村低收入群体等重点对象住房安全保障工作的实施意见》（建村〔2021〕35号）'
      ],
      faq: [
        {
          q: '房子是不是危房，谁说了算？',
          a: '由镇里组织技术人员按标准进行房屋安全鉴定（评定），分为A、B、C、D四级，C级和D级属于危房。对结果有异议的可以申请复核。'
        },
        {
          q: '补助能先拿钱再修吗？',
          a: '一般是竣工验收合格后拨付；确有困难的，可以按规定分阶段拨付部分资金。'
        }
      ],
      appointmentAvailable: true,
      maxOneTrip: true,
      proxyAllowed: true
    }
  }
]
