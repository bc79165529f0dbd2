/**
 * `npm test`: the unit suite, then the browser suite (which builds the app and installs Debian's Chromium when it
 * runs as root and finds none: tests/browser/chromium.ts), each with Vitest's JSON report in test-results/, and one
 * closing line `N passed, N failed` counted from those reports. CI (.ci/run) runs exactly this.
 * `npm test -- <vitest args>` runs one Vitest command with those arguments instead.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const out = resolve(root, 'test-results')
const vitest = resolve(root, 'node_modules/vitest/vitest.mjs')

function run(args: string[]): number {
  const r = spawnSync(process.execPath, [vitest, 'run', ...args], { cwd: root, stdio: 'inherit' })
  return r.status ?? 1
}

const extra = process.argv.slice(2)
if (extra.length) process.exit(run(extra))

mkdirSync(out, { recursive: true })
let passed = 0
let failed = 0
let rc = 0
for (const project of ['unit', 'browser']) {
  const report = resolve(out, `${project}.json`)
  rmSync(report, { force: true })
  // Both suites run whatever the first one gave (`rc ||= run(…)` would skip the second after a failure).
  const code = run(['--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`])
  rc ||= code
  if (!existsSync(report)) {
    console.log(`${project}: no report (the suite did not run)`)
    failed++
    continue
  }
  const r = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number; success: boolean }
  passed += r.numPassedTests
  failed += r.numFailedTests
  // A suite can fail outside any test (a setup error, an unhandled rejection): count it once.
  if (!r.success && r.numFailedTests === 0) failed++
}
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed || rc ? 1 : 0)
