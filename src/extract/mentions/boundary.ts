// Where a name found by its suffix or list position begins. Chinese has no
// spaces, so the left edge is the nearest clause punctuation or a word that
// starts a clause (a verb, preposition or quantifier) before the name.

/** Characters that can be part of a name: CJK, ASCII letters and digits, and `·` (`沈阳·中关村科技园`). */
const NAME_CHAR = /[\p{Script=Han}A-Za-z0-9·]/u;

/**
 * Words that end a clause's lead-in, so a name starts after them, e.g.
 * `依托` in `依托鞍钢集团`, `推进` in `推进达道湾工业园`, `的` in `园区内的某公司`.
 * Longest first so `推进` is found before a shorter word inside it.
 */
export const LEFT_STOP_WORDS = [
  '进一步', '重点推进', '加快推进', '积极推进', '大力发展', '加快建设', '积极引进',
  '推进', '建设', '依托', '打造', '加快', '支持', '引进', '推动', '培育', '发挥', '围绕', '建成', '实施',
  '做强', '做大', '壮大', '提升', '发展', '加强', '鼓励', '引导', '扶持', '落户', '入驻', '新建', '扩建',
  '组建', '筹建', '设立', '成立', '申报', '创建', '争创', '争取', '积极', '重点', '全力', '加速', '通过',
  '依靠', '借助', '联合', '携手', '共建', '其中', '包括', '例如', '着力', '大力', '努力', '持续', '全面',
  '深入', '启动', '完成', '开工', '投产', '竣工', '谋划', '储备', '招引', '引入', '吸引', '对接',
  '共同', '一批', '多个', '各类', '形成', '构建', '拓展', '面向', '利用', '促进', '实现',
  '优化', '完善', '深化', '强化', '巩固', '规划', '布局', '承接', '参与', '融入', '延伸',
  '做实', '做优', '挖掘', '深挖', '用好', '办好', '盘活', '激活', '搭建', '推广', '提高', '加大', '增强', '带动',
  '吸纳', '整合', '打通', '联动', '对标', '瞄准', '紧盯', '确保', '力争', '争当', '成为', '作为', '现有', '已有',
  '彰显', '展现', '协调', '统筹', '借鉴', '学习', '参照', '对接', '放宽', '委托', '方式', '列入', '晋升', '建立', '打破', '用活', '链接', '运用到', '保障', '创办', '夯实', '把握', '依靠', '引领', '助力',
  // Verbs that open a project's clause (`开展连山无害化卫生厕所改造工程`, `抓好沈阳·中关村创新基地合作项目`,
  // `签约某某年产5万吨…项目`, `园区可承载某某…项目`).
  '开展', '制定', '抓好', '做好', '落实', '推行', '签约', '承载',
  '新增', '以及', '还有', '同时', '参加', '抢抓', '要求', '一方面',
  // `其中,科技类项目有A、B…`: what a report's list is of, then 有 (not `企业有`: `…企业有限公司`).
  '项目有', '主要有', '分别有',
  // A report's `本次`/`此次` opens the clause, not a name (`本次库尔勒经济技术开发区共有…项目开工`).
  '本次', '此次', '结合', '围绕', '依据', '按照', '聚集', '集聚', '吸引', '入选', '获批', '支撑',
  '以', '为', '在', '对', '与', '和', '及', '的', '是', '由', '将', '把', '向', '等', '了', '至', '从',
  '个', '座', '并', '或', '让', '使', '被', '给', '于', '如',
].sort((a, b) => b.length - a.length);

const BRACKETED_PLACE = /[((]\p{Script=Han}{2,6}[))]$/u;

export const isNameChar = (ch: string | undefined): boolean => ch !== undefined && NAME_CHAR.test(ch);

/**
 * A decimal point between digits is part of a capacity inside a name (`吉林化纤集团年产1.5万吨碳纤维项目`),
 * not of a sum before one (`总规模2.1亿元鞍山激光股权投资基金`: the fund's name starts after 亿元).
 */
const decimalPointAt = (text: string, i: number): boolean => text[i] === '.' && /\d/.test(text[i - 1] ?? '') && CAPACITY_AFTER_POINT.test(text.slice(i + 1, i + 12));
const CAPACITY_AFTER_POINT = /^\d+\s*(?:万吨|吨|万千瓦|千瓦|兆瓦|MW|GW|万辆|万台|万套|万平方米|英寸)/u;

/**
 * The start of the name that ends at `end` (exclusive) and must contain
 * `text.slice(mustKeep, end)`: scans left over name characters and stops
 * after the nearest stop word or non-name character, at most `maxLength` back.
 */
