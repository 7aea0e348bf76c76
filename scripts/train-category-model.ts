/**
 * npm run train:category [-- --cv]
 *
 * Trains the intake's category model and writes src/intake/category/category-model.data.ts.
 * Reproducible: same files, same output.
 *
 * Data: every labelled intake line we have, test/fixtures/intake/*.jsonl and ../shared/intake/devset.jsonl
 * ({"text", "lang", "category"}). Softmax regression over the nine category codes, on the features of
 * src/common/text-model/text-features.ts (scripts/support/softmax-regression.ts).
 *
 * --cv: no file is written. Each file is held out in turn, the model is trained on the rest, and the
 * held-out lines are scored: category accuracy of the hand-written classifier alone, the model alone,
 * and the two as the app combines them (the model decides when the classifier is unsure).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORY_CODES, type CategoryCode } from '../src/tenancy/default-taxonomy';
import { CategoryModel, RULE_SURE, type StoredCategoryModel } from '../src/intake/category/category-model';
import { localIntakeEngine } from './intake-engine';
import { readJsonl, storedLinear, trainSoftmax, weightCount, writeGeneratedModel } from './support/softmax-regression';

const ROOT = join(__dirname, '..', '..');
const INTAKE_FIXTURES = join(ROOT, 'test', 'fixtures', 'intake');
const DEVSET = process.env.DEVSET ?? join(ROOT, '..', 'shared', 'intake', 'devset.jsonl');
const OUT = join(ROOT, 'src', 'intake', 'category', 'category-model.data.ts');

interface Line {
  file: string;
  text: string;
  category: CategoryCode;
}

function readLines(): Line[] {
  const files = [
    ...readdirSync(INTAKE_FIXTURES).filter((n) => n.endsWith('.jsonl')).sort().map((n) => join(INTAKE_FIXTURES, n)),
    DEVSET,
  ];
  return files.flatMap((file) =>
    readJsonl<{ text: string; category?: string }>(file)
      .filter((row) => CATEGORY_CODES.includes(row.category as CategoryCode))
      .map((row) => ({ file: file.split('/').pop()!, text: row.text, category: row.category as CategoryCode })),
  );
}

function train(lines: Line[]): StoredCategoryModel {
  const trained = trainSoftmax(
    lines.map((line) => ({ text: line.text, label: CATEGORY_CODES.indexOf(line.category), weight: 1 })),
    CATEGORY_CODES.length,
  );
  return { categories: Object.fromEntries(CATEGORY_CODES.map((code, k) => [code, storedLinear(trained, k)])) as StoredCategoryModel['categories'] };
}

function crossValidate(lines: Line[]): void {
  const engine = localIntakeEngine();
  const files = [...new Set(lines.map((line) => line.file))];
  const totals = { n: 0, rule: 0, model: 0, combined: 0 };
  console.log(`leave-one-file-out; the model decides when the classifier's confidence is below ${RULE_SURE}`);
  console.log('file                        lines   classifier   model   combined');
  for (const file of files) {
    const model = new CategoryModel(train(lines.filter((line) => line.file !== file)));
    const row = { n: 0, rule: 0, model: 0, combined: 0 };
    for (const line of lines.filter((l) => l.file === file)) {
      const ruled = engine.analyseNow(line.text, null).categories;
      const learnt = model.rank(line.text);
      const combined = CategoryModel.combine(ruled, () => learnt);
      row.n++;
      row.rule += +((ruled[0]?.code ?? 'other') === line.category);
      row.model += +(learnt[0]?.code === line.category);
      row.combined += +((combined[0]?.code ?? 'other') === line.category);
    }
    const share = (a: number) => (a / row.n).toFixed(3);
    console.log(`${file.padEnd(26)}${String(row.n).padStart(7)}${share(row.rule).padStart(13)}${share(row.model).padStart(8)}${share(row.combined).padStart(11)}`);
    for (const key of Object.keys(totals) as Array<keyof typeof totals>) totals[key] += row[key];
  }
  const share = (a: number) => (a / totals.n).toFixed(3);
  console.log(`category accuracy: classifier ${share(totals.rule)} model ${share(totals.model)} combined ${share(totals.combined)} (n=${totals.n})`);
  console.log('(the classifier was tuned on these files, so its figures flatter it; the model is out of sample everywhere)');
}

function writeModel(lines: Line[]): void {
  const model = train(lines);
  writeGeneratedModel(OUT, {
    script: 'scripts/train-category-model.ts',
    command: 'npm run train:category',
    provenance: `Trained on ${lines.length} labelled lines from: ${[...new Set(lines.map((l) => l.file))].join(', ')}.`,
    typeName: 'StoredCategoryModel',
    typeFrom: './category-model',
    constant: 'CATEGORY_MODEL',
    data: model,
  });
  console.log(`wrote ${OUT}: ${Object.values(model.categories).map(weightCount).join('/')} weights`);
}

const lines = readLines();
if (process.argv.includes('--cv')) crossValidate(lines);
else writeModel(lines);
