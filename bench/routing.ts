/**
 * Routing benchmark: `npx tsx bench/routing.ts`.
 *
 * 1. One-to-all on a synthetic 448 × 448 road grid (200,704 nodes, random minutes from a seeded RNG): our
 *    typed-array Dijkstra against graphology-shortest-path on the same graph. Its weighted one-to-all is
 *    `dijkstra.singleSource` (in 2.1 `singleSourceLength` is the unweighted BFS); that one also builds every
 *    path, so the indexed Brandes Dijkstra of the same package (typed arrays, no paths) is timed too as the
 *    fairer baseline. Targets: ours ≤ 60 ms and ≥ 4× faster than singleSource.
 * 2. One-to-all and isochrones on the network built from seeds/roads (targets ≤ 5 ms and < 100 ms).
 * Runs are interleaved (ours, theirs, ours, …) so that machine noise hits both alike; medians are reported.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { FeatureCollection } from 'geojson'
import { DirectedGraph } from 'graphology'
import { dijkstra } from 'graphology-shortest-path'
import { createDijkstraIndexedBrandes } from 'graphology-shortest-path/indexed-brandes'
import { Dijkstra, type Csr } from '../src/domain/routing/dijkstra.ts'
import { AREA_BBOX, IsochroneFields, RoadGraph, buildNetwork, isochrones, travelTimesFrom } from '../src/domain/routing/index.ts'
import { rng } from '../scripts/data/rng.ts'

export interface Row {
  name: string
  /** Median time of ours, in `unit`. */
  median: number
  /** Median time of the baseline, when there is one. */
  baseline?: number
  /** baseline / median: how many times faster ours is. */
  ratio?: number
  unit: 'ms'
}

const SIDE = 448
const RUNS = 7


/** Two-way 4-neighbour grid with 0.2–1.2 minutes per edge, as [from, to, minutes] in one flat list. */
function gridEdges(side: number): { from: Int32Array; to: Int32Array; minutes: Float32Array } {
  const random = rng(42)
  const count = 2 * 2 * side * (side - 1)
  const from = new Int32Array(count)
  const to = new Int32Array(count)
  const minutes = new Float32Array(count)
  let e = 0
  const add = (a: number, b: number): void => {
    const m = 0.2 + random()
    from[e] = a
    to[e] = b
    minutes[e++] = m
    from[e] = b
    to[e] = a
    minutes[e++] = m
  }
  for (let r = 0; r < side; r++)
    for (let c = 0; c < side; c++) {
      if (c + 1 < side) add(r * side + c, r * side + c + 1)
      if (r + 1 < side) add(r * side + c, (r + 1) * side + c)
    }
  return { from, to, minutes }
}

function toCsr(n: number, edges: ReturnType<typeof gridEdges>): Csr {
  const offsets = new Int32Array(n + 1)
  for (const a of edges.from) offsets[a + 1]++
  for (let i = 0; i < n; i++) offsets[i + 1] += offsets[i]
  const fill = offsets.slice(0, n)
  const targets = new Int32Array(edges.from.length)
  const minutes = new Float32Array(edges.from.length)
  for (let e = 0; e < edges.from.length; e++) {
    const slot = fill[edges.from[e]]++
    targets[slot] = edges.to[e]
    minutes[slot] = edges.minutes[e]
  }
  return { offsets, targets, minutes }
}

