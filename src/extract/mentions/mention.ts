// A candidate name in a text unit, before resolution to an entity.
import type { SurfaceEntry } from '../gazetteer-index.js';
import type { EntityType } from '../types.js';
import type { AgencyName } from './agency.js';
import type { TextUnit } from '../units.js';

export interface Mention {
  unit: TextUnit;
  /** Indices into the unit's text. */
  start: number;
  end: number;
  type: EntityType;
  /** Which rule proposed it: `gazetteer`, `suffix:有限公司`, `enum-before:等龙头企业`, … */
  rule: string;
  /** The name the entity gets when it is not in the gazetteer (`建昌交通物流园` for the `建昌` of an ellipsis). */
  name: string;
  /** Gazetteer entries spelled this way (rules `gazetteer` and `reference:*`). */
  candidates?: SurfaceEntry[];
  /** Stated level, e.g. `国家级` from `国家级鞍山高新技术产业开发区`. */
  level?: string;
  /** Gazetteer hits inside this span (`兴城` in `兴城交通物流园`), for LOCATED_IN and INVOLVES. */
  nested?: Mention[];
  /** A ranking cut off the front of the name (`世界500强`), kept on the mention. */
  rank?: string;
  /** For an item of a `、` list: where the list's closer stands, shared by its items. */
  listAt?: number;
  /** For a unit from a 责任单位 list: its name split into place and rest. */
  agency?: AgencyName;
  /**
   * The grammar's reading of the same span (`区政府` as the plan's district
   * government), used when a gazetteer context alias fits no place of the plan.
   */
  fallback?: Mention;
  /** The clause that makes a descriptive name one thing (`subject`: `智慧物流产业园入选…`; `object`: `建成省大数据产业园`). */
  namedBy?: 'subject' | 'object';
  /** A discovered name as a traditional text writes it (`青拓集團`), when `name` is its simplified form: an alias. */
  written?: string;
}

/**
 * Lower wins when two rules propose the same span. An ellipsis head beats
 * the place it names (`建昌` in `建昌、绥中、兴城交通物流园` is a park).
 */
export const RULE_PRIORITY: Record<string, number> = { ellipsis: -1, gazetteer: 0, reference: 0, 'unit-list': 1, agency: 1, 'own-zone': 1, suffix: 2, 'enum-before': 4, 'firm-list': 4, 'firm-subject': 4, 'firm-count': 4, 'project-name': 4, 'plan-name': 5, 'route-name': 3 };

export const rulePriority = (rule: string): number => RULE_PRIORITY[rule.split(':')[0]!] ?? 9;
