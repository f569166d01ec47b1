// Extraction properties → values Neo4j can store. Neo4j properties are
// scalars or homogeneous lists without nulls (no maps), and a JS number
// would be stored as a float: `line: 12` must go in as an Integer so that
// readers comparing with integers (`r.line = 12`, ORDER BY) see one type.
import neo4j, { type Integer } from 'neo4j-driver';
import type { Properties, Scalar } from '../../extract/types.js';

export type StoredScalar = string | boolean | number | Integer;
export type StoredValue = StoredScalar | string[] | boolean[] | number[] | Integer[];
export type StoredProperties = Record<string, StoredValue>;

function storeNumber(value: number, asInteger: boolean): number | Integer {
  return asInteger ? neo4j.int(value) : value;
}

/** One value; `undefined` means "do not store" (null, empty after cleaning is kept as []). */
export function storeValue(value: Scalar | Scalar[]): StoredValue | undefined {
  if (value === null) return undefined;
  if (!Array.isArray(value)) {
    if (typeof value === 'number') return storeNumber(value, Number.isSafeInteger(value));
    return value;
  }
  const items = value.filter((v): v is Exclude<Scalar, null> => v !== null);
  if (items.every((v) => typeof v === 'number')) {
    const nums = items as number[];
    const integers = nums.every((n) => Number.isSafeInteger(n));
    return integers ? nums.map((n) => neo4j.int(n)) : nums;
  }
  if (items.every((v) => typeof v === 'boolean')) return items as boolean[];
  // Mixed or string lists: Neo4j rejects mixed lists, so everything becomes text.
  return items.map((v) => String(v));
}

const isMap = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * A property map without nulls; keys in `omit` are left for the caller to set.
 * The contract says values are scalars or lists of them; should a map slip
 * through anyway it is flattened (`target: {value: 6}` → `target.value: 6`)
 * and maps inside lists become JSON text, since Neo4j stores neither.
 */
export function storeProperties(properties: Properties, omit: ReadonlySet<string> = new Set()): StoredProperties {
  const out: StoredProperties = {};
  const put = (key: string, value: unknown) => {
    if (isMap(value)) {
      for (const [sub, inner] of Object.entries(value)) put(`${key}.${sub}`, inner);
      return;
    }
    const scalar = Array.isArray(value) ? value.map((v) => (isMap(v) || Array.isArray(v) ? JSON.stringify(v) : v)) : value;
    const stored = storeValue(scalar as Scalar | Scalar[]);
    if (stored !== undefined) out[key] = stored;
  };
  for (const [key, value] of Object.entries(properties)) if (!omit.has(key)) put(key, value);
  return out;
}

/** Back from the driver: Integers to numbers (every value we store fits). */
export function readValue(value: unknown): Scalar | Scalar[] {
  if (neo4j.isInt(value)) return (value as Integer).toNumber();
  if (Array.isArray(value)) return value.map((v) => readValue(v) as Scalar);
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  // Temporal or spatial values are never written by the loader; keep them readable.
  return String(value);
}

export function readProperties(properties: Record<string, unknown>): Properties {
  const out: Properties = {};
  for (const key of Object.keys(properties).sort()) out[key] = readValue(properties[key]);
  return out;
}
