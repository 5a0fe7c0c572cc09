import { consentParamsSchema } from '../../../../src/shared/people'
import { route, type RouteSpec } from '../../lib/routes'
import { addHelpedPerson, addHelpedPersonInput } from './actions/addHelpedPerson'
import { listHelpedPeople } from './actions/listHelpedPeople'
import { revokeConsent, revokeConsentInput } from './actions/revokeConsent'

export const peopleRoutes: readonly RouteSpec[] = [
  route({
    method: 'get',
    path: '/assistant/people',
    summary: '我帮办的群众（手机号、身份证号已打码）',
    tag: 'people',
    access: ['assistant'],
    handler: ({ deps, user }) => listHelpedPeople(deps, user)
  }),
  route({
    method: 'post',
    path: '/assistant/people',
    summary: '登记一位帮办的群众和他的授权（谁同意、怎么同意、什么时候）',
    tag: 'people',
    access: ['assistant'],
    body: addHelpedPersonInput,
    status: 201,
    idempotent: true,
    handler: ({ deps, user, body }) => addHelpedPerson(deps, user, body)
  }),
  route({
    method: 'post',
    path: '/assistant/consents/:consentId/revoke',
    summary: '撤销代办授权',
    tag: 'people',
    access: ['assistant'],
    params: consentParamsSchema,
    body: revokeConsentInput,
    status: 204,
    handler: ({ deps, user, params, body }) => revokeConsent(deps, user, params.consentId, body)
  })
]
