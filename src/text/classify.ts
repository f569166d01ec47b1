// Stage: chunks → items (heading, paragraph, caption, row candidate, image).
// Whether a line belongs to a table is decided by the tables stage, which sees
// the caption and its neighbours; here every chunk is classified alone.
import { classifyText } from './classify-line.js';
import type { Draft, Item } from './draft.js';

export function classify(draft: Draft): Draft {
  const items: Item[] = draft.chunks.map((chunk): Item => {
    const c = classifyText(chunk.text);
    switch (c.type) {
      case 'heading':
        return { type: 'heading', kind: c.kind, number: c.number, heading: c.heading, chunk };
      case 'caption':
        return { type: 'caption', caption: c.caption, chunk };
      case 'image':
        return { type: 'image', chunk };
      case 'paragraph':
        return c.area ? { type: 'paragraph', chunk, area: c.area } : { type: 'paragraph', chunk };
    }
  });
  return { ...draft, items: items.map((item, i) => (item.type === 'paragraph' && item.area && !isAreaRun(items, i) ? { type: 'paragraph', chunk: item.chunk } : item)) };
}

/** Topic clauses can end in 区 too (`加快建设鞍山新城区。`): they start with a verb. */
const VERB_START = /^(加快|建设|推进|打造|发展|提升|构建|实施|优化|完善|推动|强化|深化|支持|培育|创建|做强|做大)/;
/** How near another area opener must be: 000's come in runs (海城市/台安县/岫岩…, then 铁东区…). */
const AREA_RUN_WINDOW = 2;

function isAreaRun(items: Item[], i: number): boolean {
  const isArea = (it: Item | undefined) => it?.type === 'paragraph' && !!it.area && !VERB_START.test(it.area);
  if (!isArea(items[i])) return false;
  for (let d = 1; d <= AREA_RUN_WINDOW; d++) if (isArea(items[i - d]) || isArea(items[i + d])) return true;
  return false;
}
