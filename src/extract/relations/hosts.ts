// Park or area → enterprise (or institution), only where a sentence says so:
//   `<园区>依托A、B等龙头企业` — the park's own firms, listed after it;
//   `引进A…落户<园区>` / `A入驻<园区>` — the firm settles in the park;
//   `<园区>内的A` / `<园区>内A` — the firm inside the park.
//   `A等在<园区>设立…` — the firm sets up in the park;
//   `依托A等龙头企业建设<园区>` — the park built on the listed firms;
//   `先后吸引A公司、B集团等知名企业到园区投资` — the park the paragraph opens with
//   (or the zone of the report) that the bare 园区 names;
//   `正阳县引入A等企业38家;引进B、C等企业37家` — the area opening the sentence,
//   and the clauses chained after it by `;` that open with 引进/引入/招引;
//   `依托A、B等龙头企业,重点发展…` with no host in the clause, in a zone's own
//   text — the zone is the unstated subject: the plan's region (003 is the
//   高新区's plan) or the zone an area sub-section is about (000 chapter 12).
//   Only after 依托 ("relying on"): `对接三安光电…等国内头部企业` names
//   partners elsewhere. A city's or district's text is not read this way:
//   `依托中核集团、大唐集团…` (002) names groups the city works with, not hosts.
import { areaOf, type ExtractionContext, type Found } from '../context.js';
import { provenanceOf } from '../provenance.js';
import { bySentence } from '../sentences.js';
import type { TextUnit } from '../units.js';

const HOST_TYPES = new Set(['IndustrialPark', 'AdminArea']);
const GUEST_TYPES = new Set(['Enterprise', 'Institution']);
const CLAUSE_BREAK = /[,,;;::。]/;
/** Between a listed firm and the park its list builds: `等龙头企业建设`. */
const BUILT_BY_LIST = /^[^,。;,;、]{0,3}等[^,。;,;]{0,6}企业[^,。;,;]{0,4}(建设|打造|建成|共建)$/;
/** An area hosts a sentence's listed firms only as its subject: within this many characters of the sentence start. */
const SUBJECT_SLACK = 2;
/** Verbs after the firms and before the host. */
const SETTLE_VERBS = ['落户', '入驻', '落地', '进驻'];
/** `园区内的A`: at most this many characters between host and firm. */
const INSIDE = /^(内的|内|里的)/;

export function addHosts(ctx: ExtractionContext): void {
  for (const [unitId, list] of ctx.byUnit) {
    const unit = ctx.unitOf(unitId);
    if (!unit) continue;
    let subject: Found | undefined;
    for (const { span, items } of bySentence(unit.matchText, list)) {
      broughtIn(ctx, unit, items, span, subject);
      // The area or park opening a sentence closed by `;` is the subject of the clauses chained after it.
      const opening = items.find((h) => HOST_TYPES.has(h.entity.type) && h.mention.start - span[0] <= SUBJECT_SLACK);
      subject = /[;;]$/u.test(unit.matchText.slice(span[0], span[1])) ? (opening ?? (BRING_IN.test(unit.matchText.slice(span[0])) ? subject : undefined)) : undefined;
      listedFirms(ctx, unit, items, span);
      settledFirms(ctx, unit, items);
      firmsComingToThePark(ctx, unit, items, list);
      firmsSettingUp(ctx, unit, items);
      firmsInside(ctx, unit, items);
    }
  }
}

/** Firms named by a `等…企业` list, hosted by the nearest park or area before them in the sentence. */
function listedFirms(ctx: ExtractionContext, unit: TextUnit, items: Found[], span: [number, number]): void {
  const firms = items.filter((f) => GUEST_TYPES.has(f.entity.type) && (f.mention.rule.startsWith('enum-before') || inEnumeration(unit, f)));
  for (const firm of firms) {
    const host = [...items]
      .reverse()
      .find((h) => h.mention.end <= firm.mention.start && (h.entity.type === 'IndustrialPark' || (h.entity.type === 'AdminArea' && h.mention.start - span[0] <= SUBJECT_SLACK)));
    // Host and list in one clause: `鞍山经济开发区依托A、B等龙头企业`, not `…产业园高质量发展,支持A、B等企业`.
    const sameClause = host && !CLAUSE_BREAK.test(unit.matchText.slice(host.mention.end, firm.mention.start));
    if (host && sameClause && host.entity.id !== firm.entity.id) {
      ctx.graph.addRelationship('HOSTS', host.entity.id, firm.entity.id, provenanceOf(ctx.doc, unit, host.mention.start, firm.mention.end, 'text:依托…等企业'));
      continue;
    }
    // `依托迈格钠公司等龙头企业建设磁应用产业园`: the park the listed firms carry, built after them.
    const built = items.find((h) => h.entity.type === 'IndustrialPark' && h.mention.start > firm.mention.end && BUILT_BY_LIST.test(unit.matchText.slice(firm.mention.end, h.mention.start)));
    if (built) {
      ctx.graph.addRelationship('HOSTS', built.entity.id, firm.entity.id, provenanceOf(ctx.doc, unit, firm.mention.start, built.mention.end, 'text:依托…等企业建设'));
      continue;
    }
    const reliedOn = relyingClauseStart(unit, firm);
    const subject = implicitSubject(ctx, unit);
    if (reliedOn !== -1 && subject && subject.id !== firm.entity.id && !host?.entity) {
      ctx.graph.addNode(subject);
      ctx.graph.addRelationship('HOSTS', subject.id, firm.entity.id, provenanceOf(ctx.doc, unit, reliedOn, firm.mention.end, 'text:依托…等企业(subject)'));
    }
  }
}

