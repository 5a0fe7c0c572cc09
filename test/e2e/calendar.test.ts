/**
 * The last day of 2026 in the H5 build: chinese-days stops at 2026-12-31, so a complaint filed today
 * gets a deadline in 2027 that is marked provisional. The admin sees the warning on the console's
 * home, reads the complaint with the call-back phone masked until asked for (the read is audited),
 * and enters the 2027 schedule in one form. (The schedule typed here is test input, not the real
 * 2027 arrangement.)
 */
import { browserSession, screen, shot, textOf, waitForText } from '../helpers/e2e'

jest.setTimeout(180_000)

const session = browserSession({ day: '2026-12-31', time: '09:00' })
const { signedIn, expectNoPageErrors } = session

describe('the 2027 calendar', () => {
  it('marks a deadline in 2027 provisional until the admin enters the year’s schedule', async () => {
    const resident = await signedIn('resident', /身份：群众/)
    await resident.goto(`${session.url()}/#/pages/cases/submit/index?type=complaint`)
    await screen(resident, '#case-category-social').click()
    await screen(resident, '#case-text textarea').fill('村里自来水停了三天，没有人通知，老人做饭都难')
    await screen(resident, '#case-contact-phone').click()
    await screen(resident, '#case-phone input').fill('13912345678')
    await screen(resident, '#case-submit').click()
    await resident.waitForURL(/pages\/cases\/detail\/index\?id=[0-9a-f]{24}/)
    const caseId = /id=([0-9a-f]{24})/.exec(resident.url())![1]!
    expectNoPageErrors(resident)
    await resident.close()

    const admin = await signedIn('admin', /身份：中心负责人/)
    await admin.goto(`${session.url()}/#/staff/pages/index/index`)
    await waitForText(screen(admin, '#staff-calendar-warning'), /2027年法定节假日安排尚未录入/)
    await shot(admin, 'calendar-01-admin-warning')

    await admin.goto(`${session.url()}/#/staff/pages/cases/detail/index?id=${caseId}`)
    await waitForText(screen(admin, '#staff-case-due'), /2027年节假日安排未录入，期限可能调整/)
    expect(await textOf(screen(admin, '#staff-case-contact'))).toContain('139****5678')
    await screen(admin, '#staff-case-reveal-phone').click()
    await waitForText(screen(admin, '#staff-case-contact'), /13912345678/)
    await shot(admin, 'calendar-02-case-provisional')

    await admin.goto(`${session.url()}/#/staff/pages/index/index`)
    await screen(admin, '#staff-calendar-entry').click()
    await admin.waitForURL(/staff\/pages\/calendar\/index/)
    await waitForText(screen(admin, '#calendar-status-text'), /尚未录入/)
    await screen(admin, '#calendar-0-from input').fill('2027-01-01')
    await screen(admin, '#calendar-0-to input').fill('2027-01-03')
    await screen(admin, '#calendar-1-from input').fill('2027-02-06')
    await screen(admin, '#calendar-1-to input').fill('2027-02-13')
    await screen(admin, '#calendar-workdays-text textarea').fill('2027-02-20 春节')
    await shot(admin, 'calendar-03-form')
    await screen(admin, '#calendar-save').click()
    await waitForText(screen(admin, '#calendar-message'), /已录入 2027 年安排：放假 11 天，调休上班 1 天/)
    await waitForText(screen(admin, '#calendar-status-text'), /2027 年的安排已知/)
    await shot(admin, 'calendar-04-entered')
    expectNoPageErrors(admin)
    await admin.close()
  })
})
