import { readFileSync } from 'node:fs';
import { DETECTOR_SURE, TrainedLanguageModel } from './language/trained-language-model';
import { TRAINED_LANGUAGE_MODEL } from './language/trained-language-model.data';
import { join } from 'node:path';
import { LANGUAGE_CODES, LanguageCode } from './intake.types';
import { LanguageDetector } from './language-detector';

const detector = new LanguageDetector();

const SAMPLES: Record<LanguageCode, string[]> = {
  en: ['The bin was not collected this week', 'sewage overflowing in front of my gate', 'no electricity in our area since last night'],
  af: ['Ons water is al weer af', 'Die straatlig voor ons huis is af', 'Asseblief kom maak die pyp reg'],
  zu: ['Sicela nisisize, amanzi awekho', 'Ugesi awukho kusukela izolo ebusuku', 'Udoti awuthathwanga kule viki'],
  xh: ['Siyacela, akukho manzi apha ekhaya', 'Umbane awukho ukusukela izolo', 'Inkunkuma ayithathwanga kule veki'],
  st: ['Re kopa thuso, ha re na metsi', 'Motlakase ha o yo ho tloha maobane', 'Matlakala ha a nkuwe bekeng ena'],
  tn: ['Re kopa thuso, ga re na metsi gompieno', 'Motlakase ga o yo go tloga maabane bosigo', 'Matlakala ga a tsewa mo bekeng eno'],
  nso: ['Re kgopela thušo, ga re na meetse', 'Mohlagase ga o gona go tloga maabane', 'Matlakala ga se a tšewa bekeng ye'],
  ts: ['Hi kombela mpfuno, a hi na mati', 'A hi na gezi ku sukela tolo', 'Thyaka a ri tekiwanga vhiki leri'],
  ve: ['Ri khou humbela thuso, a ri na maḓi', 'A hu na mudagasi u bva mulovha', 'Tshika a tsho ngo dzhiiwa vhege heyi'],
  ss: ['Sicela lusito, kute emanti lapha ekhaya', 'Kute gesi kusukela itolo ebusuku', 'Tibi atikatsatfwa kuleliviki'],
  nr: ['Sibawa isizo, akunamanzi lapha ekhaya', 'Akunagesi kusukela izolo, sibawa nisisize', 'Iinsila azikathathwa iveke le'],
};

interface Labelled {
  text: string;
  lang: LanguageCode;
}

function accuracy(items: Labelled[]): number {
  return items.filter(({ text, lang }) => detector.detect(text).code === lang).length / items.length;
}

