#!/usr/bin/env node
/**
 * Trains the character n-gram model of the intake language detector and writes
 * src/intake/language/ngram-model.data.ts. Reproducible: same inputs, same output.
 *
 *   node scripts/train-language-model.js            # train, write the data file
 *   node scripts/train-language-model.js --eval     # evaluate the current detector (no training):
 *                                                   # devset, test/fixtures/intake/language-check.jsonl,
 *                                                   # NCHLT held-out windows, st/tn/nso confusion, speed
 *
 * Environment (optional): NCHLT_DIR (default ../shared/datasets/nchlt), DEVSET (default
 * ../shared/intake/devset.jsonl).
 *
 * Sources:
 * - The ten South African languages: NCHLT text corpora (../shared/datasets/nchlt/*.txt), South African
 *   Department of Arts and Culture & Centre for Text Technology (CTexT, North-West University),
 *   CC BY 2.5 ZA. Every 10th sentence (index % 10 === 0) is held out of training for --eval.
 * - English: the prose of the doc comments in TypeScript's standard library declarations
 *   (node_modules/typescript/lib/lib.es*.d.ts, Apache-2.0, Microsoft), a plain English corpus that the
 *   project already installs.
 * - All languages: the hand-written lexicon (src/intake/language/lexicon.ts), counted LEXICON_WEIGHT
 *   times, so the everyday service vocabulary the corpora lack is known to the model.
 * Words with diacritics (š, ḓ, ê, ...) are also counted without them, at half weight, because many
 * people type without them.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const ROOT = path.join(__dirname, '..');
const NCHLT_DIR = process.env.NCHLT_DIR ?? path.join(ROOT, '..', 'shared', 'datasets', 'nchlt');
const DEVSET = process.env.DEVSET ?? path.join(ROOT, '..', 'shared', 'intake', 'devset.jsonl');
const OUT = path.join(ROOT, 'src', 'intake', 'language', 'ngram-model.data.ts');
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'intake', 'language-check.jsonl');

const MAX_ORDER = 4;
const KEEP_PER_LANGUAGE = 9000; // n-grams kept per language (all unigrams and bigrams fit well within)
const SMOOTHING = 0.5; // additive smoothing of counts
const SCALE = 20; // log-probabilities are stored as round(-ln p * SCALE)
const LEXICON_WEIGHT = 10;
const STRIPPED_WEIGHT = 0.5;
const HOLDOUT_EVERY = 10;

const FILES = { af: 'afr', zu: 'zul', xh: 'xho', st: 'sot', tn: 'tsn', nso: 'nso', ts: 'tso', ve: 'ven', ss: 'ssw', nr: 'nbl' };

// Loads our TypeScript modules (text.ts, lexicon.ts, the detector) without a build step.
require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, experimentalDecorators: true },
  });
  module._compile(outputText, filename);
};
const { tokenize, stripMarks, forEachGram } = require('../src/intake/language/text.ts');
const { LEXICON } = require('../src/intake/language/lexicon.ts');
const { LANGUAGE_CODES } = require('../src/intake/intake.types.ts');

function nchltSentences(code) {
  return fs.readFileSync(path.join(NCHLT_DIR, `${FILES[code]}.txt`), 'utf8').split('\n').filter((line) => line.trim());
}

function englishCorpus() {
  const dir = path.dirname(require.resolve('typescript/package.json'));
  const libs = fs.readdirSync(path.join(dir, 'lib')).filter((f) => /^lib\.es[\w.]*\.d\.ts$/.test(f)).sort();
  const lines = [];
  for (const file of libs) {
    for (const line of fs.readFileSync(path.join(dir, 'lib', file), 'utf8').split('\n')) {
      const m = /^\s*\*\s+(?!@)(.*)$/.exec(line) ?? /^\s*\*\s+@(?:param|returns?)\s+(?:\w+\s+)?(.*)$/.exec(line);
      // Only prose: drop identifiers in camelCase or with dots, and code fragments.
      if (m) lines.push(m[1].split(/\s+/).filter((w) => /^[A-Za-z][a-z]*[,.;:]?$/.test(w)).join(' '));
    }
  }
  // More everyday English: the prose (outside code blocks) of the READMEs of the installed packages.
  const modules = path.join(ROOT, 'node_modules');
  const readmes = [];
  for (const name of fs.readdirSync(modules).sort()) {
    const dirs = name.startsWith('@') ? fs.readdirSync(path.join(modules, name)).sort().map((n) => path.join(name, n)) : [name];
    for (const d of dirs) {
      const file = ['README.md', 'readme.md', 'Readme.md'].map((f) => path.join(modules, d, f)).find((f) => fs.existsSync(f));
      if (file) readmes.push(file);
    }
  }
  for (const file of readmes) {
    let code = false;
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      if (line.trimStart().startsWith('```')) code = !code;
      if (code || /^\s{4}|^\s*[|<#]/.test(line)) continue;
      lines.push(line.split(/\s+/).filter((w) => /^[A-Za-z][a-z]*[,.;:]?$/.test(w)).join(' '));
    }
  }
  return lines.filter((l) => l.split(' ').length >= 3);
}

function countText(counts, text, weight) {
  for (const { word } of tokenize(text)) countWord(counts, word, weight);
}

function countWord(counts, word, weight) {
  const add = (w, wt) => forEachGram(w, MAX_ORDER, (gram) => counts.set(gram, (counts.get(gram) ?? 0) + wt));
  add(word, weight);
  const plain = stripMarks(word);
  if (plain !== word) add(plain, weight * STRIPPED_WEIGHT);
}

function train() {
  const counts = {};
  for (const code of LANGUAGE_CODES) {
    const map = new Map();
    if (code === 'en') englishCorpus().forEach((line) => countText(map, line, 1));
    else nchltSentences(code).forEach((line, i) => i % HOLDOUT_EVERY !== 0 && countText(map, line, 1));
    for (const entry of LEXICON[code]) countText(map, entry, LEXICON_WEIGHT);
    counts[code] = map;
  }
  const tables = {};
  const floors = {};
  for (const code of LANGUAGE_CODES) {
    const map = counts[code];
    const totals = new Array(MAX_ORDER + 1).fill(0);
    const vocab = new Array(MAX_ORDER + 1).fill(0); // distinct n-grams per order, for smoothing
    for (const [gram, c] of map) (totals[gram.length] += c, vocab[gram.length]++);
    const cost = (c, order) => -Math.log((c + SMOOTHING) / (totals[order] + SMOOTHING * vocab[order]));
    const kept = [...map.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, KEEP_PER_LANGUAGE);
    // An n-gram not kept costs a little more than the rarest kept one of its order (it was rarer).
    floors[code] = [];
    for (let order = 1; order <= MAX_ORDER; order++) {
      const minKept = Math.min(...kept.filter(([g]) => g.length === order).map(([, c]) => c), Infinity);
      floors[code].push(Math.round(cost(Number.isFinite(minKept) ? minKept / 2 : 0, order) * SCALE));
    }
    kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    tables[code] = kept.map(([gram, c]) => `${gram} ${Math.round(cost(c, gram.length) * SCALE)}`).join(' ');
  }

  const header = `// GENERATED by scripts/train-language-model.js; do not edit. Regenerate: node scripts/train-language-model.js
//
// Character 1..${MAX_ORDER}-gram costs (round(-ln p * ${SCALE})) per language, words framed by '_'.
// Derived from the NCHLT text corpora: South African Department of Arts and Culture & Centre for Text
// Technology (CTexT, North-West University, South Africa), http://www.nwu.ac.za/ctext, licensed under
// Creative Commons Attribution 2.5 South Africa (http://creativecommons.org/licenses/by/2.5/za/).
// English from the doc comments of TypeScript's lib.es*.d.ts (Apache-2.0, Microsoft).
`;
  const body = `export const NGRAM_MODEL = {
  maxOrder: ${MAX_ORDER},
  scale: ${SCALE},
  /** Cost of an n-gram missing from a language's table, per order 1..${MAX_ORDER}. */
  floors: ${JSON.stringify(floors)} as Record<string, number[]>,
  /** "gram cost gram cost ..." per language. */
  tables: {
${LANGUAGE_CODES.map((code) => `    ${JSON.stringify(code)}: ${JSON.stringify(tables[code])},`).join('\n')}
  } as Record<string, string>,
};
`;
  fs.writeFileSync(OUT, header + body);
  console.log(`wrote ${path.relative(ROOT, OUT)} (${(fs.statSync(OUT).size / 1024).toFixed(0)} KiB)`);
}

// ---------------------------------------------------------------- evaluation

/** Deterministic 3..12-word windows of held-out NCHLT sentences. */
function heldOutWindows(code, perLanguage) {
  let seed = 12345;
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const sentences = nchltSentences(code).filter((_, i) => i % HOLDOUT_EVERY === 0);
  const windows = [];
  for (const sentence of sentences) {
    const words = sentence.split(/\s+/).filter(Boolean);
    if (words.length < 3) continue;
    const size = Math.min(words.length, 3 + Math.floor(rand() * 10));
    const start = Math.floor(rand() * (words.length - size + 1));
    windows.push(words.slice(start, start + size).join(' '));
    if (windows.length >= perLanguage) break;
  }
  return windows;
}

function evaluate() {
  const { LanguageDetector } = require('../src/intake/language-detector.ts');
  const detector = new LanguageDetector();
  const report = (name, items) => {
    const per = {};
    const confusion = {};
    let ok = 0;
    for (const { text, lang } of items) {
      const { code } = detector.detect(text);
      per[lang] ??= { n: 0, ok: 0 };
      per[lang].n++;
      if (code === lang) (ok++, per[lang].ok++);
      else if (process.env.SHOW_ERRORS) console.log(`  miss ${lang} -> ${code}: ${text}`);
      confusion[`${lang}>${code}`] = (confusion[`${lang}>${code}`] ?? 0) + 1;
    }
    console.log(`${name}: ${(ok / items.length).toFixed(3)} (${ok}/${items.length})`);
    console.log('  ' + Object.entries(per).map(([l, p]) => `${l} ${(p.ok / p.n).toFixed(2)}/${p.n}`).join('  '));
    const sotho = ['st', 'tn', 'nso'];
    console.log('  st/tn/nso confusion (row = truth): ' + sotho.map((t) => `${t}: ` + sotho.map((p) => `${p}=${confusion[`${t}>${p}`] ?? 0}`).join(' ')).join(' | '));
    if (process.env.SHOW_CONFUSION) {
      const langs = Object.keys(per);
      for (const t of langs) console.log(`    ${t.padEnd(4)} ` + LANGUAGE_CODES.map((p) => `${p}=${confusion[`${t}>${p}`] ?? 0}`).join(' '));
    }
    return items.map((i) => i.text);
  };
  const readJsonl = (file) => fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const texts = [];
  if (fs.existsSync(DEVSET)) texts.push(...report('devset', readJsonl(DEVSET)));
  if (fs.existsSync(FIXTURE)) texts.push(...report('language-check.jsonl', readJsonl(FIXTURE)));
  const windows = Object.keys(FILES).flatMap((lang) => heldOutWindows(lang, 300).map((text) => ({ text, lang })));
  report('NCHLT held-out 3-12 word windows', windows);

  const sample = texts.length ? texts : windows.map((w) => w.text);
  const runs = 100_000;
  for (let i = 0; i < 2000; i++) detector.detect(sample[i % sample.length]);
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) detector.detect(sample[i % sample.length], i % 3 === 0 ? 'zu' : null);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`speed: ${runs} detections in ${seconds.toFixed(2)} s = ${Math.round(runs / seconds)}/s (${((seconds / runs) * 1e6).toFixed(1)} us each)`);
}

if (process.argv.includes('--eval')) evaluate();
else train();
