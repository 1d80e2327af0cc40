/** The prose readers: sub-parts of 一, the 信息处理费 sentence of 六, contact details. */
import { describe, expect, it } from 'vitest';
import { readContact } from '../../templates/annual-report/import/contact.ts';
import { readFee } from '../../templates/annual-report/import/fees.ts';
import { splitOverview } from '../../templates/annual-report/import/overview.ts';

describe('splitOverview', () => {
  it('drops a heading on its own line and cuts a run-in heading at its full stop', () => {
    const parts = splitOverview(['总述。', '(一)主动公开政府信息的情况', '甲。', '（二）依申请公开情况。乙。', '（三）管理', '丙。']);
    expect(parts).toMatchObject({ intro: ['总述。'], proactive: ['甲。'], onRequest: ['乙。'], management: ['丙。'], platforms: [], oversight: [] });
  });

  it('keeps a numbered paragraph whole when its first sentence states figures, and takes parts only in order', () => {
    const parts = splitOverview(['（一）2024年公开5500条。', '（三）越过的编号。', '（二）依申请公开', '乙。']);
    expect(parts.proactive).toEqual(['（一）2024年公开5500条。', '（三）越过的编号。']);
    expect(parts.onRequest).toEqual(['乙。']);
  });
});

describe('readFee', () => {
  it.each([
    ['全年收取政府信息公开信息处理费3940元。', 3940],
    ['严格落实《政府信息公开信息处理费管理办法》，全年收取信息处理费0.394万元。', 3940],
    ['本年度收取信息处理费1,200.50元。', 1200.5],
    ['本年度未收取信息处理费。', 0],
    ['本机关无收取信息处理费情况。', 0],
    ['2024年未收取信息公开处理费。', 0],
  ])('%s → %d yuan', (sentence, yuan) => expect(readFee([sentence])).toEqual({ yuan }));

  it('says so when the amount is not one clear figure, and is silent when no fee is mentioned', () => {
    expect(readFee(['一季度收取信息处理费100元，二季度收取信息处理费200元。']).finding?.rule).toBe('import.fee-unreadable');
    expect(readFee(['本年度未收取信息处理费，另收取信息处理费20元。']).finding?.path).toBe('$.fees.informationProcessingFeeYuan');
    expect(readFee(['无其他需要报告的事项。'])).toEqual({});
  });

  it('leaves an amount with three decimals or with no unit blank, and says which', () => {
    expect(readFee(['收取信息处理费3.125元。']).finding?.message.zh).toContain('3 位小数');
    expect(readFee(['收取信息处理费3940。']).finding?.message.en).toContain('without a unit');
    expect(readFee(['收取信息处理费3.125元。']).yuan).toBeUndefined();
  });
});

describe('readContact', () => {
  it('takes only the fields stated once that fit the schema', () => {
    expect(readContact(['如有疑问，请与某某局办公室联系（地址：某路1号，邮编：1234567，电话：0451-1234567，邮箱：a@b.cn）。'])).toEqual({
      office: '某某局办公室', address: '某路1号', phone: '0451-1234567', email: 'a@b.cn',
    });
    expect(readContact(['电话：0451-1111111；电话：0451-2222222。'])).toBeUndefined();
  });
});
