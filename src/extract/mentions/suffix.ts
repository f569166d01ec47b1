// Names not in the gazetteer, found by what they end with (`…有限公司`,
// `…产业园`) and a careful left edge (see boundary.ts).
import { lexicon } from '../lexicon.js';
import type { EntityType } from '../types.js';
import type { TextUnit } from '../units.js';
import { isNameChar, LEFT_STOP_WORDS, nameStart, type NameTests } from './boundary.js';
import type { Mention } from './mention.js';

/** Suffix → type. Longer suffixes of the same family are listed too, so `集团有限公司` is one name. */
export const NAME_SUFFIXES: readonly [string, EntityType][] = [
  ['股份有限公司', 'Enterprise'],
  ['有限责任公司', 'Enterprise'],
  ['有限公司', 'Enterprise'],
  ['集团', 'Enterprise'],
  ['公司', 'Enterprise'],
  // A fund is a company in law (a partnership or trust): `中德、中钛产业股权投资基金` names two.
  ['基金', 'Enterprise'],
  // Most firms in plans go by `<brand>科技` (云数科技, 比克科技, 宏源科技).
  ['科技', 'Enterprise'],
  ['股份', 'Enterprise'],
  ['产业园区', 'IndustrialPark'],
  ['产业园', 'IndustrialPark'],
  ['工业园区', 'IndustrialPark'],
  ['工业园', 'IndustrialPark'],
  ['物流园', 'IndustrialPark'],
  ['开发区', 'IndustrialPark'],
  ['高新区', 'IndustrialPark'],
  ['经开区', 'IndustrialPark'],
  ['试验区', 'IndustrialPark'],
  ['新区', 'IndustrialPark'],
  ['科技园', 'IndustrialPark'],
  // Zones named as science cities and innovation hubs (`亿达智慧科技城`, seed shenyang-tiexi line 145; `某某科创园`, `某某湾创新港`).
  ['科技城', 'IndustrialPark'],
  ['科创园', 'IndustrialPark'],
  ['创新港', 'IndustrialPark'],
  ['集聚区', 'IndustrialPark'],
  ['研究院', 'Institution'],
  ['研究中心', 'Institution'],
  ['研究所', 'Institution'],
  ['实验室', 'Institution'],
  ['大学', 'Institution'],
  ['分院', 'Institution'],
  ['医院', 'Institution'],
  ['学院', 'Institution'],
];

/** Characters after a suffix that show it is not the end of a name: `集团化`, `大学生`, `股份制`, `研究院所`. */
export const SUFFIX_CONTINUATIONS: Record<string, string[]> = {
  集团: ['化', '军', '式'],
  公司: ['制', '化'],
  股份: ['制', '合作', '化'],
  基金: ['会', '规模', '体系'],
  // `科技创新`, `科技型`, `科技成果`, `科技企业`, `科技金融`, `科技园`…: the word, not a firm's name.
  科技: ['创', '型', '成', '企', '金', '服', '人', '馆', '局', '部', '计', '资', '园', '城', '研', '合', '中', '支', '进', '领', '含', '实', '水', '孵', '攻', '项', '特', '和', '、', '与', '及', '等', '产', '示', '强', '大', '平', '基'],
  大学: ['生', '城'],
  研究院: ['所'],
  研究所: ['等'],
};

/** Characters before a suffix that make it part of another word: `创新区`, `更新区` are not `…新区`. */
export const SUFFIX_SWALLOWED: Record<string, string[]> = { 新区: ['创', '更', '革', '高'] };

/**
 * Name cores that are descriptions, not names: `各类产业园`, `一批科技园`,
 * `相关开发区`. A candidate whose text before the suffix is one of these
 * (after a level such as 国家级) is dropped.
 */
