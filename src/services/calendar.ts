import type { CalendarStatusDTO, OfficialScheduleDTO, OfficialScheduleInput } from '../shared/calendar'
import { request } from './http'

/** Whether next year's (from 1 November) or this year's official schedule is known, and the warning to show. */
export function getCalendarStatus(): Promise<CalendarStatusDTO> {
  return request<CalendarStatusDTO>('/api/admin/calendar/status')
}

/** Enters (or replaces) a year's State Council schedule for the admin's township. */
export function enterOfficialSchedule(year: number, input: OfficialScheduleInput): Promise<OfficialScheduleDTO> {
  return request<OfficialScheduleDTO>(`/api/admin/calendar/official/${year}`, { method: 'PUT', body: input })
}
