/**
 * The rows of the comparison (issue 21): one per fact, one cell per pick, and which cells hold the best value. The
 * rule of each row (largest, lowest, none) is written here beside the value it compares; the marking itself is
 * src/domain/compare.ts bestOf. Missing values read "—", never 0.
 */
import type { Hub, Listing, Park } from '../../domain/types.ts'
import { REACH_MINUTES } from '../../domain/types.ts'
import { bestOf, occupancy, type BestRule, type CostAssumptions } from '../../domain/compare.ts'
import { costArea } from '../../domain/cost.ts'
import { muToM2 } from '../../domain/units.ts'
import type { AreaUnit } from '../../domain/state.ts'
import { formatArea, formatMinutes, formatNumber } from '../format.ts'
import { costLines } from '../costText.ts'

type T = (key: string, named?: Record<string, unknown>) => string

export interface Cell {
  text: string
  /** A second line: a formula, an advertised time, a note. */
  sub?: string
  links?: { href: string; text: string }[]
}
export interface Row {
  key: string
  label: string
  rule: BestRule
  cells: Cell[]
  best: Set<number>
}

export interface RowContext {
  t: T
  locale: string
  lang: 'zh' | 'en'
  unit: AreaUnit
  hubs: Hub[]
  hubName: (id: string) => string
  industryName: (token: string) => string
  /** Minutes from the pin per pick (null: no pin or unreachable); undefined: no pin in the link. */
  pinMinutes?: (number | null)[]
  assumptions: (id: string) => CostAssumptions
}

const MISSING = '—'
const DT_30 = REACH_MINUTES.indexOf(30)

