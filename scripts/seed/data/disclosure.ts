import type { SeedDisclosure } from './types'

/**
 * 政务公开 of 新界埠镇 as the seeds describe it: 18-area catalogue items by 五公开 (seed 000, 002),
 * village 三务公开 with 红色桐山 as the model village (seed 000, 002), the 权责清单 and 多对一 table
 * (seed 004), the 便民地图 of the hall and village 便民服务站 (seed 002), and information requests
 * (seed 000: “依申请公开2条”).
 */
export const disclosure: SeedDisclosure = {
  items: [
    {
      key: 'dibao-plan',
      daysAgo: 40,
      departmentKey: 'minzheng',
      content: {
        kind: 'policy',
        scope: 'township',
        category: 'decision',
        domainKey: 'social-assistance',
        title: '新界埠镇关于进一步规范城乡最低生活保障工作的实施方案',
        documentNumber: '新府发〔2025〕2号',
        source: '新界埠镇人民政府',
        keywords: ['低保', '最低生活保障', '动态管理'],
        body: [
          '各村（居）委会、镇直各单位：',
          '为进一步规范城乡最低生活保障（以下简称低保）工作，做到应保尽保、应退尽退，根据《社会救助暂行办法》《江西省最低生活保障办法》和县民政局有关要求，结合我镇实际，制定本方案。',
          '一、保障对象。户籍在本镇、共同生活的家庭成员人均收入低于当地低保标准，且家庭财产状况符合规定的城乡居民。',
          '二、办理程序。申请人向户籍所在地村（居）委会或镇便民服务中心民政窗口提出申请；镇民政所在收到申请后3个工作日内组织入户调查，调查结果在村务公开栏公示7天；公示无异议的，报县民政局审批。',
          '三、动态管理。对低保家庭实行分类管理，A类每年复核一次，B类每半年复核一次，C类每季度复核一次。',
          '四、监督。低保对象名单、保障金额在村务公开栏和“乡里办”政务公开栏目常年公开，举报电话0795-2600101。',
          '本方案自发布之日起施行。'
        ].join('\n')
      }
    },
    {
      key: 'dibao-plan-reading',
      daysAgo: 39,
      departmentKey: 'minzheng',
      content: {
        kind: 'interpretation',
        scope: 'township',
        category: 'execution',
        domainKey: 'social-assistance',
        interpretsKey: 'dibao-plan',
        title: '《新界埠镇关于进一步规范城乡最低生活保障工作的实施方案》政策解读',
        source: '新界埠镇民政所',
        keywords: ['低保', '政策解读'],
        body: [
          '一、为什么要出台这个方案？近年来低保对象动态变化较大，个别村存在“人情保”“关系保”的群众反映。方案把入户调查、民主评议、公示的每一步写清楚，让低保办理“凭标准、凭流程”。',
          '二、哪些人可以申请？家庭人均收入低于当地低保标准、家庭财产符合规定的本镇户籍居民都可以申请。因病、因残、因灾导致生活困难的家庭，可以单独提出申请。',
          '三、到哪里办？可以到村（居）委会申请，也可以直接到镇便民服务中心1号窗口（民政）申请；行动不便的，可以请村里的帮办代办员代为申请。',
          '四、多久有结果？镇民政所收到申请后3个工作日内入户调查，公示7天，县民政局审批通过后次月起发放低保金。'
        ].join('\n')
      }
    },
    {
      key: 'farm-subsidy-2025',
      daysAgo: 12,
      departmentKey: 'nongye',
      content: {
        kind: 'notice',
        scope: 'township',
        category: 'execution',
        domainKey: 'farm-subsidy',
        title: '新界埠镇2025年耕地地力保护补贴面积核实公示',
        source: '新界埠镇农业农村综合服务中心',
        keywords: ['耕地地力保护补贴', '种粮补贴', '补贴面积'],
        body: '根据县农业农村局统一部署，我镇已完成2025年耕地地力保护补贴面积核实工作，全镇核实补贴面积52,316.4亩，涉及农户6,128户。各村补贴面积明细已在村务公开栏张贴，公示期7天。对公示内容有异议的，请在公示期内向所在村委会或镇农业农村综合服务中心（便民服务中心6号窗口，电话0795-2600106）反映。'
      }
    },
    {
      key: 'job-fair',
      daysAgo: 20,
      departmentKey: 'shebao',
      content: {
        kind: 'notice',
        scope: 'township',
        category: 'service',
        domainKey: 'employment',
        title: '2025年“春风行动”新界埠镇专场招聘会岗位信息',
        source: '新界埠镇社会保障和就业服务所',
        keywords: ['招聘会', '春风行动', '就业'],
        body: '为帮助返乡务工人员和有就业意愿的村民就近就业，镇人社所联合县就业创业服务中心举办“春风行动”专场招聘会。共有县工业园区等28家企业参加，提供普工、电工、缝纫工、仓管、叉车司机等岗位612个，月薪3,000元至6,500元。请带身份证到镇政府广场参加；不方便到场的，可到便民服务中心2号窗口登记求职意向，工作人员帮您推荐岗位。'
      }
    },
    {
      key: 'elderly-allowance-q1',
      daysAgo: 5,
      departmentKey: 'minzheng',
      content: {
        kind: 'notice',
        scope: 'township',
        category: 'result',
        domainKey: 'elderly-care',
        title: '新界埠镇2025年第一季度高龄津贴发放情况公示',
        source: '新界埠镇民政所',
        keywords: ['高龄津贴', '高龄补贴', '老年人'],
        body: '2025年第一季度，我镇共为80周岁以上老年人发放高龄津贴：80—89周岁每人每月50元，共1,204人；90—99周岁每人每月100元，共156人；100周岁以上每人每月500元，共3人。合计发放资金22.22万元，已通过“一卡通”打卡发放到位。如有疑问，请咨询便民服务中心1号窗口，电话0795-2600101。'
      }
    },
    {
      key: 'enforcement-list',
      daysAgo: 60,
      departmentKey: 'guihua',
      content: {
        kind: 'policy',
        scope: 'township',
        category: 'management',
        domainKey: 'law-enforcement',
        title: '新界埠镇人民政府关于公布综合行政执法事项清单的公告',
        documentNumber: '新府告〔2025〕1号',
        source: '新界埠镇人民政府',
        keywords: ['综合执法', '执法事项', '违建'],
        body: '根据《江西省赋予乡镇（街道）部分县级行政执法权限指导目录》，经县人民政府同意，现将我镇实施的综合行政执法事项清单（共56项，涉及自然资源、城乡建设、生态环境、农业农村等领域）予以公布。主要包括：对农村村民未经批准或者采取欺骗手段骗取批准非法占用土地建住宅的处罚；对在禁止燃放烟花爆竹的区域燃放的处罚；对违反规定焚烧秸秆的处罚等。执法投诉电话0795-2600107。'
      }
    },
    {
      key: 'livelihood-projects',
      daysAgo: 25,
      departmentKey: 'dangqun',
      content: {
        kind: 'notice',
        scope: 'township',
        category: 'decision',
        domainKey: 'construction',
        title: '关于征求新界埠镇2025年民生实事项目意见的公告',
        source: '新界埠镇人民政府',
        keywords: ['民生实事', '征求意见', '重大建设项目'],
        body: '为使民生实事真正办到群众心坎上，现就2025年拟实施的民生实事项目公开征求意见：1. 桐山村至官桥村村道拓宽改造（3.2公里）；2. 塘下村、石溪村农村饮水安全巩固提升；3. 新界埠社区老年食堂建设；4. 镇卫生院发热门诊改造。意见可在“乡里办”提交“建议”，也可在村民议事会上提出，截止时间为公告发布之日起15日。'
      }
    },
    {
      key: 'annual-report-2024',
      daysAgo: 70,
      departmentKey: 'dangqun',
      content: {
        kind: 'notice',
        scope: 'township',
        category: 'result',
        title: '新界埠镇人民政府2024年政府信息公开工作年度报告',
        source: '新界埠镇人民政府',
        keywords: ['年度报告', '政府信息公开'],
        body: [
          '一、总体情况。2024年，我镇以基层政务公开标准化规范化示范乡镇创建为抓手，依据更新的权责清单和公共服务事项清单，完成18个领域基层政务公开标准目录公开事项各要素梳理，全年主动公开政府信息215条，办理依申请公开2件，全面完成16个村（居）、林场三务线上公开。',
          '二、主动公开政府信息情况。通过政府门户网站、“乡里办”小程序、村务公开栏、农村大喇叭等渠道公开决策、执行、管理、服务、结果信息。',
          '三、收到和处理政府信息公开申请情况。全年新收申请2件（自然人2件），均已在法定期限内答复，其中予以公开1件、部分公开1件。',
          '四、政府信息公开行政复议、行政诉讼情况。全年未发生政府信息公开行政复议、行政诉讼案件。',
          '五、存在的主要问题及改进情况。政策解读形式还比较单一，下一步将增加图解、短视频解读。'
        ].join('\n')
      }
    },
    {
      key: 'medical-insurance-2025',
      daysAgo: 90,
      departmentKey: 'yibao',
      content: {
        kind: 'notice',
        scope: 'township',
        category: 'service',
        domainKey: 'health',
        title: '关于做好2025年度城乡居民基本医疗保险参保缴费工作的通知',
        source: '新界埠镇医疗保障所',
        keywords: ['医保缴费', '城乡居民医保', '参保'],
        validUntil: '2025-06-30',
        body: '2025年度城乡居民医保个人缴费标准为每人每年400元，集中缴费期截至2025年6月30日。可通过“赣服通”、微信“江西医保”、银行网点缴费，也可到村（居）委会或便民服务中心3号窗口代缴。特困人员、低保对象、返贫致贫人口等按规定享受参保资助。'
      }
    },
    {
      key: 'tongshan-party-day',
      daysAgo: 8,
      departmentKey: 'dangqun',
      villageKey: 'tongshan',
      content: {
        kind: 'notice',
        scope: 'village',
        villageAffair: 'party',
        title: '桐山村党支部2025年3月主题党日活动安排',
        source: '中共新界埠镇桐山村支部委员会',
        keywords: ['主题党日', '红色桐山'],
        body: '时间：3月15日上午9:00。地点：桐山村党群服务中心。内容：1. 学习“红色桐山”革命历史，参观村史馆；2. 通报2024年党费收缴情况（应缴党员56名，实缴56名，共计3,360元）；3. 开展“我为群众办实事”志愿服务，为村里独居老人打扫卫生。外出务工党员可通过“乡里办”查看学习材料。'
      }
    },
    {
      key: 'tongshan-certificates',
      daysAgo: 30,
      departmentKey: 'dangqun',
      villageKey: 'tongshan',
      content: {
        kind: 'notice',
        scope: 'village',
        villageAffair: 'village',
        title: '桐山村村级组织可以出具的证明事项清单',
        source: '新界埠镇桐山村村民委员会',
        keywords: ['村级证明', '开证明'],
        body: '根据镇里统一清理，村级组织可以出具的证明事项为7项：1. 亲属关系证明（户口簿无法证明的）；2. 居住证明；3. 家庭经济状况证明（用于申请救助）；4. 无固定收入证明；5. 土地承包经营权证明；6. 宅基地使用情况证明；7. 其他法律法规规定由村级组织出具的证明。清单以外的证明，村委会不再出具，请向相关部门咨询。'
      }
    },
    {
      key: 'tongshan-accounts-q4',
      daysAgo: 60,
      departmentKey: 'nongye',
      villageKey: 'tongshan',
      content: {
        kind: 'accounts',
        scope: 'village',
        villageAffair: 'finance',
        title: '桐山村2024年第四季度财务收支公开',
        source: '新界埠镇桐山村村民委员会',
        keywords: ['财务公开', '收支'],
        body: '本季度收支经村务监督委员会审核，镇农村集体“三资”管理中心复核。',
        accounts: {
          year: 2024,
          quarter: 4,
          openingBalanceFen: 18_652_300,
          lines: [
            { direction: 'income', item: '上级拨付村级组织运转经费', amountFen: 6_000_000 },
            { direction: 'income', item: '村集体林地承包费', amountFen: 2_350_000 },
            { direction: 'income', item: '红色研学基地场地租金', amountFen: 1_800_000 },
            { direction: 'spending', item: '村干部基本报酬', amountFen: 4_860_000 },
            { direction: 'spending', item: '村道路灯维修及电费', amountFen: 612_000 },
            { direction: 'spending', item: '村史馆展陈维护', amountFen: 1_285_000 },
            { direction: 'spending', item: '环境卫生保洁费', amountFen: 960_000, note: '保洁员4名' }
          ]
        }
      }
    },
    {
      key: 'guanqiao-housing',
      daysAgo: 15,
      departmentKey: 'guihua',
      villageKey: 'guanqiao',
      content: {
        kind: 'notice',
        scope: 'village',
        villageAffair: 'village',
        domainKey: 'rural-housing',
        title: '官桥村2025年农村危房改造对象评议结果公示',
        source: '新界埠镇官桥村村民委员会',
        keywords: ['危房改造', '评议'],
        body: '经农户申请、村民代表会议评议，拟将邹水生、邹冬根、黄桂英3户列为2025年农村危房改造对象（均为C级危房）。公示期7天，对公示对象有异议的，请向村务监督委员会或镇城乡规划建设办（便民服务中心7号窗口，电话0795-2600107）反映。'
      }
    },
    {
      key: 'guanqiao-accounts-q4',
      daysAgo: 58,
      departmentKey: 'nongye',
      villageKey: 'guanqiao',
      content: {
        kind: 'accounts',
        scope: 'village',
        villageAffair: 'finance',
        title: '官桥村2024年第四季度财务收支公开',
        source: '新界埠镇官桥村村民委员会',
        keywords: ['财务公开', '收支'],
        body: '本季度收支经村务监督委员会审核。',
        accounts: {
          year: 2024,
          quarter: 4,
          openingBalanceFen: 7_210_450,
          lines: [
            { direction: 'income', item: '上级拨付村级组织运转经费', amountFen: 5_500_000 },
            { direction: 'income', item: '光伏发电收益', amountFen: 1_236_800 },
            { direction: 'spending', item: '村干部基本报酬', amountFen: 4_320_000 },
            { direction: 'spending', item: '水渠清淤', amountFen: 1_580_000 },
            { direction: 'spending', item: '办公费', amountFen: 214_600 }
          ]
        }
      }
    }
  ],
  powers: [
    { name: '最低生活保障对象认定', type: 'confirmation', basis: '《社会救助暂行办法》第十一条；《江西省最低生活保障办法》', responsiblePost: '民政人社岗', keywords: ['低保'] },
    { name: '特困人员认定', type: 'confirmation', basis: '《社会救助暂行办法》第十五条；《特困人员认定办法》', responsiblePost: '民政人社岗', keywords: ['五保', '特困供养'] },
    { name: '临时救助', type: 'benefit', basis: '《社会救助暂行办法》第四十八条', responsiblePost: '民政人社岗', keywords: ['急难救助'] },
    { name: '高龄津贴审核发放', type: 'publicService', basis: '《江西省老年人权益保障条例》', responsiblePost: '民政人社岗', keywords: ['高龄补贴'] },
    { name: '城乡居民医疗保险参保登记', type: 'publicService', basis: '《中华人民共和国社会保险法》第二十五条', responsiblePost: '医保岗', keywords: ['医保', '参保'] },
    { name: '退役军人优待证申领初审', type: 'publicService', basis: '《中华人民共和国退役军人保障法》第六十二条', responsiblePost: '退役军人服务站', keywords: ['优待证'] },
    { name: '农村村民宅基地审批', type: 'permit', basis: '《中华人民共和国土地管理法》第六十二条', responsiblePost: '自然资源岗', keywords: ['宅基地', '建房'] },
    { name: '乡村建设规划许可证核发', type: 'permit', basis: '《中华人民共和国城乡规划法》第四十一条', responsiblePost: '自然资源岗', keywords: ['建房许可'] },
    { name: '对农村村民未经批准非法占用土地建住宅的处罚', type: 'penalty', basis: '《中华人民共和国土地管理法》第七十八条', responsiblePost: '自然资源岗', keywords: ['违建', '非法占地'] },
    { name: '耕地地力保护补贴面积核实', type: 'benefit', basis: '《财政部 农业农村部关于印发〈农业相关转移支付资金管理办法〉的通知》', responsiblePost: '农业农村岗', keywords: ['种粮补贴'] },
    { name: '党员组织关系转接', type: 'publicService', basis: '《中国共产党党员组织关系管理办法》', responsiblePost: '党建岗', keywords: ['党员转接'] },
    { name: '矛盾纠纷调解', type: 'publicService', basis: '《中华人民共和国人民调解法》第五条', responsiblePost: '综治信访岗', keywords: ['调解', '纠纷'] },
    { name: '政府信息公开申请办理', type: 'other', basis: '《中华人民共和国政府信息公开条例》第二十七条至第四十五条', responsiblePost: '便民服务中心综合受理岗', keywords: ['依申请公开'] }
  ],
  servicePoints: [
    {
      name: '新界埠镇便民服务中心',
      kind: 'hall',
      address: '江西省宜春市上高县新界埠镇人民政府大院东侧',
      hours: '周一至周五 8:30–12:00、14:30–17:30，可电话预约延时办理',
      phone: '0795-2600100',
      latitude: 28.2892,
      longitude: 115.0126,
      services: ['低保', '社保', '医保', '退役军人', '宅基地', '党员服务']
    },
    {
      name: '桐山村便民服务站',
      kind: 'villageStation',
      villageKey: 'tongshan',
      address: '新界埠镇桐山村党群服务中心一楼',
      hours: '周一至周五 8:30–17:30（农忙时周六上午有人值班）',
      phone: '0795-2600211',
      latitude: 28.3065,
      longitude: 115.0342,
      services: ['帮办代办', '村级证明', '医保代缴', '红色研学咨询']
    },
    {
      name: '官桥村便民服务站',
      kind: 'villageStation',
      villageKey: 'guanqiao',
      address: '新界埠镇官桥村村委会',
      hours: '周一至周五 8:30–17:30',
      phone: '0795-2600212',
      latitude: 28.2741,
      longitude: 115.0418,
      services: ['帮办代办', '村级证明', '危房改造申请']
    },
    {
      name: '塘下村便民服务站',
      kind: 'villageStation',
      villageKey: 'tangxia',
      address: '新界埠镇塘下村村委会',
      hours: '周一至周五 8:30–17:30',
      phone: '0795-2600213',
      latitude: 28.2987,
      longitude: 114.9873,
      services: ['帮办代办', '村级证明', '退役军人服务']
    },
    {
      name: '新界埠社区便民服务站',
      kind: 'villageStation',
      villageKey: 'xinjiebu-shequ',
      address: '新界埠镇老街社区居委会',
      hours: '周一至周五 8:30–17:30',
      phone: '0795-2600215',
      latitude: 28.2875,
      longitude: 115.0091,
      services: ['帮办代办', '居住证明', '老年食堂报名']
    }
  ],
  subscriptions: [{ personKey: 'li-xiuying', target: 'village', villageKey: 'tongshan' }],
  requests: [
    {
      number: 'D001',
      personKey: 'zhou-zhiqiang',
      idNumber: '360923197806150030',
      phone: '13800138102',
      description: '塘下村2024年村道硬化工程的招投标结果和工程款支付情况',
      form: 'electronic',
      delivery: 'online',
      submittedDaysAgo: 4,
      received: true
    },
    {
      number: 'D002',
      personKey: 'tan-haibo',
      idNumber: '360923199002280058',
      phone: '13800138103',
      description: '本镇2025年城乡最低生活保障标准的文件',
      form: 'electronic',
      delivery: 'online',
      submittedDaysAgo: 9,
      received: true,
      reply: { kind: 'alreadyPublic', itemKey: 'dibao-plan', text: '您申请的信息已主动公开，请在“乡里办”政务公开栏目查看《新界埠镇关于进一步规范城乡最低生活保障工作的实施方案》。' }
    },
    {
      number: 'D003',
      personKey: 'li-xiuying',
      idNumber: '360923195203140029',
      phone: '13800138101',
      description: '桐山村2024年度村级集体经济收益分配方案',
      form: 'paper',
      delivery: 'pickup',
      submittedDaysAgo: 0,
      received: false
    }
  ]
}
