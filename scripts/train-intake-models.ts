/**
 * npm run train:intake [-- --cv]
 *
 * Trains the intake's two models and writes their data files:
 * - category: src/intake/category/category-model.data.ts, softmax regression over the nine category
 *   codes, consulted when the hand-written classifier is unsure;
 * - language: src/intake/language/trained-language-model.data.ts, softmax regression over the eleven
 *   languages, consulted when the n-gram detector is unsure.
 * Both read the features of src/common/text-model/text-features.ts (scripts/support/softmax-regression.ts).
 * Reproducible: same files, same output.
 *
 * Data: every labelled intake line we have, test/fixtures/intake/*.jsonl and ../shared/intake/devset.jsonl
 * ({"text", "lang", "category"}; lines without a category train the language model only).
 *
 * --cv: no file is written. Each file is held out in turn, the models are trained on the rest, and the
 * held-out lines are scored with no earlier language known: accuracy of the hand-written engine alone,
 * the model alone, and the two as the app combines them.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { withoutAddress } from '../src/intake/address-free-text';
import { CategoryClassifier } from '../src/intake/category-classifier';
import { CategoryModel, type StoredCategoryModel } from '../src/intake/category/category-model';
import { LANGUAGE_CODES, type LanguageCode } from '../src/intake/intake.types';
import { LanguageDetector, MODEL_MIN_WORDS } from '../src/intake/language-detector';
import { LocationExtractor } from '../src/intake/location-extractor';
import { tokenize } from '../src/intake/language/text';
import { type StoredLanguageModel, TrainedLanguageModel } from '../src/intake/language/trained-language-model';
import { CATEGORY_CODES, type CategoryCode } from '../src/tenancy/default-taxonomy';
import { readJsonl, storedLinear, trainSoftmax, weightCount, writeGeneratedModel } from './support/softmax-regression';

const ROOT = join(__dirname, '..', '..');
const INTAKE_FIXTURES = join(ROOT, 'test', 'fixtures', 'intake');
const DEVSET = process.env.DEVSET ?? join(ROOT, '..', 'shared', 'intake', 'devset.jsonl');
const CATEGORY_OUT = join(ROOT, 'src', 'intake', 'category', 'category-model.data.ts');
const LANGUAGE_OUT = join(ROOT, 'src', 'intake', 'language', 'trained-language-model.data.ts');

interface Line {
  file: string;
  text: string;
  lang: LanguageCode | null;
  category: CategoryCode | null;
}

function readLines(): Line[] {
  const files = [
    ...readdirSync(INTAKE_FIXTURES).filter((n) => n.endsWith('.jsonl')).sort().map((n) => join(INTAKE_FIXTURES, n)),
    DEVSET,
  ];
  return files.flatMap((file) =>
    readJsonl<{ text: string; lang?: string; category?: string }>(file).map((row) => ({
      file: file.split('/').pop()!,
      text: row.text,
      lang: LANGUAGE_CODES.includes(row.lang as LanguageCode) ? (row.lang as LanguageCode) : null,
      category: CATEGORY_CODES.includes(row.category as CategoryCode) ? (row.category as CategoryCode) : null,
    })),
  );
}

function train<L extends string>(items: Array<{ text: string; label: L }>, labels: readonly L[]): Record<L, ReturnType<typeof storedLinear>> {
  const trained = trainSoftmax(
    items.map(({ text, label }) => ({ text, label: labels.indexOf(label), weight: 1 })),
    labels.length,
  );
  return Object.fromEntries(labels.map((label, k) => [label, storedLinear(trained, k)])) as Record<L, ReturnType<typeof storedLinear>>;
}

const trainCategories = (lines: Line[]): StoredCategoryModel => ({
  categories: train(lines.flatMap((l) => (l.category ? [{ text: l.text, label: l.category }] : [])), CATEGORY_CODES),
});
const trainLanguages = (lines: Line[]): StoredLanguageModel => ({
  languages: train(lines.flatMap((l) => (l.lang ? [{ text: l.text, label: l.lang }] : [])), LANGUAGE_CODES),
});

function crossValidate(lines: Line[]): void {
  const detector = new LanguageDetector();
  const classifier = new CategoryClassifier();
  const locations = new LocationExtractor();
  // The hand-written classifier alone, on what LocalIntakeClassifier gives it: the text without its address.
  const ruledCategories = (text: string) => {
    const language = detector.detectWithoutModel(text, null).code;
    return classifier.rank(withoutAddress(text, locations.fromText(text, language)), language);
  };
  const files = [...new Set(lines.map((line) => line.file))];
  type Counts = { n: number; rule: number; model: number; combined: number };
  const empty = (): Counts => ({ n: 0, rule: 0, model: 0, combined: 0 });
  const totals = { category: empty(), language: empty() };
  const share = (a: number, n: number) => (n ? (a / n).toFixed(3) : '    -');
  console.log('leave-one-file-out, no earlier language known');
  console.log('                              category                           language');
  console.log('file                        lines  classifier  model  combined   lines  detector  model  combined');
  for (const file of files) {
    const rest = lines.filter((line) => line.file !== file);
    const categories = new CategoryModel(trainCategories(rest));
    const languages = new TrainedLanguageModel(trainLanguages(rest));
    const row = { category: empty(), language: empty() };
    for (const line of lines.filter((l) => l.file === file)) {
      if (line.category) {
        // "other" when nothing points anywhere, as eval:intake counts it.
        const ruled = ruledCategories(line.text);
        const learnt = categories.rank(line.text);
        const combined = CategoryModel.combine(ruled, () => learnt);
        const c = row.category;
        c.n++;
        c.rule += +((ruled[0]?.code ?? 'other') === line.category);
        c.model += +(learnt[0]?.code === line.category);
        c.combined += +((combined[0]?.code ?? 'other') === line.category);
      }
      if (line.lang) {
        // As LanguageDetector.detect combines them, with this fold's model.
        const detected = detector.detectWithoutModel(line.text, null);
        const learnt = languages.rank(line.text);
        const combined = TrainedLanguageModel.combine(detected, () => (tokenize(line.text).length >= MODEL_MIN_WORDS ? learnt : []));
        const l = row.language;
        l.n++;
        l.rule += +(detected.code === line.lang);
        l.model += +(learnt[0]?.code === line.lang);
        l.combined += +(combined.code === line.lang);
      }
    }
    const { category: c, language: l } = row;
    console.log(
      `${file.padEnd(26)}${String(c.n).padStart(7)}${share(c.rule, c.n).padStart(12)}${share(c.model, c.n).padStart(7)}${share(c.combined, c.n).padStart(10)}` +
        `${String(l.n).padStart(8)}${share(l.rule, l.n).padStart(10)}${share(l.model, l.n).padStart(7)}${share(l.combined, l.n).padStart(10)}`,
    );
    for (const kind of ['category', 'language'] as const) {
      for (const key of Object.keys(totals[kind]) as Array<keyof Counts>) totals[kind][key] += row[kind][key];
    }
  }
  const { category: c, language: l } = totals;
  console.log(`category accuracy: classifier ${share(c.rule, c.n)} model ${share(c.model, c.n)} combined ${share(c.combined, c.n)} (n=${c.n})`);
  console.log(`language accuracy: detector ${share(l.rule, l.n)} model ${share(l.model, l.n)} combined ${share(l.combined, l.n)} (n=${l.n})`);
  console.log('(the hand-written engine was tuned on these files, so its figures flatter it; the models are out of sample everywhere)');
}

function writeModels(lines: Line[]): void {
  const provenance = (count: number) => `Trained on ${count} labelled lines from: ${[...new Set(lines.map((l) => l.file))].join(', ')}.`;
  const categories = trainCategories(lines);
  writeGeneratedModel(CATEGORY_OUT, {
    script: 'scripts/train-intake-models.ts',
    command: 'npm run train:intake',
    provenance: provenance(lines.filter((l) => l.category).length),
    typeName: 'StoredCategoryModel',
    typeFrom: './category-model',
    constant: 'CATEGORY_MODEL',
    data: categories,
  });
  console.log(`wrote ${CATEGORY_OUT}: ${Object.values(categories.categories).map(weightCount).join('/')} weights`);
  const languages = trainLanguages(lines);
  writeGeneratedModel(LANGUAGE_OUT, {
    script: 'scripts/train-intake-models.ts',
    command: 'npm run train:intake',
    provenance: provenance(lines.filter((l) => l.lang).length),
    typeName: 'StoredLanguageModel',
    typeFrom: './trained-language-model',
    constant: 'TRAINED_LANGUAGE_MODEL',
    data: languages,
  });
  console.log(`wrote ${LANGUAGE_OUT}: ${Object.values(languages.languages).map(weightCount).join('/')} weights`);
}

const lines = readLines();
if (process.argv.includes('--cv')) crossValidate(lines);
else writeModels(lines);