/**
 * `依托A、B等…企业` opening its clause (a short adverb may precede 依托): where 依托 starts, else -1.
 * A zone that has gathered firms hosts them too (`内培外引,集聚了A、B、C等一批代表性企业`, issue 9 §5b).
 */
const RELYING_CLAUSE = /^[\u4e00-\u9fff]{0,4}?(依托|集聚了|聚集了|汇聚了)(?=[^,。;,;:]*$)/;

function relyingClauseStart(unit: TextUnit, firm: Found): number {
  let start = firm.mention.start;
  while (start > 0 && !CLAUSE_BREAK.test(unit.matchText[start - 1]!)) start--;
  const opening = RELYING_CLAUSE.exec(unit.matchText.slice(start, firm.mention.start));
  return opening ? start + opening[0].length - opening[1]!.length : -1;
}

/** Verbs by which a place brings firms in (not 支持, 对接: partners elsewhere), opening a clause. */
const BRING_IN = /^(?:先后|相继|累计|新)?(?:引进|引入|招引)了?/u;

/**
 * `正阳县引入A等企业38家,…;引进B、C等企业37家`: a clause chained by `;` that opens with a verb of bringing
 * firms in has the subject of the clause before it, the area or park that opened it; the firms of its
 * list (found as a list: `enum-before`) are hosted there.
 */
function broughtIn(ctx: ExtractionContext, unit: TextUnit, items: Found[], span: [number, number], subject: Found | undefined): void {
  const verb = subject && BRING_IN.exec(unit.matchText.slice(span[0]))?.[0];
  if (!subject || !verb) return;
  for (const firm of items.filter((f) => GUEST_TYPES.has(f.entity.type) && f.mention.rule.startsWith('enum-before'))) {
    if (CLAUSE_BREAK.test(unit.matchText.slice(span[0] + verb.length, firm.mention.start))) continue;
    ctx.graph.addRelationship('HOSTS', subject.entity.id, firm.entity.id, provenanceOf(ctx.doc, unit, subject.mention.start, firm.mention.end, 'text:引进…等企业(subject)'));
  }
}

/** `…等知名企业到园区投资`: firms coming to the park a bare word names. */
const TO_THE_PARK = /(?:到|进)(?:园区|开发区|工业园|产业园)(?:投资|落户|建厂|兴业)/gu;

/**
 * `先后吸引A公司、B集团…等国内外知名企业到园区投资`: the firms of the clause come to the park the bare word
 * names, the one the paragraph opens with (`城南工业园始建于…`), else the zone of the report (implicitSubject).
 */
function firmsComingToThePark(ctx: ExtractionContext, unit: TextUnit, items: Found[], paragraph: Found[]): void {
  const opening = paragraph[0]?.entity.type === 'IndustrialPark' && paragraph[0].mention.start <= SUBJECT_SLACK ? paragraph[0] : undefined;
  const host = opening?.entity ?? implicitSubject(ctx, unit);
  if (!host) return;
  for (const to of unit.matchText.matchAll(TO_THE_PARK)) {
    const at = to.index!;
    for (const firm of items.filter((f) => GUEST_TYPES.has(f.entity.type) && f.mention.end <= at && !CLAUSE_BREAK.test(unit.matchText.slice(f.mention.end, at)))) {
      if (host.id === firm.entity.id) continue;
      ctx.graph.addNode(host);
      ctx.graph.addRelationship('HOSTS', host.id, firm.entity.id, provenanceOf(ctx.doc, unit, firm.mention.start, at + to[0].length, 'text:到园区投资'));
    }
  }
}

