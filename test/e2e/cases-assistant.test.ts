/**
 * 代办诉求 in the H5 build (Debian Chromium, phone-sized), served with /api by the real backend on a
 * seeded database: the demo 帮办代办员 陈晓燕 submits a 求助 for 李桂兰 and the page says so; the admin
 * accepts it and assigns it to 民政; 民政 staff ask for more information; the assistant supplies it on
 * the case (still shown as 李桂兰's); staff see it in the whole history and reply; the assistant finds
 * the reply in the timeline and 我的消息. The staff page records the assistant as the submitter and
 * 李桂兰 as the applicant.
 */
import { browserSession, nextWorkingDay, screen, shot, textOf, waitForText } from '../helpers/e2e'

jest.setTimeout(180_000)

const DAY = nextWorkingDay()
const session = browserSession({ day: DAY, time: '09:00' })
const { signedIn, expectNoPageErrors } = session

describe('代办诉求 end to end', () => {
  it('an assistant asks for help for 李桂兰, supplies the information staff ask for, and gets the reply', async () => {
    const words = '李桂兰老人独居，腿脚不便，想申请临时救助和上门送药'
    const assistant = await signedIn('assistant', /身份：帮办代办员/)
    await assistant.goto(`${session.url()}/#/pages/cases/submit/index?type=help`)
    const forLiGuilan = screen(assistant, '#case-for [role="radio"]').filter({ hasText: /李桂兰$/ })
    await forLiGuilan.click()
    expect(await forLiGuilan.getAttribute('aria-checked')).toBe('true')
    expect(await textOf(screen(assistant, '#case-for-section'))).toContain('代 李桂兰 反映，记录里会写明是您代办的')
    expect(await screen(assistant, '#case-type-help').getAttribute('aria-checked')).toBe('true')
    await screen(assistant, '#case-category-social').click()
    await screen(assistant, '#case-text textarea').fill(words)
    await shot(assistant, 'cases-assistant-01-submit')
    await screen(assistant, '#case-submit').click()
    await assistant.waitForURL(/pages\/cases\/detail\/index\?id=[0-9a-f]{24}/)
    const caseId = /id=([0-9a-f]{24})/.exec(assistant.url())![1]!
    await waitForText(screen(assistant, '#case-status'), /^待受理/)
    expect(await textOf(screen(assistant, '#case-head'))).toContain('反映人李桂兰（帮办代办员代为反映）')
    await waitForText(screen(assistant, '#case-timeline'), /提交诉求.*帮办代办员/)
    await shot(assistant, 'cases-assistant-02-submitted')
    expectNoPageErrors(assistant)
    await assistant.close()

    const admin = await signedIn('admin', /身份：中心负责人/)
    await admin.goto(`${session.url()}/#/staff/pages/cases/index`)
    await waitForText(screen(admin, `#staff-case-${caseId}`), /待受理/)
    await screen(admin, `#staff-case-${caseId}`).click()
    await admin.waitForURL(/staff\/pages\/cases\/detail\/index/)
    await screen(admin, '#staff-case-accept').click()
    await waitForText(screen(admin, '#staff-case-status'), /^已受理/)
    await screen(admin, '#staff-case-dept [role="radio"]').filter({ hasText: /^民政$/ }).click()
    await screen(admin, '#staff-case-assign').click()
    await waitForText(screen(admin, '#staff-case-message'), /已派单/)
    await waitForText(screen(admin, '#staff-case-department'), /民政/)
    expectNoPageErrors(admin)
    await admin.close()

    const staff = await signedIn('staff', /身份：窗口工作人员/)
    await staff.goto(`${session.url()}/#/staff/pages/cases/index`)
    await waitForText(screen(staff, `#staff-case-${caseId}`), /办理中/)
    await screen(staff, `#staff-case-${caseId}`).click()
    await staff.waitForURL(/staff\/pages\/cases\/detail\/index/)
    const head = await textOf(screen(staff, '#staff-case-head'))
    expect(head).toContain('反映人李桂兰（帮办代办员代为反映）')
    const submitted = await waitForText(screen(staff, '#staff-case-timeline'), /提交诉求.*陈晓燕（帮办代办员）/)
    expect(submitted).not.toMatch(/李桂兰（/)
    await screen(staff, '#staff-case-question textarea').fill('请补充老人目前每月收入和常用药的名称')
    await screen(staff, '#staff-case-request-info').click()
    await waitForText(screen(staff, '#staff-case-message'), /已请群众补充/)
    await waitForText(screen(staff, '#staff-case-status'), /^待补充/)
    await shot(staff, 'cases-assistant-03-staff-asked')
    expectNoPageErrors(staff)
    await staff.close()

    const helper = await signedIn('assistant', /身份：帮办代办员/)
    await helper.goto(`${session.url()}/#/pages/cases/mine/index`)
    await waitForText(screen(helper, `#case-${caseId}`), /待补充/)
    await screen(helper, `#case-${caseId}`).click()
    await helper.waitForURL(/pages\/cases\/detail\/index/)
    expect(await textOf(screen(helper, '#case-question'))).toContain('工作人员问：请补充老人目前每月收入和常用药的名称')
    expect(await textOf(screen(helper, '#case-head'))).toContain('反映人李桂兰（帮办代办员代为反映）')
    await screen(helper, '#case-supply-text textarea').fill('每月养老金 180 元，常用药是硝苯地平缓释片')
    await shot(helper, 'cases-assistant-04-supply')
    await screen(helper, '#case-supply-submit').click()
    await waitForText(screen(helper, '#case-message'), /已补充，继续为您办理/)
    await waitForText(screen(helper, '#case-timeline'), /硝苯地平缓释片/)
    expect(await screen(helper, '#case-supply').count()).toBe(0)
    expectNoPageErrors(helper)
    await helper.close()

    const again = await signedIn('staff', /身份：窗口工作人员/)
    await again.goto(`${session.url()}/#/staff/pages/cases/detail/index?id=${caseId}`)
    const history = await waitForText(screen(again, '#staff-case-timeline'), /每月养老金 180 元，常用药是硝苯地平缓释片/)
    expect(history).toMatch(/请补充老人目前每月收入/)
    await waitForText(screen(again, '#staff-case-status'), /^办理中/)
    await screen(again, '#staff-case-reply-text textarea').fill('已为李桂兰老人办理临时救助，村医每周二上门送药。')
    await screen(again, '#staff-case-reply').click()
    await waitForText(screen(again, '#staff-case-message'), /已答复/)
    await waitForText(screen(again, '#staff-case-status'), /^已答复/)
    await shot(again, 'cases-assistant-05-staff-replied')
    expectNoPageErrors(again)
    await again.close()

    const back = await signedIn('assistant', /身份：帮办代办员/)
    await back.goto(`${session.url()}/#/pages/inbox/index`)
    const inbox = await waitForText(screen(back, '#inbox-list'), /诉求已答复/, 30_000)
    expect(inbox).toContain('【您代李桂兰办理】您的诉求')
    expect(inbox).toContain('请补充诉求材料')
    await shot(back, 'cases-assistant-06-inbox')
    await back.goto(`${session.url()}/#/pages/cases/detail/index?id=${caseId}`)
    const timeline = await waitForText(screen(back, '#case-timeline'), /村医每周二上门送药/)
    expect(timeline).toContain('硝苯地平缓释片')
    expect(await textOf(screen(back, '#case-reply'))).toContain('已为李桂兰老人办理临时救助')
    await shot(back, 'cases-assistant-07-reply')
    expectNoPageErrors(back)
    await back.close()
  })
})
