import { defineModule } from '../../lib/module'
import { appointmentJobs } from './jobs'
import { bookingModel, openingTemplateModel, scheduleExceptionModel, slotModel } from './model'
import { appointmentNotices } from './notices'
import { appointmentRoutes } from './routes'

/** Appointments (预约办理): opening templates, slots, race-free booking, check-in, reminders, the staff day view. */
export const appointmentsModule = defineModule({
  name: 'appointments',
  routes: appointmentRoutes,
  models: [openingTemplateModel, scheduleExceptionModel, slotModel, bookingModel],
  jobs: [appointmentJobs],
  notices: appointmentNotices,
  noticeSources: { appointment: { collection: 'appointments' } },
  encryptedFields: [{ collection: 'appointments', fields: ['walkInPhoneEncrypted'] }]
})
