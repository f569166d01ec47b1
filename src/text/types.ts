// The text stage's output: a plan document as a tree whose every node points
// back into the original file. Positions follow unist: `line`/`column` are
// 1-based, `offset` is a 0-based index into `PlanDocument.raw` (a JS string
// index, end exclusive). `raw` is the decoded file without its BOM.

export interface Point {
  line: number;
  column: number;
  offset: number;
}

export interface Position {
  start: Point;
  end: Point;
}

export type Severity = 'info' | 'warning' | 'fatal';

/** A finding about the input. Only an unusable document is fatal (see TextError). */
export interface Message {
  /** Stable rule name, e.g. `duplicate-block`, `toc-skipped`, `table-row-shifted`. */
  ruleId: string;
  reason: string;
  severity: Severity;
  place?: Position;
  /** Stage namespace, e.g. `plangraph:text`. */
  source: string;
}

export type RegionLevel = 'province' | 'city' | 'district' | 'county' | 'development-zone';
export type PlanKind = '规划纲要' | '行动方案' | '园区规划';

/** One row of seed/plans.json, and what `inspect`/`extract` infer for an unknown file. */
export interface PlanManifestEntry {
  id: string; // stable, readable: `anshan-14fyp`
  file: string; // path relative to seed/plans/
  title: string;
  shortTitle: string;
  issuer: string;
  region: {
    name: string; // 鞍山市, 铁西区, 鞍山高新技术产业开发区
    level: RegionLevel;
    /** Enclosing areas from the province down, e.g. ['辽宁省', '沈阳市'] for 铁西区. */
    parents: string[];
  };
  period: string; // '2021-2025'
  issued?: string; // ISO date or 'YYYY-MM'
  docNumber?: string; // 鞍政发〔2021〕4号
  kind: PlanKind;
}

export type SectionKind =
  | 'plan' // the root
  | 'part' // 第X篇
  | 'chapter' // 第X章
  | 'section' // 第X节
  | 'numbered' // 一、
  | 'paren' // (一)
  | 'item' // 1. / 1、
  | 'area' // an area sub-section that opens with the area's name (000 chapter 12: 海城市。)
  | 'box' // 专栏N / 专栏X-Y
  | 'attachment' // 附件
  | 'preface'; // 前言 / 序言: holds only paragraphs, closed by the first other heading

interface NodeBase {
  /** Stable id: plan id + path, e.g. `anshan-14fyp/p2/c5/n3/para4`. */
  id: string;
  position: Position;
}

export interface Section extends NodeBase {
  type: 'section';
  kind: SectionKind;
  /** The number as written (`五`, `3`, `4-2`), null for the root and area sections. */
  number: string | null;
  /** Normalised heading text without its number (`发展基础与发展环境`). */
  heading: string;
  /** Headings from the root down to this section, inclusive. */
  path: string[];
  /**
   * The original span of the heading line(s), number included (`第五章 …`), so
   * mentions in a heading can be quoted; absent for the root.
   */
  headingPosition?: Position;
  children: Node[];
}

export interface Paragraph extends NodeBase {
  type: 'paragraph';
  /** Normalised text; normalise(raw.slice(start.offset, end.offset)) === text. */
  text: string;
  /** `text` with traditional characters mapped to simplified, same length as `text`. */
  matchText: string;
}

export interface TableCell {
  text: string; // normalised, trimmed
  position: Position;
}

export interface TableRow {
  cells: TableCell[];
  position: Position;
  /** A row that only names a category (`经济发展 | ||||`, `经  济  发  展`). */
  isCategory: boolean;
  /** The row a `其中:` row is part of (its number and unit hold for the part): cell-per-line tables with stacked cells. */
  parent?: TableCell;
  /** A numbered label heading a group of rows inside a category (`1。空气质量`): no indicator of its own. */
  isGroup?: true;
}

export type TableShape =
  | 'nbsp' // cells separated by U+00A0 (000 表2)
  | 'unseparated' // cells run together (000 表1)
  | 'pipe' // `a | b | c` (002, 003)
  | 'cell-per-line' // scraped pages: `序号` / `指标` / `单位` / … one cell a line
  | 'caption-only'; // the caption survived, the body did not (004)

export interface Table extends NodeBase {
  type: 'table';
  caption: string;
  shape: TableShape;
  header: TableRow[];
  rows: TableRow[];
}

export interface ResponsibleUnit {
  name: string; // normalised, as written (`市发展改革委`)
  position: Position;
  /** Label the list was introduced with: 责任单位 / 牵头单位 / 配合单位. */
  label: string;
  /** Which list of the block, when a block has several of its own (`…责任单位为A;…责任单位为B`): each is led by its first unit. */
  list?: number;
}

/** A numbered action-plan task with its responsible units (001). */
export interface TaskBlock extends NodeBase {
  type: 'task';
  number: string;
  heading: string;
  text: string;
  matchText: string;
  /** In written order; the first unit of a 责任单位 list leads. */
  units: ResponsibleUnit[];
}

export type Block = Paragraph | Table | TaskBlock;
export type Node = Section | Block;

export interface PlanDocument {
  plan: PlanManifestEntry;
  /** The decoded file without BOM; every Position indexes into it. */
  raw: string;
  root: Section;
  messages: Message[];
  /** Original-file position of `block.text.slice(start, end)` (indices into the block's text). */
  locate(block: Paragraph | TaskBlock | TableCell, start: number, end: number): Position;
}
