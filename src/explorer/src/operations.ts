// Every operation the page sends, typed against schema.graphql by the
// client preset (npm run codegen): a schema change that breaks one fails
// typecheck.
import { graphql } from './gql/index.js';

export const PlansQuery = graphql(`
  query ExplorerPlans {
    plans { planId shortTitle title period region { name } }
  }
`);

export const SearchQuery = graphql(`
  query ExplorerSearch($text: String!, $types: [EntityType!], $plans: [String!], $first: Int) {
    search(text: $text, types: $types, plans: $plans, first: $first) {
      totalCount
      edges { score node { id graphId name type aliases planCount } }
    }
  }
`);

export const TextSearchQuery = graphql(`
  query ExplorerTextSearch($text: String!, $plans: [String!], $first: Int) {
    textSearch(text: $text, plans: $plans, first: $first) {
      totalCount
      edges {
        node {
          snippet
          highlights { start end }
          plan { planId shortTitle }
          section { heading path }
          paragraph { paragraphId line }
          entities(first: 12) { id graphId name type }
        }
      }
    }
  }
`);

export const NodesQuery = graphql(`
  query ExplorerNodes($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
      ... on Entity { graphId name type }
      ... on Plan { planId shortTitle title }
    }
  }
`);

export const NeighborhoodQuery = graphql(`
  query ExplorerNeighborhood($id: ID!, $depth: Int, $limitPerHop: Int, $relationTypes: [FactType!], $plans: [String!], $types: [EntityType!]) {
    neighborhood(id: $id, depth: $depth, limitPerHop: $limitPerHop, relationTypes: $relationTypes, plans: $plans, types: $types) {
      truncated
      nodes { id graphId label type depth }
      edges { id source target type count plans factIds }
    }
  }
`);

export const PathsQuery = graphql(`
  query ExplorerPaths($from: ID!, $to: ID!, $maxLength: Int, $all: Boolean, $limit: Int) {
    paths(from: $from, to: $to, maxLength: $maxLength, all: $all, limit: $limit) {
      nodes { id graphId label type depth }
      edges { id source target type count plans factIds }
      paths { nodes edges length }
    }
  }
`);

export const EntityDetailQuery = graphql(`
  query ExplorerEntity($id: ID!, $first: Int) {
    node(id: $id) {
      id
      ... on Entity {
        graphId name type aliases planCount
        plans { planId shortTitle title }
        mentions(first: $first) {
          totalCount
          edges {
            node {
              quote line start end rule sectionHeading sectionPath sentence
              plan { planId shortTitle }
              paragraph { text line }
              paragraphSpan { start end }
            }
          }
        }
      }
      ... on AdminArea { level }
      ... on IndustrialPark { level }
      ... on Plan { planId shortTitle title issuer issued period docNumber kind file region { name level } }
    }
  }
`);

export const FactsQuery = graphql(`
  query ExplorerFacts($ids: [String!]!) {
    facts(ids: $ids) {
      factId type quote line start end rule sentence
      plan { planId shortTitle }
      section { heading path }
      paragraph { text line }
      paragraphSpan { start end }
      attributes { name value }
    }
  }
`);

export const CrossPlanQuery = graphql(`
  query ExplorerCrossPlan($type: EntityType, $minPlans: Int, $first: Int) {
    crossPlan(type: $type, minPlans: $minPlans, first: $first, quotesPerPlan: 1) {
      planCount
      entity { id graphId name type }
      appearances { plan { planId shortTitle } quotes { quote line } }
    }
  }
`);

export const CompareIndicatorQuery = graphql(`
  query ExplorerCompareIndicator($name: String!) {
    compareIndicator(name: $name) {
      name
      targets {
        plan { planId shortTitle }
        baseline baselineValue target targetValue growth unit attribute period year quote line
        section { heading }
      }
    }
  }
`);

export const IndicatorNamesQuery = graphql(`
  query ExplorerIndicators($first: Int) {
    entities(type: Indicator, orderBy: PLAN_COUNT, first: $first) {
      edges { node { name planCount } }
    }
  }
`);
