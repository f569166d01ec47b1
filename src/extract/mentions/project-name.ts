// Projects named in running text by their ending, without a list closer:
// `推进鞍山陆港项目建设`, `辽宁徐大堡核电项目、兴城抽水蓄能项目等`,
// `葫芦岛电网升级改造工程`. Most `…项目`/`…工程` are kinds (`基础设施项目`,
// `强基工程`, `613工程`), so a proposal is kept only when it names something
// proper: a place, company, park or institute inside, or a stated capacity
// (filters.ts isGenericProject decides, as for listed projects).
import { lexiconLongestFirst } from '../lexicon.js';
import type { TextUnit } from '../units.js';
import { leftBoundary } from './boundary.js';
import type { Mention } from './mention.js';

export const PROJECT_ENDINGS = ['项目', '工程'];
/**
 * Characters after the ending that show it is not a name's end: `项目库`, `工程师`, `工程化`, and a
 * document's title written without `《》` (`关于印发某某提升工程实施方案的通知`).
 */
const CONTINUES = /^(库|部|制|化|师|院|公司|局|处|办|学|机械|建设管理|审批|实施方案|方案|规划|指南|办法|意见|通知)/;
/** Words before the ending that make it a kind: `重点项目`, `重大工程`, `一批项目`, `等项目` (`示范工程`, `配套工程` still end names). */
const KIND_BEFORE = /(重点|重大|一批|相关|有关|等|各类)$/;
const MIN_CORE = 3;
/** Scan this far left so a clause verb is seen whole (`重点推进葫芦岛市…系统项目`), keep names up to MAX_NAME. */
const SCAN = 34;
const MAX_NAME = 28;

export function projectNameMentions(unit: TextUnit): Mention[] {
  const text = unit.matchText;
  const mentions: Mention[] = [];
  for (const ending of PROJECT_ENDINGS) {
    for (let at = text.indexOf(ending); at !== -1; at = text.indexOf(ending, at + 1)) {
      const end = at + ending.length;
      if (CONTINUES.test(text.slice(end))) continue;
      // `…重点项目`, `…重大工程` are kinds of project around a list (`徐大堡核电、绥中LNG接收站重点项目`): the list's.
      if (KIND_BEFORE.test(text.slice(0, at))) continue;
      const start = leftBoundary(text, at - actionBefore(text, at).length, end, SCAN);
      if (at - start < MIN_CORE || end - start > MAX_NAME || insideTitle(text, start)) continue;
      // A 工程 after a project's own 项目 is a part of it (`…综合治理项目再生水厂主体工程完工`): the project is the 项目.
      if (ending === '工程' && text.slice(start, at).includes('项目')) continue;
      mentions.push({ unit, start, end, type: 'Project', rule: `project-name:${ending}`, name: text.slice(start, end) });
    }
  }
  return mentions;
}

/**
 * A verb written right before the ending is what the project does (`机场扩建项目`, `网箱标准化改造工程`,
 * seed/lexicon/project-action-words.json): the name keeps it and starts after the lead-in further left.
 */
function actionBefore(text: string, at: number): string {
  return lexiconLongestFirst('project-action-words').find((w) => text.startsWith(w, at - w.length)) ?? '';
}

/** Inside `《…》` the words are a document's title (`《鞍山市城市更新专项行动矿山生态修复工程实施方案》`), not a project. */
function insideTitle(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return before.lastIndexOf('《') > before.lastIndexOf('》');
}