function toGraphology(n: number, edges: ReturnType<typeof gridEdges>): DirectedGraph {
  const graph = new DirectedGraph()
  for (let i = 0; i < n; i++) graph.addNode(String(i))
  for (let e = 0; e < edges.from.length; e++)
    graph.addEdge(String(edges.from[e]), String(edges.to[e]), { weight: edges.minutes[e] })
  return graph
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

function time(f: () => unknown): number {
  const t0 = performance.now()
  f()
  return performance.now() - t0
}

/** Times each function RUNS times, interleaved, after one warm-up call each; returns the medians. */
function interleaved(fs: (() => unknown)[], runs = RUNS): number[] {
  for (const f of fs) f()
  const samples = fs.map((): number[] => [])
  for (let r = 0; r < runs; r++) fs.forEach((f, i) => samples[i].push(time(f)))
  return samples.map(median)
}

function roadSeeds(): FeatureCollection | null {
  const dir = resolve(import.meta.dirname, '../seeds/roads')
  const files = readdirSync(dir).filter((f) => f.endsWith('.geojson'))
  if (files.length === 0) return null
  const features = files.flatMap((f) => (JSON.parse(readFileSync(resolve(dir, f), 'utf8')) as FeatureCollection).features)
  return { type: 'FeatureCollection', features }
}

export async function runRoutingBench(): Promise<Row[]> {
  const rows: Row[] = []
  const n = SIDE * SIDE
  const edges = gridEdges(SIDE)
  const ours = new Dijkstra(toCsr(n, edges))
  const graph = toGraphology(n, edges)
  const brandes = createDijkstraIndexedBrandes(graph, 'weight')
  const source = (SIDE / 2) * SIDE + SIDE / 2 // the middle of the grid
  const [mine, singleSource, indexed] = interleaved([
    () => ours.run([{ node: source, minutes: 0 }]),
    () => dijkstra.singleSource(graph, String(source), 'weight'),
    () => brandes(source)[0].clear(), // its stack S is left for the caller to empty
  ])
  const name = `one-to-all, ${SIDE}×${SIDE} grid (${n} nodes)`
  rows.push({ name: `${name} vs graphology dijkstra.singleSource`, median: mine, baseline: singleSource, ratio: singleSource / mine, unit: 'ms' })
  rows.push({ name: `${name} vs graphology indexed Brandes`, median: mine, baseline: indexed, ratio: indexed / mine, unit: 'ms' })

  const seeds = roadSeeds()
  if (seeds) {
    const road = RoadGraph.fromData(buildNetwork(seeds).network)
    const hongqiao: [number, number] = [121.3161, 31.1963]
    const [oneToAll] = interleaved([() => travelTimesFrom(road, hongqiao)], 21)
    rows.push({ name: `one-to-all, seeds/roads network (${road.nodeCount} nodes)`, median: oneToAll, unit: 'ms' })
    const times = travelTimesFrom(road, hongqiao)
    if (times) {
      // No fields kept: the field is sampled each run (what a new hub or pin costs).
      const [iso] = interleaved([() => isochrones(road, times, undefined, AREA_BBOX)], 11)
      rows.push({ name: 'isochrones 10/20/30/45/60 min from Hongqiao, area bbox, 400 m grid', median: iso, unit: 'ms' })
      // The same times with the last band moving, as a slider does: the field is sampled once, then only contoured.
      let limit = 30
      const fields = new IsochroneFields()
      const [slide] = interleaved([() => isochrones(road, times, [10, 20, 30, 45, (limit = limit === 59 ? 30 : limit + 1)], AREA_BBOX, undefined, fields)], 11)
      rows.push({ name: 'isochrones again, the limit band moved (slider): field cached, contours only', median: slide, unit: 'ms' })
    }
  }
  return rows
}

function printTable(rows: Row[]): void {
  const fmt = (x: number | undefined): string => (x === undefined ? '' : x.toFixed(x < 10 ? 2 : 1))
  const table = rows.map((r) => [r.name, `${fmt(r.median)} ${r.unit}`, r.baseline === undefined ? '' : `${fmt(r.baseline)} ${r.unit}`, r.ratio === undefined ? '' : `${fmt(r.ratio)}×`])
  const header = ['benchmark', 'ours (median)', 'baseline (median)', 'speed-up']
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)))
  for (const row of [header, ...table]) process.stdout.write(row.map((c, i) => c.padEnd(widths[i])).join('  ') + '\n')
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) printTable(await runRoutingBench())
