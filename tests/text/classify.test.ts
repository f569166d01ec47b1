import { describe, expect, it } from 'vitest';
import { chineseNumber, classifyText } from '../../src/text/classify-line.js';

describe('classifyText', () => {
  it.each([
    ['第二篇贯彻新发展理念,建设社会主义现代化发展新高地', 'part', '二'],
    ['第一部分发展基础', 'part', '一'],
    ['第十二章坚持以人为本理念,推进新型城镇化建设', 'chapter', '十二'],
    ['第四节2035年远景目标', 'section', '四'],
    ['一、厚植钢铁基因,打造国家产业安全战略保障基地', 'numbered', '一'],
    ['(九)党的领导和党的建设全面加强', 'paren', '九'],
    ['1、主要经济指标表现亮眼,综合实力显著提升', 'item', '1'],
    ['专栏4-1 高新技术企业重点培育工程 |', 'box', '4-1'],
    ['专栏 3 科技创新驱动', 'box', '3'],
    ['附件', 'attachment', null],
    ['前言', 'preface', null],
  ])('%s → %s %s', (text, kind, number) => {
    expect(classifyText(text)).toMatchObject({ type: 'heading', kind, number });
  });

  it.each([
    ['提升铁矿石国家保障能力。提高铁矿开采量和利用率,统筹铁矿勘探开发。'],
    ['1.共建国家级综合性钢铁产业基地。紧抓鞍本重组战略机遇。'],
    ['5.组织企业参加农交会(责任单位:市农业农村局)'],
    ['1.5个工作日内办结'],
    ['2020年实现地区生产总值95亿元'],
    ['附件:鞍山市推进“一圈一带两区”建设2022年工作要点'],
  ])('%s is a paragraph', (text) => {
    expect(classifyText(text).type).toBe('paragraph');
  });

  it('recognises captions, image names and area openers', () => {
    expect(classifyText('表1鞍山市“十三五”时期经济社会发展约束性指标完成情况')).toEqual({ type: 'caption', caption: '表1鞍山市“十三五”时期经济社会发展约束性指标完成情况' });
    expect(classifyText('微信图片_20210524134853.png')).toEqual({ type: 'image' });
    expect(classifyText('海城市。深化海城农村综合改革。')).toEqual({ type: 'paragraph', area: '海城市' });
    expect(classifyText('——东北产业转型升级标杆区。充分利用')).toEqual({ type: 'paragraph' });
  });
});

describe('chineseNumber', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十二', 12],
    ['二十一', 21],
    ['一百零五', 105],
    ['16', 16],
  ])('%s → %d', (s, n) => expect(chineseNumber(s)).toBe(n));
  it('returns null for what is not a number', () => expect(chineseNumber('4-1')).toBeNull());
});
