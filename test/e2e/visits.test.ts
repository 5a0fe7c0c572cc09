/**
 * 码上办 and 上门服务 in the H5 build (Debian Chromium, phone-sized), served with /api by the real
 * backend on a seeded database, one walk through the whole flow: the admin prints 桐山村's door
 * plates; the resident 李秀英 scans the hall's code on arrival and checks in today's booking, then
 * opens her door plate's deep link, and the case form comes with her address filled in; she asks for
 * help; the admin accepts it and dispatches the 志愿者 刘建国 (suggested first); he sees the village
 * but no address until he accepts and sets a time, then records the visit; she sees who came and
 * what was done, confirms and rates it.
 */
import type { Page } from 'playwright-core'
import type { Page as ListPage } from '../../src/shared/common'
import type { QrTargetDTO } from '../../src/shared/qrcodes'
import { apiAs, browserSession, nextWorkingDay, screen, seriousA11yProblems, shot, textOf, waitForText } from '../helpers/e2e'

jest.setTimeout(240_000)

const DAY = nextWorkingDay()
const session = browserSession({ day: DAY, time: '09:00' })
const { signedIn, expectNoPageErrors } = session

/** The browser's clock on the server's (the backend runs on a fixed clock; the pickers read the phone's). */
async function onServerTime(page: Page): Promise<void> {
  await page.clock.setSystemTime(new Date(`${DAY}T09:05:00+08:00`))
}

/** Signs in as a demo person who is not the first of their role. */
async function signedInAs(name: string, role: string, label: RegExp): Promise<Page> {
  const page = await session.freshPage('/#/pages/me/index')
  await screen(page, '#dev-people button').filter({ hasText: `${role}：${name}` }).click()
  await waitForText(screen(page, '#me-role'), label)
  return page
}

