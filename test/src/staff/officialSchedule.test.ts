import { emptyScheduleForm, scheduleBody } from '../../../src/staff/lib/officialSchedule'

describe('the official schedule form', () => {
  it('sends the festivals filled in, a one-day holiday with its day as both ends, and the make-up lines', () => {
    const form = emptyScheduleForm()
    form.holidays['元旦'] = { from: '2027-01-01', to: '2027-01-03' }
    form.holidays['清明节'] = { from: ' 2027-04-05 ', to: '' }
    form.workdays = '2027-02-20 春节\n\n 2027-10-09 \n'
    expect(scheduleBody(form)).toEqual({
      body: {
        holidays: [
          { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
          { name: '清明节', from: '2027-04-05', to: '2027-04-05' }
        ],
        workdays: [
          { date: '2027-02-20', name: '春节' },
          { date: '2027-10-09', name: '调休' }
        ]
      },
      problem: null
    })
  })

  it('says which make-up line it cannot read', () => {
    const form = emptyScheduleForm()
    form.workdays = '2月20日 春节'
    expect(scheduleBody(form).problem).toBe('调休上班“2月20日 春节”看不懂，请写成“2027-02-20 春节”这样：日期在前，节日在后')
  })
})
