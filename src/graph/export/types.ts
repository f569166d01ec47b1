// Rows of cypher/export/{nodes,relationships}.cypher as the driver returns them.
export interface NodeRecord {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface RelationshipRecord {
  id: string;
  type: string;
  start: string;
  end: string;
  startIsPlan: boolean;
  endIsPlan: boolean;
  properties: Record<string, unknown>;
}

export type ExportFormat = 'json' | 'graphml' | 'csv';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'graphml', 'csv'];
