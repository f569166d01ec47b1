// Small synthetic PlanDocuments for unit tests: each line of raw text is one
// block, text === raw (no normalisation), so `locate` is an offset shift.
import { toMatchText } from '../../src/text/simplify.js';
import type {
  Paragraph, PlanDocument, PlanManifestEntry, Point, Position, Section, SectionKind, TableCell, TaskBlock,
} from '../../src/text/types.js';
import { loadGazetteer } from '../../src/extract/gazetteer.js';
import type { Gazetteer } from '../../src/extract/types.js';

export interface SyntheticSection {
  heading: string;
  kind?: SectionKind;
  /** Plain paragraphs, one line each. */
  paragraphs?: string[];
  /** Task blocks: `1.heading。text` plus units with their labels. */
  tasks?: { number: string; heading: string; body: string; units: string[]; label?: string }[];
}

export function plan(id: string, region: Partial<PlanManifestEntry['region']> = {}): PlanManifestEntry {
  return {
    id,
    file: `${id}.txt`,
    title: `${id} 规划`,
    shortTitle: id,
    issuer: '人民政府',
    region: { name: '鞍山市', level: 'city', parents: ['辽宁省'], ...region },
    period: '2021-2025',
    kind: '规划纲要',
  };
}

export function syntheticDoc(manifest: PlanManifestEntry, sections: SyntheticSection[]): PlanDocument {
  let raw = '';
  let line = 1;
  const point = (offset: number): Point => {
    const before = raw.slice(0, offset);
    const nl = before.lastIndexOf('\n');
    return { line: before.split('\n').length, column: offset - nl, offset };
  };
  const pos = (start: number, end: number): Position => ({ start: point(start), end: point(end) });
  const append = (text: string): [number, number] => {
    const start = raw.length;
    raw += text + '\n';
    line++;
    return [start, start + text.length];
  };
  const root: Section = { type: 'section', id: manifest.id, kind: 'plan', number: null, heading: manifest.title, path: [manifest.title], children: [], position: pos(0, 0) };
  sections.forEach((s, i) => {
    const [hs] = append(s.heading);
    const section: Section = { type: 'section', id: `${manifest.id}/s${i + 1}`, kind: s.kind ?? 'chapter', number: String(i + 1), heading: s.heading, path: [manifest.title, s.heading], children: [], position: pos(hs, hs) };
    (s.paragraphs ?? []).forEach((text, j) => {
      const [a, b] = append(text);
      const para: Paragraph = { type: 'paragraph', id: `${section.id}/para${j + 1}`, text, matchText: toMatchText(text), position: pos(a, b) };
      section.children.push(para);
    });
    (s.tasks ?? []).forEach((t, j) => {
      const label = t.label ?? '责任单位';
      const text = `${t.number}.${t.heading}。${t.body}(${label}:${t.units.join('、')})`;
      const [a, b] = append(text);
      let at = a + text.indexOf(':') + 1;
      const units = t.units.map((name) => {
        const u = { name, position: pos(at, at + name.length), label };
        at += name.length + 1;
        return u;
      });
      const task: TaskBlock = { type: 'task', id: `${section.id}/task${j + 1}`, number: t.number, heading: t.heading, text, matchText: toMatchText(text), units, position: pos(a, b) };
      section.children.push(task);
    });
    section.position = pos(hs, raw.length);
    root.children.push(section);
  });
  root.position = pos(0, raw.length);
  void line;
  return {
    plan: manifest,
    raw,
    root,
    messages: [],
    locate(block: Paragraph | TaskBlock | TableCell, start: number, end: number): Position {
      const base = block.position.start.offset;
      return pos(base + start, base + end);
    },
  };
}

let cached: Gazetteer | undefined;
/** The real curated gazetteer (seed/gazetteer), read once. */
export function seedGazetteer(): Gazetteer {
  cached ??= loadGazetteer();
  return cached;
}
