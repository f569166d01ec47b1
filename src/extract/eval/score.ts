// Precision, recall and F1 over sets of string keys.

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  /** Predicted but not labelled. */
  falsePositives: string[];
  /** Labelled but not predicted. */
  falseNegatives: string[];
}

export function score(predicted: Iterable<string>, gold: Iterable<string>): Score {
  const p = new Set(predicted);
  const g = new Set(gold);
  const falsePositives = [...p].filter((k) => !g.has(k)).sort();
  const falseNegatives = [...g].filter((k) => !p.has(k)).sort();
  return fromCounts(p.size - falsePositives.length, falsePositives, falseNegatives);
}

export function fromCounts(tp: number, falsePositives: string[], falseNegatives: string[]): Score {
  const fp = falsePositives.length;
  const fn = falseNegatives.length;
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1, falsePositives, falseNegatives };
}

/** Sums scores (micro average). */
export function sum(scores: Score[]): Score {
  return fromCounts(
    scores.reduce((n, s) => n + s.tp, 0),
    scores.flatMap((s) => s.falsePositives),
    scores.flatMap((s) => s.falseNegatives),
  );
}
