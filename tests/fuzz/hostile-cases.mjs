// Hostile inputs: each a unit repeated to 1 MB. Shared by tests/hostile.test.ts (which
// asserts correctness) and scripts/bench-hostile.mjs (which measures time against news).
// The first five are the cases of the issue; the rest probe the same weak spots.
export const HOSTILE_CASES = [
  ['“ only', '“'],
  ['digits', '1234567890'],
  ['的 only', '的'],
  ['他说：“ unclosed', '他说：“'],
  ['多多多倍', '多多多倍'],
  ['” only', '”'],
  ['「『‘ nested opens', '「『‘“'],
  ['ASCII " toggles', '"'],
  ['digits with , and .', '1,2.3,'],
  ['full-width digits', '１２３４５６７８９０'],
  ['Chinese numerals', '一二三四五六七八九十百千万亿'],
  ['百分之 chains', '百分之'],
  ['约近超过逾', '约近超过逾'],
  ['years 2023年', '2023年'],
  ['年月日 without numbers', '年月日'],
  ['cue verbs', '表示说认为称'],
  ['names + cue', '刘庆峰表示，'],
  ['titled names + cue', '公司董事长王强表示，'],
  ['，', '，'],
  ['。', '。'],
  ['…', '…'],
  ['spaces', ' '],
  ['blank lines', '\n'],
  ['CRLF lines', '他说。\r\n'],
  ['&nbsp;', '&nbsp;'],
  ['& without ;', '&amp'],
  ['ASCII letters', 'abcdefghij'],
  ['emoji (astral)', '😀'],
  ['Traditional', '說認為億萬兩'],
  ['《 unclosed', '《'],
  ['（ unclosed', '（'],
  ['3至5倍 chains', '3至5倍至'],
  ['20%-30%- chains', '20%-'],
  ['distinct orgs + cue', distinctOrganizations],
  ['fiscal years', '2026财年第二季度（截至2025年12月27日）'],
  ['fiscal years + companies', '微软苹果FY26本财年'],
  ['five-year plans', '“十四五”时期'],
  ['rates', '7000元/吨/'],
  ['announcements + semicolons', '金卡智能公告称，好；'],
  ['media reports', '据彭博社报道，'],
  ['quotations with no cue', '王艾琳说，好。“课程丰富，价格不贵。”王艾琳很惊喜，“我也来了。”'],
  ['spans and changes', '在短短5天内将目标从25亿-30亿提高至1年内的7时46分45秒（1）'],
  ['ages + distinct names', distinctAgedNames],
  ['quoted labels, borrowed words', '“三道红线”“15分钟文化圈”正如张兴海所说，用他的话说：坦克 300、'],
  ['headline company, sources, regions', '兴民智通：合同纠纷\n兴民智通公告，公司表示，好。据仲量联行（JLL）估计，好。渣打银行欧洲、非洲首席投资官王明指出，好。董事长（创始人'],
  ['quarter lists, announcements, concessions', '一、二、三季度万科公告，尽管美联储呼吁市民协查后但半数芯片巨头英伟达十二日'],
  // (the twenty-first round: forecasts of a bare 公司 after commas, survey shares, kinds of company, lists sharing a head)
  ['forecasts after commas, survey shares, lists', '，公司预计2026年52% 的受访者认为日本闪存制造商铠侠宣布铁路、公路货运量6人当场死亡1−s'],
];

/**
 * People after their ages, each named differently (18岁的张甲用时，她说：“好。”…), up to `bytes`:
 * every age makes the name after it be looked for around it.
 */
function distinctAgedNames(bytes) {
  const digits = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥';
  const parts = [];
  let n = 0;
  for (let i = 0; ; i++) {
    const unit = '18岁的张' + digits[i % digits.length] + digits[Math.floor(i / digits.length) % digits.length] + '用时，她说：“好。”';
    const b = Buffer.byteLength(unit);
    if (n + b > bytes) break;
    parts.push(unit);
    n += b;
  }
  return parts.join('');
}

/**
 * Organizations that speak, each named differently (甲科技公司表示，好。乙科技公司表示，好。…), up
 * to `bytes`: every one becomes an entity whose mentions are looked up in the whole text.
 */
function distinctOrganizations(bytes) {
  const digits = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥';
  const parts = [];
  let n = 0;
  for (let i = 0; ; i++) {
    let name = '';
    for (let k = i; ; k = Math.floor(k / digits.length)) {
      name += digits[k % digits.length];
      if (k < digits.length) break;
    }
    const unit = name + '科技公司表示，好。';
    const b = Buffer.byteLength(unit);
    if (n + b > bytes) break;
    parts.push(unit);
    n += b;
  }
  return parts.join('');
}

/** `unit` repeated to `bytes` bytes of UTF-8 (cut at a character boundary); a function makes its own text of at most `bytes`. */
export function fill(unit, bytes = 1_000_000) {
  if (typeof unit === 'function') return unit(bytes);
  const unitBytes = Buffer.byteLength(unit);
  let s = unit.repeat(Math.floor(bytes / unitBytes));
  let n = Buffer.byteLength(s);
  for (const ch of unit) {
    const b = Buffer.byteLength(ch);
    if (n + b > bytes) break;
    s += ch;
    n += b;
  }
  return s;
}
