// The words that introduce and close responsible-unit lists. Word lists are
// data (seed/lexicon/*.json); these functions are the text stage's view of them.

const LABELS = ['责任单位', '牵头单位', '配合单位', '责任部门', '牵头部门', '配合部门', '协办单位', '参与单位', '主责单位', '主要责任单位', '协助单位'];
/** Longest first, so `按职责分工负责` wins over `负责`. */
const VERBS = ['按职责分工负责', '按职责分工落实', '按职责负责', '分别负责', '共同负责', '牵头负责', '牵头', '负责', '配合', '参与', '协助', '协同'];
/** How an organisation's name ends (`市发展改革委`, `区疫情防控指挥部成员单位`, `各街办(新区)` without its bracket). */
const ORGANISATION_END = /(局|委|办|委员会|中心|部|厅|署|院|会|室|处|所|队|站|政府|管委会|集团|公司|银行|部门|单位|街道|办事处|街办|乡镇|镇|乡|新区|开发区|园区|指挥部|小组|组|法院|检察院|海关|党委|党组|团委|妇联|工会|科协|学校|大学|医院|社|联|总队|分局|支行|分行|机构|企业|平台)$/;

export const listLabels = (): string[] => LABELS;
export const roleVerbs = (): string[] => VERBS;

/** An organisation's name: short, no clause punctuation, an organisation's ending (a bracketed tail aside). */
export function isOrganisationName(name: string): boolean {
  const core = name.trim().replace(/[((][^()()]*[))]$/, '').replace(/等$/, '');
  return core.length >= 2 && core.length <= 30 && !/[,。;:“”《》的]/.test(core) && ORGANISATION_END.test(core);
}

/** A government unit: a level prefix (`市…`, `区…`, `各…`) or a government body's ending. */
export function isGovernmentUnit(name: string): boolean {
  return /^(省|市|区|县|旗|镇|乡|街道|各)/.test(name) || /(局|委|办|政府|管委会|部门)$/.test(name);
}
