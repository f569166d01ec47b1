// Forum anti-copy junk (random ASCII tokens) cut from line edges, and cells
// set one per line behind `|`. The snippet is written in the shape such
// boards produce (one junk character against the text, then short tokens);
// the junk strings are made up.
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/text/index.js';
import { inferPlan } from '../../src/text/manifest.js';
import { normalise } from '../../src/text/normalise.js';
import type { Paragraph, Table } from '../../src/text/types.js';
import { nodes } from './helpers.js';

const raw = [
  '专栏2“十三五”资源节约主要指标. q3 W) e; R7 t',
  '|',
  '指标& k2 Y( u8 i',
  '| 2015年',
  '7 a; S) d9 F | 2020年',
  '| 〔累计〕',
  'g H4 j& K2 w) | 属性',
  '|',
  '资源利用k L5 z; X1 c)',
  '|',
  '1。能源',
  'v B2 n; M( k7 | 单位工业增加值用水量下降(%)* Q1 w; E4 r',
  '| -',
  '| -',
  '| 〔23〕t R5 y) U2 i;',
  '| 约束性',
  '|',
  '森林覆盖率(%)',
  '| 21。6',
  '| 23左右2 I; o0 P) a',
  '| -',
  '| 预期性',
  '| 5 | 25 | |',
].join('\n');

describe('forum anti-copy junk', () => {
  const doc = parsePlan(raw, inferPlan('t.txt', raw));
  const table = nodes(doc).find((n): n is Table => n.type === 'table')!;

  it('is cut from line ends and from line starts before `|`, with one message', () => {
    expect(table.caption).toBe('专栏2“十三五”资源节约主要指标');
    expect(table.header[0]!.cells.map((c) => c.text)).toEqual(['指标', '2015年', '2020年', '〔累计〕', '属性']);
    expect(doc.messages.filter((m) => m.ruleId === 'forum-jammer')).toHaveLength(1);
  });

  it('leaves numbers and separators alone (`| 5 | 25 | |` is a row), and a digit against the text goes with the junk', () => {
    const rows = table.rows.map((r) => (r.isCategory ? `[${r.cells[0]!.text}]` : r.isGroup ? `(${r.cells[0]!.text})` : r.cells.map((c) => c.text).join(' | ')));
    expect(rows).toEqual(['[资源利用]', '(1。能源)', '单位工业增加值用水量下降(%) | - | - | 〔23〕 | 约束性', '森林覆盖率(%) | 21。6 | 23左右 | - | 预期性']);
    const last = nodes(doc).filter((n): n is Paragraph => n.type === 'paragraph').at(-1)!;
    expect(last.text).toContain('25');
  });

  it('keeps every cell an exact slice of the file', () => {
    for (const r of [...table.header, ...table.rows]) for (const c of r.cells) expect(normalise(raw.slice(c.position.start.offset, c.position.end.offset))).toBe(c.text);
  });
});
