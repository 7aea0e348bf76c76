/**
 * npm run bench:intake [-- FILE.jsonl ...]
 *
 * Measures the local intake engine (language -> category -> location) on one core: messages/s over a
 * few seconds of repeated passes through labelled messages, and the p50/p99 latency of one message.
 * Defaults to the development set and the project's own labelled fixtures.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { localIntakeEngine, readLabelled } from './intake-engine';

const root = join(__dirname, '..', '..');
const defaults = [join(root, '..', 'shared', 'intake', 'devset.jsonl'), join(root, 'test', 'fixtures', 'intake', 'labelled.jsonl')];
const files = process.argv.slice(2).length ? process.argv.slice(2) : defaults.filter(existsSync);
const texts = files.flatMap(readLabelled).map((row) => row.text);
if (texts.length === 0) throw new Error('No messages to run: pass FILE.jsonl');

const engine = localIntakeEngine();
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

// Warm-up: let the JIT settle before the clock runs.
for (let i = 0; i < 20_000; i++) engine.analyseNow(texts[i % texts.length], null);

const latencies: number[] = [];
const started = process.hrtime.bigint();
const deadline = started + BigInt(SECONDS * 1e9);
let done = 0;
while (process.hrtime.bigint() < deadline) {
  for (let i = 0; i < 1_000; i++) {
    const t0 = process.hrtime.bigint();
    engine.analyseNow(texts[done % texts.length], null);
    latencies.push(Number(process.hrtime.bigint() - t0) / 1e3);
    done += 1;
  }
}
const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
latencies.sort((a, b) => a - b);
const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];

console.log(`bench:intake  ${texts.length} distinct messages from ${files.length} file(s), ${SECONDS} s on one core`);
console.log(`throughput: ${Math.round(done / elapsed)} msg/s  (${done} messages)   target >= 5000 msg/s  ${done / elapsed >= 5000 ? 'PASS' : 'MISS'}`);
console.log(`latency:    p50 ${at(0.5).toFixed(1)} µs  p99 ${at(0.99).toFixed(1)} µs  max ${latencies[latencies.length - 1].toFixed(1)} µs`);
