/**
 * npm run train:emergency [-- --cv]
 *
 * Trains the guardrails' emergency model and writes src/guardrails/emergency-model/emergency-model.data.ts.
 * Reproducible: same files, same output (full-batch optimisation, no randomness).
 *
 * Data: every labelled line we have. Positives are the guardrail fixtures that expect "emergency"
 * (test/fixtures/guardrails/*.jsonl); negatives are their other lines plus every ordinary report of the
 * intake fixtures (test/fixtures/intake/*.jsonl) and ../shared/intake/devset.jsonl.
 * Two models over the same features (src/common/text-model/text-features.ts), trained by
 * scripts/support/softmax-regression.ts:
 * - danger: logistic regression, emergency or not;
 * - kind: softmax regression over the EmergencyRule's kinds, learnt from the positives the hand-written
 *   rule recognises (its kind is the label), so the model's finds get the same safety advice.
 *
 * --cv: no file is written. Each fixture file is held out in turn, the models are trained on the rest,
 * and the held-out lines are scored: emergency recall of the rule alone, the model alone and the two
 * together, and how many ordinary reports the model alone would newly stop. This is the figure that
 * says whether the model generalises; a held-out file's lines were never seen by its model.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmergencyRule, type EmergencyKind } from '../src/guardrails/rules/emergency.rule';
import { type Linear, linear, score, storeLinear, trainSoftmax } from './support/softmax-regression';

const ROOT = join(__dirname, '..', '..');
const GUARDRAIL_FIXTURES = join(ROOT, 'test', 'fixtures', 'guardrails');
const INTAKE_FIXTURES = join(ROOT, 'test', 'fixtures', 'intake');
const DEVSET = process.env.DEVSET ?? join(ROOT, '..', 'shared', 'intake', 'devset.jsonl');
const OUT = join(ROOT, 'src', 'guardrails', 'emergency-model', 'emergency-model.data.ts');

const KINDS: EmergencyKind[] = ['fire', 'injury', 'violence', 'electrocution', 'drowning', 'flooding'];
/** Probability from which the model alone calls a message an emergency (chosen with --cv). */
const THRESHOLD = Number(process.env.EMERGENCY_THRESHOLD ?? 0.5);
const POSITIVE_WEIGHT = 2; // a missed emergency costs more than a needless safety line

interface Line {
  file: string;
  text: string;
  emergency: boolean;
  /** Expect "allow": an ordinary report. */
  ordinary: boolean;
}

function readLines(): Line[] {
  const lines: Line[] = [];
  const jsonl = (file: string) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as { text: string; expect?: string });
  for (const name of readdirSync(GUARDRAIL_FIXTURES).filter((n) => n.endsWith('.jsonl')).sort()) {
    for (const row of jsonl(join(GUARDRAIL_FIXTURES, name))) {
      lines.push({ file: `guardrails/${name}`, text: row.text, emergency: row.expect === 'emergency', ordinary: row.expect === 'allow' });
    }
  }
  const intakeFiles = readdirSync(INTAKE_FIXTURES).filter((n) => n.endsWith('.jsonl')).sort().map((n) => join(INTAKE_FIXTURES, n));
  for (const file of [...intakeFiles, DEVSET]) {
    const name = file === DEVSET ? 'intake/devset.jsonl' : `intake/${file.split('/').pop()}`;
    for (const row of jsonl(file)) lines.push({ file: name, text: row.text, emergency: false, ordinary: true });
  }
  return lines;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

function trainModels(lines: Line[]): { danger: Linear; kinds: Map<EmergencyKind, Linear> } {
  const dangerItems = lines.map((line) => ({ text: line.text, label: line.emergency ? 1 : 0, weight: line.emergency ? POSITIVE_WEIGHT : 1 }));
  const danger = linear(trainSoftmax(dangerItems, 2), 1, 0);
  const rule = new EmergencyRule(null);
  const kindItems = lines.flatMap((line) => {
    const kind = line.emergency ? rule.detect(line.text)?.kind : undefined;
    return kind ? [{ text: line.text, label: KINDS.indexOf(kind), weight: 1 }] : [];
  });
  const trainedKinds = trainSoftmax(kindItems, KINDS.length);
  const kinds = new Map(KINDS.map((kind, k) => [kind, linear(trainedKinds, k)] as const));
  return { danger, kinds };
}

