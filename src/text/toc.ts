// Stage: drop the table of contents. Its entries look like headings but end
// in page numbers (000 lines 35–198: `第一章 发展基础与发展环境1`).
import type { Draft, Line } from './draft.js';
import { message } from './messages.js';

const TOC_TITLE = /^目录$/;
/** A heading-like line ending in a page number. */
export const TOC_ENTRY = /^(第[一二三四五六七八九十百零〇两\d]+(?:[篇章节]|部分)|[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d+[.、]|前言|附件|专栏|附录|结束语).*?\d+$/;
/** Without a 目录 title, only a long run of such lines counts. */
const MIN_UNTITLED_RUN = 5;

export function dropToc(draft: Draft): Draft {
  const { lines, index } = draft;
  const kept: Line[] = [];
  const messages = [...draft.messages];
  for (let i = 0; i < lines.length; ) {
    const titled = TOC_TITLE.test(lines[i]!.text);
    let j = titled ? i + 1 : i;
    while (j < lines.length && TOC_ENTRY.test(lines[j]!.text)) j++;
    const entries = j - (titled ? i + 1 : i);
    if (titled || entries >= MIN_UNTITLED_RUN) {
      const first = lines[i]!;
      const last = lines[j - 1]!;
      messages.push(
        entries
          ? message('toc-skipped', `Skipped a table of contents: lines ${first.number}–${last.number}, ${entries} entries ending in page numbers (not headings).`, index.position(first.start, last.end))
          : message('toc-empty', `Skipped a \`目录\` title without entries (line ${first.number}); the table of contents was lost.`, index.position(first.start, first.end)),
      );
      i = j;
      continue;
    }
    kept.push(lines[i]!);
    i++;
  }
  return kept.length === lines.length ? draft : { ...draft, lines: kept, messages };
}
