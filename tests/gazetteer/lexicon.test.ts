// Word lists are reviewed data like the gazetteer: every file loads through
// the one loader, every word is unique in its list, and every plan example is
// real text of that plan that contains the word.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LexiconError, lexicon, readLexicon } from '../../src/extract/lexicon.js';

const DIR = 'seed/lexicon';
const plans = JSON.parse(readFileSync('seed/plans.json', 'utf8')) as Array<{ id: string; file: string }>;
const planText = new Map(plans.map((p) => [p.id, normalise(readFileSync(join('seed/plans', p.file), 'utf8'))]));
/** The plans mix ASCII and full-width punctuation (seeds NOTES.md); compare on one form, line breaks dropped. */
function normalise(s: string): string {
  return s.replace(/\n/g, '').replace(/[(),:;]/g, (c) => ({ '(': '(', ')': ')', ',': ',', ':': ':', ';': ';' })[c] ?? c);
}

const names = readdirSync(DIR).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));

describe('seed/lexicon', () => {
  it('has the lists the rules read', () => {
    expect(names).toEqual(expect.arrayContaining(['firm-list-verbs', 'company-context-verbs', 'firm-endings', 'project-owner-endings']));
  });

  for (const name of names) {
    it(`${name}: words unique, each plan example quotes its plan and holds the word`, () => {
      const list = readLexicon(name);
      expect(list.about.length).toBeGreaterThan(10);
      const words = lexicon(name);
      expect(new Set(words).size).toBe(words.length);
      for (const { word, example } of list.words) {
        if (example.kind !== 'plan') continue;
        expect(planText.get(example.plan), `${name}/${word}: unknown plan ${example.plan}`).toBeDefined();
        expect(planText.get(example.plan)!.includes(normalise(example.quote)), `${name}/${word}: quote not in ${example.plan}`).toBe(true);
        expect(example.quote.includes(word), `${name}/${word}: the quote lacks the word`).toBe(true);
      }
    });
  }

  it('says which file and what to fix when a list is malformed', () => {
    expect(() => readLexicon('no-such-list')).toThrow(LexiconError);
    expect(() => readLexicon('no-such-list')).toThrow(/Cannot read the word list .*no-such-list\.json/);
  });
});
