// A plan nobody has seen (not in seed/plans.json) goes through the same code:
// a synthetic 本溪市 plan in tests/fixtures/text/benxi-14fyp.txt.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPlanDocument, parsePlan } from '../../src/text/index.js';
import { inferPlan, loadManifest, planForFile, seedPlanPath, slugFromFile } from '../../src/text/manifest.js';
import { readPlanFile } from '../../src/text/read.js';
import { nodes, quote, sections } from './helpers.js';

const path = fileURLToPath(new URL('../fixtures/text/benxi-14fyp.txt', import.meta.url));

describe('a new plan (本溪市, synthetic)', () => {
  const doc = loadPlanDocument(path);

  it('infers a manifest entry from the text', () => {
    expect(doc.plan).toEqual({
      id: 'benxi-14fyp',
      file: 'benxi-14fyp.txt',
      title: '本溪市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要',
      shortTitle: '本溪市“十四五”规划纲要',
      issuer: '本溪市人民政府',
      region: { name: '本溪市', level: 'city', parents: ['辽宁省'] },
      period: '2021-2025',
      issued: '2021-03-30',
      kind: '规划纲要',
    });
  });

  it('parses chapters, sections, the table and the task blocks', () => {
    expect(sections(doc, 'chapter').map((c) => c.heading)).toEqual(['发展基础', '重点任务']);
    expect(sections(doc, 'section').map((s) => s.id)).toEqual(['benxi-14fyp/c1/s1', 'benxi-14fyp/c1/s2', 'benxi-14fyp/c2/s1']);
    const table = nodes(doc).find((n) => n.type === 'table');
    expect(table?.type === 'table' && [table.shape, table.header.length, table.rows.length]).toEqual(['pipe', 1, 2]);
    const tasks = nodes(doc).flatMap((n) => (n.type === 'task' ? [n] : []));
    expect(tasks.map((t) => [t.number, t.heading, t.units.map((u) => `${u.label}:${u.name}`)])).toEqual([
      ['1', '推动本钢转型升级', ['责任单位:市工业和信息化局', '责任单位:市发展改革委']],
      ['2', '发展中医药产业', ['牵头单位:市卫生健康委', '配合单位:本溪高新区管委会']],
    ]);
    expect(quote(doc, tasks[1]!.units[1]!.position)).toBe('本溪高新区管委会');
  });

  it('normalises scraped spaces (`2020 年` → `2020年`)', () => {
    const p = nodes(doc).find((n) => n.type === 'paragraph' && n.text.startsWith('“十三五”'));
    expect(p?.type === 'paragraph' && p.text).toBe('“十三五”时期,全市经济运行总体平稳。2020年,地区生产总值达到810亿元。');
  });

  it('planForFile returns the manifest entry for a seed file and infers for others', () => {
    const seedPath = fileURLToPath(new URL('../../seed/plans/anshan-14fyp.txt', import.meta.url));
    expect(planForFile(seedPath, '').id).toBe('anshan-14fyp');
    expect(planForFile(path, readPlanFile(path)).id).toBe('benxi-14fyp');
  });
});

