// Roads and railways named by their ends: `泸州至永川高速公路`, `宝鸡至兰州客运专线`,
// `兰州至张掖铁路增建三四线`, `银川至兰州增建二线`, and the same in lists, where one kind
// closes them all: `永登(徐家磨)至古浪、安西至星星峡(甘新界)等国家高速公路`,
// `西宁至成都、平凉至庆阳铁路` (the last item writes the kind for the others),
// `兰州至合作、天水至哈达铺…等项目`. Plans of provinces and regions name their
// infrastructure projects this way; `至` is otherwise a clause word (boundary.ts),
// so without this rule a route is cut at it (`西峰高速公路项目`) and its ends read
// as places. Kinds and extensions: seed/lexicon/route-kinds.json,
// seed/lexicon/route-extensions.json.
import type { GazetteerIndex } from '../gazetteer-index.js';
import { lexicon, lexiconLongestFirst } from '../lexicon.js';
import type { TextUnit } from '../units.js';
import { leftBoundary } from './boundary.js';
import { itemCharsBefore } from './enumeration.js';
import { isDescriptive } from './generic.js';
import type { Mention } from './mention.js';

/** One end of a route: a place name of 2–6 characters (never a list's `等` nor a description's `的`: `建昌至河北的高速公路`), with a bracketed aside (`永登(徐家磨)`, `星星峡(甘新界)`). */
const END = String.raw`(?:(?![等的])\p{Script=Han}){2,6}?(?:[((]\p{Script=Han}{1,8}[))])?`;
/** The ends of a route are linked by `至`: `A至B`, `A至B至C`. */
export const ROUTE_LINK = new RegExp(String.raw`^${END}(?:至${END})+$`, 'u');
/** Rank words between `等` and a list's kind describe the list: `等国家高速公路`. */
const LIST_RANK = /^(?:国家级|国家|省级|省|市级)/u;
const MAX_ROUTE = 30;
const ITEM_JOINERS = ['至', '和', '及', '与'];

const alternation = (name: string) => lexiconLongestFirst(name).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

/** The two patterns, built from the word lists once per process (every text unit uses them). */
let patterns: { whole: RegExp; closer: RegExp } | undefined;
function routePatterns(): { whole: RegExp; closer: RegExp } {
  if (patterns) return patterns;
  const kinds = alternation('route-kinds');
  const extensions = alternation('route-extensions');
  // A route written whole: ends, then its kind and/or an extension (`…增建二线` needs no kind).
  // A project's own tail may follow (`九龙山长城至黑凤山长城旅游公路建设工程`): what it does + 工程/项目.
  const tail = String.raw`(?:(?:${alternation('project-action-words')})?(?:工程|项目))?`;
  const whole = new RegExp(String.raw`(${END}(?:至${END})+?)(?:(${kinds})(${extensions})?|(${extensions}))${tail}`, 'uy');
  // Lists closed by `等` + a kind (`等国家高速公路`, `等高速公路项目`, `等二级公路`) or by `等项目`.
  const closer = new RegExp(String.raw`等(?:国家级|国家|省级|省|市级)?(${kinds})?项目|等(?:国家级|国家|省级|省|市级)?(${kinds})`, 'gu');
  return (patterns = { whole, closer });
}

export function routeMentions(unit: TextUnit, index: GazetteerIndex): Mention[] {
  const text = unit.matchText;
  const { whole, closer } = routePatterns();
  const mentions: Mention[] = [];
  const taken: [number, number][] = [];
  for (let z = text.indexOf('至'); z !== -1; z = text.indexOf('至', z + 1)) {
    if (taken.some(([s, e]) => z >= s && z < e)) continue;
    const start = routeStart(text, z);
    if (start === undefined) continue;
    whole.lastIndex = start;  // sticky: the route starts here or nowhere
    const m = whole.exec(text);
    if (!m) continue;
    const ends = m[1]!;
    if (!endsArePlaces(ends, index)) continue;
    const end = start + m[0].length;
    if (end - start > MAX_ROUTE) continue;
    mentions.push({ unit, start, end, type: 'Project', rule: 'route-name:whole', name: m[0] });
    taken.push([start, end]);
    // Items before it that write only their ends share its kind: `西宁至成都、平凉至庆阳铁路`.
    const kind = m[2];
    if (kind && text[start - 1] === '、') mentions.push(...itemsBefore(unit, start - 1, kind, index, false));
  }
  for (const c of text.matchAll(closer)) {
    const kind = (c[1] ?? c[2] ?? '').replace(LIST_RANK, '');
    mentions.push(...itemsBefore(unit, c.index!, kind, index, !!kind));
  }
  return mentions;
}

/** Where a route whose first `至` is at `z` starts: after its clause's lead-in, its first end 2–6 (+ aside) characters. */
function routeStart(text: string, z: number): number | undefined {
  const { start: run } = itemCharsBefore(text, z, 16);
  const start = leftBoundary(text, z, z, z - run, ITEM_JOINERS);
  const first = text.slice(start, z).replace(/[((][^()()]*[))]$/u, '');
  return first.length >= 2 && first.length <= 6 ? start : undefined;
}

/** Both ends are places, not kinds of place (`县城至乡镇公路` links kinds; seed/lexicon/route-generic-ends.json). */
function endsArePlaces(ends: string, index: GazetteerIndex): boolean {
  const generic = lexicon('route-generic-ends');
  return ends.split('至').every((e) => {
    const bare = e.replace(/[((][^()()]*[))]/gu, '');
    return bare.length >= 2 && !generic.some((g) => bare.endsWith(g)) && !isDescriptive(bare, index);
  });
}

/**
 * The items of a `、` list that ends at `at`: routes written by their ends (`A至B`), named with the
 * list's kind. In a list closed by a kind, an item that is no route still is one when two routes
 * stand with it (`雷家角至西峰、兰州南绕城、营盘水至武威…等高速公路项目`); `onlyRoutes` lists keep routes only.
 */
function itemsBefore(unit: TextUnit, at: number, kind: string, index: GazetteerIndex, closedByKind: boolean): Mention[] {
  const text = unit.matchText;
  const items: { start: number; end: number }[] = [];
  let end = at;
  for (;;) {
    const { start } = itemCharsBefore(text, end, MAX_ROUTE);
    const separated = text[start - 1] === '、';
    const s = separated ? start : leftBoundary(text, end, end, end - start, ITEM_JOINERS);
    if (end - s < 2) break;
    items.push({ start: s, end });
    if (!separated) break;
    end = start - 1;
  }
  // The item at `at` itself (a whole route) was taken by the caller: only what precedes.
  const routes = items.filter((i) => ROUTE_LINK.test(text.slice(i.start, i.end)) && endsArePlaces(text.slice(i.start, i.end), index));
  if (!routes.length) return [];
  const others = closedByKind && routes.length >= 2 ? items.filter((i) => !routes.includes(i) && i.end - i.start <= 8 && !isDescriptive(text.slice(i.start, i.end), index)) : [];
  return [...routes, ...others].map((i) => {
    const written = text.slice(i.start, i.end);
    // The item as written (`敦煌至当金山口`) is the route's other name in this text: an alias, as collect.ts keeps `written`.
    return { unit, start: i.start, end: i.end, type: 'Project' as const, rule: `route-name:${kind || '项目'}`, name: kind ? `${written}${kind}` : `${written}项目`, listAt: at, written };
  });
}
