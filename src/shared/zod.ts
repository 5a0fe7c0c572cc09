/**
 * The one place that imports zod. The mini-program runtime forbids `new Function`,
 * so zod must run without its JIT before any schema is built.
 */
import { z } from 'zod'

z.config({ jitless: true })

export { z }
