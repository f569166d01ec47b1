// Global ids (Relay `Node.id`): base64 of `<Type>:<graph id without the type>`.
// Entity graph ids already start with their type (`Enterprise:鞍钢集团有限公司`),
// so an entity's global id is just its graph id in base64, and a plan's is
// `Plan:anshan-14fyp` in base64 — the ids the extract format and exports use.
// node(id) also takes those graph ids as they are, unencoded.
import { ENTITY_TYPES, type EntityType } from '../extract/types.js';
import { InvalidIdError } from './errors.js';

/** Types with global ids: the nine entity types, Plan and Section. */
export const NODE_TYPES = [...ENTITY_TYPES, 'Plan', 'Section'] as const;
export type NodeTypeName = (typeof NODE_TYPES)[number];

const ENTITY = new Set<string>(ENTITY_TYPES);
const NODE = new Set<string>(NODE_TYPES);

export function isEntityType(name: string): name is EntityType {
  return ENTITY.has(name);
}

/** `encodeGlobalID(typename, key)`: `key` is the loader key (graph id; plan or section id). */
export function encodeGlobalID(typename: string, key: string | number | bigint): string {
  const text = String(key);
  const plain = isEntityType(typename) && text.startsWith(`${typename}:`) ? text : `${typename}:${text}`;
  return Buffer.from(plain, 'utf8').toString('base64');
}

/** The inverse of encodeGlobalID; `id` is the loader key. Throws InvalidIdError naming what is wrong. */
export function decodeGlobalID(globalID: string): { typename: string; id: string } {
  const plain = /^[A-Za-z]+:/.test(globalID) ? globalID : fromBase64(globalID);
  const colon = plain?.indexOf(':') ?? -1;
  if (plain === undefined || colon < 1 || colon === plain.length - 1) {
    throw new InvalidIdError(globalID, 'it is neither a PlanGraph global id (base64) nor a graph id such as "Enterprise:鞍钢集团有限公司"');
  }
  const typename = plain.slice(0, colon);
  if (!NODE.has(typename)) {
    throw new InvalidIdError(globalID, `"${typename}" is not a node type; use one of ${NODE_TYPES.join(', ')}`);
  }
  return { typename, id: isEntityType(typename) ? plain : plain.slice(colon + 1) };
}

/** Marks an id `readGlobalID` could not decode; the node fields then throw decodeGlobalID's error for it. */
export const UNREADABLE = '#unreadable';

/**
 * decodeGlobalID for the builder: never throws, so that one bad id in
 * nodes(ids) nulls only its own item; node/nodes re-decode UNREADABLE ids
 * to report why (see builder.ts).
 */
export function readGlobalID(globalID: string): { typename: string; id: string } {
  try {
    return decodeGlobalID(globalID);
  } catch {
    return { typename: UNREADABLE, id: globalID };
  }
}

/** Strict base64: Buffer ignores bad characters, so re-encode and compare. */
function fromBase64(text: string): string | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return undefined;
  const decoded = Buffer.from(text, 'base64').toString('utf8');
  const again = Buffer.from(decoded, 'utf8').toString('base64');
  return again.replace(/=+$/, '') === text.replace(/=+$/, '') ? decoded : undefined;
}

/** A plan filter argument: a plan id (`anshan-14fyp`) or a Plan global id. */
export function planIdArg(argument: string, value: string): string {
  let id = value;
  if (!/^[a-z0-9][a-z0-9-]*$/.test(value)) {
    const decoded = safeDecode(value);
    if (decoded?.typename !== 'Plan') {
      throw new InvalidIdError(value, `argument "${argument}" takes a plan id such as "anshan-14fyp" or a Plan's global id`);
    }
    id = decoded.id;
  }
  return id;
}

/** An entity argument (`from`, `to`, `id` of traversals): its graph id. */
export function nodeIdArg(argument: string, value: string): { typename: string; id: string } {
  const decoded = safeDecode(value);
  if (!decoded || (decoded.typename !== 'Plan' && !isEntityType(decoded.typename))) {
    throw new InvalidIdError(value, `argument "${argument}" takes the id of an entity or a plan (from search, entities or a node's id field)`);
  }
  return decoded;
}

function safeDecode(value: string): { typename: string; id: string } | undefined {
  try {
    return decodeGlobalID(value);
  } catch {
    return undefined;
  }
}
