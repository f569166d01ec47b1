// Park or area → Industry:
//   a park whose name carries the industry (`海城牌楼菱镁产业转型升级试验区`
//   develops 菱镁产业, `天安集团氢能产业园` 氢能产业);
//   a sentence whose subject is one or more parks or areas, with the industry
//   after a development verb or in a `…等产业` list: `支持葫芦岛经济开发区、
//   高新技术产业开发区…依托现有产业基础,大力发展精细化工、…等优势产业`;
//   a topic sentence naming only the park (`葫芦岛杨家杖子经济开发区。新型
//   冶金、…等产业。`) or an area sub-section (000 chapter 12) supplies the
//   subject of the sentences after it.
// A sentence without such a subject gives nothing, however obvious the
// plan's own region may seem.
import { areaOf, type ExtractionContext, type Found } from '../context.js';
import type { Entity } from '../entity.js';
import { gazetteerEntity } from '../entity.js';
import { selectLeftmostLongest } from '../matcher.js';
import { crossedByWord } from '../mentions/gazetteer.js';
import { provenanceOf } from '../provenance.js';
import { bySentence } from '../sentences.js';
import type { TextUnit } from '../units.js';

/** Verbs that make what follows a development direction of the subject. */
export const DEVELOP_VERBS = /发展|培育|壮大|做强|做大|聚焦|引育|延伸|打造|布局|建设|引导|加速|推进|推动|拓展|提升|集聚|承接/g;
/** The subject opens the sentence, after at most a short lead-in (`支持`, `依托`). */
const SUBJECT_SLACK = 3;
/** Between two subjects of one sentence: `、`, `和`, `-` (`铁西区-鞍山经济开发区`). */
const SUBJECT_JOIN = /^[、和与及\-—]$/;
/** An industry in a list closed by `等…产业` needs no verb: `新型冶金、精密铸造…等产业`. */
const LIST_CLOSE = /^[^,。;:,;:]{0,30}?等[^,。;:,;:]{0,6}产业/;
const SUBJECT_TYPES = new Set(['IndustrialPark', 'AdminArea']);
/** What may follow the park in a topic sentence: `葫芦岛经济开发区(北港工业区)。`. */
const TOPIC_REST = /^\s*([((][^()()]{1,12}[))])?\s*[。.]?\s*$/;
/** How far (in characters) after its subject an industry may stand. */
const SUBJECT_REACH = 60;

export function addDevelops(ctx: ExtractionContext): void {
  // Quoted once per section where the written form shows the industry, else once from the canonical name.
  const stated = new Set<string>();
  const parks = ctx.found.filter((f) => f.entity.type === 'IndustrialPark');
  for (const f of parks) {
    const key = `${f.entity.id}|${f.provenance.section}`;
    const surface = f.mention.unit.matchText.slice(f.mention.start, f.mention.end);
    const industries = stated.has(key) ? [] : industriesInName(ctx, surface);
    for (const industry of industries) addNameFact(ctx, f, industry);
    if (industries.length) stated.add(key).add(f.entity.id);
  }
  for (const f of parks) {
    if (stated.has(f.entity.id)) continue;
    stated.add(f.entity.id);
    for (const industry of industriesInName(ctx, f.entity.name)) addNameFact(ctx, f, industry);
  }
  for (const [unitId, list] of ctx.byUnit) {
    const unit = ctx.unitOf(unitId);
    if (unit) developsInUnit(ctx, unit, list);
  }
}

function developsInUnit(ctx: ExtractionContext, unit: TextUnit, list: Found[]): void {
  const text = unit.matchText;
  const area = areaOf(unit, ctx.areaOfSection);
  let topic: Found[] = [];
  for (const { span, items } of bySentence(text, list)) {
    const subjects = subjectChain(text, span, items);
    const last = subjects[subjects.length - 1];
    if (last && TOPIC_REST.test(text.slice(last.mention.end, span[1]))) {
      topic = subjects; // `葫芦岛杨家杖子经济开发区。` introduces what follows
      continue;
    }
    const industries = items.filter((f) => f.entity.type === 'Industry' && (!last || f.mention.start >= last.mention.end));
    if (industries.length === 0) continue;
    const from = last ? last.mention.end : span[0];
    const verbs = [...text.slice(from, span[1]).matchAll(DEVELOP_VERBS)].map((m) => from + m.index);
    for (const industry of industries) {
      // A named subject governs what follows it closely, not a whole run-on sentence.
      if (last && industry.mention.start - last.mention.end > SUBJECT_REACH) continue;
      const stated = verbs.some((v) => v < industry.mention.start) || LIST_CLOSE.test(text.slice(industry.mention.end));
      if (!stated) continue;
      const hosts: { entity: Entity; start: number; rule: string }[] = subjects.length
        ? subjects.map((s) => ({ entity: s.entity, start: s.mention.start, rule: 'text:主语…发展' }))
        : topic.length
          ? topic.map((s) => ({ entity: s.entity, start: industry.mention.start, rule: 'topic:园区。…产业' }))
          : area
            ? [{ entity: area, start: industry.mention.start, rule: 'area-section:…产业' }]
            : [];
      for (const host of hosts) {
        if (host.entity.id === industry.entity.id) continue;
        ctx.graph.addNode(host.entity);
        ctx.graph.addRelationship('DEVELOPS', host.entity.id, industry.entity.id, provenanceOf(ctx.doc, unit, Math.min(host.start, industry.mention.start), industry.mention.end, host.rule));
      }
    }
  }
}

/**
 * The parks or areas a sentence (or, failing that, one of its clauses)
 * opens with, joined by `、`/`和`/`-`: `…完成重组,本溪经济开发区依托…,重点发展…`.
 */
function subjectChain(text: string, span: [number, number], items: Found[]): Found[] {
  const opensClause = (f: Found) => {
    // A clause's subject stands right after its comma; lead-in verbs there (`借助沈阳市…`) make it an object.
    return f.mention.start - span[0] <= SUBJECT_SLACK || /[,,;;::]/.test(text[f.mention.start - 1] ?? '');
  };
  const first = items.find((f) => SUBJECT_TYPES.has(f.entity.type) && opensClause(f));
  if (!first) return [];
  const chain = [first];
  for (const f of items) {
    const prev = chain[chain.length - 1]!;
    if (f.mention.start <= prev.mention.start || !SUBJECT_TYPES.has(f.entity.type)) continue;
    if (f.mention.start - prev.mention.end === 1 && SUBJECT_JOIN.test(text[prev.mention.end]!)) chain.push(f);
    else if (f.mention.start > prev.mention.end) break;
  }
  return chain;
}

function addNameFact(ctx: ExtractionContext, f: Found, industry: Entity): void {
  ctx.graph.addNode(industry);
  ctx.graph.addRelationship('DEVELOPS', f.entity.id, industry.id, { ...f.provenance, rule: 'name-carries-industry' });
}

function industriesInName(ctx: ExtractionContext, name: string): Entity[] {
  const hits = ctx.index.matcher
    .findAll(name)
    .filter((h) => ctx.index.entriesOf[h.pattern]!.some((s) => s.entry.type === 'Industry' && s.kind !== 'context'))
    .filter((h) => !crossedByWord(name, h.start, h.end));
  return selectLeftmostLongest(hits).map((h) => gazetteerEntity(ctx.index.entriesOf[h.pattern]!.find((s) => s.entry.type === 'Industry' && s.kind !== 'context')!.entry));
}
