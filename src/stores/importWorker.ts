/**
 * The import worker (src/workers/import.worker.ts), created on first use: the page starts without it, and it
 * comes only when the import panel reads or checks a sheet. A dead worker (its script failed, an error escaped)
 * rejects what waits (src/workers/client.ts) and is replaced at the next use, so one failure does not end imports.
 */
import { WorkerClient } from '../workers/client.ts'
import type { ImportApi } from '../workers/protocol.ts'

let client: WorkerClient<ImportApi> | null = null

export function importWorker(onDead: (e: Error) => void): WorkerClient<ImportApi> {
  if (client) return client
  const c: WorkerClient<ImportApi> = new WorkerClient<ImportApi>(new Worker(new URL('../workers/import.worker.ts', import.meta.url), { type: 'module' }), 'import worker', (e) => {
    if (client === c) client = null
    onDead(e)
  })
  client = c
  return c
}
