// The word lists targets in running text are read with (seed/lexicon), as
// regular-expression alternations, longest first so `万亿元` wins over `亿元`.
import { lexicon } from '../lexicon.js';

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const cache = new Map<string, string>();

/** `a|b|c` of the lists' words, longest first. */
export function alternation(...lists: string[]): string {
  const key = lists.join('+');
  let out = cache.get(key);
  if (out === undefined) {
    out = [...new Set(lists.flatMap((l) => lexicon(l)))].sort((a, b) => b.length - a.length).map(escape).join('|');
    cache.set(key, out);
  }
  return out;
}
