// The working state the stages pass along (internal to src/text; the public
// output is PlanDocument in types.ts). Every span is [start, end) in `raw`,
// trimmed to non-space characters, so normalise(raw.slice(start, end)) is the
// span's text.
import type { PositionIndex } from './positions.js';
import type { Message, PlanManifestEntry, Section, SectionKind, Table, TaskBlock } from './types.js';

/** A non-blank physical line. */
export interface Line {
  /** 1-based line number. */
  number: number;
  start: number;
  end: number;
  /** normalise(raw.slice(start, end)) */
  text: string;
}

/** One or more physical lines read as one unit (a paragraph, a heading, a row). */
export interface Chunk {
  start: number;
  end: number;
  line: number;
  endLine: number;
  /** normalise(raw.slice(start, end)) */
  text: string;
}

export type Item =
  | { type: 'heading'; kind: SectionKind; number: string | null; heading: string; chunk: Chunk }
  | {
      type: 'paragraph';
      chunk: Chunk;
      /** The area a paragraph opens with (`海城市。…`): segment makes it an `area` section. */
      area?: string;
    }
  /** `表1 …` or a `专栏 N` caption whose body is gone. */
  | { type: 'caption'; caption: string; chunk: Chunk }
  /** A lone image file name (000's 专栏 bodies): kept out of the text. */
  | { type: 'image'; chunk: Chunk }
  | { type: 'table'; table: Omit<Table, 'id'> }
  | { type: 'task'; task: Omit<TaskBlock, 'id'>; chunk: Chunk; numbered: boolean };

export interface Draft {
  raw: string;
  index: PositionIndex;
  plan: PlanManifestEntry;
  lines: Line[];
  chunks: Chunk[];
  items: Item[];
  /** Tables laid out one cell per line (cell-lines.ts), found before lines are joined. */
  cellTables?: { first: number; last: number; table: Omit<Table, 'id'> }[];
  root?: Section;
  messages: Message[];
}

export type Stage = (draft: Draft) => Draft;
