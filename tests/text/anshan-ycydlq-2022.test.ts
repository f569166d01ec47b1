// 001 鞍山市“一圈一带两区”三年行动方案. Counted by hand on
// seed/plans/anshan-ycydlq-2022.txt:
//   numbered tasks   grep -c '^[0-9]\{1,2\}\.'                 → 62 (all end in a unit list)
//   unit lists       grep -c '单位:' minus line 10 (各有关单位:)  → 66
//   unnumbered lists lines 122, 126, 130, 134 (sections (五)–(八) of 四)
//   一、             grep -c '^[一…十]\{1,3\}、' → 7 (5 in the plan, 2 in the attachment)
//   (一)             grep -c '^([一…十]\{1,3\})' → 25
import { describe, expect, it } from 'vitest';
import { byId, messages, quote, sections, seed, tasks } from './helpers.js';

const doc = seed('anshan-ycydlq-2022');

describe('anshan-ycydlq-2022 (001)', () => {
  it('finds every task block: 62 numbered, 4 attached to their section', () => {
    const all = tasks(doc);
    expect(all).toHaveLength(66);
    expect(all.filter((t) => t.number !== '')).toHaveLength(62);
    const unnumbered = all.filter((t) => t.number === '');
    expect(unnumbered.map((t) => t.position.start.line)).toEqual([122, 126, 130, 134]);
    expect(unnumbered[0]!.heading).toBe('强化基础设施建设,增强区域发展支撑能力');
    expect(messages(doc, 'task-without-number')).toHaveLength(4);
  });

  it('reads the structure, attachment included', () => {
    expect(sections(doc, 'numbered')).toHaveLength(7);
    expect(sections(doc, 'paren')).toHaveLength(25);
    const [att] = sections(doc, 'attachment');
    expect(att!.heading).toBe('鞍山市推进“一圈一带两区”建设2022年工作要点');
    expect(att!.position.start.line).toBe(153);
  });

  it('lists units in written order, splitting 、 and , and stripping 等 (line 44, 〔〕 with nested parentheses)', () => {
    const t = byId(doc, 'anshan-ycydlq-2022/n3/b1/task1');
    expect(t?.type).toBe('task');
    if (t?.type !== 'task') return;
    expect(t.number).toBe('1');
    expect(t.heading).toBe('共建国家级综合性钢铁产业基地');
    expect(t.units.map((u) => u.name)).toEqual(['市发展改革委', '市工业和信息化局', '市科技局', '市自然资源局', '相关县(市)区', '开发区']);
    expect(t.units.every((u) => u.label === '责任单位')).toBe(true);
    for (const u of t.units) expect(quote(doc, u.position)).toBe(u.name);
    expect(t.units[0]!.position.start.line).toBe(44);
  });

  it('strips a trailing 等 (line 56) and reads （…） lists (line 100)', () => {
    const t56 = tasks(doc).find((t) => t.position.start.line === 56)!;
    expect(t56.units.map((u) => u.name)).toEqual(['市发展改革委', '市金融发展局']);
    const t100 = tasks(doc).find((t) => t.position.start.line === 100)!;
    expect(t100.units.map((u) => u.name)).toEqual(['市住房城乡建设局', '市规划设计建筑集团有限公司', '岫岩县政府']);
  });

  it('tells repeated numbers and headings apart by their path', () => {
    const main = byId(doc, 'anshan-ycydlq-2022/n3/b1/task2');
    const attachment = byId(doc, 'anshan-ycydlq-2022/att1/n1/b1/task2');
    expect(main?.type === 'task' && main.heading).toBe('共建世界级菱镁产业基地');
    expect(attachment?.type === 'task' && attachment.heading).toBe('共建世界级菱镁产业基地');
    expect(attachment?.type === 'task' && attachment.units.map((u) => u.name)).toEqual(['市工业和信息化局', '市自然资源局', '海城市政府', '岫岩县政府']);
    // grep -c '^1\.' → 11: task 1 opens nine sections of the plan and two of the attachment
    const ones = tasks(doc).filter((t) => t.number === '1');
    expect(ones).toHaveLength(11);
    expect(new Set(ones.map((t) => t.id)).size).toBe(11);
  });

  it('drops the portal metadata lines but keeps the notice', () => {
    const [portal] = messages(doc, 'portal-metadata');
    expect([portal!.place!.start.line, portal!.place!.end.line]).toEqual([4, 8]);
    const notice = doc.root.children[0];
    expect(notice).toMatchObject({ type: 'paragraph', text: '鞍山市人民政府办公室关于印发鞍山市推进“一圈一带两区”区域协调发展三年行动方案的通知' });
  });

  it('finds task 16 although a private-use character follows its list (line 202)', () => {
    const t = tasks(doc).find((x) => x.position.start.line === 202)!;
    expect(t.number).toBe('16');
    expect(t.units.map((u) => u.name)).toEqual(['市发展改革委', '市交通运输局', '相关县(市)区']);
  });

  it('reads private-use glyphs as spaces and reports each one (lines 84, 112, 148, 202)', () => {
    const found = messages(doc, 'private-use-character');
    expect(found.map((m) => m.place!.start.line)).toEqual([84, 112, 148, 202]);
    expect(found.every((m) => m.severity === 'warning')).toBe(true);
    expect(found[0]!.reason).toContain('U+E010');
    const task = tasks(doc).find((t) => t.position.start.line === 84)!;
    expect(task.text).toContain('实施人工造林12 5万亩'); // never fused into 125
  });
});
