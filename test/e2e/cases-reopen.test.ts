/**
 * 诉求, second round, in the H5 build: a resident answers a reply with "没有解决"; a second resident
 * typing the same complaint is shown it and follows it ("这是我的问题") instead of filing; 民政 staff
 * see it flagged 重新办理 with its follower and reply again; the follower is told, and the first
 * resident confirms.
 */
import { browserSession, nextWorkingDay, screen, shot, textOf, waitForText } from '../helpers/e2e'

jest.setTimeout(180_000)

const ME = '/#/pages/me/index'

const session = browserSession({ day: nextWorkingDay(), time: '09:00' })
const { signedIn, expectNoPageErrors } = session

describe('诉求: not solved, reopened, followed instead of filed twice', () => {
  it('没有解决 → 重新办理 → answered again → confirmed; a neighbour follows the case instead of filing it again', async () => {
    const first = await signedIn('resident', /身份：群众/)
    await first.goto(`${session.url()}/#/pages/cases/submit/index?type=complaint`)
    await screen(first, '#case-category-social').click()
    await screen(first, '#case-village [role="radio"]').nth(1).click()
    await screen(first, '#case-text textarea').fill('村口的路灯坏了一个月，晚上老人出门看不见路')
    await screen(first, '#case-submit').click()
    await first.waitForURL(/pages\/cases\/detail\/index\?id=[0-9a-f]{24}/)
    const caseId = /id=([0-9a-f]{24})/.exec(first.url())![1]!
    await waitForText(screen(first, '#case-status'), /^待受理/)
    await first.close()

    // One browser context: each person signs in after the one before has left.
    const staff = await signedIn('staff', /身份：窗口工作人员/)
    await staff.goto(`${session.url()}/#/staff/pages/cases/detail/index?id=${caseId}`)
    await screen(staff, '#staff-case-accept').click()
    await waitForText(screen(staff, '#staff-case-message'), /已受理/)
    await screen(staff, '#staff-case-reply-text textarea').fill('已安排电工更换灯泡，路灯已恢复。')
    await screen(staff, '#staff-case-reply').click()
    await waitForText(screen(staff, '#staff-case-status'), /^已答复/)
    await staff.close()

    const again = await signedIn('resident', /身份：群众/)
    await again.goto(`${session.url()}/#/pages/cases/detail/index?id=${caseId}`)
    await waitForText(screen(again, '#case-confirm-box'), /问题解决了吗/)
    await screen(again, '#case-reopen-reason textarea').fill('换了灯泡第二天又不亮了，应该是线路的问题')
    await shot(again, 'cases2-01-not-solved')
    await screen(again, '#case-reopen').click()
    await waitForText(screen(again, '#case-message'), /已退回重新办理/)
    await waitForText(screen(again, '#case-status'), /^办理中/)
    expect(await textOf(screen(again, '#case-timeline'))).toContain('换了灯泡第二天又不亮了')
    await screen(again, '#case-follow-up').waitFor({ state: 'visible' })
    await shot(again, 'cases2-02-reopened')
    expectNoPageErrors(again)
    await again.close()

    const neighbour = await session.freshPage(ME)
    await screen(neighbour, '[id^="dev-login-person-"]').filter({ hasText: '周志强' }).click()
    await waitForText(screen(neighbour, '#me-name'), /周志强/)
    await neighbour.goto(`${session.url()}/#/pages/cases/submit/index?type=complaint`)
    await screen(neighbour, '#case-category-social').click()
    await screen(neighbour, '#case-village [role="radio"]').nth(1).click()
    await screen(neighbour, '#case-text textarea').fill('村口路灯不亮，晚上看不见路')
    const similar = screen(neighbour, `#case-similar-${caseId}`)
    await waitForText(similar, /村口的路灯坏了一个月/)
    await shot(neighbour, 'cases2-03-similar')
    await screen(neighbour, `#case-similar-${caseId}-follow`).click()
    await waitForText(screen(neighbour, '#case-message'), /已关注.*不用再提交/)
    await waitForText(similar, /已关注这件问题/)
    await shot(neighbour, 'cases2-04-followed')
    expectNoPageErrors(neighbour)
    await neighbour.close()

    const clerk = await signedIn('staff', /身份：窗口工作人员/)
    await clerk.goto(`${session.url()}/#/staff/pages/cases/index`)
    const row = screen(clerk, `#staff-case-${caseId}`)
    await waitForText(row, /【重新办理】.*1 位群众也反映了这个问题/)
    await shot(clerk, 'cases2-05-queue-reopened')
    await row.click()
    await clerk.waitForURL(/staff\/pages\/cases\/detail\/index/)
    await waitForText(screen(clerk, '#staff-case-flags'), /重新办理 第 1 次/)
    expect(await textOf(screen(clerk, '#staff-case-followers'))).toContain('另有 1 位群众关注')
    expect(await textOf(screen(clerk, '#staff-case-timeline'))).toContain('换了灯泡第二天又不亮了')
    await screen(clerk, '#staff-case-reply-text textarea').fill('电工检查发现线路老化，已整段更换，连续三晚正常。')
    await screen(clerk, '#staff-case-reply').click()
    await waitForText(screen(clerk, '#staff-case-status'), /^已答复/)
    await shot(clerk, 'cases2-06-answered-again')
    expectNoPageErrors(clerk)
    await clerk.close()

    const told = await session.freshPage(ME)
    await screen(told, '[id^="dev-login-person-"]').filter({ hasText: '周志强' }).click()
    await waitForText(screen(told, '#me-name'), /周志强/)
    await told.goto(`${session.url()}/#/pages/inbox/index`)
    await waitForText(screen(told, '#inbox-list'), /您关注的诉求已答复/, 30_000)
    await shot(told, 'cases2-07-follower-told')
    await told.close()

    const back = await signedIn('resident', /身份：群众/)
    await back.goto(`${session.url()}/#/pages/cases/detail/index?id=${caseId}`)
    expect(await textOf(screen(back, '#case-reply'))).toContain('线路老化')
    await screen(back, '#case-confirm').click()
    await waitForText(screen(back, '#case-status'), /^已办结/)
    await shot(back, 'cases2-08-confirmed')
    expectNoPageErrors(back)
    await back.close()
  })
})
