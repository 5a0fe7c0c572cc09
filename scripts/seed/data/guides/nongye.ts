import type { SeedGuide } from '../types'
import { GUIDE_HOURS, WINDOW_PHONES, WINDOW_PLACES } from '../departments'
import { householdBook, idCard, payoutCard } from './common'

/** 6号窗口 农业农村：惠农补贴。 */
export const nongyeGuides: SeedGuide[] = [
  {
    slug: 'gengdi-butie',
    departmentKey: 'nongye',
    content: {
      title: '耕地地力保护补贴申报',
      keywords: ['耕地补贴', '种粮补贴', '地力补贴', '农业补贴', '惠农补贴', '粮食补贴', '一卡通'],
      summary:
        '拥有承包耕地的农户每年按核实的面积领取耕地地力保护补贴，资金通过惠民惠农财政补贴资金“一卡通”直接打卡发放。已经改变用途或长年抛荒的耕地不发补贴。',
      lifeEvents: ['farming'],
      eligibility: [
        '补贴对象原则上为拥有耕地承包权的种地农民；耕地已流转的，按上高县当年规定确定补贴对象。',
        '补贴面积以二轮承包耕地面积、确权耕地面积或粮食种植面积等为依据，口径以上高县当年确定的为准。',
        '已作为畜牧水产养殖场所、改为林地、成片粮田转为设施农业用地、非农征（占）用的耕地，以及长年抛荒地、占补平衡中“补”的面积和质量达不到耕种条件的耕地，不予补贴。',
        '补贴面积在村（组）公示无异议后才能发放。'
      ],
      materials: [
        idCard('户主'),
        householdBook,
        {
          name: '农村土地承包经营权证',
          originals: 1,
          copies: 0,
          required: false,
          exemptReason: '已通过土地确权登记数据核验，免提交'
        },
        {
          name: '补贴面积申报表',
          originals: 1,
          copies: 0,
          required: true,
          note: '村组统一组织申报的，在村里核对签字即可，不用到镇里'
        },
        { name: '土地流转合同', originals: 0, copies: 1, required: false, note: '耕地流转、需要确认补贴对象时提供' },
        { ...payoutCard, name: '社会保障卡（惠民惠农财政补贴资金“一卡通”）' }
      ],
      steps: [
        { title: '农户申报', detail: '按村里通知的时间，向村（组）申报承包耕地面积和种植情况。', actor: 'applicant', days: 0 },
        { title: '村组核实公示', detail: '村组逐户核实面积，在村务公开栏公示；有异议的重新核实。', actor: 'village', days: 5 },
        { title: '镇里审核汇总', detail: '镇农业综合服务中心审核各村数据，抽查核实后汇总上报。', actor: 'department', days: 5 },
        { title: '县级复核', detail: '上高县农业农村局、财政局复核补贴面积和资金。', actor: 'county', days: 10 },
        { title: '打卡发放', detail: '补贴资金通过“一卡通”直接打到农户卡上。', actor: 'county' }
      ],
      legalTimeLimitDays: null,
      promisedTimeLimitDays: 20,
      timeLimitNote: '按年度申报，发放时间以县里统一安排为准。',
      fee: { free: true },
      place: WINDOW_PLACES.nongye,
      hours: GUIDE_HOURS,
      contactName: '农业农村专干',
      contactPhone: WINDOW_PHONES.nongye,
      legalBasis: [
        '《中华人民共和国农村土地承包法》',
        '《财政部 农业部关于全面推开农业“三项补贴”改革工作的通知》（财农〔2016〕26号）'
      ],
      faq: [
        {
          q: '我把地流转给种粮大户了，补贴给谁？',
          a: '按上高县当年规定执行；流转合同里对补贴归属有约定的，按约定处理。拿不准的可以带着合同到6号窗口问。'
        },
        {
          q: '补贴打到哪张卡？没收到怎么办？',
          a: '打到社保卡（惠民惠农“一卡通”）上。没收到的，带身份证到6号窗口查询发放记录，卡号或户名有误的当场帮你更正。'
        },
        {
          q: '地撂荒了还能领吗？',
          a: '不能。长年抛荒的耕地不发补贴，复耕复种后按规定重新申报。'
        }
      ],
      appointmentAvailable: false,
      maxOneTrip: true,
      proxyAllowed: true
    }
  }
]
