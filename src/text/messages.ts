// Findings as vfile-style messages (STYLE.md: findings are messages, not exceptions).
import type { Message, Position, Severity } from './types.js';

export const SOURCE = 'plangraph:text';

export function message(ruleId: string, reason: string, place?: Position, severity: Severity = 'info'): Message {
  return place ? { ruleId, reason, severity, place, source: SOURCE } : { ruleId, reason, severity, source: SOURCE };
}
