// Listed projects are usually `[company][product]`: `杭州利尔达科技物联网系统及
// 物联网产品`, `比克科技锂电池正极材料`. Where the gazetteer knows no company
// at the start, a company ending (科技, 股份, 集团…) followed by the product
// marks where the company's name stops.

import { lexicon } from '../lexicon.js';
import { FIRM_ENDINGS } from './firm-list.js';
import type { Mention } from './mention.js';

/** Endings that close a company's short name, each seen so in the seeds' project lists. */
export const COMPANY_ENDINGS = lexicon('project-owner-endings');
/** Endings that close a name for sure; the others (`能源`) may sit inside one (`江苏矫豪新能源科技`). */
const STRONG_ENDINGS = new Set(['信息技术', '科技', '股份', '集团', '公司']);
/**
 * An ending that runs on into another word is no ending: `建昌电子商务…项目` is e-commerce, not a firm 建昌电子;
 * `…新区科技创新基地` is sci-tech innovation, not a firm …科技; `新能` of `新能源` is no ending of its own.
 */
const ENDING_RUNS_ON = ['商务', '信息', '政务', '消费', '结构', '创新', '源'];
const MIN_COMPANY = 4;
const PLACE_LIKE = /(谷|园|城|港|小镇|中心|基地)$/;
const MIN_PRODUCT = 2;

/** A stated capacity (`年产40吨`) follows the company and opens the product: `某某中科年产40吨黄体酮项目`. */
const CAPACITY_OPENS = /年产\s*\d/u;

/**
 * `placeAt(text)`: the length of a place that opens `text` (0 if none), any place the gazetteer or the division
 * reference writes so; a place opening the item is not the company's own word (`广元市萌瑞农业…`: the word is 萌瑞).
 */
export function companyAtStart(project: Mention, descriptive: (words: string) => boolean, placeAt: (text: string) => number = () => 0): Mention | undefined {
  if (project.type !== 'Project' || !/^(enum-before|project-name)/.test(project.rule)) return undefined;
  const text = project.unit.matchText.slice(project.start, project.end);
  const capacity = CAPACITY_OPENS.exec(text)?.index;
  if (capacity !== undefined && capacity >= MIN_COMPANY && !/[和及与、]/u.test(text.slice(0, capacity))) {
    return { unit: project.unit, start: project.start, end: project.start + capacity, type: 'Enterprise', rule: 'suffix:project-owner', name: text.slice(0, capacity) };
  }
  const ranked = rankedFirm(project);
  if (ranked) return ranked;
  if (project.rule.startsWith('project-name')) return ownerOfNamedProject(project, descriptive);
  if (!project.rule.startsWith('enum-before')) return undefined;
  // The last strong ending that leaves a product, else the first weak one whose own word is a name.
  const placeEnd = placeAt(text);
  let strong: number | undefined;
  let weak: number | undefined;
  for (const ending of COMPANY_ENDINGS) {
    for (let at = text.indexOf(ending); at !== -1; at = text.indexOf(ending, at + 1)) {
      const end = at + ending.length;
      if (end < MIN_COMPANY || text.length - end < MIN_PRODUCT || ENDING_RUNS_ON.some((w) => text.startsWith(ending + w, at))) continue;
      if (STRONG_ENDINGS.has(ending)) strong = Math.max(strong ?? 0, end);
      else if (ownWord(text.slice(Math.min(placeEnd, at), at), descriptive)) weak = Math.min(weak ?? Infinity, end);
    }
  }
  const best = strong ?? weak;
  // A place-like product (`油罐文化科技创意谷`) is a park's name, not a company's product.
  if (best === undefined || PLACE_LIKE.test(text)) return undefined;
  const name = text.slice(0, best);
  return { unit: project.unit, start: project.start, end: project.start + best, type: 'Enterprise', rule: 'suffix:project-owner', name };
}

/**
 * The company's own word before a weak ending (an industry word: 纺织, 农业) must be a name of two or more
 * characters, not a description: `萌瑞` of `萌瑞农业辣椒精深加工`, not `现代` of `现代农业综合开发` nor a bare place.
 */
function ownWord(word: string, descriptive: (words: string) => boolean): boolean {
  if (word.length < 2) return false;
  // Nor a name that ends describing (`某某县现代` of `某某县现代农业`): every tail of two or more characters too.
  for (let i = 0; i + 2 <= word.length; i++) if (descriptive(word.slice(i))) return false;
  return true;
}

/** A rank written right before (`民营企业 500 强`, `世界500强`): what follows up to 项目 names the firm alone. */
const RANKED = /\d+\s*强(?:企业)?([\p{Script=Han}]{2,8})项目$/u;
const RANK_LOOKBACK = 16;

/** `民营企业500强德硕电子项目`: the project of a ranked firm, named by the firm (德硕电子). */
function rankedFirm(project: Mention): Mention | undefined {
  if (!project.rule.startsWith('project-name')) return undefined;
  const from = Math.max(0, project.start - RANK_LOOKBACK);
  const m = RANKED.exec(project.unit.matchText.slice(from, project.end));
  if (!m) return undefined;
  const end = project.end - '项目'.length;
  const start = end - m[1]!.length;
  if (start < project.start) return undefined;
  return { unit: project.unit, start, end, type: 'Enterprise', rule: 'suffix:project-owner', name: m[1]! };
}

/** `…业` trade endings of company short names (铜业, 药业, 实业), from the firm-list endings. */
const TRADE_ENDINGS = FIRM_ENDINGS.filter((e) => e.endsWith('业'));
/** The owner's own word before its ending: two to six characters, no punctuation or digits. */
const OWNER_CORE = /^[\p{Script=Han}]{2,6}$/u;

/**
 * A project named in running text after its owner: `東南銅業電解提質增效項目` is 东南铜业's. Only a
 * strong company form or a `…业` trade ending (铜业, 药业, 实业) closes the owner here, and its own word
 * must be a name, not a description (`精细化工…项目`, `数字科技…项目` name no firm).
 */
function ownerOfNamedProject(project: Mention, descriptive: (words: string) => boolean): Mention | undefined {
  const text = project.unit.matchText.slice(project.start, project.end).replace(/项目$/u, '');
  for (const ending of [...STRONG_ENDINGS, ...TRADE_ENDINGS]) {
    const at = text.indexOf(ending);
    if (at === -1) continue;
    const core = text.slice(0, at);
    const end = at + ending.length;
    if (!OWNER_CORE.test(core) || end < MIN_COMPANY || text.length - end < MIN_PRODUCT) continue;
    if (ENDING_RUNS_ON.some((w) => text.startsWith(ending + w, at)) || descriptive(core) || descriptive(text.slice(0, end))) continue;
    return { unit: project.unit, start: project.start, end: project.start + end, type: 'Enterprise', rule: 'suffix:project-owner', name: text.slice(0, end) };
  }
  return undefined;
}
