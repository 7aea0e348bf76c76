import { CategoryClassifier } from '../src/intake/category-classifier';
import { CategoryModel } from '../src/intake/category/category-model';
import { LanguageDetector } from '../src/intake/language-detector';
import { LocalIntakeClassifier } from '../src/intake/local-intake-classifier';
import { LocationExtractor } from '../src/intake/location-extractor';
import { IntakeFlow } from '../src/intake/intake-flow';
import type { CategoryCode } from '../src/intake/intake.types';
import { readFileSync } from 'node:fs';

/** The local intake engine as the app wires it, without Nest. */
export function localIntakeEngine(): LocalIntakeClassifier {
  return new LocalIntakeClassifier(new LanguageDetector(), new CategoryClassifier(), new LocationExtractor(), new CategoryModel());
}

let flow: IntakeFlow | undefined;

/**
 * The category the intake settles on for a first message with no conversation behind it, as the webhook
 * would (a ticket, or a question for the location only), or null when it would ask what the problem is.
 */
export async function firstMessageCategory(text: string): Promise<CategoryCode | null> {
  flow ??= new IntakeFlow(localIntakeEngine(), new CategoryClassifier(), new LocationExtractor());
  const outcome = await flow.process({ text, pin: {}, state: null, preferredLanguage: null });
  return outcome.kind === 'complete' || outcome.kind === 'ask' ? outcome.state.categoryCode : null;
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
