import type { SeedGuide } from '../types'
import { GUIDE_HOURS, WINDOW_PHONES, WINDOW_PLACES } from '../departments'
import { householdBook, idCard } from './common'

const place = WINDOW_PLACES.dangqun
const contactPhone = WINDOW_PHONES.dangqun

/** 8号窗口 党群服务中心：党员组织关系转接、村级证明事项（seed 004）。 */
export const dangqunGuides: SeedGuide[] = [
  {
    slug: 'dangyuan-zhuanjie',
    departmentKey: 'dangqun',
    content: {
      title: '党员组织关系转接',
      keywords: ['党员转接', '组织关系', '党组织关系', '转党关系', '党员转入', '党员转出', '流动党员', '介绍信'],
      summary:
        '党员因工作、居住地变化等需要转移组织关系的，通过全国党员管理信息系统办理转出、转入。在外地的党员不用回来：打个电话问清流程，家人把材料送到8号窗口审核，就能办好转接。',
      lifeEvents: ['party'],
      eligibility: [
        '中国共产党正式党员和预备党员。',
        '因升学、就业、工作调动、居住地变化、外出务工经商等需要转移组织关系的。',
        '转出：组织关系在新界埠镇所属党组织的党员转往其他党组织；转入：外地党员转入本镇村（社区）党组织。',
        '外出时间较长、地点相对固定的，一般应转移组织关系；暂时不能转移的，办理流动党员登记，按时参加组织生活。'
      ],
      materials: [
        {
          ...idCard('党员本人'),
          originals: 0,
          copies: 1,
          note: '本人在外地的，由家人带复印件，或把照片发给8号窗口'
        },
        {
          name: '组织关系转接申请',
          originals: 1,
          copies: 0,
          required: true,
          note: '写明去向党组织全称和联系人；本人签字后拍照发送也可以'
        },
        {
          name: '党员组织关系介绍信',
          originals: 1,
          copies: 0,
          required: false,
          note: '转入时提供；通过全国党员管理信息系统开具的，报介绍信编号即可，不用纸质件'
        },
        {
          name: '入党志愿书等党员档案材料',
          originals: 1,
          copies: 0,
          required: false,
          note: '预备党员转接时随转入党志愿书、入党申请书、政审和培养考察材料；可由家人送到窗口审核'
        }
      ],
      steps: [
        {
          title: '电话或扫码咨询',
          detail: '在外地的党员扫便民服务二维码或拨打8号窗口电话，问清去向党组织和所需材料。',
          actor: 'applicant',
          days: 0
        },
        {
          title: '党支部同意',
          detail: '向所在村（社区）党支部提出申请，党支部核对党员信息和党费交纳情况后同意转出。',
          actor: 'village',
          days: 1
        },
        {
          title: '镇党委审核办理',
          detail: '8号窗口审核材料（家人代送的当场审核），在全国党员管理信息系统中开具组织关系介绍信，转往接收党组织。',
          actor: 'window',
          days: 2
        },
        {
          title: '到接收党组织报到',
          detail: '党员在介绍信有效期内到接收党组织报到，按时参加组织生活、交纳党费。',
          actor: 'applicant'
        }
      ],
      legalTimeLimitDays: null,
      promisedTimeLimitDays: 3,
      timeLimitNote: '材料齐全的，镇党委3个工作日内完成系统转出；对方党组织接收时间以对方为准。',
      fee: { free: true },
      place,
      hours: GUIDE_HOURS,
      contactName: '党建专干',
      contactPhone,
      legalBasis: [
        '《中国共产党章程》',
        '《中国共产党党员教育管理工作条例》',
        '中共中央组织部关于党员组织关系转接的有关规定'
      ],
      faq: [
        {
          q: '人在外地回不来，怎么转？',
          a: '不用回来。打8号窗口电话问清流程，家人把材料送到窗口审核，镇党委在系统里办好转出，你直接到新单位或新居住地的党组织报到。'
        },
        {
          q: '组织关系介绍信有效期多久？',
          a: '以介绍信上标注的有效期为准，一般不超过3个月。请在有效期内到接收党组织报到，过期的要重新开具。'
        },
        {
          q: '一直不转组织关系会怎样？',
          a: '党章第九条规定，党员没有正当理由，连续六个月不参加党的组织生活，或不交纳党费，或不做党所分配的工作，就被认为是自行脱党。外出时请及时转接或办理流动党员登记。'
        }
      ],
      appointmentAvailable: true,
      maxOneTrip: true,
      proxyAllowed: true
    }
  },
  {
    slug: 'cunji-zhengming',
    departmentKey: 'dangqun',
    content: {
      title: '村级证明事项（村里能开的7类证明）',
      keywords: ['开证明', '村级证明', '村委会证明', '村里开证明', '证明盖章', '奇葩证明', '盖章'],
      summary:
        '按照规范村级组织证明事项的要求，村（社区）只出具7类有依据的证明，其他证明不再由村里开具，改由部门核查、个人承诺或数据共享解决。本指南列出能开的7类和不能开的常见证明该去哪里办。',
      lifeEvents: ['certificate', 'party'],
      eligibility: [
        '本村（社区）户籍或常住居民，所需证明属于下列7类之一：',
        '1. 发展党员政治审查情况证明（入党积极分子、发展对象的政审外调）。',
        '2. 征兵政治考核中的村级意见（应征青年在村里的现实表现）。',
        '3. 收养人婚姻状况、抚养教育能力和收养状况证明（办理收养登记用）。',
        '4. 在职党员到居住地村（社区）报到服务情况反馈。',
        '5. 学生参加社会实践、志愿服务情况证明。',
        '6. 农村集体经济组织成员身份证明（土地承包、集体收益分配等用）。',
        '7. 法律法规明确规定由村（居）民委员会出具的其他证明。',
        '村里不再开具：亲属关系、健在（生存）、死亡、婚姻状况、出生、无犯罪记录、疾病、残疾、就业状况、财产、遗产继承权、证件遗失、养犬等证明。'
      ],
      materials: [
        idCard(),
        householdBook,
        {
          name: '证明用途说明或需求单位的格式样表',
          originals: 0,
          copies: 1,
          required: false,
          note: '需求单位有统一格式的请带上，村里按格式出具'
        }
      ],
      steps: [
        {
          title: '确认是否属于村里能开的证明',
          detail: '先查本指南或打8号窗口电话确认；不属于7类的，窗口告诉你改去哪个部门、用什么材料代替。',
          actor: 'applicant',
          days: 0
        },
        {
          title: '村（社区）核实出具',
          detail: '到村（社区）便民服务站提出，村干部核实情况后出具，加盖村委会印章并登记台账。',
          actor: 'village',
          days: 0
        },
        {
          title: '镇窗口兜底协调',
          detail: '清单内的证明村里不给开，或者需求单位坚持索要清单外证明的，向8号窗口反映，由镇里协调解决。',
          actor: 'window'
        }
      ],
      legalTimeLimitDays: null,
      promisedTimeLimitDays: 3,
      timeLimitNote: '情况清楚的当场出具；需要入户核实的，3个工作日内出具。',
      fee: { free: true, description: '开具证明不收任何费用' },
      place: '各村（社区）便民服务站；政策咨询在新界埠镇便民服务中心一楼 8号窗口（党群服务中心）',
      hours: GUIDE_HOURS,
      contactName: '党建专干',
      contactPhone,
      legalBasis: [
        '《中华人民共和国村民委员会组织法》',
        '中共中央办公厅 国务院办公厅《关于规范村级组织工作事务、机制牌子和证明事项的意见》（厅字〔2022〕28号）',
        '民政部等六部门《关于改进和规范基层群众性自治组织出具证明工作的指导意见》'
      ],
      faq: [
        {
          q: '单位要我开“亲属关系证明”，村里不开怎么办？',
          a: '亲属关系可以用户口簿、出生医学证明、结婚证等证明；不在同一户口簿的，可以到派出所查询户籍档案。需求单位坚持要村里开的，请他们联系8号窗口，或者拨打12345政务服务便民热线反映。'
        },
        {
          q: '领养老金要开“健在证明”吗？',
          a: '不需要。养老金领取资格通过数据比对和手机刷脸认证完成，村里也不再开具健在证明。'
        },
        {
          q: '老人在家去世，死亡证明找谁开？',
          a: '在家正常死亡的，由镇卫生院核实后出具《居民死亡医学证明（推断）书》；非正常死亡的由公安机关出具。村委会不开死亡证明。'
        },
        {
          q: '开证明要交钱吗？',
          a: '不要，村里开具证明不收任何费用。'
        }
      ],
      appointmentAvailable: false,
      maxOneTrip: true,
      proxyAllowed: true
    }
  }
]
