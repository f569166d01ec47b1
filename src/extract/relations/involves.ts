// Project → Enterprise when the project's name names the company
// (`鞍钢矿业尾矿固废综合利用` names 鞍钢矿业) at its start, see ownerOf.
import type { ExtractionContext } from '../context.js';
import { ownerOf } from '../mentions/owner.js';

export function addInvolves(ctx: ExtractionContext): void {
  for (const f of ctx.found) {
    if (f.entity.type !== 'Project') continue;
    const inner = ownerOf(f.mention);
    if (inner?.type === 'Enterprise') {
      const company = ctx.resolver.resolve(inner);
      if (!company) continue;
      ctx.graph.addNode(company);
      ctx.graph.addRelationship('INVOLVES', f.entity.id, company.id, { ...f.provenance, rule: 'name-contains' }, { surface: f.mention.unit.text.slice(inner.start, inner.end) });
    }
  }
}
