import { h5ScanUrl, SCAN_PAGE, type QrCodeForm } from '../../../../src/shared/qrcodes'
import { qrMatrix } from '../../../../src/shared/qrMatrix'
import type { AppDeps } from '../../lib/deps'
import { AppError } from '../../lib/errors'
import { sniffImageType } from '../../lib/storage'
import { WechatApiError } from '../../lib/wechat/client'
import { qrTargetModel, type QrTargetDoc } from './model'

/** What goes on paper for one code: a plain QR's modules (drawn as vectors), or WeChat's code image. */
export type CodeArt = { form: 'web'; text: string; matrix: boolean[][] } | { form: 'miniprogram'; image: Buffer }

/** WeChat's name for the version of the mini-program a code opens. */
function envVersion(deps: AppDeps): 'release' | 'trial' | 'develop' {
  const state = deps.config.notices.miniprogramState
  return state === 'formal' ? 'release' : state === 'trial' ? 'trial' : 'develop'
}

/** WeChat's errors for wxacode.getUnlimited, as staff can act on them. */
function wxacodeError(err: WechatApiError): AppError {
  switch (err.errcode) {
    case 45009:
      return new AppError(429, 'QR_RATE_LIMITED', '微信生成小程序码太频繁了，请过一分钟再打印；也可以先打印网页二维码')
    case 41030:
      return new AppError(409, 'QR_PAGE_NOT_RELEASED', `小程序还没有发布带扫码页（${SCAN_PAGE}）的正式版本，微信不能生成指向它的码。请先发布新版本，或先打印网页二维码`)
    default:
      return err
  }
}

/**
 * The mini-program code of a target from WeChat (`wxacode.getUnlimited`: its scene, the scan page,
 * a transparent PNG). A released-version code is stored and reused, so WeChat is asked once per
 * code; trial and develop codes are made fresh each time (they open another version).
 */
async function miniprogramImage(deps: AppDeps, t: QrTargetDoc): Promise<Buffer> {
  const env = envVersion(deps)
  if (env === 'release' && t.miniprogramImageKey) {
    const stored = await deps.storage.get(t.miniprogramImageKey)
    if (stored) return stored
  }
  let answer: { data: Buffer }
  try {
    answer = await deps.wechat.callApiBinary('/wxa/getwxacodeunlimit', {
      scene: t.scene,
      page: SCAN_PAGE,
      check_path: env === 'release',
      env_version: env,
      width: 430,
      is_hyaline: true
    })
  } catch (err) {
    throw err instanceof WechatApiError ? wxacodeError(err) : err
  }
  const type = sniffImageType(answer.data)
  if (type !== 'image/png' && type !== 'image/jpeg') throw new AppError(502, 'WECHAT_ERROR', '微信返回的小程序码不是图片，请稍后再试')
  if (env === 'release') {
    const key = await deps.storage.put('qr-codes', answer.data, type === 'image/png' ? 'png' : 'jpg', deps.clock.now())
    await qrTargetModel(deps.db).updateOne({ _id: t._id, miniprogramImageKey: null }, { $set: { miniprogramImageKey: key } })
  }
  return answer.data
}

/** The art of a target's code in the chosen form; `h5Base` is the H5 site's origin for plain QR codes. */
export async function codeArt(deps: AppDeps, t: QrTargetDoc, form: QrCodeForm, h5Base: string): Promise<CodeArt> {
  if (form === 'miniprogram') return { form, image: await miniprogramImage(deps, t) }
  const text = h5ScanUrl(h5Base, t.scene)
  return { form, text, matrix: qrMatrix(text) }
}
