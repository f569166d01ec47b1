// A seeded generator of GraphQL requests from the schema, for the fuzz test
// (tests/api/fuzz.int.test.ts) and the longer bench run (bench/fuzz.ts).
// Queries: random valid selections with arguments at and beyond their limits,
// negative and huge numbers, Lucene and Cypher metacharacters, empty and
// 10 kB strings, unknown and malformed ids and cursors. Malformed requests:
// syntax errors, fragment cycles, deep nesting, alias, token and directive
// bombs, invalid JSON and UTF-8, wrong content types, batches, 1 MB bodies.
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { random } from '../setup/random.js';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** Strings a careless resolver would trip on, plus real names and ids so some queries find data. */
export const HOSTILE_STRINGS = [
  '',
  ' ',
  '鞍钢',
  '鞍山高新区',
  '地区生产总值',
  'anshan-14fyp',
  'huludao-14fyp',
  'Enterprise:鞍钢集团有限公司',
  'AdminArea:辽宁省/鞍山市',
  'Plan:anshan-14fyp',
  b64('Enterprise:鞍钢集团有限公司'),
  b64('Person:张三'),
  'Enterprise:没有这家公司',
  '%%%',
  '=',
  '*:*',
  'a~ OR b^10 AND (c:d) [x TO y] {1 TO 2} /re.*gex/ "phrase" ? \\ !',
  '" OR 1=1 //',
  "') RETURN 1 //",
  "x'}) DETACH DELETE n //",
  '`) MATCH (n) DETACH DELETE n //',
  '$param {param} ${x}',
  'CALL db.clearQueryCaches()',
  '\u0000\u0001\u001f',
  '\ud800',
  '🙂'.repeat(50),
  'x'.repeat(101),
  '鞍'.repeat(10_000),
  b64('{"k":"x","id":"y"}'),
  b64('not a cursor'),
  b64('"]) MATCH (n) DETACH DELETE n //'),
];

const HOSTILE_INTS = [0, 1, 2, 3, 6, 7, 10, 11, 20, 100, 101, 1000, -1, -100, 2147483647, -2147483648];

export class QueryGenerator {
  private readonly next: () => number;

