import type { SeedTownship, SeedVillage } from './types'

/** 新界埠镇便民服务中心 (seed 000): 江西省宜春市上高县. */
export const township: SeedTownship = {
  key: 'xinjiebu',
  name: '新界埠镇',
  county: '上高县',
  province: '江西省',
  address: '江西省宜春市上高县新界埠镇人民政府大院东侧 新界埠镇便民服务中心',
  phone: '0795-2600100',
  hours:
    '周一至周五 上午8:30–12:00，下午14:30–17:30（法定节假日除外）。实行延时服务：午间和下班后来不及办的，可提前打电话约定延时办理；农忙季节和外出务工人员返乡期间，周六上午提供预约服务。'
}

const groups = (count: number): string[] =>
  ['一组', '二组', '三组', '四组', '五组', '六组', '七组', '八组', '九组', '十组'].slice(0, count)

/** 16 个村（居）和镇林场（seed 000：“全面完成16个村(居)、林场三务线上公开”）；桐山村即示范村“红色桐山”。 */
export const villages: SeedVillage[] = [
  { key: 'xinjiebu-shequ', name: '新界埠社区', groups: ['老街居民小组', '新街居民小组', '锦江居民小组', '车站居民小组'] },
  { key: 'tongshan', name: '桐山村', groups: groups(8) },
  { key: 'guanqiao', name: '官桥村', groups: groups(7) },
  { key: 'tangxia', name: '塘下村', groups: groups(6) },
  { key: 'shixi', name: '石溪村', groups: groups(5) },
  { key: 'nangang', name: '南港村', groups: groups(6) },
  { key: 'chaxi', name: '槎溪村', groups: groups(7) },
  { key: 'zhangshuxia', name: '樟树下村', groups: groups(5) },
  { key: 'tianxin', name: '田心村', groups: groups(6) },
  { key: 'gangkou', name: '港口村', groups: groups(8) },
  { key: 'shangtang', name: '上塘村', groups: groups(4) },
  { key: 'hongyuan', name: '洪源村', groups: groups(6) },
  { key: 'datang', name: '大塘村', groups: groups(5) },
  { key: 'meilin', name: '梅林村', groups: groups(6) },
  { key: 'gaoping', name: '高坪村', groups: groups(4) },
  { key: 'jinjiang', name: '锦江村', groups: groups(9) },
  { key: 'linchang', name: '新界埠镇林场', groups: ['一工区', '二工区', '三工区'] }
]
