import type { ExtractedLocation } from './intake.types';

/**
 * The text with the address taken out, for the category: "Bins not emptied at 12 Main Road" is about
 * refuse, and the "Road" of the address says nothing about the road.
 */
export function withoutAddress(text: string, location: ExtractedLocation | null): string {
  if (!location?.addressText || location.source !== 'text') return text;
  let rest = text;
  for (const piece of location.addressText.split(/,\s+/)) {
    if (piece) rest = rest.split(piece).join(' ');
  }
  return rest;
}
