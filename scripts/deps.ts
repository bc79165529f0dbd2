/**
 * `npm run deps`: a dependency review that runs on these machines, where `npm audit` cannot (the registry answers
 * 405 for the advisories endpoint). From package-lock.json it lists what ships to users (non-dev packages) by licence,
 * fails on a licence outside the allow-list unless it was reviewed below, and reports packages installed in more
 * than one version (weight, and two copies of one library's state). `npm run lint` runs it with --check.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

/** Permissive licences (SPDX ids) acceptable for code shipped in the app or the CLI. */
const ALLOWED = new Set(['MIT', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', '0BSD', 'BlueOak-1.0.0', 'Unlicense', 'CC0-1.0', 'Zlib', 'MIT/X11'])

/** Packages whose licence field is missing or odd, read by a person: why each is acceptable. */
const REVIEWED: Record<string, string> = {
  buffers: 'no licence field; its README says MIT/X11 (exceljs → unzipper → binary → buffers)',
  'splaytree-ts': 'declares "BDS-3-Clause", a typo of BSD-3-Clause (its LICENSE file)',
}

interface LockPackage {
  version?: string
  license?: string
  dev?: boolean
  devOptional?: boolean
}

/** SPDX expression: acceptable when every AND part, or any OR part, is allowed. */
export function licenceOk(expr: string): boolean {
  const e = expr.replace(/^\((.*)\)$/, '$1').trim()
  if (/ OR /.test(e)) return e.split(/ OR /).some((p) => licenceOk(p))
  if (/ AND /.test(e)) return e.split(/ AND /).every((p) => licenceOk(p))
  return ALLOWED.has(e)
}

export function review(lock: { packages: Record<string, LockPackage> }): { problems: string[]; byLicence: Map<string, string[]>; duplicates: Map<string, string[]> } {
  const problems: string[] = []
  const byLicence = new Map<string, string[]>()
  const versions = new Map<string, Set<string>>()
  for (const [path, p] of Object.entries(lock.packages)) {
    if (!path) continue
    const name = path.replace(/^.*node_modules\//, '')
    if (!versions.has(name)) versions.set(name, new Set())
    versions.get(name)!.add(p.version ?? '?')
    if (p.dev || p.devOptional) continue
    const lic = p.license ?? '(none)'
    byLicence.set(lic, [...(byLicence.get(lic) ?? []), `${name}@${p.version}`])
    if (!licenceOk(lic) && !REVIEWED[name]) problems.push(`${name}@${p.version}: licence "${lic}" is not on the allow-list (scripts/deps.ts)`)
  }
  const duplicates = new Map([...versions].filter(([, v]) => v.size > 1).map(([k, v]) => [k, [...v].sort()]))
  return { problems, byLicence, duplicates }
}

function main(): void {
  const lock = JSON.parse(readFileSync(resolve(import.meta.dirname, '../package-lock.json'), 'utf8'))
  const { problems, byLicence, duplicates } = review(lock)
  if (!process.argv.includes('--check')) {
    console.log('Shipped packages by licence:')
    for (const [lic, names] of [...byLicence].sort((a, b) => b[1].length - a[1].length)) console.log(`  ${lic} (${names.length}): ${names.join(', ')}`)
    console.log(`\nInstalled in more than one version (${duplicates.size}):`)
    for (const [name, v] of duplicates) console.log(`  ${name}: ${v.join(', ')}`)
    console.log('\nReviewed by hand:')
    for (const [name, why] of Object.entries(REVIEWED)) console.log(`  ${name}: ${why}`)
  }
  if (problems.length) {
    console.error(`deps: ${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}`)
    process.exit(1)
  }
  if (process.argv.includes('--check')) console.log(`deps: ${[...byLicence.values()].flat().length} shipped packages, all licences allowed`)
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main()
