/**
 * A typed client for a worker that `serve`s an Api (src/workers/protocol.ts): `call(method, payload)` resolves with
 * that request's result, a handler's error rejects that request only, and a dead worker (its script failed to
 * load, or an error escaped its handlers: the `error` and `messageerror` events) rejects every pending and every
 * later call and is reported once through `onDead`, so the caller can tell the user.
 *
 * Hand-written (about 60 lines) rather than comlink, which is installed: comlink leaves pending calls unresolved
 * when the worker dies or is terminated (GoogleChromeLabs/comlink#428, #601, open since 2022), which is the bug this
 * client exists to fix, and its proxies would hide the plain request/response types the tests pin.
 */
import type { Api, ProgressOf, WireReply, WireRequest } from './protocol.ts'

/** What the client needs of a Worker (a fake in tests). */
export interface WorkerEndpoint {
  postMessage(message: WireRequest, transfer: Transferable[]): void
  addEventListener(type: 'message', listener: (e: MessageEvent<WireReply>) => void): void
  addEventListener(type: 'error' | 'messageerror', listener: (e: Event) => void): void
  terminate(): void
}

/** The worker is gone: every pending and later call rejects with this. */
export class WorkerGoneError extends Error {}

interface Pending {
  resolve: (value: unknown) => void
  reject: (error: Error) => void
  progress?: (p: unknown) => void
}

export class WorkerClient<A extends Api> {
  private nextId = 0
  private readonly pending = new Map<number, Pending>()
  private gone: WorkerGoneError | null = null

  constructor(
    private readonly worker: WorkerEndpoint,
    /** Names the worker in messages ("routing worker: …"). */
    private readonly name: string,
    private readonly onDead: (error: WorkerGoneError) => void = () => {},
  ) {
    worker.addEventListener('message', (e) => {
      const r = e.data
      const p = this.pending.get(r.id)
      if (!p) return
      if ('progress' in r) return p.progress?.(r.progress)
      this.pending.delete(r.id)
      if (r.ok) p.resolve(r.value)
      else p.reject(new Error(`${name}: ${r.error}`))
    })
    worker.addEventListener('error', (e) => {
      // A script that failed to load fires a plain Event; an uncaught error an ErrorEvent with a message.
      e.preventDefault()
      this.die((e as ErrorEvent).message || 'failed to load or stopped')
    })
    worker.addEventListener('messageerror', () => this.die('a reply could not be read'))
  }

  /** `onProgress` receives what the handler reports while it runs (a long request's rows done, say). */
  call<M extends keyof A & string>(method: M, payload: A[M]['req'], transfer: Transferable[] = [], onProgress?: (p: ProgressOf<A, M>) => void): Promise<A[M]['res']> {
    if (this.gone) return Promise.reject(this.gone)
    const id = ++this.nextId
    return new Promise<A[M]['res']>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, progress: onProgress as ((p: unknown) => void) | undefined })
      this.worker.postMessage({ id, method, payload }, transfer)
    })
  }

  /** Stops the worker on purpose (the caller is done with it): pending calls reject, `onDead` is not called. */
  terminate(): void {
    this.stop(new WorkerGoneError(`${this.name}: terminated`))
  }

  /**
   * Marks the worker dead (also for a failure the caller detects, such as a failed init) and reports it once.
   * An Error (a rejected call's) keeps its message, which already names the worker.
   */
  die(reason: string | Error): void {
    if (this.gone) return
    const error = new WorkerGoneError(reason instanceof Error ? reason.message : `${this.name}: ${reason}`)
    this.stop(error)
    this.onDead(error)
  }

  private stop(error: WorkerGoneError): void {
    if (this.gone) return
    this.gone = error
    this.worker.terminate()
    for (const p of this.pending.values()) p.reject(error)
    this.pending.clear()
  }
}
