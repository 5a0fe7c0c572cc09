import type { SeedQrCodes, SeedVolunteer } from './types'

/** 桐山村's 党员志愿者 and its 网格员 (大关's 群众点单、政府派单、志愿者送单). */
export const volunteers: SeedVolunteer[] = [
  {
    personKey: 'liu-jianguo',
    kind: 'volunteer',
    villageKey: 'tongshan',
    skills: ['errand', 'elderCare', 'repair'],
    intro: '退休电工，党员志愿者，白天都能上门'
  },
  {
    personKey: 'chen-xiaoyan',
    kind: 'gridWorker',
    villageKey: 'tongshan',
    skills: ['errand', 'policy'],
    intro: '桐山村网格员',
    phoneOnDoorplates: true
  }
]

/** 码上办: 码上知道 posters of the most asked-for guides, 桐山村's 公开栏 and its first households' 智慧门牌. */
export const qrCodes: SeedQrCodes = {
  guideSlugs: ['dibao', 'gaoling-jintie', 'tuiyi-zhuyuan-youdai'],
  boardVillageKeys: ['tongshan'],
  doorplates: [
    { villageKey: 'tongshan', group: '一组', number: '3号', householder: '李桂兰' },
    { villageKey: 'tongshan', group: '一组', number: '5号', householder: '王德福' },
    { villageKey: 'tongshan', group: '一组', number: '8号', householder: '李秀英' },
    { villageKey: 'tongshan', group: '二组', number: '2号' },
    { villageKey: 'tongshan', group: '二组', number: '6号' },
    { villageKey: 'tongshan', group: '三组', number: '1号' },
    { villageKey: 'tongshan', group: '三组', number: '9号' }
  ]
}
