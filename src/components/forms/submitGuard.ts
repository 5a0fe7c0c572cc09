/** A filled form's content as one comparable string (any JSON value). */
function contentOf(form: unknown): string {
  return JSON.stringify(form ?? null)
}

/**
 * What stands behind a screen's submit buttons: the Idempotency-Key of the filled form and the lock
 * that makes one filled form one write, whatever the taps.
 *
 * - A form is known by its content. The same content keeps its key across taps and retries (one key
 *   per named action when a screen has several buttons); changed content gets new keys.
 * - While a write runs, every tap is refused, synchronously (before any re-render disables a button).
 * - After a write succeeded, taps of that action on the same content stay refused until the content
 *   changes or the screen is shown again after the person left it (then a tap resends the same key,
 *   and the server answers as the first time). A failed write frees the form and keeps its key.
 */
export class SubmitGuard {
  private content: string | null = null
  private keys = new Map<string, string>()
  private sending: string | null = null
  private sent = new Set<string>()

  constructor(private readonly newKey: () => string) {}

  /** True while a write is in flight. */
  get busy(): boolean {
    return this.sending !== null
  }

  /** True while a tap on `form` (for `action`) would be refused. */
  isLocked(form: unknown, action = ''): boolean {
    return this.sending !== null || (this.sent.has(action) && contentOf(form) === this.content)
  }

  /** The key `form` is (or will be) sent with for `action`, e.g. to keep it in a draft. */
  keyFor(form: unknown, action = ''): string {
    this.follow(form)
    let key = this.keys.get(action)
    if (!key) {
      key = this.newKey()
      this.keys.set(action, key)
    }
    return key
  }

  /** Takes over a key kept elsewhere (a restored draft) for this content. */
  adopt(form: unknown, key: string, action = ''): void {
    this.follow(form)
    this.keys.set(action, key)
  }

  /** Starts a write of `form`: its key, or null when the tap must be refused. */
  begin(form: unknown, action = ''): string | null {
    if (this.isLocked(form, action)) return null
    const key = this.keyFor(form, action)
    this.sending = action
    return key
  }

  /** The write has answered; `ok` locks the form (for that action) until it changes. */
  end(ok: boolean): void {
    if (ok && this.sending !== null) this.sent.add(this.sending)
    this.sending = null
  }

  /** The screen is on view again after the person left it: a sent form may be sent again. */
  reshown(): void {
    this.sent.clear()
  }

  private follow(form: unknown): void {
    const content = contentOf(form)
    if (content === this.content) return
    this.content = content
    this.keys.clear()
    this.sent.clear()
  }
}
