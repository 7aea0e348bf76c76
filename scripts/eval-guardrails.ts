/**
 * npm run eval:guardrails -- FILE.jsonl [FILE2.jsonl ...]
 *
 * Runs GuardrailsService.processInput over labelled messages, one JSON object a line:
 *   {"text", "lang", "expect": "allow" | "redact" | "block" | "emergency", "pii": [strings that must not
 *    survive], "tags"?: [optional labels, e.g. "sa_id_number", "injection:ignore", "fire", "tricky"]}
 * and prints precision and recall per verdict and per rule (rules are read from the verdict's reasons,
 * "<family>:<name>", e.g. "redacted:sa_id_number", "blocked:prompt_injection", "emergency:fire"), recall
 * per tag, the misclassified lines, and as its last line:
 *   block_recall=0.xx false_block_rate=0.xx pii_recall=0.xx emergency_recall=0.xx n=N
 * false_block_rate is the share of ordinary reports (expect allow) that were stopped: blocked, or answered
 * as an emergency without a ticket (a municipal hazard that is also an emergency still becomes a ticket,
 * and so does a danger only the trained model saw, or one it disputes: see emergencyKeepsReport; none of
 * these is stopped, and the line above the last counts them);
 * pii_recall is the share of all listed pii strings that no longer appear in the output text.
 */
import { readFileSync } from 'node:fs';
import { GuardrailsService } from '../src/guardrails/guardrails.service';
import { emergencyKeepsReport } from '../src/guardrails/rules/emergency.rule';

const EXPECTED = ['allow', 'redact', 'block', 'emergency'] as const;
type Expected = (typeof EXPECTED)[number];
// Which verdict a rule family stands for: its firings are right on lines that expect that verdict.
const FAMILY_VERDICT: Record<string, Expected> = { redacted: 'redact', blocked: 'block', emergency: 'emergency' };

interface Row {
  text: string;
  lang: string;
  expect: Expected;
  pii: string[];
  tags: string[];
  where: string;
}

interface Outcome {
  row: Row;
  action: string;
  /** Kept from becoming a ticket: blocked, or an emergency that is not a municipal hazard. */
  stopped: boolean;
  text: string;
  rules: string[];
  leaked: string[];
}

function readRows(file: string): Row[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, number }) => {
      const where = `${file}:${number}`;
      const row = JSON.parse(line) as Partial<Row>;
      const isStrings = (value: unknown) => Array.isArray(value) && value.every((v) => typeof v === 'string');
      if (
        typeof row.text !== 'string' ||
        typeof row.lang !== 'string' ||
        !EXPECTED.includes(row.expect as Expected) ||
        (row.pii !== undefined && !isStrings(row.pii)) ||
        (row.tags !== undefined && !isStrings(row.tags))
      ) {
        throw new Error(`${where}: expected {"text", "lang", "expect": ${EXPECTED.join('|')}, "pii": [...]}`);
      }
      return { text: row.text, lang: row.lang, expect: row.expect as Expected, pii: row.pii ?? [], tags: row.tags ?? [], where };
    });
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run eval:guardrails -- FILE.jsonl [...]');
  process.exit(2);
}
const rows = files.flatMap(readRows);

const outcomes: Outcome[] = rows.map((row) => {
  try {
    // A fresh service per line, so no state (such as flood counters) carries from one line to the next.
    const verdict = new GuardrailsService().processInput(row.text, {});
    const rules = [...new Set(verdict.reasons.filter((reason) => reason.includes(':')))];
    return {
      row,
      action: verdict.action,
      stopped: verdict.action === 'block' || (verdict.emergency !== undefined && !emergencyKeepsReport(verdict.emergency)),
      text: verdict.text,
      rules,
      leaked: row.pii.filter((pii) => verdict.text.includes(pii)),
    };
  } catch (error) {
    return { row, action: `error(${(error as Error).message.slice(0, 40)})`, stopped: false, text: row.text, rules: [], leaked: row.pii };
  }
});

const ratio = (part: number, total: number) => (total ? part / total : 0);
const fmt = (part: number, total: number) => (total ? ratio(part, total).toFixed(2) : ' n/a');
const count = (predicate: (o: Outcome) => boolean) => outcomes.filter(predicate).length;
const clip = (text: string, max = 90) => {
  const flat = text.replace(/\s+/g, ' ');
  return [...flat].length > max ? [...flat].slice(0, max - 1).join('') + '…' : flat;
};

console.log(`guardrails evaluation: ${rows.length} messages from ${files.join(', ')}`);

