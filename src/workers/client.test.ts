import { describe, expect, it, vi } from 'vitest'
import { WorkerClient, WorkerGoneError, type WorkerEndpoint } from './client.ts'
import type { Api, WireReply, WireRequest } from './protocol.ts'
import { serve, transfer, type WorkerScope } from './serve.ts'

type TestApi = {
  double: { req: number; res: number }
  fail: { req: string; res: never }
  slow: { req: number; res: number }
  bytes: { req: number; res: Uint8Array }
  count: { req: number; res: string; progress: number }
}

/**
 * A fake worker: requests go to `serve` in the same thread through a pair of fake ports, asynchronously as
 * postMessage delivers them. `crash()` fires the error event a worker fires when its script fails (a plain Event)
 * or throws (an ErrorEvent with a message; Node has no ErrorEvent, so an Event given a message).
 */
function createFakeWorker(): { endpoint: WorkerEndpoint; crash: (message?: string) => void; terminated: () => boolean; transfers: Transferable[][] } {
  const pageListeners: Record<string, ((e: Event) => void)[]> = {}
  const workerListeners: ((e: MessageEvent<WireRequest>) => void)[] = []
  const slow: (() => void)[] = []
  let terminated = false
  const transfers: Transferable[][] = []
  const scope: WorkerScope = {
    postMessage: (message: WireReply, t: Transferable[]) => {
      transfers.push(t)
      queueMicrotask(() => {
        if (!terminated) for (const l of pageListeners.message ?? []) l(new MessageEvent('message', { data: message }))
      })
    },
    addEventListener: (_type, l) => workerListeners.push(l),
  }
  serve<TestApi>(scope, {
    double: (n) => 2 * n,
    fail: (why) => {
      throw new Error(why)
    },
    // Answers only when released: a request still pending when the worker dies.
    slow: (n) => new Promise<number>((ok) => slow.push(() => ok(n))),
    bytes: (n) => {
      const b = new Uint8Array(n)
      return transfer(b, [b.buffer])
    },
    count: (n, progress) => {
      for (let i = 1; i <= n; i++) progress(i)
      return 'done'
    },
  })
  const endpoint: WorkerEndpoint = {
    postMessage: (message) => queueMicrotask(() => workerListeners.forEach((l) => l(new MessageEvent('message', { data: message })))),
    addEventListener: (type: string, l: (e: never) => void) => (pageListeners[type] ??= []).push(l as (e: Event) => void),
    terminate: () => void (terminated = true),
  }
  return {
    endpoint,
    crash: (message) => (pageListeners.error ?? []).forEach((l) => l(Object.assign(new Event('error', { cancelable: true }), message === undefined ? {} : { message }))),
    terminated: () => terminated,
    transfers,
  }
}

describe('WorkerClient', () => {
  it('resolves each request with its own result, whatever the order', async () => {
    const w = createFakeWorker()
    const client = new WorkerClient<TestApi>(w.endpoint, 'test worker')
    await expect(Promise.all([client.call('double', 1), client.call('double', 21), client.call('double', -3)])).resolves.toEqual([2, 42, -6])
  })

  it('rejects only the request whose handler failed, with its message and the worker named', async () => {
    const w = createFakeWorker()
    const client = new WorkerClient<TestApi>(w.endpoint, 'test worker')
    const [ok1, bad, ok2] = await Promise.allSettled([client.call('double', 2), client.call('fail', 'no graph'), client.call('double', 3)])
    expect(ok1).toEqual({ status: 'fulfilled', value: 4 })
    expect(bad).toMatchObject({ status: 'rejected', reason: new Error('test worker: no graph') })
    expect(ok2).toEqual({ status: 'fulfilled', value: 6 })
    // A handler's error leaves the worker alive.
    await expect(client.call('double', 5)).resolves.toBe(10)
    expect(w.terminated()).toBe(false)
  })

  it.each([
    ['an uncaught error', 'boom', 'test worker: boom'],
    ['a script that failed to load', undefined, 'test worker: failed to load or stopped'],
  ])('a dead worker (%s) rejects every pending and later request and is reported once', async (_, message, expected) => {
    const w = createFakeWorker()
    const onDead = vi.fn()
    const client = new WorkerClient<TestApi>(w.endpoint, 'test worker', onDead)
    const pending = [client.call('slow', 1), client.call('slow', 2)]
    await new Promise((ok) => setTimeout(ok, 0))
    w.crash(message)
    w.crash(message)
    for (const p of pending) await expect(p).rejects.toEqual(new WorkerGoneError(expected))
    await expect(client.call('double', 1)).rejects.toBeInstanceOf(WorkerGoneError)
    expect(onDead).toHaveBeenCalledTimes(1)
    expect(onDead.mock.calls[0][0].message).toBe(expected)
    expect(w.terminated()).toBe(true)
  })

  it('die() on a failure the caller found (a failed init) rejects pending requests with that message', async () => {
    const w = createFakeWorker()
    const onDead = vi.fn()
    const client = new WorkerClient<TestApi>(w.endpoint, 'test worker', onDead)
    const pending = client.call('slow', 1)
    const init = await client.call('fail', 'data/network.json: HTTP 404').catch((e: Error) => e)
    client.die(init as Error)
    await expect(pending).rejects.toThrow('test worker: data/network.json: HTTP 404')
    expect(onDead).toHaveBeenCalledWith(new WorkerGoneError('test worker: data/network.json: HTTP 404'))
  })

  it('terminate() rejects pending requests without reporting a failure', async () => {
    const w = createFakeWorker()
    const onDead = vi.fn()
    const client = new WorkerClient<TestApi>(w.endpoint, 'test worker', onDead)
    const pending = client.call('slow', 1)
    client.terminate()
    await expect(pending).rejects.toThrow('test worker: terminated')
    expect(onDead).not.toHaveBeenCalled()
  })

  it('moves the buffers a handler marks with transfer()', async () => {
    const w = createFakeWorker()
    const client = new WorkerClient<TestApi>(w.endpoint, 'test worker')
    const b = await client.call('bytes', 8)
    expect(b).toBeInstanceOf(Uint8Array)
    expect(b.length).toBe(8)
    expect(w.transfers.at(-1)).toEqual([b.buffer])
  })

  it('passes progress reports to that request only, in order, before its reply', async () => {
    const w = createFakeWorker()
    const client = new WorkerClient<TestApi>(w.endpoint, 'test worker')
    const seen: string[] = []
    const other: number[] = []
    const [a] = await Promise.all([
      client.call('count', 3, [], (p) => seen.push(`progress ${p}`)).then((r) => (seen.push(r), r)),
      client.call('count', 2, [], (p) => other.push(p)),
      // Without a listener, progress is dropped and the reply still settles the call.
      client.call('count', 2),
    ])
    expect(a).toBe('done')
    expect(seen).toEqual(['progress 1', 'progress 2', 'progress 3', 'done'])
    expect(other).toEqual([1, 2])
  })

  it('answers an unknown method with an error naming it', async () => {
    const w = createFakeWorker()
    const client = new WorkerClient<Api>(w.endpoint, 'test worker')
    await expect(client.call('nope', null)).rejects.toThrow('test worker: unknown method "nope"')
  })
})
