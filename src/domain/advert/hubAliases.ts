/**
 * Names that adverts use for the hubs of seeds/hubs.yaml (ids fixed there). Chinese and English (lower case).
 * A hub id of null marks a name that looks like a hub's but is another place, so it is never read as one:
 * 太仓南站 and 太仓港站 are other stations of the Shanghai–Suzhou–Nantong railway (Taicang Port, Taicang, Taicang
 * South: the source of hub taicang-station), 苏州北站 is Suzhou's high-speed station, not hub suzhou (苏州站).
 */
export interface HubAlias {
  hub: string | null
  zh: readonly string[]
  en: readonly string[]
}

export const HUB_ALIASES: readonly HubAlias[] = [
  {
    hub: 'hongqiao',
    zh: ['虹桥综合交通枢纽', '虹桥交通枢纽', '虹桥枢纽', '虹桥国际机场', '虹桥机场', '虹桥火车站', '虹桥高铁站', '虹桥站', '虹桥'],
    en: ['hongqiao transport hub', 'hongqiao hub', 'hongqiao international airport', 'hongqiao airport', 'hongqiao railway station', 'hongqiao station', 'hongqiao'],
  },
  { hub: 'pvg', zh: ['浦东国际机场', '浦东机场'], en: ['pudong international airport', 'pudong airport', 'pvg'] },
  {
    hub: 'shanghai-centre',
    zh: ['人民广场', '上海市中心', '上海市区'],
    en: ["people's square", 'downtown shanghai', 'shanghai city centre', 'shanghai city center', 'central shanghai'],
  },
  { hub: 'anting', zh: ['上海国际汽车城', '国际汽车城', '安亭镇', '安亭'], en: ['shanghai international automobile city', 'anting'] },
  {
    hub: 'jiading-centre',
    zh: ['嘉定新城', '嘉定城区', '嘉定市区', '嘉定区中心', '嘉定中心'],
    en: ['jiading new town', 'jiading new city', 'jiading centre', 'jiading center', 'jiading downtown'],
  },
  { hub: 'huaqiao', zh: ['花桥地铁站', '花桥站', '花桥镇', '花桥'], en: ['huaqiao station', 'huaqiao'] },
  { hub: 'kunshan-centre', zh: ['昆山市中心', '昆山市区', '昆山城区'], en: ['kunshan city centre', 'kunshan city center', 'downtown kunshan'] },
  { hub: 'kunshan-south', zh: ['昆山南站'], en: ['kunshan south railway station', 'kunshan south station', 'kunshan south'] },
  { hub: 'taicang-station', zh: ['太仓火车站', '太仓站'], en: ['taicang railway station', 'taicang station'] },
  { hub: null, zh: ['太仓南站', '太仓港站', '苏州北站', '苏州园区站'], en: ['taicang south', 'suzhou north'] },
  { hub: 'taicang-port', zh: ['苏州港太仓港区', '太仓港区', '太仓港'], en: ['taicang port', 'port of taicang'] },
  { hub: 'waigaoqiao', zh: ['外高桥港区', '外高桥'], en: ['waigaoqiao'] },
  { hub: 'yangshan', zh: ['洋山深水港', '洋山港', '洋山'], en: ['yangshan deep-water port', 'yangshan port', 'yangshan'] },
  { hub: 'suzhou', zh: ['苏州火车站', '苏州站'], en: ['suzhou railway station', 'suzhou station'] },
]

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Every alias, longest first (so 虹桥机场 wins over 虹桥), as one regex alternation; English names bounded. */
export function hubAlternation(lang: 'zh' | 'en'): string {
  const names = HUB_ALIASES.flatMap((a) => a[lang]).sort((a, b) => b.length - a.length)
  return names.map(escape).join('|')
}

const byName = new Map<string, string | null>(HUB_ALIASES.flatMap((a) => [...a.zh, ...a.en].map((n) => [n, a.hub] as const)))

/** The hub id of an alias as matched (lower case for English); null for a look-alike or an unknown name. */
export const hubOf = (name: string): string | null => byName.get(name) ?? null
