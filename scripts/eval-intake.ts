/**
 * npm run eval:intake -- FILE.jsonl [FILE2.jsonl ...]
 *
 * Runs the local intake engine over labelled messages ({"text", "lang", "category"} per line) and
 * prints accuracy per language and per category, the main confusions, how often the bot would ask for
 * the category, and as its last line: language_accuracy=0.xxx category_accuracy=0.xxx n=N
 * A category is counted by the engine's top guess ("other" when nothing points anywhere).
 */
import { CATEGORY_CONFIDENCE_THRESHOLD } from '../src/intake/intake-flow';
import { localIntakeEngine, readLabelled } from './intake-engine';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run eval:intake -- FILE.jsonl [...]');
  process.exit(2);
}
const rows = files.flatMap(readLabelled);
const engine = localIntakeEngine();

type Tally = Map<string, { right: number; total: number }>;
const byLanguage: Tally = new Map();
const byCategory: Tally = new Map();
const languageConfusions = new Map<string, number>();
const categoryConfusions = new Map<string, { count: number; example: string }>();
let languageRight = 0;
let categoryRight = 0;
let wouldAsk = 0;

const count = (tally: Tally, key: string, right: boolean) => {
  const entry = tally.get(key) ?? { right: 0, total: 0 };
  entry.total += 1;
  if (right) entry.right += 1;
  tally.set(key, entry);
};

for (const row of rows) {
  const analysis = engine.analyseNow(row.text, null);
  const language = analysis.language.code;
  const top = analysis.categories[0];
  const category = top?.code ?? 'other';
  if (!top || top.confidence < CATEGORY_CONFIDENCE_THRESHOLD) wouldAsk += 1;

  count(byLanguage, row.lang, language === row.lang);
  if (language === row.lang) languageRight += 1;
  else languageConfusions.set(`${row.lang} -> ${language}`, (languageConfusions.get(`${row.lang} -> ${language}`) ?? 0) + 1);

  count(byCategory, row.category, category === row.category);
  if (category === row.category) categoryRight += 1;
  else {
    const key = `${row.category} -> ${category}`;
    const entry = categoryConfusions.get(key) ?? { count: 0, example: row.text };
    entry.count += 1;
    categoryConfusions.set(key, entry);
  }
}

const pct = (right: number, total: number) => (total ? right / total : 0).toFixed(3);
const table = (title: string, tally: Tally) => {
  console.log(`\n${title}`);
  for (const [key, { right, total }] of [...tally].sort((a, b) => b[1].total - a[1].total)) {
    console.log(`  ${key.padEnd(13)} ${pct(right, total)}  (${right}/${total})`);
  }
};

console.log(`intake evaluation: ${rows.length} messages from ${files.join(', ')}`);
table('language accuracy by language', byLanguage);
table('category accuracy by category', byCategory);
console.log('\nmain language confusions (truth -> detected)');
for (const [pair, n] of [...languageConfusions].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`  ${pair}: ${n}`);
console.log('\nmain category confusions (truth -> guessed)');
for (const [pair, { count: n, example }] of [...categoryConfusions].sort((a, b) => b[1].count - a[1].count).slice(0, 10)) {
  console.log(`  ${pair}: ${n}  e.g. "${example.slice(0, 70)}"`);
}
console.log(`\nwould ask for the category (top confidence < ${CATEGORY_CONFIDENCE_THRESHOLD}): ${pct(wouldAsk, rows.length)}`);
console.log(`language_accuracy=${pct(languageRight, rows.length)} category_accuracy=${pct(categoryRight, rows.length)} n=${rows.length}`);
