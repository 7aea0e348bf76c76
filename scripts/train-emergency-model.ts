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
 * together, and how many ordinary reports the model alone gives the safety numbers (their report goes
 * on). This is the figure that says whether the model generalises; a held-out file's lines were never
 * seen by its model.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { EmergencyModel, type StoredEmergencyModel } from '../src/guardrails/emergency-model/emergency-model';
import { EMERGENCY_KINDS, EmergencyRule, emergencyKeepsReport, LONG_MESSAGE_CHARS, SHORT_MESSAGE_DISPUTES_BELOW } from '../src/guardrails/rules/emergency.rule';
import { readJsonl, storedLinear, trainSoftmax, weightCount, writeGeneratedModel } from './support/softmax-regression';

const ROOT = join(__dirname, '..', '..');
const GUARDRAIL_FIXTURES = join(ROOT, 'test', 'fixtures', 'guardrails');
const INTAKE_FIXTURES = join(ROOT, 'test', 'fixtures', 'intake');
const DEVSET = process.env.DEVSET ?? join(ROOT, '..', 'shared', 'intake', 'devset.jsonl');
const OUT = join(ROOT, 'src', 'guardrails', 'emergency-model', 'emergency-model.data.ts');

/** Probability from which the model alone calls a message an emergency (chosen with --cv). */
const THRESHOLD = Number(process.env.EMERGENCY_THRESHOLD ?? 0.4);
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
  for (const name of readdirSync(GUARDRAIL_FIXTURES).filter((n) => n.endsWith('.jsonl')).sort()) {
    for (const row of readJsonl<{ text: string; expect: string }>(join(GUARDRAIL_FIXTURES, name))) {
      lines.push({ file: `guardrails/${name}`, text: row.text, emergency: row.expect === 'emergency', ordinary: row.expect === 'allow' });
    }
  }
  const intakeFiles = readdirSync(INTAKE_FIXTURES).filter((n) => n.endsWith('.jsonl')).sort().map((n) => join(INTAKE_FIXTURES, n));
  for (const file of [...intakeFiles, DEVSET]) {
    const name = file === DEVSET ? 'intake/devset.jsonl' : `intake/${file.split('/').pop()}`;
    for (const row of readJsonl<{ text: string }>(file)) lines.push({ file: name, text: row.text, emergency: false, ordinary: true });
  }
  return lines;
}

function train(lines: Line[]): StoredEmergencyModel {
  const dangerItems = lines.map((line) => ({ text: line.text, label: line.emergency ? 1 : 0, weight: line.emergency ? POSITIVE_WEIGHT : 1 }));
  const danger = storedLinear(trainSoftmax(dangerItems, 2), 1, 0);
  const rule = new EmergencyRule(null);
  const kindItems = lines.flatMap((line) => {
    const kind = line.emergency ? rule.detect(line.text)?.kind : undefined;
    return kind ? [{ text: line.text, label: EMERGENCY_KINDS.indexOf(kind), weight: 1 }] : [];
  });
  const trainedKinds = trainSoftmax(kindItems, EMERGENCY_KINDS.length);
  const kinds = Object.fromEntries(EMERGENCY_KINDS.map((kind, k) => [kind, storedLinear(trainedKinds, k)])) as StoredEmergencyModel['kinds'];
  return { threshold: THRESHOLD, danger, kinds };
}

// ---------------------------------------------------------------------------------------------------

