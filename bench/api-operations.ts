// The operations bench/api.ts measures, each three ways (our API, the
// hand-written single Cypher, @neo4j/graphql), and @neo4j/graphql's typeDefs.
// Shared with bench/api-profile.ts, which profiles our server on the same ones.
export const AREA = 'AdminArea:辽宁省/鞍山市';
export const ENTERPRISE = 'Enterprise:鞍钢集团有限公司';
export const BMW = 'Enterprise:华晨宝马汽车有限公司';
export const FACTS = 'LOCATED_IN|LED_BY|HOSTS|DEVELOPS|INVOLVES|HAS_TARGET';

export interface Operation {
  name: string;
  /** Our API. */
  api: { query: string; variables?: Record<string, unknown> };
  /** The single Cypher for the same answer. */
  cypher: { text: string; params: Record<string, unknown> };
  /** @neo4j/graphql; `note` says where its answer differs. */
  neo: { query: string; variables?: Record<string, unknown>; note?: string };
}

export const OPERATIONS: Operation[] = [
  {
    name: 'lookup by id',
    api: { query: 'query($id: ID!) { node(id: $id) { id ... on Entity { name type aliases } } }', variables: { id: ENTERPRISE } },
    cypher: { text: 'MATCH (n:Entity {id: $id}) RETURN n {.id, .name, .type, .aliases} AS node', params: { id: ENTERPRISE } },
    neo: { query: 'query($id: ID!) { enterprises(where: { id: { eq: $id } }) { id name type aliases } }', variables: { id: ENTERPRISE } },
  },
  {
    name: 'search',
    api: { query: '{ search(text: "鞍钢", first: 20) { edges { score node { graphId name type } } } }' },
    cypher: {
      text: `CALL db.index.fulltext.queryNodes('entity_search', $phrase) YIELD node, score
             RETURN node {.id, .name, .type} AS node, score ORDER BY score DESC, node.id LIMIT 20`,
      params: { phrase: '"鞍钢"' },
    },
    neo: { query: '{ search(phrase: "\\"鞍钢\\"") { id name type } }', note: 'no score field' },
  },
  {
    name: 'Q3 area → parks → enterprises → plans',
    api: {
      query: 'query($id: ID!) { node(id: $id) { ... on AdminArea { name parks { name enterprises { name plans { planId } } } } } }',
      variables: { id: AREA },
    },
    cypher: {
      text: `MATCH (a:AdminArea {id: $id})
             RETURN a.name AS name, COLLECT {
               MATCH (a)<-[:LOCATED_IN]-(p:IndustrialPark) WITH DISTINCT p ORDER BY p.name, p.id LIMIT 20
               RETURN p {.name, enterprises: COLLECT {
                 MATCH (p)-[:HOSTS]->(e:Enterprise) WITH DISTINCT e ORDER BY e.name, e.id LIMIT 20
                 RETURN e {.name, plans: COLLECT { MATCH (e)-[r]-() WITH DISTINCT r.plan AS id ORDER BY id RETURN id }}
               }}
             } AS parks`,
      params: { id: AREA },
    },
    neo: {
      query: 'query($id: ID!) { adminAreas(where: { id: { eq: $id } }) { name parks { name enterprises { name plans { id } } } } }',
      variables: { id: AREA },
    },
  },
  {
    name: 'neighborhood (depth 2)',
    api: {
      query: '{ neighborhood(id: "Enterprise:华晨宝马汽车有限公司", depth: 2, limitPerHop: 100) { nodes { graphId label type } edges { source target type count } } }',
    },
    cypher: {
      text: `MATCH (c:Entity {id: $id})
             CALL (c) {
               MATCH (c)-[r1:${FACTS}]-(m1) WHERE m1:Entity OR m1:Plan
               OPTIONAL MATCH (m1)-[r2:${FACTS}]-(m2) WHERE m2:Entity OR m2:Plan
               RETURN collect(DISTINCT m1) + collect(DISTINCT m2) AS ns, collect(DISTINCT r1) + collect(DISTINCT r2) AS rs
             }
             RETURN [n IN ns | n {.id, .name, .type}] AS nodes,
                    [r IN rs | {type: type(r), source: startNode(r).id, target: endNode(r).id}] AS edges`,
      params: { id: BMW },
    },
    neo: { query: '{ neighborhood(id: "Enterprise:华晨宝马汽车有限公司") { id name type } }', note: 'nodes only (a @cypher field; no edges type without hand-written resolvers)' },
  },
  {
    name: 'paths (shortest, ≤ 6)',
    api: {
      query: `{ paths(from: "${BMW}", to: "${ENTERPRISE}", maxLength: 6) { nodes { graphId label } edges { source target type } } }`,
    },
    cypher: {
      text: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
             MATCH p = shortestPath((a)-[*..6]-(b))
             WHERE all(r IN relationships(p) WHERE type(r) IN $types)
             RETURN [n IN nodes(p) | n {.id, .name}] AS nodes,
                    [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id}] AS edges`,
      params: { from: BMW, to: ENTERPRISE, types: FACTS.split('|') },
    },
    neo: { query: `{ shortestPath(from: "${BMW}", to: "${ENTERPRISE}") { id name } }`, note: 'nodes only' },
  },
  {
    name: 'crossPlan (enterprises in ≥ 2 plans)',
    api: { query: '{ crossPlan(type: Enterprise, minPlans: 2, first: 50, quotesPerPlan: 1) { planCount entity { graphId name } appearances { plan { planId } quotes { quote } } } }' },
    cypher: {
      // The stored planCount (kept by the loader) is there for a hand-writer too.
      text: `MATCH (n:Entity {type: 'Enterprise'}) WHERE n.planCount >= 2
             WITH n ORDER BY n.planCount DESC, n.name, n.id LIMIT 50
             CALL (n) { MATCH (n)-[r]-() WITH DISTINCT r.plan AS plan RETURN collect(plan) AS plans }
             CALL (n, plans) {
               UNWIND plans AS planId
               CALL (n, planId) {
                 MATCH (n)-[r]-() WHERE r.plan = planId AND r.quote IS NOT NULL
                 WITH r ORDER BY type(r) <> 'MENTIONED_IN', r.start, r.id LIMIT 1
                 RETURN collect(r.quote) AS quotes
               }
               WITH planId, quotes ORDER BY planId
               RETURN collect({plan: planId, quotes: quotes}) AS appearances
             }
             RETURN n {.id, .name} AS entity, size(plans) AS planCount, appearances`,
      params: {},
    },
    neo: { query: '{ crossPlan(minPlans: 2) { id name } }', note: 'entities only (a @cypher field)' },
  },
];

/** @neo4j/graphql's view of the same graph; relationship lists are @cypher fields so they answer DISTINCT neighbours, as ours do. */
export const NEO4J_GRAPHQL_TYPEDEFS = /* GraphQL */ `
  type Plan @node { id: ID! name: String! }
  type EntityNode @node(labels: ["Entity"]) { id: ID! name: String! type: String! }
  type Enterprise @node(labels: ["Enterprise", "Entity"]) {
    id: ID! name: String! type: String! aliases: [String!]
    plans: [Plan!]! @cypher(statement: "MATCH (this)-[r]-() WITH DISTINCT r.plan AS pid MATCH (p:Plan {id: pid}) RETURN p ORDER BY p.id", columnName: "p")
  }
  type IndustrialPark @node(labels: ["IndustrialPark", "Entity"]) {
    id: ID! name: String!
    enterprises: [Enterprise!]! @cypher(statement: "MATCH (this)-[:HOSTS]->(e:Enterprise) WITH DISTINCT e RETURN e ORDER BY e.name, e.id LIMIT 20", columnName: "e")
  }
  type AdminArea @node(labels: ["AdminArea", "Entity"]) {
    id: ID! name: String!
    parks: [IndustrialPark!]! @cypher(statement: "MATCH (this)<-[:LOCATED_IN]-(p:IndustrialPark) WITH DISTINCT p RETURN p ORDER BY p.name, p.id LIMIT 20", columnName: "p")
  }
  type Query {
    search(phrase: String!): [EntityNode!]!
      @cypher(statement: "CALL db.index.fulltext.queryNodes('entity_search', $phrase) YIELD node, score RETURN node ORDER BY score DESC, node.id LIMIT 20", columnName: "node")
    neighborhood(id: ID!): [EntityNode!]!
      @cypher(statement: "MATCH (c:Entity {id: $id})-[:${FACTS}*1..2]-(m:Entity) WITH DISTINCT m RETURN m", columnName: "m")
    shortestPath(from: ID!, to: ID!): [EntityNode!]!
      @cypher(statement: "MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) MATCH p = shortestPath((a)-[:${FACTS}*..6]-(b)) UNWIND nodes(p) AS n RETURN n", columnName: "n")
    crossPlan(minPlans: Int!): [EntityNode!]!
      @cypher(statement: "MATCH (n:Entity {type: 'Enterprise'}) WHERE n.planCount >= $minPlans RETURN n ORDER BY n.planCount DESC, n.name LIMIT 50", columnName: "n")
  }
`;

