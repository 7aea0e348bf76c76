/**
 * The features the trained text models read (the guardrails' emergency model, the intake's category
 * model), shared by their training scripts and the runtime so the two can never drift: words, word pairs and character 3- to 5-grams of each word. Character grams carry the
 * stems of the agglutinating languages (isiZulu "ngiyasha", "kuyasha", "bayasha" share "yash", "ash>"),
 * so a form never seen in training still scores. Diacritics are dropped (people type "ḓ" as "d") and
 * digits folded, so a house number is no feature.
 */
export function textFeatures(text: string): ReadonlyMap<string, number> {
  // One message is read by up to three models in a row (emergency, language, category): the last
  // answer is kept so the features are built once.
  if (text === last.text) return last.features;
  const features = buildFeatures(text);
  last = { text, features };
  return features;
}

let last: { text: string | null; features: ReadonlyMap<string, number> } = { text: null, features: new Map() };

function buildFeatures(text: string): Map<string, number> {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\p{N}/gu, '0')
    .match(/[\p{L}\p{N}]+/gu);
  const counts = new Map<string, number>();
  if (!words) return counts;
  const add = (feature: string) => counts.set(feature, (counts.get(feature) ?? 0) + 1);
  words.forEach((word, i) => {
    add(`w:${word}`);
    if (i > 0) add(`b:${words[i - 1]}_${word}`);
    const framed = `<${word}>`;
    for (let n = 3; n <= 5; n++) {
      for (let start = 0; start + n <= framed.length; start++) add(`c:${framed.slice(start, start + n)}`);
    }
  });
  // Unit length: a long message is not more of an emergency for having more words.
  let norm = 0;
  for (const count of counts.values()) norm += count * count;
  norm = Math.sqrt(norm);
  for (const [feature, count] of counts) counts.set(feature, count / norm);
  return counts;
}
