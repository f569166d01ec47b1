// The plan manifest (seed/plans.json) and, for a file nobody has seen, an
// entry inferred from its own text through the same stages the parser uses.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dropChrome, META_LINE } from './chrome.js';
import { chineseNumber } from './classify-line.js';
import type { Draft } from './draft.js';
import { joinLines, TITLE_END } from './join.js';
import { splitLines } from './lines.js';
import { PositionIndex } from './positions.js';
import type { PlanKind, PlanManifestEntry, RegionLevel } from './types.js';

/** The project root: the nearest folder above this file holding package.json. */
function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export const MANIFEST_PATH = join(projectRoot(), 'seed', 'plans.json');
export const SEED_PLANS_DIR = join(projectRoot(), 'seed', 'plans');

let cached: PlanManifestEntry[] | undefined;

export function loadManifest(): PlanManifestEntry[] {
  cached ??= JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')) as PlanManifestEntry[];
  return cached;
}

export function seedPlanPath(entry: PlanManifestEntry): string {
  return join(SEED_PLANS_DIR, entry.file);
}

/** The manifest entry of a seed file, or one inferred from the text of any other file. */
export function planForFile(path: string, raw: string): PlanManifestEntry {
  const abs = resolve(path);
  const known = loadManifest().find((p) => resolve(seedPlanPath(p)) === abs || (p.file === basename(path) && dirname(abs) === resolve(SEED_PLANS_DIR)));
  return known ?? inferPlan(path, raw);
}

/** Liaoning's 14 prefecture-level cities: a new plan naming one of them sits in 辽宁省. */
export const LIAONING_CITIES = ['沈阳市', '大连市', '鞍山市', '抚顺市', '本溪市', '丹东市', '锦州市', '营口市', '阜新市', '辽阳市', '盘锦市', '铁岭市', '朝阳市', '葫芦岛市'];

