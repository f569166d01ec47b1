// Duplicate blocks, detected by content (not by line numbers).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/text/index.js';
import { inferPlan } from '../../src/text/manifest.js';
import { walkNodes } from '../../src/text/outline.js';

const sentence = (i: number) => `第${i}项工作要持续推进产业结构优化升级,加快培育新动能,推动高质量发展取得新成效,确保各项任务落到实处。`;
const body = ['第一章 总体要求', ...Array.from({ length: 6 }, (_, i) => sentence(i + 1)), '第二章 重点任务', ...Array.from({ length: 6 }, (_, i) => sentence(i + 11))];
const parse = (raw: string) => parsePlan(raw, inferPlan('dup.txt', raw));
const paragraphs = (raw: string) => [...walkNodes(parse(raw).root)].filter((n) => n.type === 'paragraph').length;

describe('duplicate blocks', () => {
  it('reads a repeated copy once, even when its layout differs', () => {
    const first = ['关于印发某市', '发展规划的通知', ...body].join('\n\n');
    const second = ['关于印发某市发展规划的通知', ...body].join('\n');
    const doc = parse(`${first}\n\n${second}\n`);
    const dup = doc.messages.filter((m) => m.ruleId === 'duplicate-block');
    expect(dup).toHaveLength(1);
    expect(dup[0]!.reason).toContain('13 paragraph lines, 2 headings'); // the one-line title included
    expect([...walkNodes(doc.root)].filter((n) => n.type === 'section' && n.kind === 'chapter')).toHaveLength(2);
    expect(paragraphs(`${first}\n\n${second}\n`)).toBe(paragraphs(`${first}\n`));
  });

  it('keeps short lines that legitimately recur (headings like 一、指导思想)', () => {
    const raw = ['第一章 甲', '一、指导思想', sentence(1), '二、主要目标', sentence(2), '第二章 乙', '一、指导思想', sentence(3), '二、主要目标', sentence(4)].join('\n');
    const doc = parse(raw);
    expect(doc.messages.filter((m) => m.ruleId === 'duplicate-block')).toHaveLength(0);
    expect([...walkNodes(doc.root)].filter((n) => n.type === 'section' && n.kind === 'numbered')).toHaveLength(4);
  });

  it('keeps a short repeated passage (below the block threshold)', () => {
    const raw = ['第一章 甲', sentence(1), sentence(2), '第二章 乙', sentence(1), sentence(2)].join('\n');
    expect(parse(raw).messages.filter((m) => m.ruleId === 'duplicate-block')).toHaveLength(0);
    expect(paragraphs(raw)).toBe(4);
  });
});
