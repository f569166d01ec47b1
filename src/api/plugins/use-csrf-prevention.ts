// Yoga's CSRF prevention, with a code and a message that says what to do.
// Browsers send "simple" requests (a GET, a form or text/plain POST) to any
// site without asking it first, so those must carry a header a page from
// another site cannot set without a CORS preflight. JSON POSTs — the
// explorer's and GraphiQL's — are always preflighted, and pass unchanged.
import { useCSRFPrevention as useYogaCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

export interface CsrfPreventionOptions {
  /**
   * Headers any one of which marks a simple request as intended.
   * @default ['x-graphql-yoga-csrf']
   */
  requestHeaders?: string[];
}

export function useCsrfPrevention({ requestHeaders = ['x-graphql-yoga-csrf'] }: CsrfPreventionOptions = {}): Plugin {
  const check = useYogaCSRFPrevention({ requestHeaders }).onRequestParse!;
  return {
    onRequestParse(payload) {
      try {
        return check(payload);
      } catch {
        throw createGraphQLError(
          `GET, form and text/plain requests need the header ${requestHeaders[0]}: 1 (CSRF protection); or POST JSON (content-type: application/json).`,
          { extensions: { code: 'CSRF_HEADER_MISSING', http: { status: 403 } } },
        );
      }
    },
  };
}
