import type { SeedGuide } from '../types'
import { GUIDE_HOURS, WINDOW_PHONES, WINDOW_PLACES } from '../departments'
import { checkAuthorization, householdBook, idCard, payoutCard, proxyIdCard } from './common'

const place = WINDOW_PLACES.minzheng
const contactPhone = WINDOW_PHONES.minzheng
const contactName = '民政专干'

/** 1号窗口 民政：社会救助、残疾人补贴、养老服务、殡葬。 */
export const minzhengGuides: SeedGuide[] = [
  {
    slug: 'dibao',
    departmentKey: 'minzheng',
    content: {
      title: '最低生活保障（低保）申请',
      keywords: ['低保', '最低生活保障', '吃低保', '低保户', '低保金', '单人保', '困难补助', '社会救助'],
      summary:
        '共同生活的家庭成员人均收入低于上高县低保标准、家庭财产符合规定的，可以申请最低生活保障，按月领取低保金。可以本人到窗口申请，也可以请村（社区）或帮办代办员代为提出。',
      lifeEvents: ['hardship', 'illness', 'disability'],
      eligibility: [
        '申请人具有上高县户籍；户籍所在地与经常居住地不一致的，可以按规定在户籍所在地申请，或持居住证在经常居住地申请。',
        '共同生活的家庭成员人均月收入低于上高县当年公布的低保标准。共同生活的家庭成员包括配偶、未成年子女、已成年但不能独立生活的子女、父母等。',
        '家庭财产符合规定：家庭存款等金融资产不超过规定标准；原则上没有机动车辆（残疾人功能性补偿代步机动车辆等除外）；没有购买商业用房，不拥有两套以上住房。具体标准以上高县民政局公布的为准。',
        '低保边缘家庭中的重病患者、重度残疾人，经本人申请，可以单独纳入低保（单人保）。',
        '有劳动能力的家庭成员应当积极就业；无正当理由拒不接受就业推荐、职业培训的，会影响认定结果。'
      ],
      materials: [
        {
          name: '最低生活保障申请书（低保申请表）',
          originals: 1,
          copies: 0,
          required: true,
          note: '窗口免费提供样表，可以现场填写；不会写字的，由工作人员或帮办代办员代填，本人签字或按手印'
        },
        idCard('申请人及共同生活家庭成员'),
        householdBook,
        checkAuthorization,
        {
          name: '家庭收入和财产状况申报表',
          originals: 1,
          copies: 0,
          required: true,
          note: '如实填写工资、务工、种养殖、养老金等收入和存款、房产、车辆情况'
        },
        {
          name: '残疾人证',
          originals: 1,
          copies: 0,
          required: false,
          exemptReason: '已通过残疾人证电子证照核验，免提交',
          note: '家庭成员中有残疾人的'
        },
        {
          name: '疾病诊断证明、出院小结或医疗费用票据',
          originals: 0,
          copies: 1,
          required: false,
          note: '因重病申请或申请单人保的提供'
        },
        {
          name: '结婚证、离婚证或离婚协议',
          originals: 1,
          copies: 0,
          required: false,
          exemptReason: '已通过婚姻登记数据共享核验，免提交',
          note: '婚姻状况影响家庭成员认定时'
        },
        payoutCard
      ],
      steps: [
        {
          title: '提出申请',
          detail:
            '到镇便民服务中心1号窗口提交申请；行动不便的，可以由村（社区）或帮办代办员代为提出。材料齐全的当场受理，不齐的一次性告知还缺什么。',
          actor: 'applicant',
          days: 0
        },
        {
          title: '家庭经济状况核对',
          detail: '镇民政专干通过居民家庭经济状况核对平台，查询家庭成员的存款、车辆、房产、社保、工商登记等信息。',
          actor: 'department',
          days: 5
        },
        {
          title: '入户调查',
          detail:
            '镇工作人员会同村（社区）干部到家里了解收入、财产和实际生活情况，由两名以上调查人员和申请人签字确认。',
          actor: 'department',
          days: 7
        },
        {
          title: '审核确认',
          detail:
            '根据核对和调查结果作出审核确认意见；不符合条件的，书面告知理由。对结果不服的，可以依法申请行政复议或提起行政诉讼。',
          actor: 'county',
          days: 5
        },
        {
          title: '村（社区）公示',
          detail: '拟纳入低保的家庭在所在村（社区）公示7天，公示内容不涉及个人隐私；有异议的可向1号窗口反映，镇里重新核实。',
          actor: 'village',
          days: 3
        },
        {
          title: '按月发放低保金',
          detail: '公示无异议的，从批准的次月起按月把低保金打到社保卡或银行卡上，并发放低保证明材料。',
          actor: 'county'
        }
      ],
      legalTimeLimitDays: 30,
      promisedTimeLimitDays: 20,
      timeLimitNote: '自受理之日起计算；情况复杂需要进一步核实的，可延长至45个工作日。',
      fee: { free: true, description: '不收取任何费用' },
      place,
      hours: GUIDE_HOURS,
      contactName,
      contactPhone,
      legalBasis: [
        '《社会救助暂行办法》（国务院令第649号）',
        '《最低生活保障审核确认办法》（民发〔2021〕57号）'
      ],
      faq: [
        {
          q: '家里有人在外地打工，还能申请低保吗？',
          a: '可以申请。外出务工的收入按实际情况计入家庭收入，能说明实际收入的请带上工资流水或用工单位证明。核算后人均收入仍低于低保标准、财产也符合规定的，可以纳入。'
        },
        {
          q: '低保是不是要全村投票评议？',
          a: '不是投票决定。现在主要依据家庭经济状况核对和入户调查的结果，村（社区）协助调查。拟纳入的家庭在村里公示7天，任何人有异议都可以向1号窗口反映。'
        },
        {
          q: '我没有手机、没在网上预约，能直接来办吗？',
          a: '能。窗口不会因为没有网上预约而拒绝受理，直接来就行；也可以请村里的网格员或帮办代办员代为提交，结果由他们带回给你。'
        },
        {
          q: '纳入低保以后还有哪些待遇？',
          a: '除按月领取低保金外，还可以按规定享受医疗救助、城乡居民医保个人缴费资助、临时救助、住房安全保障等。低保家庭要定期接受复核，家庭人口、收入、财产有变化的要主动报告。'
        }
      ],
      appointmentAvailable: true,
      maxOneTrip: true,
      proxyAllowed: true
    }
  },
  {
    slug: 'tekun',
    departmentKey: 'minzheng',
    content: {
      title: '特困人员救助供养申请',
      keywords: ['特困', '特困供养', '五保', '五保户', '敬老院', '集中供养', '分散供养', '孤寡老人'],
      summary:
        '无劳动能力、无生活来源、无法定赡养抚养扶养义务人（或义务人没有履行能力）的老年人、残疾人和未满16周岁的未成年人，可以申请特困人员救助供养，自愿选择在家分散供养或到敬老院集中供养。',
      lifeEvents: ['hardship', 'elderly', 'disability'],
      eligibility: [
        '属于60周岁以上的老年人、经认定无劳动能力的残疾人，或者未满16周岁的未成年人。',
        '无劳动能力。',
        '无生活来源：收入低于上高县特困人员基本生活标准，且财产符合上高县规定的特困人员财产状况规定。',
        '无法定赡养、抚养、扶养义务人，或者法定义务人没有履行义务的能力（例如义务人本身是低保对象、特困人员，或者是重度残疾人）。',
        '特困人员中的未成年人满16周岁后仍在接受义务教育，或在普通高中、中等职业学校等就读的，可以继续享受救助供养待遇。'
      ],
      materials: [
        {
          name: '特困人员救助供养申请书',
          originals: 1,
          copies: 0,
          required: true,
          note: '本人申请有困难的，可以委托村（社区）或他人代为提出；窗口提供样表'
        },
        idCard(),
        householdBook,
        checkAuthorization,
        {
          name: '残疾人证',
          originals: 1,
          copies: 0,
          required: false,
          exemptReason: '已通过残疾人证电子证照核验，免提交',
          note: '残疾人申请时'
        },
        {
          name: '法定义务人没有履行能力的相关材料',
          originals: 0,
          copies: 1,
          required: false,
          note: '如义务人的重度残疾、服刑、失踪等情况材料；能通过数据共享查到的（如低保、特困身份）不用提交'
        },
        payoutCard
      ],
      steps: [
        {
          title: '提出申请',
          detail: '本人向1号窗口提出申请，本人申请有困难的可以委托村（社区）代为提出。',
          actor: 'applicant',
          days: 0
        },
        {
          title: '调查核实',
          detail:
            '镇工作人员入户调查，核对家庭经济状况，了解义务人情况；需要时组织生活自理能力评估，作为选择供养方式和照料标准的依据。',
          actor: 'department',
          days: 10
        },
        {
          title: '村（社区）公示',
          detail: '镇里提出审核意见后，在申请人所在村（社区）公示7天；有异议的重新核实。',
          actor: 'village',
          days: 3
        },
        {
          title: '县民政局确认',
          detail: '县民政局审核确认，符合条件的确认为特困人员；不符合的书面告知理由。',
          actor: 'county',
          days: 7
        },
        {
          title: '选择供养方式',
          detail:
            '在家分散供养的，由镇里落实照料服务人并按月发放基本生活费和照料护理费；愿意集中供养的，安排入住镇敬老院。',
          actor: 'department'
        }
      ],
      legalTimeLimitDays: 30,
      promisedTimeLimitDays: 20,
      timeLimitNote: '自受理之日起计算，包括镇调查审核和县民政局确认两个环节。',
      fee: { free: true },
      place,
      hours: GUIDE_HOURS,
      contactName,
      contactPhone,
      legalBasis: [
        '《社会救助暂行办法》（国务院令第649号）',
        '《国务院关于进一步健全特困人员救助供养制度的意见》（国发〔2016〕14号）',
        '《特困人员认定办法》（民发〔2021〕43号）'
      ],
      faq: [
        {
          q: '特困供养和低保有什么不同？',
          a: '低保看的是家庭人均收入和财产，全家都可以纳入；特困供养针对的是“三无”人员本人，除了基本生活费，还有照料护理费，并可以选择住进敬老院。同一个人不会同时享受两项。'
        },
        {
          q: '住进敬老院要自己交钱吗？',
          a: '特困人员集中供养的基本生活和照料护理费用由政府保障，不用自己交钱。本人另外选择的额外服务除外。'
        },
        {
          q: '子女在外地，老人能认定为特困吗？',
          a: '子女有赡养能力的，不能认定为特困，但可以看看是否符合低保条件。子女本身是低保对象、重度残疾等确实没有赡养能力的，可以申请。'
        }
      ],
      appointmentAvailable: true,
      maxOneTrip: true,
      proxyAllowed: true
    }
  },
  {
    slug: 'linshi-jiuzhu',
    departmentKey: 'minzheng',
    content: {
      title: '临时救助申请',
      keywords: ['临时救助', '急难救助', '临时困难', '救急', '火灾救助', '意外事故', '支出型困难'],
      summary:
        '因火灾、交通事故等意外事件，或家庭成员突发重大疾病等原因，基本生活暂时出现严重困难的家庭或个人，可以申请临时救助。情况紧急的，镇里先行救助，事后补齐手续。',
      lifeEvents: ['hardship', 'illness'],
      eligibility: [
        '急难型：因火灾、交通事故、溺水、人身伤害等意外事件，或家庭成员突发重大疾病，导致基本生活陷入困境。',
        '支出型：因医疗、教育等生活必需支出突然增加，超出家庭承受能力，导致基本生活暂时出现严重困难；最低生活保障家庭、低保边缘家庭优先。',
        '遭遇其他特殊困难，其他社会救助制度暂时无法覆盖，或者救助之后基本生活仍有严重困难。',
        '非本县户籍人员在本镇遭遇急难的，也可以向镇里求助。',
        '已获得保险赔付、侵权赔偿、社会捐助的，核定救助金额时会相应扣减。'
      ],
      materials: [
        { name: '临时救助申请表', originals: 1, copies: 0, required: true, note: '窗口提供，可现场填写或由工作人员代填' },
        idCard(),
        householdBook,
        {
          name: '遭遇困难的相关材料',
          originals: 0,
          copies: 1,
          required: true,
          note: '如住院费用票据、事故认定书、火灾情况说明等；情况紧急的可以先受理、后补交'
        },
        checkAuthorization,
        payoutCard
      ],
      steps: [
        {
          title: '提出申请',
          detail: '本人或家属、村（社区）向1号窗口提出；情况紧急的可以先打电话，工作人员上门了解情况。',
          actor: 'applicant',
          days: 0
        },
        {
          title: '急难先行救助',
          detail: '对情况紧急、不立即救助会危及基本生活的，镇里先给予小额救助，之后再补齐审核手续。',
          actor: 'department',
          days: 0
        },
        {
          title: '审核调查',
          detail: '镇工作人员核实困难情况，核对家庭经济状况，提出救助金额建议；村（社区）协助了解情况。',
          actor: 'department',
          days: 5
        },
        {
          title: '审批',
          detail: '按上高县临时救助审批权限，由镇人民政府或县民政局审批；不予救助的书面说明理由。',
          actor: 'county',
          days: 3
        },
        {
          title: '发放救助金',
          detail: '救助金打到社保卡或银行卡；需要实物救助的，由镇里直接送到家。',
          actor: 'department',
          days: 2
        }
      ],
      legalTimeLimitDays: null,
      promisedTimeLimitDays: 10,
      timeLimitNote: '法规未规定统一时限。情况紧急的，24小时内先行救助；一般情况10个工作日内办结。',
      fee: { free: true },
      place,
      hours: GUIDE_HOURS,
      contactName,
      contactPhone,
      legalBasis: [
        '《社会救助暂行办法》（国务院令第649号）',
        '《国务院关于全面建立临时救助制度的通知》（国发〔2014〕47号）'
      ],
      faq: [
        {
          q: '家里着火了，晚上也能求助吗？',
          a: '能。先拨打镇政府值班电话或告诉村干部、网格员，镇里会尽快上门了解情况并先行救助，手续可以事后补。'
        },
        {
          q: '同一件事可以申请几次？',
          a: '一般同一事由只救助一次；救助后困难仍然持续的，会帮助你申请低保、特困供养等长期救助。'
        },
        {
          q: '救助金额是多少？',
          a: '根据困难程度、家庭收入和已获得的其他救助综合确定，按上高县临时救助标准执行。'
        }
      ],
      appointmentAvailable: false,
      maxOneTrip: true,
      proxyAllowed: true
    }
  },
  {
    slug: 'canji-liangbu',
    departmentKey: 'minzheng',
    content: {
      title: '残疾人两项补贴申请（困难残疾人生活补贴、重度残疾人护理补贴）',
      keywords: ['两项补贴', '残疾人补贴', '生活补贴', '护理补贴', '残补', '重残', '残疾人证'],
      summary:
        '低保家庭中的残疾人可以申请困难残疾人生活补贴；残疾等级为一级、二级且需要长期照护的重度残疾人可以申请重度残疾人护理补贴，两项可以同时享受。已实现跨省通办，户籍地和居住地都能申请。',
      lifeEvents: ['disability', 'hardship'],
      eligibility: [
        '持有第二代中华人民共和国残疾人证（含电子证），具有上高县户籍。',
        '困难残疾人生活补贴：最低生活保障家庭中的残疾人；江西省、上高县扩大范围的，按规定执行。',
        '重度残疾人护理补贴：残疾等级为一级、二级且需要长期照护的重度残疾人；扩大到其他残疾人的，以上高县公布的范围为准。',
        '已享受特困人员救助供养或孤儿基本生活费的，不再享受生活补贴；已享受工伤保险生活护理费或因公致残护理费的，不再享受护理补贴。'
      ],
      materials: [
        { name: '残疾人两项补贴申请审批表', originals: 1, copies: 0, required: true, note: '窗口提供；也可以通过全国残疾人两项补贴信息系统网上申请' },
        idCard('残疾人本人或监护人'),
        {
          name: '残疾人证',
          originals: 1,
          copies: 0,
          required: true,
          exemptReason: '已通过残疾人证电子证照核验，免提交'
        },
        householdBook,
        proxyIdCard,
        payoutCard
      ],
      steps: [
        {
          title: '提出申请',
          detail: '本人、监护人或委托的人到1号窗口申请，也可以网上申请；在外地居住的可在居住地申请。',
          actor: 'applicant',
          days: 0
        },
        {
          title: '镇里初审',
          detail: '镇残联专干、民政专干核对身份、残疾等级和低保情况，提出初审意见。',
          actor: 'department',
          days: 5
        },
        { title: '县残联审核', detail: '上高县残疾人联合会审核残疾类别、等级等信息。', actor: 'county', days: 5 },
        { title: '县民政局审定', detail: '上高县民政局审定补贴资格和标准。', actor: 'county', days: 5 },
        {
          title: '按月发放',
          detail: '审定通过后从次月起按月打卡发放；不符合条件的书面告知理由。',
          actor: 'county'
        }
      ],
      legalTimeLimitDays: 20,
      promisedTimeLimitDays: 15,
      fee: { free: true },
      place,
      hours: GUIDE_HOURS,
      contactName: '残联专干',
      contactPhone,
      legalBasis: [
        '《中华人民共和国残疾人保障法》',
        '《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）'
      ],
      faq: [
        {
          q: '还没有办残疾人证，可以先申请补贴吗？',
          a: '不可以，需要先办理第二代残疾人证：到上高县残联申请残疾评定。镇残联专干可以帮你预约评残时间。'
        },
        {
          q: '补贴什么时候发？发多少？',
          a: '审定通过后从次月起按月发放到社保卡，标准按江西省和上高县当年公布的执行，可以打1号窗口电话询问。'
        },
        {
          q: '人在外地居住，能申请吗？',
          a: '可以。残疾人两项补贴已经实现跨省通办，可以在居住地提出申请，由户籍地审核发放。'
        }
      ],
      appointmentAvailable: true,
      maxOneTrip: true,
      proxyAllowed: true
    }
  },
  {
    slug: 'gaoling-jintie',
    departmentKey: 'minzheng',
    content: {
      title: '高龄津贴申领',
      keywords: ['高龄津贴', '高龄补贴', '老人补贴', '80岁补贴', '百岁老人', '长寿补贴', '高龄老人'],
      summary:
        '具有上高县户籍、年满80周岁的老年人可以领取高龄津贴，按月发放到本人社保卡。镇里根据户籍数据自动比对，满80周岁的老人一般“免申即享”；没有收到的，可由本人或家属到窗口申请。',
      lifeEvents: ['elderly'],
      eligibility: [
        '具有上高县户籍。',
        '年满80周岁，以居民身份证上的出生日期为准。',
        '津贴按年龄段分档发放，百岁老人另有长寿补贴，具体标准以上高县当年公布的为准。',
        '老人去世或户籍迁出本县的，从次月起停发；家属应及时告知村（社区）或1号窗口，多领的要退回。'
      ],
      materials: [
        idCard('老人'),
        householdBook,
        { ...payoutCard, name: '老人本人的社会保障卡', note: '津贴打到老人本人社保卡，请确认已激活金融功能' },
        proxyIdCard
      ],
      steps: [
        {
          title: '自动比对（免申即享）',
          detail: '镇民政窗口每月根据公安户籍数据筛选当月年满80周岁的老人，直接纳入发放名单，并告知本人或家属。',
          actor: 'department',
          days: 0
        },
        {
          title: '未自动纳入的申请',
          detail: '户籍刚迁入等原因没有自动纳入的，本人或家属带老人身份证和社保卡到1号窗口申请。',
          actor: 'applicant',
          days: 0
        },
        { title: '县民政局审核', detail: '上高县民政局审核后纳入发放名单。', actor: 'county', days: 8 },
        { title: '按月发放', detail: '从审核通过的次月起按月打到老人社保卡。', actor: 'county' }
      ],
      legalTimeLimitDays: 20,
      promisedTimeLimitDays: 10,
      fee: { free: true },
      place,
      hours: GUIDE_HOURS,
      contactName,
      contactPhone,
      legalBasis: ['《中华人民共和国老年人权益保障法》', '上高县高龄津贴发放管理相关规定'],
      faq: [
        {
          q: '老人卧床来不了，要本人到场吗？',
          a: '不用。家属带上老人的身份证和社保卡代为申请即可；也可以请村里的帮办代办员上门办理。'
        },
        {
          q: '领津贴每年还要开“健在证明”吗？',
          a: '不用，村里也不再开具健在证明。镇里通过就医、养老金领取等数据比对核实；需要核实时，村干部或网格员会上门看望。'
        }
      ],
      appointmentAvailable: true,
      maxOneTrip: true,
      proxyAllowed: true
    }
  },
  {
    slug: 'huimin-binzang',
    departmentKey: 'minzheng',
    content: {
      title: '惠民殡葬（基本殡葬服务费用减免）',
      keywords: ['殡葬', '殡葬补贴', '惠民殡葬', '火化', '火化费', '丧葬', '老人去世', '身后事'],
      summary:
        '上高县户籍居民去世后在县殡仪馆火化的，遗体接运、暂存、火化、骨灰寄存等基本殡葬服务费用按规定减免，在殡仪馆直接结算，家属不用先垫钱再报销。窗口同时指导身后事一次办。',
      lifeEvents: ['death'],
      eligibility: [
        '逝者具有上高县户籍。',
        '遗体在上高县殡仪馆火化。',
        '减免的是基本殡葬服务：遗体接运、遗体暂存、遗体火化、骨灰寄存；家属自愿选择的延伸服务（如告别厅、骨灰盒升级）自费。',
        '逝者为特困人员、低保对象等的，按规定另外享受丧葬费用保障。'
      ],
      materials: [
        {
          name: '居民死亡医学证明（推断）书',
          originals: 1,
          copies: 1,
          required: true,
          note: '在医院去世的由医院开具；在家去世的，由镇卫生院上门核实后开具。村委会不开死亡证明'
        },
        idCard('逝者'),
        idCard('经办家属'),
        householdBook
      ],
      steps: [
        {
          title: '开具死亡医学证明',
          detail: '在医院去世的向医院申请；在家正常死亡的，联系镇卫生院上门核实后开具；非正常死亡的由公安机关出具证明。',
          actor: 'applicant',
          days: 0
        },
        {
          title: '联系殡仪馆接运',
          detail: '拨打上高县殡仪馆24小时服务电话，约定接运时间；选择殡葬服务时可以询问哪些项目减免。',
          actor: 'applicant',
          days: 0
        },
        {
          title: '火化并直接减免',
          detail: '火化后在殡仪馆结算，基本殡葬服务费用当场减免，家属只付自选项目的费用。',
          actor: 'county',
          days: 0
        },
        {
          title: '身后事一次办',
          detail:
            '凭死亡医学证明到派出所注销户口；到便民服务中心，一次办好养老保险注销、医保停保、高龄津贴和低保停发等事项。',
          actor: 'window',
          days: 0
        }
      ],
      legalTimeLimitDays: null,
      promisedTimeLimitDays: 0,
      timeLimitNote: '减免在殡仪馆结算时当场办理。',
      fee: { free: true, description: '基本殡葬服务费用减免；家属自选的延伸服务按殡仪馆公示价格收费' },
      place: '上高县殡仪馆（减免结算）；政策咨询和身后事一次办在便民服务中心一楼 1号窗口（民政）',
      hours: '殡仪馆24小时服务；便民服务中心 周一至周五 8:30–12:00、14:30–17:30',
      contactName,
      contactPhone,
      legalBasis: [
        '《殡葬管理条例》',
        '民政部等部门《关于推行惠民殡葬政策的指导意见》',
        '民政部等部门《关于进一步推动殡葬改革促进殡葬事业发展的指导意见》'
      ],
      faq: [
        {
          q: '老人在家去世，死亡证明找谁开？',
          a: '在家正常死亡的，由镇卫生院上门核实后开具《居民死亡医学证明（推断）书》；非正常死亡的，由公安机关出具证明。村委会不再开具死亡证明。'
        },
        {
          q: '骨灰可以回村里安葬吗？',
          a: '可以安葬在村里规划的公益性公墓或骨灰堂。不得在耕地、林地乱埋乱葬，不得修建大墓、豪华墓。'
        },
        {
          q: '身后事要跑几个地方？',
          a: '死亡证明在医院或镇卫生院开，户口在派出所注销，其余的养老保险、医保、各类补贴停发和个人账户余额继承，到便民服务中心一次办好。家属也可以请帮办代办员协助。'
        }
      ],
      appointmentAvailable: false,
      maxOneTrip: true,
      proxyAllowed: true
    }
  },
  {
    slug: 'laonianren-youdaizheng',
    departmentKey: 'minzheng',
    content: {
      title: '老年人优待证办理',
      keywords: ['老年人优待证', '老年证', '敬老卡', '老人卡', '乘车优待', '老年优待', '60岁'],
      summary:
        '年满60周岁、具有上高县户籍或在本县常住的老年人，可以办理老年人优待证，凭证享受公园景区门票减免、公共交通优待、医疗机构优先就诊等服务。窗口现场拍照，当场办结。',
      lifeEvents: ['elderly'],
      eligibility: [
        '年满60周岁。',
        '具有上高县户籍，或持居住证在上高县常住的外地老年人。',
        '不同年龄段享受的优待项目不同，具体以江西省和上高县公布的老年人优待项目为准。'
      ],
      materials: [
        idCard('老人'),
        householdBook,
        {
          name: '近期一寸免冠彩色照片',
          originals: 1,
          copies: 0,
          required: false,
          note: '窗口免费现场拍照，不用另外去照相馆'
        },
        { name: '居住证', originals: 1, copies: 0, required: false, note: '非上高县户籍的常住老人提供' },
        proxyIdCard
      ],
      steps: [
        { title: '提交申请', detail: '本人或家属带身份证到1号窗口，现场拍照、填表。', actor: 'applicant', days: 0 },
        { title: '审核制证', detail: '窗口核验身份后当场制证发放。', actor: 'window', days: 0 }
      ],
      legalTimeLimitDays: null,
      promisedTimeLimitDays: 0,
      timeLimitNote: '材料齐全的当场办结。',
      fee: { free: true, description: '办证和拍照都不收费' },
      place,
      hours: GUIDE_HOURS,
      contactName,
      contactPhone,
      legalBasis: ['《中华人民共和国老年人权益保障法》', '全国老龄办等部门《关于进一步加强老年人优待工作的意见》'],
      faq: [
        {
          q: '老人行动不便，家属能代办吗？',
          a: '可以。家属带老人的身份证和一张近期照片代办；没有照片的，可以用手机拍一张白底正面照发给窗口。'
        },
        {
          q: '优待证丢了怎么办？',
          a: '带身份证到1号窗口补办，当场办结，不收费。'
        },
        {
          q: '没带优待证，出示身份证能享受优待吗？',
          a: '能。老年人凭居民身份证同样可以享受优待，优待证只是更方便识别。'
        }
      ],
      appointmentAvailable: true,
      maxOneTrip: true,
      proxyAllowed: true
    }
  }
]
