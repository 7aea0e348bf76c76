import type { CategoryCode } from '../tenancy/default-taxonomy';

export const LANGUAGE_CODES = ['en', 'af', 'zu', 'xh', 'st', 'tn', 'nso', 'ts', 've', 'ss', 'nr'] as const;
export type LanguageCode = (typeof LANGUAGE_CODES)[number];

export interface Scored<T> {
  code: T;
  /** 0..1 */
  confidence: number;
}

/** The pieces of an address text that could be told apart; any may be missing. */
export interface LocationParts {
  streetNumber?: string;
  street?: string;
  /** Suburb, township or village. */
  area?: string;
  /** Section, extension, zone, ward, block, phase, stand or erf, e.g. "Section K", "Ext 5". */
  unit?: string;
  /** "next to the clinic", "opposite the taxi rank". */
  landmark?: string;
}

export interface ExtractedLocation {
  latitude: number | null;
  longitude: number | null;
  /** The address as the citizen gave it (or as the pin carried it). */
  addressText: string | null;
  /** photo: the EXIF GPS position of a photo the citizen sent. */
  source: 'pin' | 'text' | 'photo';
  parts?: LocationParts;
}

export type { CategoryCode };
