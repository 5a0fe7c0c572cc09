import { chinaClock } from '../../shared/chinaTime'

/** `2025年3月3日` for an ISO instant (China time) or a `YYYY-MM-DD` date. */
export function dateCn(value: string): string {
  const [y, m, d] = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value.split('-').map(Number) : [chinaClock(value).year, chinaClock(value).month, chinaClock(value).day]
  return `${y}年${m}月${d}日`
}

/** `12.3 KB` / `1.2 MB` for a file size in bytes. */
export function sizeText(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(0.1, Math.round(bytes / 102.4) / 10)} KB` : `${Math.round(bytes / 104857.6) / 10} MB`
}
