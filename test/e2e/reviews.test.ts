/**
 * 好差评 in the H5 build (Debian Chromium, phone-sized), served with /api by the real backend on a
 * seeded database: a resident opens the window QR deep link of 民政 and rates it 不满意 with a
 * comment; 民政 staff find it first in the rectification queue, verify, act and call back; the
 * resident gets the notice, reads the outcome and rates the rectification; the admin sees it in the
 * statistics.
 */
import type { TownshipOverviewDTO } from '../../src/shared/org'
import { apiAs, browserSession, nextWorkingDay, screen, shot, textOf, waitForText } from '../helpers/e2e'

jest.setTimeout(180_000)

const DAY = nextWorkingDay()
const session = browserSession({ day: DAY, time: '10:00' })
const { signedIn, expectNoPageErrors } = session

describe('好差评 end to end', () => {
  it('window QR → 不满意 with a comment → staff verify, act, call back → the resident reads the outcome and rates it', async () => {
    const resident = await signedIn('resident', /身份：群众/)
    const me = await apiAs<{ townshipId: string }>(resident, '/api/me')
    const overview = await apiAs<TownshipOverviewDTO>(resident, `/api/townships/${me.townshipId}/overview`)
    const minzheng = overview.departments.find((d) => d.name.startsWith('民政'))!
    await resident.goto(`${session.url()}/#/pages/reviews/rate/index?departmentId=${minzheng.id}`)
    await waitForText(screen(resident, '#review-target-title'), new RegExp(minzheng.name))
    await screen(resident, '#review-level-dissatisfied').click()
    await waitForText(screen(resident, '#review-form'), /差评会交给办理单位核实整改/)
    await screen(resident, '#review-efficiency-basic').click()
    await screen(resident, '#review-comment textarea').fill('排队等了一个多小时，窗口只开了一个')
    await shot(resident, 'reviews-01-rate-window')
    await screen(resident, '#review-submit').click()
    await resident.waitForURL(/pages\/reviews\/detail\/index\?id=[0-9a-f]{24}/)
    const reviewId = /id=([0-9a-f]{24})/.exec(resident.url())![1]!
    await waitForText(screen(resident, '#review-message'), /谢谢您的评价/)
    await waitForText(screen(resident, '#review-status'), /待核实/)
    expect(await textOf(screen(resident, '#review-rectification'))).toMatch(/正在核实整改/)
    await shot(resident, 'reviews-02-rated')
    expectNoPageErrors(resident)
    await resident.close()

    const staff = await signedIn('staff', /身份：窗口工作人员/)
    await screen(staff, '#staff-console-entry').click()
    await screen(staff, '#staff-reviews-entry').click()
    await staff.waitForURL(/staff\/pages\/reviews\/index/)
    const row = screen(staff, `#staff-review-${reviewId}`)
    await waitForText(row, /不满意.*待核实/)
    expect(await textOf(row)).toMatch(/整改期限 \d{4}-\d{2}-\d{2}/)
    await shot(staff, 'reviews-03-queue')
    await row.click()
    await staff.waitForURL(/staff\/pages\/reviews\/detail\/index/)
    await waitForText(screen(staff, '#staff-review-comment'), /排队等了一个多小时/)
    await screen(staff, '#staff-review-finding textarea').fill('当天上午只有一人在岗，另一人外出入户')
    await screen(staff, '#staff-review-verify-submit').click()
    await waitForText(screen(staff, '#staff-review-message'), /已核实/)
    await waitForText(screen(staff, '#staff-review-status'), /整改中/)
    await screen(staff, '#staff-review-outcome-rectified').click()
    await screen(staff, '#staff-review-act-text textarea').fill('每周一、周五上午高峰时段开两个窗口，入户改到下午')
    await screen(staff, '#staff-review-act-submit').click()
    await waitForText(screen(staff, '#staff-review-status'), /待回访/)
    await screen(staff, '#staff-review-method-phone').click()
    await screen(staff, '#staff-review-callback-text textarea').fill('电话告知整改措施，群众表示下次再来看看')
    await screen(staff, '#staff-review-callback-submit').click()
    await waitForText(screen(staff, '#staff-review-message'), /已回访/)
    await waitForText(screen(staff, '#staff-review-status'), /待群众评价整改/)
    expect(await textOf(screen(staff, '#staff-review-steps'))).toContain('内部：当天上午只有一人在岗')
    await shot(staff, 'reviews-04-called-back')
    expectNoPageErrors(staff)
    await staff.close()

    const back = await signedIn('resident', /身份：群众/)
    await back.goto(`${session.url()}/#/pages/inbox/index`)
    await waitForText(screen(back, '#inbox-list'), /您的评价已整改回复/, 30_000)
    await shot(back, 'reviews-05-inbox')
    await back.goto(`${session.url()}/#/pages/reviews/detail/index?id=${reviewId}`)
    const outcome = await waitForText(screen(back, '#review-outcome'), /已整改/)
    expect(outcome).toContain('高峰时段开两个窗口')
    expect(await textOf(screen(back, '#review-record'))).not.toContain('外出入户')
    await screen(back, '#review-verdict-level-satisfied').click()
    await shot(back, 'reviews-06-outcome')
    await screen(back, '#review-verdict-submit').click()
    await waitForText(screen(back, '#review-message'), /整改评价已记录/)
    await waitForText(screen(back, '#review-status'), /整改完成/)
    await back.goto(`${session.url()}/#/pages/reviews/mine/index`)
    await waitForText(screen(back, `#review-${reviewId}`), /不满意 · 整改完成/)
    expectNoPageErrors(back)
    await back.close()

    const admin = await signedIn('admin', /身份：中心负责人/)
    await admin.goto(`${session.url()}/#/staff/pages/reviews/stats/index`)
    await waitForText(screen(admin, '#stats-rate'), /满意率 \d+\.\d%/)
    expect(await textOf(screen(admin, '#stats-on-time'))).toMatch(/100\.0%（1 \/ 1）/)
    await screen(admin, '#stats-departments').scrollIntoViewIfNeeded()
    await shot(admin, 'reviews-07-stats')
    expectNoPageErrors(admin)
    await admin.close()
  })
})
