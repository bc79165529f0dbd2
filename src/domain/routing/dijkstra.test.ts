import { describe, expect, it } from 'vitest'
import { Dijkstra, type Csr } from './dijkstra.ts'

/** A CSR graph from [from, to, minutes] triples. */
function createGraph(nodeCount: number, edges: [number, number, number][]): Csr {
  const offsets = new Int32Array(nodeCount + 1)
  for (const [a] of edges) offsets[a + 1]++
  for (let i = 0; i < nodeCount; i++) offsets[i + 1] += offsets[i]
  const fill = offsets.slice(0, nodeCount)
  const targets = new Int32Array(edges.length)
  const minutes = new Float32Array(edges.length)
  for (const [a, b, m] of edges) {
    targets[fill[a]] = b
    minutes[fill[a]++] = m
  }
  return { offsets, targets, minutes }
}

/** Both directions of each [a, b, minutes]. */
function twoWay(edges: [number, number, number][]): [number, number, number][] {
  return edges.flatMap(([a, b, m]): [number, number, number][] => [[a, b, m], [b, a, m]])
}

describe('Dijkstra', () => {
  it('finds exact shortest minutes on a small graph', () => {
    // 0 -1- 1 -1- 2 -1- 3, and 0 -5- 4 -1- 3: node 4 is nearer through 3 (3 + 1) than directly (5).
    const graph = createGraph(5, twoWay([[0, 1, 1], [1, 2, 1], [2, 3, 1], [0, 4, 5], [4, 3, 1]]))
    const dist = new Dijkstra(graph).run([{ node: 0, minutes: 0 }])
    expect([...dist]).toEqual([0, 1, 2, 3, 4])
  })

  it('records the predecessor of each node on its best path', () => {
    const graph = createGraph(4, twoWay([[0, 1, 2], [1, 3, 2], [0, 2, 1], [2, 3, 1]]))
    const search = new Dijkstra(graph)
    search.run([{ node: 0, minutes: 0 }])
    expect([...search.pred]).toEqual([-1, 0, 0, 2])
  })

  it('follows edge direction (one-way roads)', () => {
    const graph = createGraph(3, [[0, 1, 1], [1, 2, 1]])
    const search = new Dijkstra(graph)
    expect([...search.run([{ node: 0, minutes: 0 }])]).toEqual([0, 1, 2])
    expect([...search.run([{ node: 2, minutes: 0 }])]).toEqual([Infinity, Infinity, 0])
  })

  it('starts from several seeds with their initial minutes', () => {
    const graph = createGraph(4, twoWay([[0, 1, 10], [1, 2, 10], [2, 3, 10]]))
    const dist = new Dijkstra(graph).run([
      { node: 0, minutes: 2 },
      { node: 3, minutes: 5 },
      { node: 3, minutes: 7 },
    ])
    expect([...dist]).toEqual([2, 12, 15, 5])
  })

  it('leaves unreachable nodes at Infinity', () => {
    const graph = createGraph(3, twoWay([[0, 1, 1]]))
    expect(new Dijkstra(graph).run([{ node: 0, minutes: 0 }])[2]).toBe(Infinity)
  })

  it('gives the same answer when its buffers are reused', () => {
    // A 20 × 20 grid with varied weights: run from every corner twice, in between another source.
    const n = 20
    const edges: [number, number, number][] = []
    for (let r = 0; r < n; r++)
      for (let c = 0; c < n; c++) {
        if (c + 1 < n) edges.push([r * n + c, r * n + c + 1, 1 + ((r * 7 + c * 3) % 5)])
        if (r + 1 < n) edges.push([r * n + c, (r + 1) * n + c, 1 + ((r * 3 + c * 11) % 7)])
      }
    const search = new Dijkstra(createGraph(n * n, twoWay(edges)))
    const first = search.run([{ node: 0, minutes: 0 }]).slice()
    search.run([{ node: n * n - 1, minutes: 0 }])
    expect(search.run([{ node: 0, minutes: 0 }])).toEqual(first)
    // Symmetric graph: the distance from corner to corner is the same both ways.
    expect(first[n * n - 1]).toBe(search.run([{ node: n * n - 1, minutes: 0 }])[0])
  })
})
