/**
 * Finding Debian's Chromium, installing it where we can (root with apt-get), and failing with instructions
 * otherwise: the browser suite never skips silently.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean) as string[]

export function findChromium(): string | null {
  return CANDIDATES.find((p) => existsSync(p)) ?? null
}

export function ensureChromium(): string {
  const found = findChromium()
  if (found) return found
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  const hasApt = existsSync('/usr/bin/apt-get')
  if (isRoot && hasApt) {
    console.log('Chromium is missing: installing Debian packages chromium and fonts-noto-cjk (apt-get)…')
    execFileSync('apt-get', ['update'], { stdio: 'inherit' })
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
    const now = findChromium()
    if (now) return now
  }
  throw new Error(
    'The browser tests need Chromium and it is not installed. Install it, e.g. as root on Debian/Ubuntu: ' +
      '`apt-get update && apt-get install -y chromium fonts-noto-cjk`, or set CHROMIUM_PATH to a Chromium/Chrome binary.',
  )
}

/** Flags that work headless as root on these machines (../shared/TECH-NOTES.md). */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
]
