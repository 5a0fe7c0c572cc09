import type { SeedGuide } from '../types'
import { dangqunGuides } from './dangqun'
import { guihuaGuides } from './guihua'
import { minzhengGuides } from './minzheng'
import { nongyeGuides } from './nongye'
import { shebaoGuides } from './shebao'
import { tuiyiGuides } from './tuiyi'
import { weijianGuides } from './weijian'
import { yibaoGuides } from './yibao'

/** Every demo guide, in window order. */
export const guides: SeedGuide[] = [
  ...minzhengGuides,
  ...shebaoGuides,
  ...yibaoGuides,
  ...weijianGuides,
  ...tuiyiGuides,
  ...nongyeGuides,
  ...guihuaGuides,
  ...dangqunGuides
]
