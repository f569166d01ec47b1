// Stage: drop what a web page or a government portal wrapped around the plan
// (004 lines 1–7 and 609–616, 001 lines 4–8). The rules look at what a line
// says, never at its number, so a newly scraped plan is cleaned the same way.
import type { Draft, Line } from './draft.js';
import { message } from './messages.js';

/** Whole-line UI words of scraped pages (004: `收藏`, `详情`). */
export const UI_WORDS = new Set(['收藏', '详情', '分享', '打印', '关闭', '关闭窗口', '返回', '返回顶部', '下载', '点赞', '评论', '举报', '字号', '大中小', '【打印】', '【关闭】', '【大中小】', '扫一扫', '二维码']);

/** Posting metadata (004 line 3: `[可行性研究报告 - 规划计划] 发表于:2022-08-03 17:12:51`). */
export const META_LINE = /(发表于|发布时间|发布日期|来源|浏览次数|阅读次数|阅读量|点击数|作者):/;

/** Portal metadata labels (001 lines 4–8: `索 取 号`, `信息名称`, `产生日期`, `关 键 词`, `内容概述`). */
export const PORTAL_LABEL = /^(索取号|信息名称|产生日期|发布机构|关键词|内容概述|主题分类|公开方式|公开范围|成文日期|信息索引|索引号)/;

/** First line of a page footer (004 lines 610–611: `….pdf 【下载附件】`, `温馨提示:`). */
export const FOOTER_START = /^(温馨提示|免责声明|版权声明|版权所有|Copyright|©)|【下载附件】|\.(pdf|docx?|wps|xlsx?)(\s|【|$)/i;

/** How far into the document a page header may reach (004's ends at its 6th non-blank line). */
const HEADER_WINDOW = 12;
/** Footers are looked for in the last part of the document only. */
const FOOTER_WINDOW = 0.15;

const isUi = (l: Line) => UI_WORDS.has(l.text) || (l.text.length <= 60 && META_LINE.test(l.text));
/**
 * A paragraph of the text itself: page furniture is short lines, so the header
 * ends before it. Without this, a short news page's closing `(文章来源:中国经济网)`
 * within the first 12 lines made the whole article a "header".
 */
const isProse = (l: Line) => l.text.length > 60 && /[。;!?]/u.test(l.text);

export function dropChrome(draft: Draft): Draft {
  const { lines, index } = draft;
  const drop = new Set<Line>();
  const messages = [...draft.messages];

  // Header: everything up to the last UI/meta line near the top is page furniture
  // (004's `前言` there is a tab label, not the plan's preface: the plan's own text follows `详情`).
  let lastUi = -1;
  for (let i = 0; i < Math.min(HEADER_WINDOW, lines.length) && !isProse(lines[i]!); i++) if (isUi(lines[i]!)) lastUi = i;
  if (lastUi >= 0) {
    const header = lines.slice(0, lastUi + 1);
    header.forEach((l) => drop.add(l));
    messages.push(message('web-chrome', `Dropped a web-page header (lines ${header[0]!.number}–${header.at(-1)!.number}: ${header.length} lines such as \`${header.find(isUi)!.text}\`).`, index.position(header[0]!.start, header.at(-1)!.end)));
  }

  const portal = lines.slice(0, HEADER_WINDOW * 2).filter((l) => PORTAL_LABEL.test(l.text));
  if (portal.length >= 2) {
    portal.forEach((l) => drop.add(l));
    messages.push(message('portal-metadata', `Dropped ${portal.length} portal metadata lines (lines ${portal[0]!.number}–${portal.at(-1)!.number}: ${portal.map((l) => l.text.slice(0, 4)).join(', ')}).`, index.position(portal[0]!.start, portal.at(-1)!.end)));
  }

  const from = Math.floor(lines.length * (1 - FOOTER_WINDOW));
  let footer = lines.findIndex((l, i) => i >= from && FOOTER_START.test(l.text));
  if (footer !== -1) {
    // A bare `附件` right before a download link heads nothing but the link.
    if (footer > 0 && /^附件\d*[:]?$/.test(lines[footer - 1]!.text)) footer--;
    const tail = lines.slice(footer);
    tail.forEach((l) => drop.add(l));
    messages.push(message('web-chrome', `Dropped a web-page footer (lines ${tail[0]!.number}–${tail.at(-1)!.number}: ${tail.length} lines from \`${tail.find((l) => FOOTER_START.test(l.text))!.text.slice(0, 30)}\`).`, index.position(tail[0]!.start, tail.at(-1)!.end)));
  }

  return drop.size ? { ...draft, lines: lines.filter((l) => !drop.has(l)), messages } : draft;
}