describe('码上办 and 上门服务 end to end', () => {
  it('door plate → prefilled help request → dispatch → the volunteer accepts and records the visit → the resident confirms', async () => {
    const admin = await signedIn('admin', /身份：中心负责人/)
    await onServerTime(admin)
    const plates = await apiAs<ListPage<QrTargetDTO>>(admin, '/api/staff/qr/targets?kind=doorplate&pageSize=100')
    const plate = plates.items.find((t) => t.title.startsWith('桐山村一组8号'))!
    const hall = (await apiAs<ListPage<QrTargetDTO>>(admin, '/api/staff/qr/targets?kind=hall')).items[0]!
    const poster = (await apiAs<ListPage<QrTargetDTO>>(admin, '/api/staff/qr/targets?kind=guide')).items.find((t) => t.title.includes('住院'))!
    await admin.goto(`${session.url()}/#/staff/pages/index/index`)
    await screen(admin, '#staff-qrcodes-entry').scrollIntoViewIfNeeded()
    await shot(admin, 'visits-00-staff-home')
    await screen(admin, '#staff-qrcodes-entry').click()
    await admin.waitForURL(/staff\/pages\/qrcodes\/index/)
    await waitForText(screen(admin, '#qr-list'), /桐山村一组8号（李秀英）/)
    await screen(admin, '#qr-print-village [role="radio"]').filter({ hasText: /^桐山村$/ }).click()
    await screen(admin, '#qr-print-doorplates').click()
    await waitForText(screen(admin, '#qr-message'), /已生成打印文件“桐山村智慧门牌.pdf”：7 个码，共 2 页 A4/)
    await shot(admin, 'visits-01-staff-qrcodes')
    expect(await seriousA11yProblems(admin)).toEqual([])
    await screen(admin, `#qr-retire-${poster.id}`).click()
    await screen(admin, '#qr-retire-reason textarea').fill('指南改版，请扫窗口上的新码')
    await screen(admin, '#qr-retire-submit').click()
    await waitForText(screen(admin, '#qr-message'), /已停用“.*住院.*”，扫到旧码会提示改去乡镇首页/)
    expectNoPageErrors(admin)
    await admin.close()

    const resident = await signedIn('resident', /身份：群众/)
    await onServerTime(resident)
    await resident.goto(`${session.url()}/#/pages/scan/index?scene=${encodeURIComponent(hall.scene)}`)
    const checkIn = screen(resident, '#scan-checkin')
    await waitForText(checkIn, /14:30 高龄津贴/)
    await shot(resident, 'visits-02-hall-checkin')
    await checkIn.locator('[id^="scan-checkin-"]').first().click()
    await waitForText(screen(resident, '#scan-message'), /已签到：14:30/)

    await resident.goto(`${session.url()}/#/pages/scan/index?scene=${encodeURIComponent(poster.scene)}`)
    await resident.waitForURL(/pages\/scan\/retired\/index/)
    await waitForText(screen(resident, '#scan-retired-reason'), /指南改版，请扫窗口上的新码/)
    expect(await textOf(screen(resident, '#scan-retired-instead'))).toContain('新界埠镇便民服务中心首页')
    await shot(resident, 'visits-02b-retired')

    await resident.goto(`${session.url()}/#/pages/scan/index?scene=${encodeURIComponent(plate.scene)}`)
    await waitForText(screen(resident, '#scan-address'), /^新界埠镇桐山村一组8号$/)
    expect(await textOf(screen(resident, '#scan-grid-workers'))).toContain('网格员 陈晓燕')
    await shot(resident, 'visits-03-doorplate')
    expect(await seriousA11yProblems(resident)).toEqual([])
    await screen(resident, '#scan-help').click()
    await resident.waitForURL(/pages\/cases\/submit\/index\?type=help/)
    await waitForText(screen(resident, '#case-message'), /已按门牌填好地址：新界埠镇桐山村一组8号/)
    expect(await screen(resident, '#case-location input').inputValue()).toBe('新界埠镇桐山村一组8号')
    expect(await screen(resident, '#case-type-help').getAttribute('aria-checked')).toBe('true')
    await waitForText(screen(resident, '#case-village [aria-checked="true"]'), /桐山村/)
    await screen(resident, '#case-category-elderly').click()
    await screen(resident, '#case-text textarea').fill('老伴摔伤了腿，想请人上门帮忙申请临时救助')
    await shot(resident, 'visits-04-prefilled-form')
    await screen(resident, '#case-submit').click()
    await resident.waitForURL(/pages\/cases\/detail\/index\?id=[0-9a-f]{24}/)
    const caseId = /id=([0-9a-f]{24})/.exec(resident.url())![1]!
    await waitForText(screen(resident, '#case-status'), /^待受理/)
    expectNoPageErrors(resident)
    await resident.close()

    const dispatcher = await signedIn('admin', /身份：中心负责人/)
    await dispatcher.goto(`${session.url()}/#/staff/pages/cases/detail/index?id=${caseId}`)
    await screen(dispatcher, '#staff-case-accept').click()
    await waitForText(screen(dispatcher, '#staff-case-status'), /^已受理/)
    await dispatcher.goto(`${session.url()}/#/staff/pages/visits/index`)
    await waitForText(screen(dispatcher, '#visit-waiting'), /老伴摔伤了腿.*还没有派单/)
    expect(await textOf(screen(dispatcher, '#visit-waiting'))).toContain('家里水管漏水请人上门看看')
    await shot(dispatcher, 'visits-04b-queue')
    await dispatcher.goto(`${session.url()}/#/staff/pages/cases/detail/index?id=${caseId}`)
    await screen(dispatcher, '#staff-case-visit-box').scrollIntoViewIfNeeded()
    await shot(dispatcher, 'visits-04c-staff-case')
    await screen(dispatcher, '#staff-case-dispatch').click()
    await dispatcher.waitForURL(/staff\/pages\/visits\/dispatch\/index/)
    const chips = screen(dispatcher, '#dispatch-volunteer [role="radio"]')
    await waitForText(chips.first(), /刘建国（志愿者 · 桐山村 · 手上 0 单）|陈晓燕（网格员 · 桐山村 · 手上 0 单）/)
    await chips.filter({ hasText: /^刘建国/ }).click()
    await shot(dispatcher, 'visits-05-dispatch')
    await screen(dispatcher, '#dispatch-submit').click()
    await waitForText(screen(dispatcher, '#dispatch-message'), /已派给刘建国/)
    await waitForText(screen(dispatcher, '#dispatch-status'), /待志愿者接单/)
    await dispatcher.goto(`${session.url()}/#/staff/pages/volunteers/index`)
    await screen(dispatcher, '#volunteers-status-approved').click()
    await waitForText(screen(dispatcher), /刘建国 · 志愿者.*陈晓燕 · 网格员|陈晓燕 · 网格员.*刘建国 · 志愿者/)
    await shot(dispatcher, 'visits-05b-volunteers')
    expectNoPageErrors(dispatcher)
    await dispatcher.close()

    const volunteer = await signedInAs('刘建国', '群众', /身份：群众/)
    await onServerTime(volunteer)
    await screen(volunteer, '#volunteer-entry').scrollIntoViewIfNeeded()
    await shot(volunteer, 'visits-05c-me')
    await screen(volunteer, '#volunteer-entry').click()
    await volunteer.waitForURL(/pages\/volunteer\/orders\/index/)
    await waitForText(screen(volunteer, `#order-${caseId}`), /桐山村 · 老伴摔伤了腿.*待志愿者接单/)
    await shot(volunteer, 'visits-05d-orders')
    await screen(volunteer, `#order-${caseId}`).click()
    await volunteer.waitForURL(/pages\/volunteer\/order\/index/)
    await waitForText(screen(volunteer, '#order-status'), /待志愿者接单/)
    expect(await screen(volunteer, '#order-where').count()).toBe(0)
    expect(await textOf(screen(volunteer, '#order-head'))).not.toContain('一组8号')
    await screen(volunteer, `[id="order-plan-day-${DAY}"]`).click()
    await screen(volunteer, '[id="order-plan-time-10:00"]').click()
    await shot(volunteer, 'visits-06-offer')
    await screen(volunteer, '#order-accept').click()
    await waitForText(screen(volunteer, '#order-message'), /已接单/)
    await waitForText(screen(volunteer, '#order-address'), /新界埠镇桐山村一组8号/)
    await screen(volunteer, `[id="order-visited-day-${DAY}"]`).click()
    await screen(volunteer, '[id="order-visited-time-09:00"]').click()
    await screen(volunteer, '#order-visit-text textarea').fill('帮老人填好临时救助申请表，照片和材料已交村委会')
    await shot(volunteer, 'visits-07-record')
    await screen(volunteer, '#order-visit-submit').click()
    await waitForText(screen(volunteer, '#order-message'), /已记录上门服务/)
    expect(await screen(volunteer, '#order-where').count()).toBe(0)
    await volunteer.goto(`${session.url()}/#/pages/volunteer/register/index`)
    await waitForText(screen(volunteer, '#volunteer-status-label'), /已通过/)
    await shot(volunteer, 'visits-07b-registration')
    expectNoPageErrors(volunteer)
    await volunteer.close()

    const back = await signedIn('resident', /身份：群众/)
    await back.goto(`${session.url()}/#/pages/cases/detail/index?id=${caseId}`)
    await waitForText(screen(back, '#case-visit-who'), /志愿者 刘建国/)
    await waitForText(screen(back, '#case-visit-record'), /帮老人填好临时救助申请表/)
    await waitForText(screen(back, '#case-timeline'), /上门服务.*志愿者刘建国/)
    await shot(back, 'visits-08-resident-visit')
    await screen(back, '#case-confirm').click()
    await waitForText(screen(back, '#case-status'), /^已办结/)
    await screen(back, '#case-rate-level-5').click()
    await screen(back, '#case-rate-submit').click()
    await waitForText(screen(back, '#case-message'), /谢谢您的评价/)
    expectNoPageErrors(back)
    await back.close()
  })
})
