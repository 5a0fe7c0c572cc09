import Taro from '@tarojs/taro'
import { joinUrl } from '../../services/httpCore'
import { authToken } from '../../services/session'

/**
 * Fetches a CSV the signed-in staff member may read and hands it over: H5 saves it as a file; the
 * mini-program downloads it and offers to send it to a WeChat chat (a phone cannot open CSV itself),
 * from where it opens on a computer. Throws with a sentence to show when it fails.
 */
export async function downloadCsv(path: string, fileName: string): Promise<void> {
  const token = authToken()
  const header: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {}
  if (process.env.TARO_ENV === 'h5') {
    const res = await fetch(joinUrl(API_BASE_URL, path), { headers: header })
    if (!res.ok) throw new Error('表格没有下载成功，请稍后重试')
    const url = URL.createObjectURL(await res.blob())
    const a = document.createElement('a')
    a.href = url
    a.download = fileName
    document.body.appendChild(a)
    a.click()
    a.remove()
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
    return
  }
  const { tempFilePath, statusCode } = await Taro.downloadFile({ url: joinUrl(API_BASE_URL, path), header })
  if (statusCode !== 200) throw new Error('表格没有下载成功，请稍后重试')
  await Taro.shareFileMessage({ filePath: tempFilePath, fileName })
}
