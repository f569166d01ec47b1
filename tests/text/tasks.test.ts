import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/text/index.js';
import { inferPlan } from '../../src/text/manifest.js';
import { normalise } from '../../src/text/normalise.js';
import { findUnitList } from '../../src/text/tasks.js';
import type { TaskBlock } from '../../src/text/types.js';
import { nodes, quote } from './helpers.js';

function tasksOf(body: string): TaskBlock[] {
  const raw = `一、重点任务\n(一)产业发展\n${body}\n`;
  const doc = parsePlan(raw, inferPlan('t.txt', raw));
  const found = nodes(doc).filter((n): n is TaskBlock => n.type === 'task');
  for (const t of found) for (const u of t.units) expect(normalise(quote(doc, u.position))).toBe(u.name);
  return found;
}

describe('task blocks', () => {
  it('reads ﹝﹞ brackets', () => {
    const [t] = tasksOf('1.推进项目建设。加快前期工作。﹝责任单位:市发展改革委、市财政局﹞');
    expect(t!.units.map((u) => u.name)).toEqual(['市发展改革委', '市财政局']);
  });

  it('reads 牵头单位 and 配合单位 in one list, in order, with their labels', () => {
    const [t] = tasksOf('2.建设产业园。(牵头单位:市工业和信息化局;配合单位:市商务局、市自然资源局等)');
    expect(t!.units.map((u) => [u.label, u.name])).toEqual([
      ['牵头单位', '市工业和信息化局'],
      ['配合单位', '市商务局'],
      ['配合单位', '市自然资源局'],
    ]);
  });

  it('keeps 、 inside parentheses within one name (`各县(市、区)政府`)', () => {
    const [t] = tasksOf('3.开展整治行动。(责任单位:市生态环境局、各县(市、区)政府)');
    expect(t!.units.map((u) => u.name)).toEqual(['市生态环境局', '各县(市、区)政府']);
  });

  it('reads full-width （：） as written in many plans', () => {
    const [t] = tasksOf('4．加强合作。（责任单位：市商务局，相关县（市）区）');
    expect(t!.number).toBe('4');
    expect(t!.units.map((u) => u.name)).toEqual(['市商务局', '相关县(市)区']);
  });

  it('only takes a list that closes the paragraph', () => {
    expect(findUnitList('由责任单位负责(责任单位:市财政局)推进,并持续跟踪。')).toBeUndefined();
    expect(findUnitList('推进。(责任单位:市财政局)。')).toEqual({ open: 3, close: 13 });
  });
});
