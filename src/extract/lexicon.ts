// Reviewed word lists (seed/lexicon/*.json), read once per name. The rules
// hold no word lists of their own: a word that a new plan needs is a line in
// a data file, with the example that justifies it, not an edit of the code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './gazetteer.js';

export const DEFAULT_LEXICON_DIR = join(projectRoot(), 'seed', 'lexicon');

/** Where a word was seen doing its job: a plan's quote, or public knowledge. */
export type LexiconExample = { kind: 'plan'; plan: string; quote: string } | { kind: 'public'; note: string };
export interface LexiconWord {
  word: string;
  example: LexiconExample;
  note?: string;
}
export interface Lexicon {
  about: string;
  words: LexiconWord[];
}

export class LexiconError extends Error {
  override name = 'LexiconError';
}

const cache = new Map<string, Lexicon>();

/** The whole list `name` (seed/lexicon/<name>.json), checked. */
export function readLexicon(name: string, dir: string = DEFAULT_LEXICON_DIR): Lexicon {
  const key = join(dir, `${name}.json`);
  const cached = cache.get(key);
  if (cached) return cached;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(key, 'utf8'));
  } catch (error) {
    throw new LexiconError(`Cannot read the word list ${key} (${(error as Error).message}); fix or restore the file.`);
  }
  const lexicon = checkLexicon(data, key);
  cache.set(key, lexicon);
  return lexicon;
}

// Rules ask for their lists once per text unit: keep the word arrays, not just the files.
const wordsCache = new Map<string, readonly string[]>();
const longestFirstCache = new Map<string, readonly string[]>();

/** Just the words of list `name`, in file order. */
export function lexicon(name: string, dir: string = DEFAULT_LEXICON_DIR): readonly string[] {
  const key = `${dir}\0${name}`;
  let words = wordsCache.get(key);
  if (!words) wordsCache.set(key, (words = Object.freeze(readLexicon(name, dir).words.map((w) => w.word))));
  return words;
}

/** The words of list `name`, longest first: the order an alternation or a prefix search needs so the longest word wins. */
export function lexiconLongestFirst(name: string, dir: string = DEFAULT_LEXICON_DIR): readonly string[] {
  const key = `${dir}\0${name}`;
  let words = longestFirstCache.get(key);
  if (!words) longestFirstCache.set(key, (words = Object.freeze([...lexicon(name, dir)].sort((a, b) => b.length - a.length))));
  return words;
}

function checkLexicon(data: unknown, where: string): Lexicon {
  const { about, words } = (data ?? {}) as Partial<Lexicon>;
  if (typeof about !== 'string' || !Array.isArray(words)) throw new LexiconError(`${where}: needs "about" (what the list is for) and "words" (an array).`);
  words.forEach((w, i) => {
    if (typeof w?.word !== 'string' || w.word === '') throw new LexiconError(`${where} words[${i}]: needs a non-empty "word".`);
    const ex = w.example as Partial<{ kind: string; plan: string; quote: string; note: string }> | undefined;
    const ok = ex?.kind === 'plan' ? typeof ex.plan === 'string' && typeof ex.quote === 'string' : ex?.kind === 'public' && typeof ex.note === 'string';
    if (!ok) throw new LexiconError(`${where} words[${i}] (${w.word}): "example" must be {kind:"plan",plan,quote} or {kind:"public",note}.`);
  });
  return { about, words };
}