export const GENERIC_CORES = new Set([
  '', '各类', '一批', '相关', '重点', '现有', '特色', '专业', '该', '本', '全市', '全区', '全县', '我市', '我区', '周边', '区域',
  '各', '新', '老', '大型', '小型', '中小', '民营', '国有', '骨干', '龙头', '科技', '高新', '省级', '国家级', '市级', '产业', '工业',
  '企业', '园区', '各级', '其他', '两个', '三个', '沿海', '城市', '综合', '专业化', '特色化', '智慧', '数字', '绿色', '生态', '现代',
  '一流', '高水平', '研发', '技术', '工程', '重点实验', '新型研发', '众创', '孵化', '循环', '低碳', '化工', '物流', '高校',
]);

/**
 * Endings that are also plain words (`坚持科技创新`, `彰显鞍山科技…`): a name
 * with one must stand in a list (`云数科技、希思腾科`) or after a verb that
 * takes firms (`支持比克科技扩产`), and its brand must be short.
 */
const WEAK_SUFFIXES = ['科技'];
/** Endings shared by a kind and its members (`公立医院`, `传染病医院` vs `葫芦岛市第二人民医院`): only a place in front makes a name. */
const PLACE_LED_SUFFIXES = ['医院', '学院'];
/** Words in front of a name that make a weak ending a company's (`支持比克科技扩产`). */
const COMPANY_CONTEXT_VERBS = lexicon('company-context-verbs');
const MAX_WEAK_CORE = 6;

function inCompanyContext(text: string, start: number, end: number, core: string): boolean {
  if (core.length > MAX_WEAK_CORE) return false;
  const inList = text[start - 1] === '、' || text[end] === '、' || text[end] === '等';
  return inList || COMPANY_CONTEXT_VERBS.some((v) => text.startsWith(v, start - v.length));
}

/** A level written in front of a name: recorded as the entity's level, not part of its name. */
export const LEVEL_PREFIXES = ['国家级', '省级'];

const MIN_CORE = 2;
/** Endings only a company's name has. */
const COMPANY_FORMS = ['股份有限公司', '有限责任公司', '有限公司', '集团', '公司'];

export function suffixMentions(unit: TextUnit, tests: NameTests = { descriptive: () => false, placeAt: () => false }): Mention[] {
  const text = unit.matchText;
  const mentions: Mention[] = [];
  for (const [suffix, type] of NAME_SUFFIXES) {
    for (let at = text.indexOf(suffix); at !== -1; at = text.indexOf(suffix, at + 1)) {
      const end = at + suffix.length;
      if (SUFFIX_CONTINUATIONS[suffix]?.includes(text[end] ?? '')) continue;
      if (SUFFIX_SWALLOWED[suffix]?.includes(text[at - 1] ?? '')) continue;
      let start = nameStart(text, at, end, tests);
      // A verb cut that leaves one character of a brand before a company form is part of the name: `新建元集团`
      // (none left is the verb and the word: `推进集团…`, `放宽公司…`).
      if (at - start === 1 && COMPANY_FORMS.includes(suffix)) start -= LEFT_STOP_WORDS.find((w) => w.length >= 2 && text.startsWith(w, start - w.length))?.length ?? 0;
      let level: string | undefined;
      const prefix = LEVEL_PREFIXES.find((p) => text.startsWith(p, start));
      if (prefix) {
        level = prefix;
        start += prefix.length;
      }
      const core = text.slice(start, at);
      if (WEAK_SUFFIXES.includes(suffix) && !inCompanyContext(text, start, end, core)) continue;
      if (PLACE_LED_SUFFIXES.includes(suffix) && !tests.placeAt(start)) continue;
      if (core.length < MIN_CORE || GENERIC_CORES.has(core) || !/\p{Script=Han}/u.test(core)) continue;
      if (/^[0-9]/.test(core)) continue;
      const mention: Mention = { unit, start, end, type, rule: `suffix:${suffix}`, name: text.slice(start, end) };
      if (level) mention.level = level;
      mentions.push(mention);
    }
  }
  return mentions;
}

/** Whether `text[end]` continues a word, so a span ending at `end` cut a name short. */
export const continuesName = (text: string, end: number): boolean => isNameChar(text[end]);
