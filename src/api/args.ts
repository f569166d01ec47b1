// Checks of numeric arguments, shared by every field that takes them, so each
// limit has one definition and one message ('Argument "first" must be …').
// Cypher needs integers for LIMIT and path bounds, hence `int()`.
import neo4j, { type Integer } from 'neo4j-driver';
import { BadArgumentError } from './errors.js';

/** The largest page any list or connection returns. */
export const MAX_PAGE = 100;

/** `value` (or `fallback`) if it is a whole number in [min, max]; else BadArgumentError. */
export function inRange(argument: string, value: number | null | undefined, min: number, max: number, fallback: number): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new BadArgumentError(argument, `must be a whole number from ${min} to ${max} (got ${n})`);
  }
  return n;
}

/** A page size: 0 to 100. */
export function pageSize(argument: string, value: number | null | undefined, fallback: number): number {
  return inRange(argument, value, 0, MAX_PAGE, fallback);
}

/** A JS number as a Cypher Integer (numbers go over Bolt as floats, which LIMIT refuses). */
export function int(n: number): Integer {
  return neo4j.int(n);
}
