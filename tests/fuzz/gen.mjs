// Generators and checks shared by the quick property run (tests/fuzz/*.test.ts, inside
// `npm test`) and the long run (scripts/fuzz.mjs, `npm run fuzz`). Plain JavaScript so
// that the script can import it next to dist/ without a build step. Every function takes
// the fast-check module as an argument, so both callers use their own single instance.

// ---------------------------------------------------------------------------------------
// Vocabulary: the pieces hostile and ordinary news text is made of.

const HAN = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理世车';
const TRAD = '說認為億萬兩與這個們來時對會動發經過還們後從當數學變開關點體現實產進問實樣總計區標權長應無車門東國際記導報議將軍費價買賣錢銀鐵電話語讀寫歲歷頭裡條'; // Traditional forms
const NAMES = ['刘庆峰', '李彦宏', '王小川', '于浩', '马克·扎克伯格', '扎克伯格', '张伟', '欧阳娜娜', '科大讯飞董事长刘庆峰', '百度创始人、董事长兼首席执行官李彦宏', '业内人士', '商汤公司相关负责人', '记者', '他', '她', '专家', '分析师'];
const ORGS = ['科大讯飞', '百度', '商汤科技', '中国人民银行', '国家统计局', '新华社', 'OpenAI', '阿里巴巴集团'];
const CUES = ['说', '表示', '认为', '指出', '看来', '称', '强调', '介绍', '透露', '坦言', '告诉记者', '說', '認為', '表達', '指出，', '说道', '在接受采访时表示', '对记者说'];
const QUOTE_MARKS = ['“', '”', '「', '」', '『', '』', '‘', '’', '"', '"', '《', '》', '（', '）', '(', ')'];
const PUNCT = ['，', '。', '！', '？', '：', '；', '、', '…', '……', '——', ',', '.', '!', '?', ':', ';', '-', '~', '～', '/', '%', '％', '·', '・', '．', '。”', '？”', '！」'];
const SPACES = [' ', '  ', '\n', '\r\n', '\n\n', '\t', '\u3000', '\u00a0', '&nbsp;', '&amp;', '&lt;', '&#12288;', '&#x4e07;', '&ldquo;', '&rdquo;', '&#65292;', '&bogus;', '&', ';', '\u200b', '\ufeff'];
const NUM_WORDS = ['一', '二', '两', '三', '十', '百', '千', '万', '亿', '零', '〇', '半', '几', '数', '多', '余', '兆', '壹', '贰', '拾', '佰', '仟', '萬', '億', '兩', '點', '点', '第', '百分之', '千分之', '成', '倍', '番'];
const UNITS = ['倍', '%', '％', '个', '款', '元', '亿元', '万元', '美元', '人', '家', '台', '年', '月', '日', '号', '天', '小时', '个月', '周', '季度', '亿参数', '吨', '公里', '个百分点', '多倍', '余人', '左右', '以上', '以下', '万多', '亿多'];
const APPROX = ['超过', '逾', '近', '约', '不到', '大约', '将近', '至少', '最多', '达到', '高达', '达', '从', '至', '到', '比', '增长', '下降', '同比', '环比', '原来的'];
const DATES = ['2023年10月17日', '2023-10-17', '10月17日', '9月初', '今年', '去年', '明年', '上半年', '下半年', '一季度', '四季度末', '年初以来', '至今', '目前', '近日', '上个月', '本月', '3月中旬', '二〇二三年', '2023/10/17', '2023.10.17', '9999年99月99日', '0000-00-00', '2月30日', '13月', '自2022年2月以来', '年底', '春节', '国庆'];
const PHRASES = ['大模型', '人工智能', '推理速度', '营收', '同比增长', '数据显示', '据介绍', '他指出', '发布会上', '此外', '一方面', '一系列', '一些', 'V2.0', 'GPT-4', '第一', '《生成式人工智能服务管理暂行办法》', '新华社北京1月27日电（记者吴雨）'];
// Short hand-written news-like sentences: the splicing generator mutates them.
export const SEEDS = [
  '科大讯飞董事长刘庆峰表示：“星火大模型的推理速度达到原来的30多倍。”',
  '“我们已经发布了超过200个模型，”李彦宏说，“今年还会更多。”',
  '业内人士认为，大模型的价格将在9月初下降20%-30%。',
  '他說：「今年營收達到2萬多億元，增長3至5倍。」',
  '2023年10月17日，百度发布文心大模型4.0，参数规模达千亿。',
  '刘 庆 峰 表示，讯飞星火的用户数已经超过1.2亿。',
  '据国家统计局数据，上半年GDP同比增长5.5％，比一季度加快1.0个百分点。',
  '商汤公司相关负责人介绍，公司近3个月推出了4款产品，约占营收的百分之三十。',
  '他认为“开源是方向”，并指出‘闭源’也有价值。',
  '她说：“你知道吗？他说过‘这个不行’。”然后离开了。',
];

