// Short forms of a division's name, derived by rule: 鞍山 ← 鞍山市, 海城 ← 海城市,
// 岫岩 ← 岫岩满族自治县, 腾鳌 ← 腾鳌镇. Which of them may be trusted where is decided by
// the caller (divisions.ts, mentions/reference.ts), not here.
import { lexiconLongestFirst } from '../lexicon.js';
import type { AdminLevel } from '../types.js';

let patterns: { unit: RegExp; region: RegExp } | undefined;

/**
 * `X族` for the 56 groups (seed/lexicon/ethnic-groups.json), longest first. An
 * autonomous region may drop the 族 (新疆维吾尔自治区).
 */
function ethnic(): { unit: RegExp; region: RegExp } {
  if (!patterns) {
    const groups = lexiconLongestFirst('ethnic-groups').join('|');
    patterns = {
      unit: new RegExp(`^(.{2,}?)(?:(?:${groups})族)+(自治州|自治县|自治旗|乡|镇|苏木)$`),
      region: new RegExp(`^(.{2,}?)(?:(?:${groups})族?)*自治区$`),
    };
  }
  return patterns;
}

/** Name endings a short form drops, per level; the part left must keep two characters. */
const ENDINGS: Record<'province' | 'city' | 'county' | 'town', RegExp> = {
  province: /^(.{2,}?)(省|市|自治区)$/,
  city: /^(.{2,}?)(市|地区|盟)$/,
  county: /^(.{2,}?)(市|县|区|旗|林区|特区)$/,
  town: /^(.{2,}?)(镇|乡|苏木|街道办事处|地区办事处|街道|地区)$/,
};

export type FormLevel = keyof typeof ENDINGS;

export function formLevel(level: AdminLevel): FormLevel {
  if (level === 'province' || level === 'city' || level === 'town') return level;
  return level === 'street' ? 'town' : 'county';
}

/**
 * Short forms of `name`, most common first. An autonomous unit loses its
 * groups and 自治…: `岫岩满族自治县` → 岫岩, 岫岩县. A `…新区` keeps its name
 * (`滨海新区` → 滨海 would be the word "coastal").
 */
export function shortForms(name: string, level: FormLevel): string[] {
  if (/新区$/.test(name)) return [];
  const autonomous = ethnic().unit.exec(name);
  if (autonomous) {
    const base = autonomous[1]!;
    const kind = autonomous[2]!;
    if (kind === '自治县') return [base, `${base}县`];
    if (kind === '自治旗') return [base, `${base}旗`];
    return [base];
  }
  // Regions named by their groups alone (广西壮族自治区, 宁夏回族自治区).
  const region = ethnic().region.exec(name);
  if (level === 'province' && region) return [region[1]!];
  const plain = ENDINGS[level].exec(name);
  return plain ? [plain[1]!] : [];
}
