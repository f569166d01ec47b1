// Introspection off (production): __schema and __type queries fail
// validation. graphql's own rule, from the same graphql instance Yoga uses.
import type { Plugin } from 'graphql-yoga';
import { NoSchemaIntrospectionCustomRule } from 'graphql';

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