describe(LanguageDetector.name, () => {
  describe('detect', () => {
    it.each(LANGUAGE_CODES.flatMap((lang) => SAMPLES[lang].map((text) => [lang, text] as const)))(
      'detects %s in "%s"',
      (lang, text) => {
        expect(detector.detect(text).code).toBe(lang);
      },
    );

    it.each([
      ['no power', 'en'],
      ['pothole', 'en'],
      ['Thank you', 'en'],
      ['avuxeni', 'ts'],
      ['ndaa', 've'],
      ['lotjha', 'nr'],
      ['thobela', 'nso'],
    ])('detects the very short "%s" as %s', (text, lang) => {
      expect(detector.detect(text).code).toBe(lang);
    });

    it('puts greetings shared by close languages in their family when they are alone', () => {
      expect(['zu', 'ss']).toContain(detector.detect('sawubona').code);
      expect(['st', 'tn', 'nso']).toContain(detector.detect('dumela').code);
    });

    it('follows the African language of a code-switched message', () => {
      expect(detector.detect('Sanibonani, ugesi awukho futhi but the meter says units are there').code).toBe('zu');
      expect(detector.detect('Molo, umbane awukho since yesterday kwisitalato sethu').code).toBe('xh');
      expect(detector.detect('Dumela, ga re na metsi since Monday mo motseng').code).toBe('tn');
    });

    it('keeps English when an English sentence only names a township', () => {
      expect(detector.detect('Hi, the water is off again in Tembisa Ext 5').code).toBe('en');
    });

    it('tells Sesotho, Setswana and Sepedi apart by their own words', () => {
      expect(detector.detect('Dumela, ha re na metsi haholo jwale').code).toBe('st');
      expect(detector.detect('Dumela, ga re na metsi thata jaanong').code).toBe('tn');
      expect(detector.detect('Thobela, ga re na meetse kudu bjale').code).toBe('nso');
      expect(detector.detect('Ditšhila ga di tšewe, re kgopela thušo').code).toBe('nso');
    });

    it('uses word shapes to separate the Nguni languages', () => {
      expect(detector.detect('Ndicela nize nilungise umbhobho owaphukileyo').code).toBe('xh');
      expect(detector.detect('Tibane temgwaco atisebenti futsi').code).toBe('ss');
      expect(detector.detect('Sibawa nilungise ipayipi elaphukileko, iimoto azidluli').code).toBe('nr');
      expect(detector.detect('ngiyabonga kakhulu, amanzi abuyile').code).toBe('zu');
    });

    it.each([
      // isiZulu -onke quantifiers and "ndawo" are Zulu as much as Xhosa
      ['Izibani zonke zicimile kule ndawo yakithi', 'zu'],
      // isiNdebele: -oke "all", -khamba "go", uMvulo, akuna- + gezi, ngi- concords beside ii- plurals
      ['Ugesi ukhambile emizini yoke', 'nr'],
      ['Kusukela ngoMvulo akunagezi, sibawa nisize', 'nr'],
      ['Angikaboni iimitha zami zamanzi', 'nr'],
      // siSwati t for Zulu z in short verbs (nite, nisite) and kute
      ['Ngicela nite masinyane, emanti ayachitheka', 'ss'],
      ['Ngicela nisite, kute gesi', 'ss'],
      // isiXhosa kukho "there is", ecaleni "beside", uMvulo
      ['Kukho amanzi avuzayo ecaleni kwevenkile', 'xh'],
      ['Umbane ucimile kusukela ngoMvulo', 'xh'],
      // Sepedi says mmila too; Setswana "sule" (died) and -ileng relatives
      ['Bjale mmileng wa rena go na le meetse', 'nso'],
      ['Go na le katse e e suleng fa pele ga ntlo', 'tn'],
    ])('tells the close neighbours apart by their word shapes in "%s" (%s)', (text, lang) => {
      // The word-shape evidence itself, before the trained model's second opinion on unsure texts.
      expect(detector.detectWithoutModel(text).code).toBe(lang);
    });

    it('asks the trained model only for an unsure text of three words or more with no earlier language', () => {
      const unsure = 'Ugesi ukhambile emizini yoke';
      expect(detector.detectWithoutModel(unsure).confidence).toBeLessThan(DETECTOR_SURE);
      expect(detector.detect(unsure)).toEqual(new TrainedLanguageModel(TRAINED_LANGUAGE_MODEL).rank(unsure)[0]);
      expect(detector.detect(unsure, 'nr')).toEqual(detector.detectWithoutModel(unsure, 'nr'));
      expect(detector.detect('no power')).toEqual(detector.detectWithoutModel('no power'));
    });

    it('returns English with low confidence for an empty or text-less message without a prior', () => {
      for (const text of ['', '12', 'ok', '👍']) {
        const result = detector.detect(text);
        expect(result.code).toBe('en');
        expect(result.confidence).toBeLessThanOrEqual(0.3);
      }
    });

    it('lets the earlier language decide a weak or mixed message', () => {
      expect(detector.detect('ok', 'zu').code).toBe('zu');
      expect(detector.detect('45', 'st').code).toBe('st');
      expect(detector.detect('no power', 'xh').code).toBe('xh');
      expect(detector.detect('no water kwa Section K', 'zu').code).toBe('zu');
      expect(detector.detect('dumela', 'tn').code).toBe('tn');
    });

    it('does not let the earlier language overrule a clear message', () => {
      expect(detector.detect('There has been no water in our street since Monday, please help', 'zu').code).toBe('en');
      expect(detector.detect('Amanzi awekho emgwaqweni wethu kusukela izolo', 'en').code).toBe('zu');
      expect(detector.detect('Thobela, ga re na meetse kudu bjale', 'st').code).toBe('nso');
    });

    it('is more confident about a clear sentence than about one word', () => {
      const sentence = detector.detect('Ugesi awukho emgwaqweni wethu kusukela izolo ebusuku');
      const word = detector.detect('ugesi');
      expect(sentence.code).toBe('zu');
      expect(sentence.confidence).toBeGreaterThan(0.8);
      expect(sentence.confidence).toBeGreaterThan(word.confidence);
      expect(detector.detect('no power').confidence).toBeLessThan(0.5);
    });

    it('keeps confidence within 0..1 and answers the same twice', () => {
      for (const text of ['Die krag is af', 'x', 'Re kopa thuso']) {
        const first = detector.detect(text);
        expect(first.confidence).toBeGreaterThanOrEqual(0);
        expect(first.confidence).toBeLessThanOrEqual(1);
        expect(detector.detect(text)).toEqual(first);
      }
    });
  });

  describe('accuracy', () => {
    it('labels at least 93% of test/fixtures/intake/language-check.jsonl right', () => {
      const file = join(__dirname, '..', '..', 'test', 'fixtures', 'intake', 'language-check.jsonl');
      const items = readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => JSON.parse(line) as Labelled);
      expect(items.length).toBeGreaterThanOrEqual(200);
      expect(accuracy(items)).toBeGreaterThanOrEqual(0.93);
    });
  });
});
