/**
 * 预约办理 in the H5 build (Debian Chromium, phone-sized), served with /api by the real backend on a
 * seeded database whose clock stands at 08:00 on the next working day: a resident books 低保 online and
 * sees the check-in code and QR; 民政 staff check them in by the code and finish the visit; the
 * resident finds the confirmation and the invitation to rate in 我的消息. Also: a walk-in and a closed
 * day recorded by staff, cancelling in the page (no pop-up) and the large 长辈版 targets of the booking screen.
 */
import type { Page } from 'playwright-core'
import { addCalendarDays, isWorkingDay } from '../../cloud/src/modules/calendar/workingDays'
import { browserSession, clippedText, nextWorkingDay, screen, seriousA11yProblems, shot, textOf, waitForText } from '../helpers/e2e'

jest.setTimeout(120_000)

const DAY = nextWorkingDay()
const session = browserSession({ day: DAY, time: '08:00' })
const { signedIn, expectNoPageErrors } = session

/** Opens the booking screen of a demo guide and picks the first (or last) open slot of the first open day. */
async function openBookingAndPickSlot(page: Page, slug: string, which: 'first' | 'last' = 'first'): Promise<string> {
  await page.goto(`${session.url()}/#/pages/guides/detail/index?slug=${slug}`)
  await screen(page, '#book-online').click()
  await page.waitForURL(/pages\/appointments\/book\/index\?guideId=[0-9a-f]{24}/)
  await screen(page, '#book-days-grid').waitFor({ state: 'visible' })
  expect(await screen(page, `#book-day-${DAY}`).getAttribute('aria-checked')).toBe('true')
  const open = screen(page, '#book-slots-grid [aria-disabled="false"]')
  const slot = which === 'first' ? open.first() : open.last()
  const slotId = (await slot.getAttribute('id'))!
  await slot.click()
  expect(await slot.getAttribute('aria-checked')).toBe('true')
  return slotId
}

