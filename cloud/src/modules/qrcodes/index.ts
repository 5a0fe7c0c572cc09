import { defineModule } from '../../lib/module'
import { qrTargetModel, scanDayModel, scanVisitModel } from './model'
import { qrRoutes } from './routes'

/** 码上办: QR codes of the hall, windows, guides, village boards and door plates; scans, sheets, scan-to-check-in. */
export const qrcodesModule = defineModule({
  name: 'qrcodes',
  routes: qrRoutes,
  models: [qrTargetModel, scanDayModel, scanVisitModel]
})
