// Introspection off (production): __schema and __type queries fail
// validation. graphql's own rule, from the same graphql instance Yoga uses.
import { createRequire } from 'node:module';
import type * as GraphQLModule from 'graphql';
import type { Plugin } from 'graphql-yoga';

const { NoSchemaIntrospectionCustomRule } = createRequire(import.meta.url)('graphql') as typeof GraphQLModule;

export interface IntrospectionSwitchOptions {
  /**
   * Whether introspection is answered.
   * @default true
   */
  enabled?: boolean;
}

export function useIntrospectionSwitch({ enabled = true }: IntrospectionSwitchOptions = {}): Plugin {
  if (enabled) return {};
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}