describe('预约办理 end to end', () => {
  it('a resident books 低保 and sees the code and QR; staff check them in by the code; the resident gets the notices', async () => {
    const resident = await signedIn('resident', /身份：群众/)
    const slotId = await openBookingAndPickSlot(resident, 'dibao')
    expect(slotId).toMatch(/^book-slot-\d{4}$/)
    const hhmm = `${slotId.slice(10, 12)}:${slotId.slice(12, 14)}`
    expect(await textOf(screen(resident, '#book-summary-when'))).toContain(hhmm)
    expect(await textOf(screen(resident, '#materials'))).toMatch(/需要带的材料/)
    await shot(resident, 'appt-01-book')

    await screen(resident, '#book-confirm').click()
    await resident.waitForURL(/pages\/appointments\/detail\/index\?id=[0-9a-f]{24}/)
    const bookingId = /id=([0-9a-f]{24})/.exec(resident.url())![1]!
    await waitForText(screen(resident, '#booking-message'), /预约成功/)
    const code = await textOf(screen(resident, '#booking-code'))
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{4}$/)
    expect(await textOf(screen(resident, '#booking-when'))).toContain(hhmm)
    const qr = screen(resident, '#booking-qr img')
    await qr.waitFor({ state: 'attached' })
    await expect(qr.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth)).resolves.toBeGreaterThan(100)
    expect(await qr.getAttribute('alt')).toMatch(/二维码/)
    expect(await seriousA11yProblems(resident)).toEqual([])
    await shot(resident, 'appt-02-ticket')
    expectNoPageErrors(resident)
    await resident.close()

    const staff = await signedIn('staff', /身份：窗口工作人员/)
    await staff.goto(`${session.url()}/#/staff/pages/appointments/index`)
    await waitForText(screen(staff, '#staff-day-date'), /（今天）/)
    const row = screen(staff, `#staff-appt-${code}`)
    await waitForText(row, /李秀英.*已预约/)
    await screen(staff, '#staff-checkin-code input').fill(code.toLowerCase())
    await screen(staff, '#staff-checkin-submit').click()
    await waitForText(screen(staff, '#staff-appt-message'), /已签到：李秀英/)
    await waitForText(row, /已签到/)
    await shot(staff, 'appt-03-staff-checked-in')
    await screen(staff, `#staff-complete-${bookingId}`).click()
    await waitForText(screen(staff, '#staff-appt-message'), /已办结，已邀请评价/)
    await waitForText(row, /已办结/)
    expectNoPageErrors(staff)
    await staff.close()

    const back = await signedIn('resident', /身份：群众/)
    await back.goto(`${session.url()}/#/pages/inbox/index`)
    const inbox = await waitForText(screen(back, '#inbox-list'), /请为这次办事评价/)
    expect(inbox).toContain('预约成功')
    expect(inbox).toContain(code)
    await shot(back, 'appt-04-inbox')
    await back.goto(`${session.url()}/#/pages/appointments/mine/index`)
    await screen(back, '#mine-past').click()
    await waitForText(screen(back, `#appt-${bookingId}`), /已办结/)
    expectNoPageErrors(back)
    await back.close()
  })

  it('staff reach the day view from the console, record a walk-in, and close a day in the template editor', async () => {
    const staff = await signedIn('staff', /身份：窗口工作人员/)
    await screen(staff, '#staff-console-entry').click()
    await staff.waitForURL(/staff\/pages\/index\/index/)
    await screen(staff, '#staff-appointments-entry').click()
    await staff.waitForURL(/staff\/pages\/appointments\/index/)
    await waitForText(screen(staff, '#staff-day-date'), /（今天）/)
    await waitForText(screen(staff, '#staff-appt-MZ6E'), /李秀英.*已预约/)
    await waitForText(screen(staff, '#staff-appt-MZ8G'), /张冬梅.*已签到.*现场办理/)
    expect(await screen(staff, '#staff-appt-MZ8G [id^="staff-complete-"]').count()).toBe(1)
    expect(await seriousA11yProblems(staff)).toEqual([])
    const walkIns = () => textOf(screen(staff, '#staff-appt-counts')).then((t) => Number(/现场办理 (\d+)/.exec(t)![1]))
    const before = await walkIns()
    await screen(staff, '#staff-walkin-name input').fill('王德福')
    await screen(staff, '#staff-walkin-note input').fill('代领高龄津贴')
    await screen(staff, '#staff-walkin-add').click()
    const done = await waitForText(screen(staff, '#staff-appt-message'), /已登记现场办理：王德福（号 [2-9A-HJ-NP-Z]{4}）/)
    const walkInCode = /号 ([2-9A-HJ-NP-Z]{4})/.exec(done)![1]!
    await waitForText(screen(staff, `#staff-appt-${walkInCode}`), /王德福.*已签到.*现场办理/)
    await waitForText(screen(staff, '#staff-appt-counts'), new RegExp(`现场办理 ${before + 1}`))
    await screen(staff, '#staff-day-prev').click()
    await waitForText(screen(staff, '#staff-day-date'), /^(?!.*今天)/)
    await waitForText(screen(staff, '#staff-appt-MZAM'), /周志强.*已预约/)
    expect(await screen(staff, '#staff-appt-MZAM [id^="staff-noshow-"]').count()).toBe(1)
    await shot(staff, 'appt-08-staff-previous-day')

    await screen(staff, '#staff-templates-entry').click()
    await staff.waitForURL(/appointments\/templates\/index/)
    const open = screen(staff, '[id^="tpl-exc-open-"]').first()
    await open.waitFor({ state: 'visible' })
    await open.click()
    let closeDay = addCalendarDays(DAY, 7)
    while (!isWorkingDay(closeDay)) closeDay = addCalendarDays(closeDay, 1)
    await screen(staff, '#tpl-exc-date input').fill(closeDay)
    await screen(staff, '#tpl-exc-reason input').fill('窗口人员培训')
    await screen(staff, '#tpl-exc-save').click()
    await waitForText(screen(staff, '#tpl-message'), /已设为当天停约/)
    await waitForText(screen(staff, '[id^="tpl-dept-"]').first(), /当天停约：窗口人员培训/)
    await shot(staff, 'appt-07-templates')
    expectNoPageErrors(staff)
    await staff.close()
  })

  it('cancels in the page without a pop-up, and shows 长辈版 targets at least 60 px tall', async () => {
    const page = await signedIn('resident', /身份：群众/)
    await screen(page, '#elder-switch .t-switch').click()
    await waitForText(screen(page, '#elder-controls'), /已开启/)
    await openBookingAndPickSlot(page, 'tekun', 'last')
    expect(await screen(page).getAttribute('class')).toMatch(/\belder\b/)
    const box = await screen(page, '#book-slots-grid [aria-disabled="false"]').first().boundingBox()
    expect(box!.height).toBeGreaterThanOrEqual(60)
    const confirm = await screen(page, '#book-confirm').boundingBox()
    expect(confirm!.y).toBeGreaterThan(0)
    expect(confirm!.y + confirm!.height).toBeLessThanOrEqual(844)
    expect(await textOf(screen(page, '#book-bar-when'))).toMatch(/^已选：\d+月\d+日.*\d\d:\d\d–\d\d:\d\d$/)
    await shot(page, 'appt-05-book-elder')
    const lastMaterial = screen(page, '[id^="material-"]').last()
    await lastMaterial.scrollIntoViewIfNeeded()
    await page.evaluate(() => document.querySelector('#page-root')!.closest('.taro_page')!.scrollBy(0, 100_000))
    const [material, bar] = [await lastMaterial.boundingBox(), await screen(page, '#book-bar').boundingBox()]
    expect(material!.y + material!.height).toBeLessThanOrEqual(bar!.y + 1)
    expect(await clippedText(page)).toEqual([])
    await shot(page, 'appt-09-book-elder-materials')
    await screen(page, '#book-confirm').click()
    await page.waitForURL(/pages\/appointments\/detail\/index/)
    await screen(page, '#booking-code').waitFor({ state: 'visible' })
    await screen(page, '#booking-cancel').click()
    await waitForText(screen(page, '#booking-cancel-box'), /确定要取消这个预约吗/)
    await screen(page, '#booking-cancel-confirm').click()
    await waitForText(screen(page, '#booking-status'), /^已取消/)
    await waitForText(screen(page, '#booking-message'), /名额已经让给别人/)
    expect(await screen(page, '#booking-qr').count()).toBe(0)
    await shot(page, 'appt-06-cancelled')
    expectNoPageErrors(page)
    await page.close()
  })
})