function crossValidate(lines: Line[]): void {
  const rule = new EmergencyRule(null);
  const files = [...new Set(lines.map((line) => line.file))];
  const totals = { emergencies: 0, rule: 0, model: 0, either: 0, ordinary: 0, falseAlarms: 0, stopped: 0, disputedKept: 0, emergenciesDisputedKept: 0 };
  const disputable = { emergencies: { long: [] as number[], short: [] as number[] }, ordinary: { long: [] as number[], short: [] as number[] } };
  console.log(`leave-one-file-out, threshold ${THRESHOLD}`);
  console.log('file                          emergencies  rule  model  either   ordinary  model false alarms  stopped  disputed, kept');
  for (const file of files) {
    // Scored as the app scores: the stored (pruned, rounded) weights through the runtime classes, the
    // model consulted only where no hand-written family matched.
    const model = new EmergencyModel(train(lines.filter((line) => line.file !== file)));
    const combined = new EmergencyRule(model);
    const row = { emergencies: 0, rule: 0, model: 0, either: 0, ordinary: 0, falseAlarms: 0, stopped: 0, disputedKept: 0, emergenciesDisputedKept: 0 };
    const alarms: string[] = [];
    for (const line of lines.filter((l) => l.file === file)) {
      const byRule = rule.detect(line.text);
      const byEither = combined.detect(line.text);
      // What the held-out model says of a family's finding it could dispute (not a municipal hazard).
      if (byRule !== null && !byRule.municipalHazard && (line.emergency || line.ordinary)) {
        const long = line.text.trim().length >= LONG_MESSAGE_CHARS;
        (line.emergency ? disputable.emergencies : disputable.ordinary)[long ? 'long' : 'short'].push(model.probability(line.text));
      }
      // A family's finding the held-out model disputes keeps its report (emergencyKeepsReport).
      const disputedKept = byEither?.disputed === true;
      if (line.emergency) {
        row.emergencies++;
        row.rule += +(byRule !== null);
        row.model += +(model.assess(line.text) !== null);
        row.either += +(byEither !== null);
        row.emergenciesDisputedKept += +disputedKept;
      } else if (line.ordinary) {
        row.ordinary++;
        if (byEither !== null && !emergencyKeepsReport(byEither)) row.stopped++;
        row.disputedKept += +disputedKept;
        // A false alarm the model added: the safety numbers on an ordinary report. The report itself goes
        // on (emergencyKeepsReport), so it costs the citizen a paragraph, not the ticket.
        if (byEither !== null && byRule === null) {
          row.falseAlarms++;
          alarms.push(line.text);
        }
      }
    }
    console.log(
      `${file.padEnd(30)}${String(row.emergencies).padStart(11)}${String(row.rule).padStart(6)}${String(row.model).padStart(7)}${String(row.either).padStart(8)}${String(row.ordinary).padStart(11)}${String(row.falseAlarms).padStart(18)}${String(row.stopped).padStart(9)}${String(row.disputedKept).padStart(16)}`,
    );
    for (const text of alarms) console.log(`    safety numbers added to an ordinary report: ${text.slice(0, 100)}`);
    for (const key of Object.keys(totals) as Array<keyof typeof totals>) totals[key] += row[key];
  }
  const share = (a: number, b: number) => (b ? (a / b).toFixed(3) : '-');
  console.log(
    `emergency recall: rule ${share(totals.rule, totals.emergencies)} model ${share(totals.model, totals.emergencies)} either ${share(totals.either, totals.emergencies)} (n=${totals.emergencies}); ordinary reports given the safety numbers by the model (report kept): ${totals.falseAlarms}/${totals.ordinary} = ${share(totals.falseAlarms, totals.ordinary)}`,
  );
  console.log(
    `ordinary reports stopped by a family: ${totals.stopped}/${totals.ordinary}; family findings the model disputed whose report was kept: ${totals.disputedKept} ordinary, ${totals.emergenciesDisputedKept} of ${totals.emergencies} emergencies (their safety numbers still went first)`,
  );
  // What another MODEL_DISPUTES_BELOW would do in messages of LONG_MESSAGE_CHARS or more: real emergencies it
  // would dispute (numbers first, then their report goes on) against ordinary reports a family stops that it
  // would let go on; and the short messages at their own bar.
  const below = (values: number[], t: number) => values.filter((p) => p < t).length;
  const { emergencies, ordinary } = disputable;
  console.log(
    `a family's finding in a message of ${LONG_MESSAGE_CHARS}+ characters disputed below: ${[0.05, 0.1, 0.2, 0.3, 0.5]
      .map((t) => `${t}: ${below(emergencies.long, t)}/${emergencies.long.length} emergencies, ${below(ordinary.long, t)}/${ordinary.long.length} ordinary`)
      .join('; ')}`,
  );
  console.log(
    `in a shorter message, below ${SHORT_MESSAGE_DISPUTES_BELOW}: ${below(emergencies.short, SHORT_MESSAGE_DISPUTES_BELOW)}/${emergencies.short.length} emergencies, ${below(ordinary.short, SHORT_MESSAGE_DISPUTES_BELOW)}/${ordinary.short.length} ordinary (below 0.3: ${below(emergencies.short, 0.3)} emergencies)`,
  );
  console.log('(the rule was tuned on every file but the newest blind set, so its in-sample figures flatter it; the model is out of sample everywhere)');
}

function writeModel(lines: Line[]): void {
  const model = train(lines);
  const files = [...new Set(lines.map((line) => line.file))];
  writeGeneratedModel(OUT, {
    script: 'scripts/train-emergency-model.ts',
    command: 'npm run train:emergency',
    provenance: `Trained on ${lines.length} labelled lines (${lines.filter((l) => l.emergency).length} emergencies) from: ${files.join(', ')}.`,
    typeName: 'StoredEmergencyModel',
    typeFrom: './emergency-model',
    constant: 'EMERGENCY_MODEL',
    data: model,
  });
  const kinds = Object.values(model.kinds).map(weightCount).join('/');
  console.log(`wrote ${OUT}: danger ${weightCount(model.danger)} weights, kinds ${kinds} weights, threshold ${THRESHOLD}`);
}

const lines = readLines();
if (process.argv.includes('--cv')) crossValidate(lines);
else writeModel(lines);