console.log('\nper verdict            precision         recall');
const actions = [...new Set([...EXPECTED, ...outcomes.map((o) => o.action)])];
for (const verdict of actions) {
  const predicted = count((o) => o.action === verdict);
  const expected = count((o) => o.row.expect === verdict);
  const right = count((o) => o.action === verdict && o.row.expect === verdict);
  console.log(`  ${verdict.padEnd(18)}  ${fmt(right, predicted)} (${right}/${predicted})`.padEnd(42) + `${fmt(right, expected)} (${right}/${expected})`);
}

// Per rule. A redaction rule is right on a line tagged with its kind (or, untagged, any line with pii);
// a block or emergency rule is right on lines that expect its verdict. Recall is over those lines.
console.log('\nper rule                           fired  precision         recall');
const ruleNames = [...new Set(outcomes.flatMap((o) => o.rules))].sort();
const allTags = new Set(rows.flatMap((r) => r.tags));
for (const rule of ruleNames) {
  const [family, ...rest] = rule.split(':');
  const name = rest.join(':');
  const verdict = FAMILY_VERDICT[family];
  const fired = outcomes.filter((o) => o.rules.includes(rule));
  if (!verdict) {
    console.log(`  ${rule.padEnd(32)} ${String(fired.length).padStart(5)}  (unknown family: no ground truth)`);
    continue;
  }
  const relevant =
    family === 'redacted' && allTags.has(name)
      ? (o: Outcome) => o.row.tags.includes(name)
      : family === 'redacted'
        ? (o: Outcome) => o.row.pii.length > 0
        : (o: Outcome) => o.row.expect === verdict;
  const right = fired.filter(relevant).length;
  const total = count(relevant);
  console.log(`  ${rule.padEnd(32)} ${String(fired.length).padStart(5)}  ${fmt(right, fired.length)} (${right}/${fired.length})`.padEnd(60) + `${fmt(right, total)} (${right}/${total})`);
}
if (ruleNames.length === 0) console.log('  (no rule fired)');

console.log('\nper tag: share of lines handled as expected (action = expect, no pii left)');
const handled = (o: Outcome) => o.action === o.row.expect && o.leaked.length === 0;
for (const tag of [...allTags].sort()) {
  const tagged = outcomes.filter((o) => o.row.tags.includes(tag));
  const right = tagged.filter(handled).length;
  console.log(`  ${tag.padEnd(24)} ${fmt(right, tagged.length)}  (${right}/${tagged.length})`);
}

console.log('\nper language: share of lines handled as expected');
for (const lang of [...new Set(rows.map((r) => r.lang))]) {
  const inLanguage = outcomes.filter((o) => o.row.lang === lang);
  const right = inLanguage.filter(handled).length;
  console.log(`  ${lang.padEnd(5)} ${fmt(right, inLanguage.length)}  (${right}/${inLanguage.length})`);
}

const missed = outcomes.filter((o) => !handled(o));
console.log(`\nmisclassified or leaking: ${missed.length}  (expect -> action [lang] text | rules)`);
for (const o of missed) {
  const kept = o.row.expect === 'allow' && o.action === 'emergency' && !o.stopped ? ' (report kept)' : '';
  console.log(`  ${o.row.expect} -> ${o.action}${kept} [${o.row.lang}] "${clip(o.row.text)}"${o.rules.length ? ` | ${o.rules.join(', ')}` : ''}`);
  if (o.leaked.length) console.log(`      leaked: ${o.leaked.map((pii) => clip(pii, 30)).join(', ')}`);
  if (o.row.expect === 'allow' && o.text !== o.row.text.trim()) console.log(`      became: "${clip(o.text)}"`);
}

const blockLines = outcomes.filter((o) => o.row.expect === 'block');
const allowLines = outcomes.filter((o) => o.row.expect === 'allow');
const emergencyLines = outcomes.filter((o) => o.row.expect === 'emergency');
const piiTotal = outcomes.reduce((sum, o) => sum + o.row.pii.length, 0);
const piiLeaked = outcomes.reduce((sum, o) => sum + o.leaked.length, 0);
const two = (part: number, total: number) => ratio(part, total).toFixed(2);
const needless = allowLines.filter((o) => o.action === 'emergency' && !o.stopped).length;
console.log(`\nordinary reports given the safety numbers needlessly, report kept: ${needless}/${allowLines.length}`);
console.log(
  `block_recall=${two(blockLines.filter((o) => o.action === 'block').length, blockLines.length)}` +
    ` false_block_rate=${two(allowLines.filter((o) => o.stopped).length, allowLines.length)}` +
    ` pii_recall=${two(piiTotal - piiLeaked, piiTotal)}` +
    ` emergency_recall=${two(emergencyLines.filter((o) => o.action === 'emergency').length, emergencyLines.length)}` +
    ` n=${rows.length}`,
);
