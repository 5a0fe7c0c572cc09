/**
 * The one place the contracts get zod from: `zod/mini`, the tree-shakable functional API
 * (`z.optional(s)`, `s.check(z.trim(), z.maxLength(n))`), so the mini-program ships only the parts
 * its forms use; the server parses with the same schemas and API. Import it as a namespace,
 * `import * as z from './zod'`, which the bundler can tree-shake member by member.
 *
 * The mini-program runtime forbids `new Function`, so zod must run without its JIT before any schema
 * is built. Messages for issues a schema gives no text of its own are zod's English ones, as with the
 * full `zod` import.
 */
import { config, locales, pipe, transform, type core, type ZodMiniPipe, type ZodMiniTransform } from 'zod/mini'

config({ ...locales.en(), jitless: true })

/** Runs `fn` on the raw value, then parses its result with `schema` (zod's `preprocess`, which zod/mini lacks). */
export function preprocess<T extends core.$ZodType>(
  fn: (value: unknown) => unknown,
  schema: T
): ZodMiniPipe<ZodMiniTransform<unknown, unknown>, T> {
  return pipe(transform(fn), schema)
}

export * from 'zod/mini'
