// A park or institute "name" made only of descriptive words is a kind of
// place, not one place: `新兴产业集聚区`, `生产性服务业集聚区`,
// `九大特色工业园区`, `储能研究院`. Real names carry something proper (a
// place, a company, a brand: `邴家湾服务业新业态集聚区`, `斯达威泳装超级产业园`).
import type { GazetteerIndex } from '../gazetteer-index.js';

/** Descriptive words of park and institute names, each seen in a generic one in the seeds or common in plans. */
export const DESCRIPTIVE_WORDS = [
  '新兴', '新业态', '生产性', '服务业', '服务', '现代', '特色', '高端', '专业化', '专业', '文化', '数字', '电竞', '创意', '创新',
  '创业', '科技', '智能', '智慧', '绿色', '生态', '循环', '物流', '商贸', '电商', '跨境', '电子商务', '农产品', '加工', '食品',
  '大数据', '软件', '信息', '新材料', '医药', '生物', '健康', '旅游', '产业', '工业', '超级', '大型', '小微', '双创', '众创',
  '孵化', '总部', '楼宇', '储能', '新能源', '能源', '技术', '研发', '科研', '院校', '共用', '共享', '公共', '综合', '示范',
  '国家级', '省级', '市级', '国家', '重点', '先进', '制造', '装备', '人力资源', '人才', '金融', '临港', '高新', '经济', '化工',
  '泳装', '运动装', '动漫', '游戏', '设计', '传媒', '数字经济', '人工智能', '物联网', '互联网', '工业互联网', '产业化', '基地',
];
const NUMBERED = /^[一二三四五六七八九十两多几各]+[大个类批项家座]?/;

export function isDescriptive(core: string, index: GazetteerIndex): boolean {
  let rest = core.replace(NUMBERED, '');
  const words = [...DESCRIPTIVE_WORDS, ...industryWords(index)].sort((a, b) => b.length - a.length);
  let changed = true;
  while (rest && changed) {
    changed = false;
    for (const w of words) {
      if (rest.startsWith(w)) {
        rest = rest.slice(w.length);
        changed = true;
        break;
      }
    }
  }
  return rest.length === 0;
}

const cache = new WeakMap<GazetteerIndex, string[]>();
/** Industry names and short forms from the gazetteer (`生物医药产业`, `生物医药`): descriptive by nature. */
function industryWords(index: GazetteerIndex): string[] {
  let words = cache.get(index);
  if (!words) {
    words = index.gazetteer.entries
      .filter((e) => e.type === 'Industry')
      .flatMap((e) => [e.name, ...e.aliases, ...(e.contextAliases ?? [])])
      .flatMap((w) => [w, w.replace(/产业$/, '')])
      .filter((w) => w.length >= 2);
    cache.set(index, words);
  }
  return words;
}
