// Entity types, relation types and their colours (one place for legend and canvas).
export const ENTITY_TYPES = ['AdminArea', 'IndustrialPark', 'Enterprise', 'Project', 'Indicator', 'GovernmentAgency', 'Task', 'Institution', 'Industry'] as const;
export const FACT_TYPES = ['LOCATED_IN', 'HOSTS', 'DEVELOPS', 'INVOLVES', 'LED_BY', 'HAS_TARGET'] as const;

export const TYPE_LABELS: Record<string, string> = {
  AdminArea: '地区 Area',
  IndustrialPark: '园区 Park',
  Enterprise: '企业 Enterprise',
  Project: '项目 Project',
  Indicator: '指标 Indicator',
  GovernmentAgency: '部门 Agency',
  Task: '任务 Task',
  Institution: '机构 Institution',
  Industry: '产业 Industry',
  Plan: '规划 Plan',
};

// Tableau 10: distinguishable, and readable as text on white.
const COLORS: Record<string, string> = {
  AdminArea: '#4e79a7',
  IndustrialPark: '#f28e2b',
  Enterprise: '#e15759',
  Project: '#76b7b2',
  Indicator: '#59a14f',
  GovernmentAgency: '#b6992d',
  Task: '#b07aa1',
  Institution: '#ff9da7',
  Industry: '#9c755f',
  Plan: '#3b3b3b',
};

export function colorOf(type: string): string {
  return COLORS[type] ?? '#888888';
}

export function sizeFor(type: string): number {
  return type === 'Plan' ? 9 : type === 'AdminArea' || type === 'IndustrialPark' ? 8 : 6;
}