const ZONE = /^(?:(.{2,4}?市))?(.{2,12}?(?:高新技术产业开发区|经济技术开发区|经济开发区|高新区|经开区|开发区|工业园区|新区|产业园))/;
const DISTRICT = /^(?:(.{2,4}?市))?(.{1,6}?(?:区|县|旗))(?=国民|推进|关于|[^区县]{0,2}(?:发展|规划|行动|工作|"|“))/;
const CITY = /^(.{2,4}?市)/;
/**
 * A zone's report names itself bare (`经开区2022年…汇报`, `“十三五”期间市高新区制造业…报告`): the
 * plan is that zone's, named with its city when a header line gives one (`来源:连云港市高新区科经局`).
 */
const BARE_ZONE = /^[市区县]?(高新区|经开区|高新技术产业开发区|经济技术开发区|经济开发区)/;
/** A period opening a title (`“十三五”期间`, `2022年`) is not its subject. */
const TITLE_LEAD = /^(“?十[三四五]五”?(?:期间|时期)?|20\d\d年度?)/;
/** A source or issuer line in a page header: `来源:连云港市高新区科经局 日期:…`. */
const SOURCE_CITY = /(?:来源|发布机构|发文机关)[::]\s*(\p{Script=Han}{2,4}?市)/u;
const ISSUER = /^(.{2,30}?(?:人民政府办公室|人民政府办公厅|人民政府|管理委员会|管委会))$/;
/** A date line under the title: `2021年5月11日`, or in numerals `二零二一年十二月` (003). */
const DATE = /^(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?$/;
const DATE_CN = /^([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月(?:([一二三四五六七八九十]{1,3})日)?$/;
const CN_DIGIT = '〇一二三四五六七八九';

function dateOf(text: string): [number, number, number | undefined] | undefined {
  const m = text.match(DATE);
  if (m) return [Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : undefined];
  const c = text.match(DATE_CN);
  if (!c) return undefined;
  const year = Number([...c[1]!.replace(/零/g, '〇')].map((ch) => CN_DIGIT.indexOf(ch)).join(''));
  return [year, chineseNumber(c[2]!)!, c[3] ? chineseNumber(c[3])! : undefined];
}
const DOC_NUMBER = /[\u4e00-\u9fff]{1,8}〔\d{4}〕\d+号/;
const FIVE_YEAR: Record<string, string> = { 十三五: '2016-2020', 十四五: '2021-2025', 十五五: '2026-2030', 第十三个五年: '2016-2020', 第十四个五年: '2021-2025', 第十五个五年: '2026-2030' };
const FRONT_LINES = 40;

/** Infer a manifest entry from the first lines of a plan (title lines, issuer, date, doc number). */
export function inferPlan(path: string, raw: string): PlanManifestEntry {
  const lines = splitLines({ raw, index: new PositionIndex(raw), plan: placeholder, lines: [], chunks: [], items: [], messages: [] });
  const draft: Draft = joinLines(dropChrome(lines));
  const front = draft.chunks.slice(0, FRONT_LINES).map((c) => c.text);
  const notice = front.map((t) => t.match(/关于印发(.+?)的通知$/)?.[1]).find(Boolean);
  const isTitle = (t: string) => t.length <= 80 && TITLE_END.test(t) && !META_LINE.test(t);
  // A page header that dropChrome took for furniture may hold the headline (`…情况报告` over `来源:…`).
  const headline = lines.lines.slice(0, FRONT_LINES).map((l) => l.text).find(isTitle);
  const title = (notice ?? front.find(isTitle) ?? headline ?? front[0] ?? basename(path)).replace(/^《(.*)》$/, '$1');
  const subject = title.replace(TITLE_LEAD, '');

  let name = '';
  let level: RegionLevel = 'city';
  let parents: string[] = [];
  const zone = subject.match(ZONE);
  const bareZone = subject.match(BARE_ZONE);
  const district = subject.match(DISTRICT);
  const city = subject.match(CITY);
  if (bareZone) {
    const sourceCity = lines.lines.slice(0, FRONT_LINES).map((l) => l.text.match(SOURCE_CITY)?.[1]).find(Boolean);
    level = 'development-zone';
    name = sourceCity ? sourceCity.slice(0, -1) + bareZone[1] : bareZone[1]!;
    parents = sourceCity ? [sourceCity] : [];
  } else if (zone) {
    name = zone[2]!;
    level = 'development-zone';
    const cityName = zone[1] ?? LIAONING_CITIES.find((c) => name.startsWith(c.slice(0, -1)));
    parents = cityName ? [cityName] : [];
    if (zone[1]) name = zone[1] + name; // `本溪市高新区` is named with its city
  } else if (district && !district[2]!.endsWith('市')) {
    name = district[2]!;
    level = name.endsWith('区') ? 'district' : 'county';
    parents = district[1] ? [district[1]] : [];
  } else if (city) {
    name = city[1]!;
    level = 'city';
  }
  const cityOf = level === 'city' ? name : parents[0];
  if (cityOf && LIAONING_CITIES.includes(cityOf)) parents = ['辽宁省', ...parents];

  const fiveYear = Object.keys(FIVE_YEAR).find((k) => title.includes(k));
  const years = title.match(/(20\d\d)\s*-\s*(20\d\d)/);
  const date = front.map(dateOf).find(Boolean);
  const issuedYear = date?.[0];
  const threeYear = /三年行动/.test(title) && issuedYear ? `${issuedYear}-${issuedYear + 2}` : undefined;
  const period = years ? `${years[1]}-${years[2]}` : fiveYear ? FIVE_YEAR[fiveYear]! : (threeYear ?? (issuedYear ? String(issuedYear) : ''));

  const kind: PlanKind = /行动方案|实施方案|工作方案|工作要点|行动计划/.test(title) ? '行动方案' : level === 'development-zone' ? '园区规划' : '规划纲要';
  const issuer = front.map((t) => t.match(ISSUER)?.[1]).find(Boolean) ?? '';
  // Read from all lines: the doc number may sit in portal metadata that dropChrome removes (001 line 6: `文 号 鞍政办发〔2022〕9号`).
  const docNumberIn = (t: string) => t.replace(/文号:?/, ' ').match(DOC_NUMBER)?.[0];
  const docNumber = lines.lines.slice(0, FRONT_LINES).map((l) => docNumberIn(l.text)).find(Boolean);
  const issued = date ? [String(date[0]), String(date[1]).padStart(2, '0'), date[2] === undefined ? undefined : String(date[2]).padStart(2, '0')].filter(Boolean).join('-') : undefined;

  const entry: PlanManifestEntry = {
    id: slugFromFile(path),
    file: basename(path),
    title,
    shortTitle: shortTitle(title, name),
    issuer,
    region: { name, level, parents },
    period,
    kind,
  };
  if (issued) entry.issued = issued;
  if (docNumber) entry.docNumber = docNumber;
  return entry;
}

/** `Benxi 14th FYP.txt` → `benxi-14th-fyp`; a name without ASCII letters gets a short stable hash. */
export function slugFromFile(path: string): string {
  const stem = basename(path).replace(/\.[^.]+$/, '');
  const slug = stem.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return /[a-z]/.test(slug) ? slug : `plan-${createHash('sha1').update(stem).digest('hex').slice(0, 8)}`;
}

function shortTitle(title: string, region: string): string {
  const fiveYear = title.match(/十[三四五]五|第十[三四五]个五年/)?.[0];
  const label = fiveYear ? `“${fiveYear.replace(/^第十(.)个五年$/, '十$1五')}”` : '';
  // What the document is, from its last words: `…远景目标纲要` → 规划纲要, `…规划(2021-2025)` → 规划.
  const tail = title.endsWith('纲要') ? '规划纲要' : title.replace(/\(.*\)$/, '').match(/(三年行动方案|行动方案|实施方案|工作要点|规划)$/)?.[0];
  return region && tail ? `${region}${label}${tail}` : title;
}

const placeholder: PlanManifestEntry = { id: '', file: '', title: '', shortTitle: '', issuer: '', region: { name: '', level: 'city', parents: [] }, period: '', kind: '规划纲要' };