describe('inferPlan', () => {
  it('infers the seeds as the manifest describes them (title, region, kind, period)', () => {
    for (const entry of loadManifest()) {
      const inferred = inferPlan(seedPlanPath(entry), readPlanFile(seedPlanPath(entry)));
      expect(inferred.id, entry.id).toBe(entry.id);
      expect(inferred.region, entry.id).toEqual(entry.region);
      expect(inferred.kind, entry.id).toBe(entry.kind);
      expect(inferred.period, entry.id).toBe(entry.period);
      // 002's manifest title is the one-line title of line 4–5 (README), its cover (lines 1–3) spells 二〇三五
      if (entry.id !== 'huludao-14fyp') expect(inferred.title, entry.id).toBe(entry.title);
      if (entry.docNumber) expect(inferred.docNumber, entry.id).toBe(entry.docNumber);
      expect(inferred.issued, entry.id).toBe(entry.issued); // 003: `二零二一年十二月` → 2021-12; 002 has no date
    }
  });

  const infer = (text: string, file = 'x.txt') => inferPlan(file, text);

  it('reads a district of a city', () => {
    const p = infer('沈阳市铁西区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n沈阳市铁西区人民政府\n');
    expect(p.region).toEqual({ name: '铁西区', level: 'district', parents: ['辽宁省', '沈阳市'] });
    expect(p.kind).toBe('规划纲要');
  });

  it('reads a development zone with its city', () => {
    const p = infer('鞍山高新技术产业开发区\n国民经济和社会发展“十四五”规划(2021-2025)\n鞍山高新技术产业开发区管理委员会\n');
    expect(p.title).toBe('鞍山高新技术产业开发区国民经济和社会发展“十四五”规划(2021-2025)');
    expect(p.region).toEqual({ name: '鞍山高新技术产业开发区', level: 'development-zone', parents: ['辽宁省', '鞍山市'] });
    expect(p.kind).toBe('园区规划');
    expect(p.period).toBe('2021-2025');
    expect(p.issuer).toBe('鞍山高新技术产业开发区管理委员会');
  });

  it('reads an action plan from its notice, with doc number and date', () => {
    const p = infer('丹东市人民政府办公室关于印发丹东市推进“一圈一带两区”区域协调发展三年行动方案的通知\n丹政办发〔2022〕12号\n丹东市人民政府办公室\n2022年5月6日\n');
    expect(p).toMatchObject({ title: '丹东市推进“一圈一带两区”区域协调发展三年行动方案', kind: '行动方案', docNumber: '丹政办发〔2022〕12号', issued: '2022-05-06', period: '2022-2024' });
    expect(p.region).toEqual({ name: '丹东市', level: 'city', parents: ['辽宁省'] });
  });

  it('reads a zone named by its place and 经开区 (dev-lasa-jkq-2020)', () => {
    const p = infer('拉萨经开区产业集群迸发新动能\n本报拉萨9月20日讯,拉萨经开区设立19年来,产业集群初步形成。\n');
    expect(p.region).toEqual({ name: '拉萨经开区', level: 'development-zone', parents: [] });
    expect(p.kind).toBe('园区规划');
  });

  it('reads a zone that names itself bare, with the city of its source line (header furniture holds the headline)', () => {
    const p = infer('高新区2023年科技创新工作总结报告\n来源:株洲市高新区管委会 日期:2024-01-10\n一、主要成效\n全年新增高新技术企业56家。\n');
    expect(p.title).toBe('高新区2023年科技创新工作总结报告');
    expect(p.region).toEqual({ name: '株洲高新区', level: 'development-zone', parents: ['株洲市'] });
  });

  it('reads a zone after a period that opens the title, without a city when no line gives one', () => {
    const p = infer('“十四五”期间经开区先进制造业发展情况报告\n一、基本情况\n经开区规模以上工业产值年均增长9%。\n');
    expect(p.region).toEqual({ name: '经开区', level: 'development-zone', parents: [] });
  });

  it('reads a county', () => {
    const p = infer('岫岩满族自治县国民经济和社会发展第十四个五年规划纲要\n');
    expect(p.region.level).toBe('county');
    expect(p.region.name).toBe('岫岩满族自治县');
  });

  it('slugs ids from file names, with a stable hash for Chinese-only names', () => {
    expect(slugFromFile('/tmp/Benxi 14th FYP.txt')).toBe('benxi-14th-fyp');
    expect(slugFromFile('/tmp/本溪规划.txt')).toMatch(/^plan-[0-9a-f]{8}$/);
    expect(slugFromFile('/tmp/本溪规划.txt')).toBe(slugFromFile('/other/本溪规划.txt'));
  });

  it('a 表 caption without rows becomes a caption-only table with a warning', () => {
    const raw = '第一章 总则\n表1 主要指标\n\n第二章 任务\n推进改革。\n';
    const doc = parsePlan(raw, infer(raw, 'mini.txt'));
    const table = nodes(doc).find((n) => n.type === 'table');
    expect(table).toMatchObject({ shape: 'caption-only', caption: '表1主要指标', rows: [] });
    expect(doc.messages.map((m) => m.ruleId)).toContain('table-body-missing');
  });

  it('keeps a short news page whose source credit sits within the first lines (no header before prose)', () => {
    // dev-daxing-qy-2023: its closing `(文章来源:中国经济网)` is line 11, inside the header window;
    // the whole article was dropped as a page header.
    const raw = [
      '(资料图片仅供参考)',
      '',
      '3月2日上午,某某市高新区“开门红”集中签约活动在园区服务中心举行,与华光科技、瑞达新材等12家企业签约,签约项目预计投资总额超五十亿元。',
      '',
      '活动现场,相关负责人表示,本次签约项目涵盖新材料、生物医药等重点领域,对园区补强产业链起着关键性作用。',
      '',
      '(文章来源:某某日报)',
    ].join('\n');
    const doc = parsePlan(raw, infer(raw, 'news.txt'));
    expect(doc.messages.map((m) => m.ruleId)).not.toContain('web-chrome');
    expect(nodes(doc).filter((n) => n.type === 'paragraph').map((n) => n.position.start.line)).toEqual(expect.arrayContaining([3, 5]));
    // A header of short furniture lines above the text is still dropped.
    const page = ['首页 > 新闻中心', '2020-09-21 责任编辑: 作者: 来源:某某日报 阅读量:76', '', raw.split('\n')[2]!].join('\n');
    const cleaned = parsePlan(page, infer(page, 'page.txt'));
    expect(cleaned.messages.find((m) => m.ruleId === 'web-chrome')?.place?.end.line).toBe(2);
  });

  it('parsePlan works on text alone with an inferred entry', () => {
    const raw = '第一章 总则\n第一节 目标\n到2025年,全面完成目标任务。\n';
    const doc = parsePlan(raw, infer(raw, 'mini.txt'));
    expect(sections(doc, 'section')[0]!.id).toBe('mini/c1/s1');
  });
});
