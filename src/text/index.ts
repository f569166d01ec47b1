// The text stage: raw plan text → PlanDocument. The stages run in the order
// listed; each takes the draft and returns a new one (STYLE.md: a pipeline is
// a visible, ordered array).
import { existsSync } from 'node:fs';
import createDebug from 'debug';
import { classify } from './classify.js';
import { dropChrome } from './chrome.js';
import type { Draft, Stage } from './draft.js';
import { dropDuplicates } from './duplicates.js';
import { joinLines } from './join.js';
import { splitLines } from './lines.js';
import { dropJammer } from './jammer.js';
import { loadManifest, planForFile, seedPlanPath } from './manifest.js';
import { normaliseWithMap } from './normalise.js';
import { PositionIndex } from './positions.js';
import { readPlanFile } from './read.js';
import { segment } from './segment.js';
import { groupTables } from './tables.js';
import { flagFootnotes } from './footnotes.js';
import { checkNumbering } from './numbering.js';
import { flagPrivateUse } from './private-use.js';
import { findTasks } from './tasks.js';
import { findCellTables } from './cell-lines.js';
import { dropToc } from './toc.js';
import type { Paragraph, PlanDocument, PlanManifestEntry, Position, TableCell, TaskBlock } from './types.js';

export const stages: readonly Stage[] = [
  splitLines, // non-blank physical lines, trimmed
  dropJammer, // forum anti-copy junk at line edges
  dropChrome, // web-page header/footer, portal metadata
  dropToc, // 目录 and its page-numbered entries
  dropDuplicates, // a repeated copy of the text (000)
  findCellTables, // tables laid out one cell per line, before lines are joined
  joinLines, // titles over several lines, sentences cut by a line break
  classify, // heading / paragraph / caption / image
  groupTables, // captions + rows → tables
  findTasks, // paragraphs ending in a unit list → task blocks
  flagFootnotes, // footnote markers without footnotes (`“9123” 3`)
  flagPrivateUse, // font glyphs read as spaces (001 `12\uE0105万亩`)
  segment, // the section tree with stable ids
  checkNumbering, // gaps in sibling numbering (lost or merged text)
];

/** `DEBUG=plangraph:text` shows each stage's time and output size. */
const debug = createDebug('plangraph:text');

export function parsePlan(raw: string, plan: PlanManifestEntry): PlanDocument {
  const index = new PositionIndex(raw);
  let draft: Draft = { raw, index, plan, lines: [], chunks: [], items: [], messages: [] };
  for (const stage of stages) {
    const t = performance.now();
    draft = stage(draft);
    if (debug.enabled) debug('%s %s: %d lines, %d chunks, %d items, %d messages (%s ms)', plan.id, stage.name, draft.lines.length, draft.chunks.length, draft.items.length, draft.messages.length, (performance.now() - t).toFixed(1));
  }
  const maps = new WeakMap<object, number[]>();
  return {
    plan,
    raw,
    root: draft.root!,
    messages: draft.messages,
    locate(block: Paragraph | TaskBlock | TableCell, start: number, end: number): Position {
      const base = block.position.start.offset;
      let map = maps.get(block);
      if (!map) {
        map = normaliseWithMap(raw.slice(base, block.position.end.offset)).map;
        maps.set(block, map);
      }
      if (start < 0 || end > map.length || start > end) throw new RangeError(`locate: [${start}, ${end}) is outside the block's text (length ${map.length})`);
      const from = start < map.length ? base + map[start]! : block.position.end.offset;
      const to = end > start ? base + map[end - 1]! + 1 : from;
      return index.position(from, to);
    },
  };
}

/** Read, find the manifest entry (or infer one) and parse. Accepts a plan id from seed/plans.json or a path. */
export function loadPlanDocument(pathOrId: string): PlanDocument {
  const entry = loadManifest().find((p) => p.id === pathOrId);
  const path = entry && !existsSync(pathOrId) ? seedPlanPath(entry) : pathOrId;
  const raw = readPlanFile(path);
  return parsePlan(raw, planForFile(path, raw));
}