// ---------------------------------------------------------------------------------------------------

function crossValidate(lines: Line[]): void {
  const rule = new EmergencyRule(null);
  const files = [...new Set(lines.map((line) => line.file))];
  const totals = { emergencies: 0, rule: 0, model: 0, either: 0, ordinary: 0, newlyStopped: 0 };
  console.log(`leave-one-file-out, threshold ${THRESHOLD}`);
  console.log('file                          emergencies  rule  model  either   ordinary  model-only stops');
  for (const file of files) {
    const { danger } = trainModels(lines.filter((line) => line.file !== file));
    const row = { emergencies: 0, rule: 0, model: 0, either: 0, ordinary: 0, newlyStopped: 0 };
    const stopped: string[] = [];
    for (const line of lines.filter((l) => l.file === file)) {
      const byRule = rule.detect(line.text) !== null;
      const byModel = sigmoid(score(danger, line.text)) >= THRESHOLD;
      if (line.emergency) {
        row.emergencies++;
        row.rule += +byRule;
        row.model += +byModel;
        row.either += +(byRule || byModel);
      } else if (line.ordinary) {
        row.ordinary++;
        if (byModel && !byRule) {
          row.newlyStopped++;
          stopped.push(line.text);
        }
      }
    }
    console.log(
      `${file.padEnd(30)}${String(row.emergencies).padStart(11)}${String(row.rule).padStart(6)}${String(row.model).padStart(7)}${String(row.either).padStart(8)}${String(row.ordinary).padStart(11)}${String(row.newlyStopped).padStart(18)}`,
    );
    for (const text of stopped) console.log(`    model-only on an ordinary report: ${text.slice(0, 100)}`);
    for (const key of Object.keys(totals) as Array<keyof typeof totals>) totals[key] += row[key];
  }
  const share = (a: number, b: number) => (b ? (a / b).toFixed(3) : '-');
  console.log(
    `emergency recall: rule ${share(totals.rule, totals.emergencies)} model ${share(totals.model, totals.emergencies)} either ${share(totals.either, totals.emergencies)} (n=${totals.emergencies}); ordinary reports newly stopped by the model: ${totals.newlyStopped}/${totals.ordinary} = ${share(totals.newlyStopped, totals.ordinary)}`,
  );
  console.log('(the rule was tuned on every file but the newest blind set, so its in-sample figures flatter it; the model is out of sample everywhere)');
}

function writeModel(lines: Line[]): void {
  const { danger, kinds } = trainModels(lines);
  const files = [...new Set(lines.map((line) => line.file))];
  const data = {
    threshold: THRESHOLD,
    danger: storeLinear(danger),
    kinds: Object.fromEntries([...kinds].map(([kind, model]) => [kind, storeLinear(model)])),
  };
  const source = [
    '// GENERATED by scripts/train-emergency-model.ts; do not edit. Regenerate: npm run train:emergency',
    '//',
    `// Trained on ${lines.length} labelled lines (${lines.filter((l) => l.emergency).length} emergencies) from: ${files.join(', ')}.`,
    "import type { StoredEmergencyModel } from './emergency-model';",
    '',
    `export const EMERGENCY_MODEL: StoredEmergencyModel = ${JSON.stringify(data, null, 1)};`,
    '',
  ].join('\n');
  writeFileSync(OUT, source);
  const count = (model: Linear) => model.weights.size;
  console.log(`wrote ${OUT}: danger ${count(danger)} weights, kinds ${[...kinds.values()].map(count).join('/')} weights, threshold ${THRESHOLD}`);
}

const lines = readLines();
if (process.argv.includes('--cv')) crossValidate(lines);
else writeModel(lines);
