// entity → Section for every distinct mention, quoting it.
import type { ExtractionContext } from '../context.js';

export function addMentionedIn(ctx: ExtractionContext): void {
  for (const { entity, provenance, mention } of ctx.found) {
    const extra: Record<string, string> = { surface: mention.unit.text.slice(mention.start, mention.end) };
    if (mention.rank) extra.rank = mention.rank;
    ctx.graph.addRelationship('MENTIONED_IN', entity.id, provenance.section, provenance, extra);
  }
}