  constructor(
    private readonly schema: GraphQLSchema,
    seed: number,
  ) {
    this.next = random(seed);
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  private chance(p: number): boolean {
    return this.next() < p;
  }

  /** One query: 1–3 root fields with random arguments and selections. */
  query(): string {
    const fields = Object.values(this.schema.getQueryType()!.getFields());
    const roots = Array.from({ length: 1 + Math.floor(this.next() * 3) }, (_, i) => {
      const field = this.pick(fields);
      return `f${i}: ${this.field(field, 0)}`;
    });
    return `{ ${roots.join(' ')} }`;
  }

  private field(field: GraphQLField<unknown, unknown>, depth: number): string {
    const args = field.args.filter((a) => isNonNullType(a.type) || this.chance(0.6)).map((a) => `${a.name}: ${this.value(a.type, a, 0)}`);
    const selection = this.selection(getNamedType(field.type), depth + 1);
    return `${field.name}${args.length ? `(${args.join(', ')})` : ''}${selection}`;
  }

  private selection(type: GraphQLNamedType, depth: number): string {
    if (isLeafType(type)) return '';
    const parts: string[] = ['__typename'];
    if (isObjectType(type) || isInterfaceType(type)) {
      const fields = Object.values(type.getFields());
      const count = 1 + Math.floor(this.next() * 4);
      for (let i = 0; i < count; i++) {
        const field = this.pick(fields);
        const leaf = isLeafType(getNamedType(field.type));
        if (!leaf && depth >= 4) continue;
        parts.push(`s${i}: ${this.field(field, depth)}`);
      }
    }
    if (isInterfaceType(type) || isUnionType(type)) {
      const possible = this.schema.getPossibleTypes(type);
      const concrete = this.pick(possible);
      if (depth < 4) parts.push(`... on ${concrete.name} ${this.selection(concrete, depth + 1)}`);
    }
    return ` { ${parts.join(' ')} }`;
  }

  private value(type: GraphQLInputType, arg: GraphQLArgument | undefined, depth: number): string {
    if (this.chance(0.03)) return 'null';
    const inner = getNullableType(type) as GraphQLInputType;
    if (isListType(inner)) {
      const n = this.chance(0.1) ? 150 : Math.floor(this.next() * 4);
      return `[${Array.from({ length: n }, () => this.value(inner.ofType as GraphQLInputType, arg, depth + 1)).join(', ')}]`;
    }
    if (isEnumType(inner)) return this.chance(0.05) ? 'NotAValue' : this.pick(inner.getValues()).name;
    if (isInputObjectType(inner)) {
      if (depth > 2) return '{}';
      const fields = Object.values(inner.getFields()).filter((f) => isNonNullType(f.type) || this.chance(0.5));
      return `{ ${fields.map((f) => `${f.name}: ${this.value(f.type, undefined, depth + 1)}`).join(', ')} }`;
    }
    if (isScalarType(inner)) {
      switch (inner.name) {
        case 'Int':
          return String(this.chance(0.9) ? this.pick(HOSTILE_INTS) : Math.floor((this.next() - 0.5) * 1e6));
        case 'Float':
          return this.pick(['0', '-1.5', '1e308', '3.14']);
        case 'Boolean':
          return this.pick(['true', 'false']);
        default:
          return JSON.stringify(this.pick(HOSTILE_STRINGS));
      }
    }
    return 'null';
  }

  /** A malformed or hostile request, as fetch arguments. */
  malformed(): { label: string; init: RequestInit } {
    const json = (body: unknown, headers: Record<string, string> = {}) => ({ method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
    const valid = this.query();
    const kinds: Array<[string, () => RequestInit]> = [
      ['truncated', () => json({ query: valid.slice(0, Math.floor(this.next() * valid.length)) })],
      ['garbage', () => json({ query: Array.from({ length: 40 }, () => this.pick(['{', '}', '(', ')', '[', ']', ':', '...', '@', '$', '"', 'on', 'query', 'x', '#', '\n', '!', '='])).join(' ') })],
      ['fragment cycle', () => json({ query: '{ plans { ...A } } fragment A on Plan { ...B } fragment B on Plan { ...A }' })],
      ['deep selection', () => json({ query: `{ plans { outline { ${'children { '.repeat(30 + Math.floor(this.next() * 3000))}heading } } }` })],
      ['deep list', () => json({ query: `{ nodes(ids: ${'['.repeat(50 + Math.floor(this.next() * 50_000))}"x") { id } }` })],
      ['alias bomb', () => json({ query: `{ ${Array.from({ length: 16 + Math.floor(this.next() * 500) }, (_, i) => `a${i}: plans { planId }`).join(' ')} }` })],
      ['token bomb', () => json({ query: `{ plans { ${'planId '.repeat(2001 + Math.floor(this.next() * 20_000))} } }` })],
      ['directive bomb', () => json({ query: `{ plans ${'@include(if: true) '.repeat(21 + Math.floor(this.next() * 200))} { planId } }` })],
      ['invalid JSON', () => json(this.pick(['{', '{"query": ', '{"query": "{ plans { planId } }",}', "{'query': 1}", '[', 'undefined', '{"query": "\\x"}']))],
      ['invalid UTF-8', () => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: new Uint8Array([0x7b, 0x22, 0xc3, 0x28, 0xa0, 0xa1, 0x22, 0x7d]) })],
      ['wrong type', () => json({ query: valid }, { 'content-type': this.pick(['text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'image/png', '']) })],
      ['not a query', () => json(this.pick([{ query: 1 }, { query: null }, { query: ['x'] }, { variables: {} }, { query: valid, variables: 'x' }, { query: valid, operationName: 7 }, { query: valid, extensions: 'x' }]))],
      ['batched', () => json([{ query: valid }, { query: valid }])],
      ['big variables', () => json({ query: 'query($i:[ID!]!){ nodes(ids: $i) { id } }', variables: { i: Array.from({ length: 1000 + Math.floor(this.next() * 50_000) }, (_, k) => `bad${k}`) } })],
      ['wrong variables', () => json({ query: 'query($i:[ID!]!, $n: Int){ nodes(ids: $i) { id } entities(first: $n) { edges { cursor } } }', variables: { i: this.pick([null, 'x', [null], [1, 2], {}]), n: this.pick([1.5, 'x', 2 ** 40, -1, null]) } })],
      ['mutation', () => json({ query: 'mutation { createPlan(id: "x") { id } }' })],
      ['subscription', () => json({ query: 'subscription { plans { planId } }' })],
      ['GET', () => ({ method: this.pick(['GET', 'PUT', 'DELETE', 'PATCH']) })],
    ];
    const [label, make] = this.pick(kinds);
    return { label, init: make() };
  }
}

/** A 1 MB (just over the limit) body, built once. */
export function megabyteBody(): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ plans { planId } }', variables: { pad: 'x'.repeat(1_000_001) } }) };
}

/** What every answer must be: a GraphQL response without internals, and no 5xx but deliberate 503s. */
export function problemsWith(status: number, text: string): string[] {
  const problems: string[] = [];
  if (status >= 500 && status !== 503) problems.push(`HTTP ${status}`);
  let body: { data?: unknown; errors?: Array<{ message?: unknown; extensions?: { code?: string } }> };
  try {
    body = JSON.parse(text);
  } catch {
    // 405/415 come without a body from Yoga: not a GraphQL response, but not an error either.
    if (text === '' && (status === 405 || status === 415 || status === 406)) return problems;
    return [...problems, `not JSON (HTTP ${status}): ${text.slice(0, 80)}`];
  }
  if (typeof body !== 'object' || body === null || (!('data' in body) && !Array.isArray(body.errors))) problems.push(`not a GraphQL response: ${text.slice(0, 80)}`);
  for (const error of body.errors ?? []) {
    if (typeof error.message !== 'string') problems.push('an error without a message');
    if (error.message === 'Unexpected error.') problems.push('a masked unexpected error (a bug somewhere)');
  }
  // A deliberate 503 says why: busy, or the database (other fields may fail for their own reasons beside it).
  if (status === 503 && !(body.errors ?? []).some((e) => ['OVERLOADED', 'DATABASE_UNAVAILABLE'].includes(e.extensions?.code ?? ''))) {
    problems.push(`503 without OVERLOADED or DATABASE_UNAVAILABLE`);
  }
  // (Queries and ids are echoed in messages on purpose, so Cypher keywords alone prove nothing.)
  if (/originalError|Neo4jError|Neo\.(Client|Transient|Database)Error|bolt:\/\/|127\.0\.0\.1|\bat \S+\.(ts|js):\d+|Unexpected token|cypher\/read/.test(text)) problems.push(`internal detail leaked: ${text.slice(0, 200)}`);
  return problems;
}
