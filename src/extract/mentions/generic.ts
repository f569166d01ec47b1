// A park, institute or company "name" made only of descriptive words is a
// kind of thing, not one thing: `新兴产业集聚区`, `九大特色工业园区`,
// `储能研究院`, `文化旅游集团`, `商业、文化、旅游、餐饮等企业`. Real names carry something proper (a
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
  '农业', '深加工', '流通', '大健康', '会展', '广告', '境外', '外贸', '县域', '市属', '周边', '区域', '一流', '国内', '宜居宜业', '新型', '传统',
  '教育', '文旅', '企业', '招商', '国资', '新闻', '职业', '地市级', '品牌', '冷链', '商业', '餐饮', '机构', '研究院', '学前',
  '夜间', '消费', '中小', '专科', '公立', '社区', '非营利性', '妇幼', '学校', '省市', '三甲', '优抚', '二级', '三级', '行政', '社会主义', '创新创业', '综合性', '中医', '中医院', '康复', '护理', '养老', '儿童', '老年', '职业技术', '技工', '城市', '场景', '股权', '创投', '专项', '政府', '出资', '社会', '救助', '社保', '福彩', '私募', '养老', '风险', '缓释', '不动产', '信托', '基础设施', '领域', '内部', '更多', '丰富', '科创', '成果', '引导', '天使', '种子', '并购', '工程', '(技术)', '混合所有制', '本乡本土', '开放', '体制', '改革', '成果', '转化', '贸易', '转型', '自由', '自贸', '中心', '园区', '区内', '演艺', '融资', '租赁', '热电', '医疗', '平台化', '平台式', '市', '区', '县', '省', '平台', '投资', '运营', '国有', '龙头', '骨干', '城投', '控股', '分', '子', '母', '上市', '民营', '外资', '合资', '独资', '有限', '责任', '股份', '集团', '公司', '省属', '市属', '区属', '县属', '地方', '大中型', '重点', '优质', '物业', '担保', '保险', '咨询', '证券', '基金', '资本', '资产', '管理', '特色化', '知名', '其他', '百亿', '千亿', '产业集群', '资源', '精品', '网红', '休闲', '娱乐', '乡村', '行业', '水平', '成长', '企业', '大学', '高', '大', '中', '小', '各类', '相关', '该', '本', '全市', '全区', '我市', '我区', '通用航空',
]; // each was seen in a descriptive name: 现代农业产业园, 农产品深加工企业, 商贸流通企业, 会展广告产业园, 教育集团, 冷链物流(等企业), 研究院有限公司, 通用航空公司 (general aviation, a kind of flying)
const NUMBERED = /^(第?[一二三四五六七八九十两多几\d]+[大个类批项家座]|各)/;

export function isDescriptive(core: string, index: GazetteerIndex): boolean {
  // A bracketed aside describes too (`科技成果转化(科技创业)投资基金`).
  let rest = core.replace(/[((][^()()]*[))]/g, '').replace(NUMBERED, '');
  const words = industryWords(index);
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
/** The descriptive words plus industry names and short forms from the gazetteer (`生物医药产业`, `生物医药`), longest first. */
function industryWords(index: GazetteerIndex): string[] {
  let words = cache.get(index);
  if (!words) {
    const industries = index.gazetteer.entries
      .filter((e) => e.type === 'Industry')
      .flatMap((e) => [e.name, ...e.aliases, ...(e.contextAliases ?? [])])
      .flatMap((w) => [w, w.replace(/产业$/, '')])
      .filter((w) => w.length >= 2);
    words = [...new Set([...DESCRIPTIVE_WORDS, ...industries])].sort((a, b) => b.length - a.length);
    cache.set(index, words);
  }
  return words;
}
