/**
 * The worker side of src/workers/client.ts: answers each request with its handler's result, or with its error
 * message, under the request's id. Handlers may return `transfer(value, buffers)` to move typed arrays instead of
 * copying them. A long handler may report progress (its second argument) as often as it likes; each report reaches
 * the caller's `onProgress` before the reply.
 */
import type { Api, ProgressOf, WireReply, WireRequest } from './protocol.ts'

const TRANSFER = Symbol('transfer')
interface Transferring<T> {
  [TRANSFER]: Transferable[]
  value: T
}

/** A result whose `buffers` are moved to the page, not copied. */
export function transfer<T>(value: T, buffers: Transferable[]): Transferring<T> {
  return { [TRANSFER]: buffers, value }
}

export type Handlers<A extends Api> = {
  [M in keyof A]: (payload: A[M]['req'], progress: (p: ProgressOf<A, M>) => void) => A[M]['res'] | Transferring<A[M]['res']> | Promise<A[M]['res'] | Transferring<A[M]['res']>>
}

/** What `serve` needs of the worker's global scope. */
export interface WorkerScope {
  postMessage(message: WireReply, transfer: Transferable[]): void
  addEventListener(type: 'message', listener: (e: MessageEvent<WireRequest>) => void): void
}

export function serve<A extends Api>(scope: WorkerScope, handlers: Handlers<A>): void {
  scope.addEventListener('message', async (e) => {
    const { id, method, payload } = e.data
    try {
      const handler = (handlers as Record<string, ((p: unknown, progress: (x: unknown) => void) => unknown) | undefined>)[method]
      if (!handler) throw new Error(`unknown method "${method}"`)
      const out = await handler(payload, (progress) => scope.postMessage({ id, progress }, []))
      const moved = typeof out === 'object' && out !== null && TRANSFER in out ? (out as Transferring<unknown>) : null
      scope.postMessage({ id, ok: true, value: moved ? moved.value : out }, moved ? moved[TRANSFER] : [])
    } catch (err) {
      scope.postMessage({ id, ok: false, error: err instanceof Error ? err.message : String(err) }, [])
    }
  })
}
