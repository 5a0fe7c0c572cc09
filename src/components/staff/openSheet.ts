import Taro from '@tarojs/taro'

/**
 * Opens a printable PDF behind a signed link: on H5 in a new tab (the browser prints or saves it);
 * in the mini-program downloaded and shown with the phone's document viewer (to forward or print).
 */
export async function openSheet(url: string): Promise<void> {
  if (process.env.TARO_ENV === 'h5') {
    window.open(url, '_blank', 'noopener')
    return
  }
  const file = await Taro.downloadFile({ url })
  await Taro.openDocument({ filePath: file.tempFilePath, fileType: 'pdf', showMenu: true })
}