export function compareRows(items: { listing: Listing; park: Park | undefined }[], c: RowContext): Row[] {
  const { t, locale } = c
  const num = (x: number | undefined | null, d = 1) => (x === undefined || x === null ? MISSING : formatNumber(x, locale, d))
  const rows: Row[] = []
  const add = (key: string, label: string, rule: BestRule, values: (number | null | undefined)[], cells: Cell[]) =>
    rows.push({ key, label, rule, cells, best: bestOf(values, rule) })
  const ls = items.map((i) => i.listing)
  const unitOf = (u: string) => t(`units.${u}`)

  // Largest unit offered: the range's max, else its min.
  add('area', t('compare.area'), 'max', ls.map((l) => l.floorArea?.max ?? l.floorArea?.min ?? null), ls.map((l) => ({ text: l.floorArea ? formatArea(l.floorArea, c.unit, t, locale) : MISSING })))
  add('totalArea', t('compare.totalArea'), 'max', ls.map((l) => l.totalFloorArea), ls.map((l) => ({ text: l.totalFloorArea === undefined ? MISSING : `${num(l.totalFloorArea, 0)} ${unitOf('m2')}` })))
  add('land', t('compare.land'), 'max', ls.map((l) => l.landArea), ls.map((l) => (l.landArea === undefined ? { text: MISSING } : { text: `${num(l.landArea)} ${unitOf('mu')}`, sub: `${num(muToM2(l.landArea), 0)} ${unitOf('m2')}` })))
  add('kind', t('detail.kind'), 'none', [], ls.map((l) => ({ text: t(`kind.${l.kind}`) })))
  add('deal', t('filters.deal'), 'none', [], ls.map((l) => ({ text: l.deal.map((d) => t(`deal.${d}`)).join(' / ') })))
  add('rent', t('detail.rent'), 'min', ls.map((l) => l.rent), ls.map((l) => ({ text: l.rent === undefined ? MISSING : `${num(l.rent, 2)} ${unitOf('rentUnit')}` })))
  add('salePrice', t('detail.salePrice'), 'min', ls.map((l) => l.salePrice), ls.map((l) => ({ text: l.salePrice === undefined ? MISSING : `${num(l.salePrice, 0)} ${unitOf('saleUnit')}` })))
  add('landPrice', t('detail.landPrice'), 'min', ls.map((l) => l.landPrice), ls.map((l) => ({ text: l.landPrice === undefined ? MISSING : `${num(l.landPrice)} ${unitOf('landUnit')}` })))
  add('costArea', t('compare.costArea'), 'none', [], ls.map((l) => {
    const a = costArea(l, c.assumptions(l.id).area)
    return { text: a === null ? MISSING : `${num(a, 0)} ${unitOf('m2')}` }
  }))
  // Costs: lowest is best; a listing whose deal has no such figure shows "—" and is never best.
  const costs = ls.map((l) => {
    const a = c.assumptions(l.id)
    return costLines(l, occupancy(l, a), a.fee, t, locale)
  })
  for (const key of ['yearly', 'term', 'purchase', 'land'] as const) {
    const lines = costs.map((cl) => cl.find((x) => x.key === key))
    if (lines.every((x) => !x)) continue
    add(`cost-${key}`, t(`compare.${key === 'land' ? 'landTotal' : key}`), 'min', lines.map((x) => x?.value ?? null), lines.map((x) => (x ? { text: x.text, sub: `= ${x.formula}` } : { text: MISSING })))
  }
  const metric = (key: 'clearHeight' | 'storeyHeight' | 'floorLoad' | 'power' | 'crane', unit: string, d: number) =>
    add(key, t(`detail.${key}`), 'max', ls.map((l) => l[key]), ls.map((l) => ({ text: l[key] === undefined ? MISSING : `${num(l[key], d)} ${unitOf(unit)}` })))
  metric('clearHeight', 'm', 1)
  metric('storeyHeight', 'm', 1)
  metric('floorLoad', 'tm2', 1)
  metric('power', 'kva', 0)
  metric('crane', 't', 1)
  add('title', t('detail.title'), 'none', [], ls.map((l) => ({ text: l.title ? t(l.title === 'separate' ? 'detail.titleSeparate' : 'detail.titleDivisible') : MISSING })))
  add('lease', t('compare.leaseTerms'), 'none', [], ls.map((l) => {
    const parts = [l.minLeaseYears !== undefined ? `${t('detail.minLease')} ${t('detail.years', { n: l.minLeaseYears })}` : '', l.rentFreeMonths !== undefined ? `${t('detail.rentFree')} ${t('detail.months', { n: l.rentFreeMonths })}` : ''].filter(Boolean)
    return { text: parts.length ? parts.join(' · ') : MISSING }
  }))
  add('ready', t('detail.readiness'), 'none', [], ls.map((l) => ({ text: l.ready ? t('detail.ready') : l.completion ? t('detail.completion', { date: l.completion }) : t('detail.notReady') })))
  add('status', t('detail.status'), 'none', [], ls.map((l) => ({ text: t(`detail.status${l.status[0].toUpperCase()}${l.status.slice(1)}`) })))
  add('park', t('compare.parkInd'), 'none', [], items.map(({ park }) => ({
    text: park ? park.name[c.lang] : MISSING,
    sub: park?.targetIndustries?.length ? park.targetIndustries.map(c.industryName).join(', ') : undefined,
  })))
  // Drive times: shortest is best; the advertised figure (listing.claims) sits beside the estimate.
  c.hubs.forEach((h, hi) => {
    add(`dt-${h.id}`, t('compare.toHub', { hub: c.hubName(h.id) }), 'min', ls.map((l) => l.driveMinutes[hi]), ls.map((l) => {
      const claim = l.claims.find((x) => x.hub === h.id)
      return { text: formatMinutes(l.driveMinutes[hi], t), sub: claim ? t('compare.advertised', { m: claim.minutes }) : undefined }
    }))
  })
  if (c.pinMinutes) add('dt-pin', t('compare.toPin'), 'min', c.pinMinutes, c.pinMinutes.map((m) => ({ text: formatMinutes(m, t) })))
  add('people30', t('compare.people30'), 'max', ls.map((l) => l.peopleWithin?.[DT_30] ?? null), ls.map((l) => {
    const p = l.peopleWithin?.[DT_30]
    return { text: p === null || p === undefined ? MISSING : formatNumber(p, locale, 0) }
  }))
  add('sources', t('compare.sources'), 'none', [], ls.map((l) => ({ text: l.sources.length ? '' : MISSING, links: l.sources.map((s) => ({ href: s.url ?? '', text: s.title })) })))
  return rows
}