export function leftBoundary(text: string, mustKeep: number, end: number, maxLength = 24, ignored: readonly string[] = []): number {
  let start = mustKeep;
  for (;;) {
    while (start > 0 && end - start < maxLength && (isNameChar(text[start - 1]) || decimalPointAt(text, start - 1))) start--;
    // A place in brackets belongs to the name: `中德(沈阳)高端装备制造产业园`.
    const bracketed = BRACKETED_PLACE.exec(text.slice(Math.max(0, start - 8), start));
    if (!bracketed || start - bracketed[0].length <= 0 || !isNameChar(text[start - bracketed[0].length - 1])) break;
    start -= bracketed[0].length;
  }
  // The nearest stop word left of the kept part wins: the name starts after it.
  for (let i = mustKeep; i > start; i--) {
    const stop = LEFT_STOP_WORDS.find((w) => !ignored.includes(w) && i - w.length >= start && text.startsWith(w, i - w.length));
    if (stop) return i;
  }
  return start;
}

/**
 * The left edge, ignoring a joiner (和/与/及) when honouring it would leave
 * only a description and a short place-led word stands before it:
 * `辽宁东和新材料股份有限公司` is not `新材料股份有限公司`, while `鞍钢和本钢集团`
 * still splits at 和 and `…的新兴产业集聚区` at 的.
 */
export interface NameTests {
  descriptive: (core: string) => boolean;
  /** Whether a place name (gazetteer) starts at this index. */
  placeAt: (index: number) => boolean;
}

export function nameStart(text: string, mustKeep: number, end: number, tests: NameTests, maxLength = 24): number {
  const { descriptive, placeAt } = tests;
  const start = afterPreposition(text, pastEmptyStops(text, leftBoundary(text, mustKeep, end, maxLength), mustKeep, end, maxLength, tests), mustKeep, placeAt);
  if (start === 0 || !descriptive(text.slice(start, mustKeep)) || LEFT_STOP_WORDS.some((w) => w.length > 1 && text.startsWith(w, start - w.length))) return start;
  const wider = leftBoundary(text, mustKeep, end, maxLength, NAME_JOINERS);
  // What stood before the joiner must open with a place, as company names do (`辽宁东和…`), and be short:
  // `中心和招商服务集团`, `现代农业产业园和省级现代农业产业园` stay split.
  const joinerAt = start - 1;
  return joinerAt > wider && joinerAt - wider <= 4 && placeAt(wider) && !descriptive(text.slice(wider, joinerAt)) ? wider : start;
}

/**
 * `发展` also sits inside names (`兴城市泳装跨境电商融合发展产业园`). Where it
 * leaves no name, the name runs on to the previous boundary if a place opens
 * it there. (`建设` does not: `支持建昌建设食品加工集聚区` is 建昌 building one.)
 */
const IN_NAME_STOPS = ['发展'];

function pastEmptyStops(text: string, start: number, mustKeep: number, end: number, maxLength: number, tests: NameTests): number {
  if (mustKeep - start >= 2 && !tests.descriptive(text.slice(start, mustKeep))) return start;
  const stop = IN_NAME_STOPS.find((w) => text.startsWith(w, start - w.length));
  if (!stop) return start;
  const wider = leftBoundary(text, start - stop.length, end, maxLength);
  return wider < start - stop.length && tests.placeAt(wider) ? wider : start;
}

/**
 * `同` opens brands (`北京同仁堂`, `上海同捷科技`, `同方股份`), so it is no stop word; as the preposition
 * (`加强同上海交通大学合作`) a place follows it.
 */
function afterPreposition(text: string, start: number, mustKeep: number, placeAt: (index: number) => boolean): number {
  return text[start] === '同' && start + 1 < mustKeep && placeAt(start + 1) ? start + 1 : start;
}

/** Joiners that also occur inside names (`东和`, `中和`, `和平`): the only stops a description may override. */
const NAME_JOINERS = ['和', '与', '及'];

/**
 * How much of a list's first item is its clause's lead-in: up to the item's last lead-in word of two or
 * more characters (`科技类项目有A` → 6, `已开工建设A` → 5). One-character stops (和, 的) occur in names.
 */
export function afterLastLeadIn(firstItem: string): number {
  let cut = 0;
  for (const word of LEFT_STOP_WORDS) {
    const at = word.length >= 2 ? firstItem.lastIndexOf(word) : -1;
    if (at >= 0 && at + word.length < firstItem.length) cut = Math.max(cut, at + word.length);
  }
  return cut;
}

/** Drops clause lead-ins from the front of a list item (`依托鞍钢` → `鞍钢`). */
export function trimLeadIn(text: string, start: number, end: number): number {
  let s = start;
  for (;;) {
    const stop = LEFT_STOP_WORDS.find((w) => text.startsWith(w, s) && s + w.length < end);
    if (!stop) return s;
    s += stop.length;
  }
}
