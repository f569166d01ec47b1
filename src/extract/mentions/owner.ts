// The company (or park) a project, park or institute is named after: a
// gazetteer name at the start of the container's name, after at most a
// place (`鞍山华科大激光科技脉冲激光器项目`, `天安集团氢能产业园`,
// `绥中生物技术产业园区热电联产项目`, `中国通用技术集团机床工程研究院`).
// Names further inside are not owners (`智能鞍钢` inside a 鞍钢自动化
// project); a company inside a company's name is its parent, not a mention
// (`鞍钢` in `鞍钢化学科技`); a context alias is too vague to own anything
// (`经济开发区` in `台安经济开发区`).
import type { Mention } from './mention.js';

const CONTAINER_TYPES = new Set(['Project', 'IndustrialPark', 'Institution']);
const OWNER_TYPES: Record<string, Set<string>> = {
  Project: new Set(['Enterprise', 'Institution', 'IndustrialPark']),
  // A zone opening a park's name is the zone the park lies in (`天津经开区现代产业园`, zone-nesting.ts).
  IndustrialPark: new Set(['Enterprise', 'Institution', 'IndustrialPark']),
  Institution: new Set(['Enterprise']),
};

export function ownerOf(container: Mention): Mention | undefined {
  if (!CONTAINER_TYPES.has(container.type)) return undefined;
  const nested = container.nested ?? [];
  const at = container.start;
  const place = nested.find((n) => n.start === at && n.type === 'AdminArea');
  return nested.find(
    (n) =>
      OWNER_TYPES[container.type]!.has(n.type) &&
      (n.start === at || (place !== undefined && n.start === place.end)) &&
      (n.candidates ? n.candidates.some((c) => c.kind !== 'context') : n.rule.startsWith('suffix:')) &&
      // A park owns a park only as the zone opening its name (zone-nesting.ts), not as a known park's short form (`上海张江药谷`).
      !(container.type === 'IndustrialPark' && n.type === 'IndustrialPark' && n.candidates),
  );
}
