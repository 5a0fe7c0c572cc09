import Taro from '@tarojs/taro'
import type { DraftStorage } from './draft'

/** Taro's storage: localStorage on H5, the mini-program's storage on weapp. */
export const taroStorage: DraftStorage = {
  getStorageSync: (key) => Taro.getStorageSync(key) as unknown,
  setStorageSync: (key, value) => Taro.setStorageSync(key, value),
  removeStorageSync: (key) => Taro.removeStorageSync(key)
}
