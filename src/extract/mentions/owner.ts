// The company (or park) a project or park is named after: a gazetteer name at the
// start of the container's name, after at most a place (`鞍山华科大激光科技
// 脉冲激光器项目`, `天安集团氢能产业园`, `绥中生物技术产业园区热电联产项目`).
// Names further inside are not owners
// (`智能鞍钢` inside a 鞍钢自动化 project names no second company).
import type { Mention } from './mention.js';

const OWNER_TYPES = new Set(['Enterprise', 'Institution', 'IndustrialPark']);

export function ownerOf(container: Mention): Mention | undefined {
  const nested = container.nested ?? [];
  const at = container.start;
  const place = nested.find((n) => n.start === at && n.type === 'AdminArea');
  const owner = nested.find((n) => OWNER_TYPES.has(n.type) && (n.start === at || (place !== undefined && n.start === place.end)));
  return owner;
}
