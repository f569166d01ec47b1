// Every id depends only on one plan and the gazetteer, never on which other
// plans were extracted alongside it, so plans can be loaded in any order.
import { createHash } from 'node:crypto';
import type { EntityType } from './types.js';

export const planNodeId = (planId: string): string => `Plan:${planId}`;

/** Entities not in the gazetteer: `Enterprise:鞍山云数科技有限公司`. */
export const discoveredId = (type: EntityType, name: string): string => `${type}:${name}`;

/** `地区生产总值(亿元)` and `★地区生产总值` compare as one indicator across plans. */
export const indicatorId = (normalisedName: string): string => `Indicator:${normalisedName}`;

export const taskId = (blockId: string): string => `Task:${blockId}`;

/** A fact id: the same fact from the same place always gets the same id. */
export function factId(type: string, start: string, end: string, plan: string, from: number, to: number): string {
  const hash = createHash('sha1').update([type, start, end, plan, from, to].join('\u0000')).digest('hex');
  return `${type}:${hash.slice(0, 20)}`;
}