// ---------------------------------------------------------------------------------------
// Arbitraries.

/** Any string: random Unicode including astral characters and lone surrogates. */
export function anyText(fc) {
  return fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.string({ unit: 'grapheme', maxLength: 80 }),
    fc.string({ unit: fc.integer({ min: 0xd7f0, max: 0xe010 }).map((c) => String.fromCharCode(c)), maxLength: 40 }),
  );
}

/** A token of Chinese-news-like text: chosen from the vocabularies, digits, or noise. */
export function token(fc) {
  const from = (list) => fc.constantFrom(...list);
  const chars = (alphabet, max) => fc.string({ unit: fc.constantFrom(...alphabet), minLength: 1, maxLength: max });
  return fc.oneof(
    { weight: 6, arbitrary: chars(HAN, 6) },
    { weight: 1, arbitrary: chars(TRAD, 4) },
    { weight: 3, arbitrary: from(NAMES) },
    { weight: 1, arbitrary: from(ORGS) },
    { weight: 4, arbitrary: from(CUES) },
    { weight: 5, arbitrary: from(QUOTE_MARKS) },
    { weight: 5, arbitrary: from(PUNCT) },
    { weight: 2, arbitrary: from(SPACES) },
    { weight: 4, arbitrary: chars('0123456789', 6) },
    { weight: 1, arbitrary: chars('０１２３４５６７８９.,', 5) },
    { weight: 1, arbitrary: chars('0123456789', 400) }, // huge numbers
    { weight: 4, arbitrary: chars(NUM_WORDS, 5) },
    { weight: 4, arbitrary: from(UNITS) },
    { weight: 3, arbitrary: from(APPROX) },
    { weight: 3, arbitrary: from(DATES) },
    { weight: 2, arbitrary: from(PHRASES) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
    { weight: 1, arbitrary: fc.constantFrom('😀', '𠮷', '\ud83d', '\ude00', '\ufffd', '\u0000', '\u202e', 'é', 'ﬁ') },
  );
}

/** Random mixes of tokens. */
export function tokenSoup(fc, maxTokens = 60) {
  return fc.array(token(fc), { maxLength: maxTokens }).map((t) => t.join(''));
}

/** A quoted statement with balanced, unbalanced or nested marks around a random body. */
export function quoteLike(fc) {
  const body = fc.array(token(fc), { maxLength: 12 }).map((t) => t.join(''));
  const pairs = [['“', '”'], ['「', '」'], ['『', '』'], ['‘', '’'], ['"', '"'], ['“', ''], ['', '”'], ['“', '」'], ['「', '”']];
  return fc
    .tuple(fc.constantFrom(...NAMES), fc.constantFrom(...CUES), fc.constantFrom(':', '：', '，', ''), fc.constantFrom(...pairs), body, fc.option(fc.tuple(fc.constantFrom(...pairs), body)), fc.constantFrom('。', '', '！', '。”', '\n'), fc.boolean())
    .map(([name, cue, colon, [o, c], b, inner, end, after]) => {
      const content = inner ? `${b}${inner[0][0]}${inner[1]}${inner[0][1]}${b.slice(0, 3)}` : b;
      return after ? `${o}${content}${c}${name}${cue}${end}` : `${name}${cue}${colon}${o}${content}${c}${end}`;
    });
}

/** A seed sentence with random insertions, deletions and repetitions. */
export function splice(fc) {
  return fc
    .tuple(fc.constantFrom(...SEEDS), fc.array(fc.tuple(fc.nat(), fc.nat(4), token(fc)), { maxLength: 6 }))
    .map(([seed, edits]) => {
      let s = seed;
      for (const [at, del, ins] of edits) {
        const i = at % (s.length + 1);
        s = s.slice(0, i) + ins + s.slice(i + del);
      }
      return s;
    });
}

/** A small news document: optional title and date line, then paragraphs. */
export function newsLike(fc) {
  const para = fc.array(fc.oneof(quoteLike(fc), splice(fc), tokenSoup(fc, 15)), { minLength: 1, maxLength: 4 }).map((p) => p.join(''));
  return fc
    .tuple(fc.option(tokenSoup(fc, 6)), fc.option(fc.constantFrom(...DATES)), fc.array(para, { minLength: 1, maxLength: 4 }), fc.constantFrom('\n', '\r\n', '\n\n'))
    .map(([title, date, paras, nl]) => [title, date, '', ...paras].filter((x) => x !== null).join(nl));
}

/** Every generator, weighted towards text that looks like news. */
export function hostileText(fc) {
  return fc.oneof(
    { weight: 1, arbitrary: anyText(fc) },
    { weight: 3, arbitrary: tokenSoup(fc) },
    { weight: 3, arbitrary: quoteLike(fc) },
    { weight: 3, arbitrary: splice(fc) },
    { weight: 3, arbitrary: newsLike(fc) },
  );
}

// ---------------------------------------------------------------------------------------
// Checks. Each returns a list of problems (empty when the document is sound).

const cpSlice = (cps, span) => cps.slice(span.start, span.end).join('');

/** Every span slices, in code points, exactly to its text; ids and references hold together. */
export function checkDocument(text, doc) {
  const problems = [];
  const cps = [...text];
  const n = cps.length;
  const span = (where, s, expected) => {
    if (!s || !Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end < s.start || s.end > n) {
      problems.push(`${where}: span ${JSON.stringify(s)} outside [0, ${n}]`);
      return;
    }
    if (expected !== undefined && cpSlice(cps, s) !== expected) {
      problems.push(`${where}: span ${s.start}-${s.end} slices to ${JSON.stringify(cpSlice(cps, s))}, not ${JSON.stringify(expected)}`);
    }
  };
  if (doc.source.chars !== n) problems.push(`source.chars ${doc.source.chars} != ${n}`);
  const quoteIds = new Set();
  doc.quotes.forEach((q, i) => {
    if (q.id !== `q${i + 1}`) problems.push(`quote ${i}: id ${q.id}`);
    quoteIds.add(q.id);
    span(`${q.id}.span`, q.span, q.content);
    if (q.speaker.mentionSpan) span(`${q.id}.speaker.mentionSpan`, q.speaker.mentionSpan, q.speaker.mention);
    // the words said tile the content from its first unit to its last, in order, apart
    q.parts.forEach((x, k) => {
      span(`${q.id}.parts[${k}]`, x.span, x.text);
      if (k > 0 && x.span.start <= q.parts[k - 1].span.end) problems.push(`${q.id}.parts[${k}] starts at ${x.span.start}, not after ${q.parts[k - 1].span.end}`);
    });
    if (q.parts.length === 0 || q.parts[0].span.start !== q.span.start || q.parts[q.parts.length - 1].span.end !== q.span.end) {
      problems.push(`${q.id}: parts ${JSON.stringify(q.parts.map((x) => x.span))} do not run from its span's start to its end ${JSON.stringify(q.span)}`);
    }
  });
  doc.metrics.forEach((m, i) => {
    if (m.id !== `m${i + 1}`) problems.push(`metric ${i}: id ${m.id}`);
    span(`${m.id}.span`, m.span, m.text);
    if (m.text === '') problems.push(`${m.id}: empty text`);
    if (typeof m.value === 'number' && !Number.isFinite(m.value)) problems.push(`${m.id}: value ${m.value}`);
    if (m.range && !(Number.isFinite(m.range.min) && Number.isFinite(m.range.max))) problems.push(`${m.id}: range ${JSON.stringify(m.range)}`);
    if (m.quote !== null && !quoteIds.has(m.quote)) problems.push(`${m.id}: quote ${m.quote} does not exist`);
  });
  doc.dates.forEach((d, i) => {
    if (d.id !== `d${i + 1}`) problems.push(`date ${i}: id ${d.id}`);
    span(`${d.id}.span`, d.span, d.text);
    if (d.text === '') problems.push(`${d.id}: empty text`);
    if (d.start && d.end && d.start > d.end) problems.push(`${d.id}: start ${d.start} after end ${d.end}`);
  });
  const entityIds = new Set();
  doc.entities.forEach((e, i) => {
    if (entityIds.has(e.id)) problems.push(`entity ${i}: duplicate id ${e.id}`);
    entityIds.add(e.id);
    e.mentions.forEach((s, k) => span(`${e.id}.mentions[${k}]`, s));
  });
  for (const q of doc.quotes) {
    if (q.speaker.entity !== null && !entityIds.has(q.speaker.entity)) problems.push(`${q.id}: speaker entity ${q.speaker.entity} does not exist`);
  }
  return problems;
}

/** Everything the property asserts for one input. `extract` is extractFromText; `validate` an ajv validator. */
export function checkInput(text, extract, validate, previous = '') {
  const doc = extract(text);
  const json = JSON.stringify(doc);
  const problems = checkDocument(text, doc);
  if (!validate(JSON.parse(json))) problems.push(`schema: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
  // Same input, same bytes — also after another document went through (no state leaks).
  extract(previous);
  const again = JSON.stringify(extract(text));
  if (again !== json) problems.push('output differs between two runs on the same input');
  return problems;
}

/** Builds a toTraditional(text) from the rows of traditional.tsv (first Traditional form of each Simplified). */
export function traditionalizer(tsvText) {
  const toTrad = new Map();
  for (const raw of tsvText.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) continue;
    const [t, s] = line.split('\t').map((f) => f.trim());
    if (t?.length === 1 && s?.length === 1 && !toTrad.has(s)) toTrad.set(s, t);
  }
  return (text) => {
    let out = '';
    for (const c of text) out += toTrad.get(c) ?? c;
    return out;
  };
}

/**
 * The facts of a Traditional twin must be the facts of its Simplified original: same
 * spans, same values; strings equal once normalized (they are cut from the original text).
 */
export function compareTwins(simpDoc, tradDoc, normalize, label = 'Traditional') {
  const strip = (doc) =>
    JSON.stringify({ quotes: doc.quotes, metrics: doc.metrics, dates: doc.dates, entities: doc.entities, title: doc.document.title, date: doc.document.date }, (k, v) =>
      typeof v === 'string' ? normalize(v) : v,
    );
  const a = strip(simpDoc);
  const b = strip(tradDoc);
  return a === b ? [] : [`${label} twin differs:\n  original: ${a.slice(0, 600)}\n  twin:     ${b.slice(0, 600)}`];
}

// ---------------------------------------------------------------------------------------
// Layout twins: the same text written differently must give the same facts.

/**
 * ASCII digits, letters and punctuation → full-width (same length; the normalizer maps them
 * back). Commas next to digits are left as they are: 1,000 is a number and １，０００ is too,
 * while a full-width ，after an ASCII digit is a clause break (“4.0，0参数”), so the metrics
 * rules rightly read the text itself there and a twin would change the meaning.
 */
export function toFullWidth(text) {
  let out = '';
  const digit = (ch) => ch !== undefined && ch >= '0' && ch <= '9';
  const comma = (ch) => ch === ',' || ch === '，';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const c = text.charCodeAt(i);
    const keep = (ch === ',' && (digit(text[i - 1]) || digit(text[i + 1]))) || (digit(ch) && (comma(text[i - 1]) || comma(text[i + 1])));
    out += !keep && c >= 0x21 && c <= 0x7e ? String.fromCharCode(c + 0xfee0) : ch;
  }
  return out;
}

/** LF → CRLF (longer: compare facts without offsets). */
export const toCrlf = (text) => text.replace(/\r?\n/g, '\r\n');

/** The facts of a document without offsets or ids, strings normalized: for twins of different lengths. */
export function factsWithoutOffsets(doc, normalize) {
  const n = (s) => (typeof s === 'string' ? normalize(s) : s);
  return JSON.stringify({
    quotes: doc.quotes.map((q) => [q.kind, n(q.speaker.name), n(q.speaker.mention), n(q.speaker.organization), n(q.speaker.role), n(q.cue), n(q.content)]),
    metrics: doc.metrics.map((m) => [n(m.text), m.value, n(m.unit), m.kind, m.approx, m.range, n(m.subject)]),
    dates: doc.dates.map((d) => [n(d.text), d.start, d.end, d.granularity, d.relative, d.mod]),
    document: [n(doc.document.title), doc.document.date],
  });
}
