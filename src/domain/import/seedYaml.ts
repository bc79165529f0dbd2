/** The seed YAML of listings kept on this device ("My listings", issue 20), for publishing with data:build. */
import { stringify } from 'yaml'
import { NO_PARK_FILE, type SeedRecord } from './merge.ts'

/**
 * The records for publishing, in the CLI's seed format (seeds/README.md, the records data:import writes): one
 * block per park file, each headed by a comment naming seeds/listings/<park>.yaml, whose items go at that file's end
 * (a park file is one YAML sequence). The whole text is itself one valid YAML sequence.
 */
export function seedYaml(records: readonly SeedRecord[]): string {
  const byFile = new Map<string, SeedRecord[]>()
  for (const r of records) {
    const key = typeof r.parkId === 'string' ? r.parkId : NO_PARK_FILE
    if (!byFile.has(key)) byFile.set(key, [])
    byFile.get(key)!.push(r)
  }
  const blocks = [...byFile.keys()].sort().map((key) => `# seeds/listings/${key}.yaml: add these items at its end\n${stringify(byFile.get(key), { lineWidth: 0 })}`)
  return `# Listings imported in the app ("My listings"), ${records.length} in all; then run npm run data:build\n${blocks.join('') || '[]\n'}`
}

/** Splits seedYaml's text back into park file -> items text (what the publishing step appends). */
export function seedYamlBlocks(text: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const m of text.matchAll(/^# seeds\/listings\/([^\s/]+)\.yaml: add these items at its end\n([\s\S]*?)(?=^# seeds\/listings\/|(?![\s\S]))/gm)) out.set(m[1], m[2])
  return out
}
