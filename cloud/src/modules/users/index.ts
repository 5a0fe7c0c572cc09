import { defineModule } from '../../lib/module'
import { userModel } from './model'

/** Accounts: residents, assistants, staff and admins, found or created by WeChat identity. */
export const usersModule = defineModule({ name: 'users', models: [userModel], encryptedFields: [{ collection: 'users', fields: ['phoneEncrypted'] }] })