/** The zone a sentence without a named subject is about: its area sub-section's, else the plan's own region, if a zone. */
function implicitSubject(ctx: ExtractionContext, unit: TextUnit) {
  const subject = areaOf(unit, ctx.areaOfSection) ?? ctx.regionEntity;
  return subject?.type === 'IndustrialPark' ? subject : undefined;
}

/** A gazetteer-named firm inside a `、` list closed by `等…企业` (the list rule proposed it, the gazetteer won the span). */
function inEnumeration(unit: TextUnit, f: Found): boolean {
  const rest = unit.matchText.slice(f.mention.end, f.mention.end + 40);
  const close = rest.search(/等[^,。;,;]{0,4}企业/);
  return close >= 0 && !/[,。;,;]/.test(rest.slice(0, close));
}

/**
 * `A入驻<园区>`; and `A、B等一批龙头企业先后入驻。` with no place after the verb, in a zone's own text:
 * the zone is the unstated host, as for `依托…等企业` (implicitSubject).
 */
function settledFirms(ctx: ExtractionContext, unit: TextUnit, items: Found[]): void {
  const text = unit.matchText;
  for (const verb of SETTLE_VERBS) {
    for (let at = text.indexOf(verb); at !== -1; at = text.indexOf(verb, at + 1)) {
      const after = at + verb.length;
      const named = items.find((h) => HOST_TYPES.has(h.entity.type) && h.mention.start >= after && h.mention.start - after <= 2);
      const host = named?.entity ?? (CLAUSE_END_AFTER.test(text.slice(after)) ? implicitSubject(ctx, unit) : undefined);
      if (!host) continue;
      // Without a named host the firms must be what settles (`…等一批龙头企业先后入驻`, `A先后入驻`), not the
      // owners of projects or bases that do (`园区可承载天津中科年产40吨黄体酮项目…等一大批项目落地`,
      // `推进荣信汇科电力电子能源装备产业基地…落地`).
      const firmsSettle = (f: Found) => named !== undefined || FIRMS_BEFORE_VERB.test(text.slice(f.mention.end, at));
      for (const firm of items.filter((f) => GUEST_TYPES.has(f.entity.type) && f.mention.end <= at && !/[,。;,;]/.test(text.slice(f.mention.end, at)) && firmsSettle(f))) {
        ctx.graph.addNode(host);
        ctx.graph.addRelationship('HOSTS', host.id, firm.entity.id, provenanceOf(ctx.doc, unit, firm.mention.start, named?.mention.end ?? after, named ? `text:${verb}` : `text:${verb}(subject)`));
      }
    }
  }
}

/** What may stand between a settling firm and its verb: the rest of its list closed by 企业, or only an adverb. */
const FIRMS_BEFORE_VERB = /(?:^|企业)(?:先后|相继|纷纷|陆续|已经|已|均|都)?$/u;
/** A settle verb that ends its clause (`…先后入驻。`), or whose place is the zone's bare word (`…落户园区,`): no named place. */
const CLAUSE_END_AFTER = /^(?:了)?(?:园区|开发区|高新区|经开区)?(?:[,。;,;!]|$)/;

/** `争取比亚迪等在高新区设立…基地`: firm, optional 等, 在, host, then a verb of setting up. */
const SET_UP = /^等?在$/;
const SET_UP_VERB = /^(设立|建设|投资|布局|建立|落户|落地|新建)/;

function firmsSettingUp(ctx: ExtractionContext, unit: TextUnit, items: Found[]): void {
  for (const firm of items) {
    if (!GUEST_TYPES.has(firm.entity.type)) continue;
    const host = items.find((h) => HOST_TYPES.has(h.entity.type) && h.mention.start > firm.mention.end && SET_UP.test(unit.matchText.slice(firm.mention.end, h.mention.start)));
    if (!host || !SET_UP_VERB.test(unit.matchText.slice(host.mention.end))) continue;
    ctx.graph.addRelationship('HOSTS', host.entity.id, firm.entity.id, provenanceOf(ctx.doc, unit, firm.mention.start, host.mention.end, 'text:在…设立'));
  }
}

function firmsInside(ctx: ExtractionContext, unit: TextUnit, items: Found[]): void {
  for (let i = 0; i + 1 < items.length; i++) {
    const host = items[i]!;
    if (host.entity.type !== 'IndustrialPark') continue;
    const inside = INSIDE.exec(unit.matchText.slice(host.mention.end));
    if (!inside) continue;
    const firm = items[i + 1]!;
    if (!GUEST_TYPES.has(firm.entity.type) || firm.mention.start !== host.mention.end + inside[0].length) continue;
    ctx.graph.addRelationship('HOSTS', host.entity.id, firm.entity.id, provenanceOf(ctx.doc, unit, host.mention.start, firm.mention.end, `text:园区${inside[0]}`));
  }
}
