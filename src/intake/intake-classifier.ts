import type { CategoryCode, ExtractedLocation, LanguageCode, Scored } from './intake.types';

/** What the intake makes of one message, before the conversation decides what to do with it. */
export interface IntakeAnalysis {
  language: Scored<LanguageCode>;
  /** Categories with evidence, likeliest first; empty when nothing points anywhere. */
  categories: Scored<CategoryCode>[];
  location: ExtractedLocation | null;
  engine: 'local' | 'llm';
}

/**
 * The intake's brain, behind a port: the local engine (deterministic, no network) by default, an
 * OpenAI-compatible model when LLM_* is configured, with the local engine as its fallback.
 */
export abstract class IntakeClassifier {
  abstract analyse(text: string, prior: LanguageCode | null): Promise<IntakeAnalysis>;
}
