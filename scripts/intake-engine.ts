import { CategoryClassifier } from '../src/intake/category-classifier';
import { CategoryModel } from '../src/intake/category/category-model';
import { LanguageDetector } from '../src/intake/language-detector';
import { LocalIntakeClassifier } from '../src/intake/local-intake-classifier';
import { LocationExtractor } from '../src/intake/location-extractor';
import { readFileSync } from 'node:fs';

/** The local intake engine as the app wires it, without Nest. */
export function localIntakeEngine(): LocalIntakeClassifier {
  return new LocalIntakeClassifier(new LanguageDetector(), new CategoryClassifier(), new LocationExtractor(), new CategoryModel());
}

export interface LabelledMessage {
  text: string;
  lang: string;
  category: string;
}

/** Lines of {"text", "lang", "category"}; blank lines are skipped, a bad line stops with its number. */
export function readLabelled(file: string): LabelledMessage[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, number }) => {
      const row = JSON.parse(line) as Partial<LabelledMessage>;
      if (typeof row.text !== 'string' || typeof row.lang !== 'string' || typeof row.category !== 'string') {
        throw new Error(`${file}:${number}: expected {"text", "lang", "category"}`);
      }
      return { text: row.text, lang: row.lang, category: row.category };
    });
}
