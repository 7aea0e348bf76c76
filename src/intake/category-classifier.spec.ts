import { CategoryClassifier } from './category-classifier';
import type { CategoryCode, LanguageCode } from './intake.types';

describe(CategoryClassifier.name, () => {
  const sut = new CategoryClassifier();

  describe('classify', () => {
    it.each<[string, CategoryCode]>([
      ['No water since Monday', 'water'],
      ['Burst pipe flooding the road', 'water'],
      ['Sewage spilling into the street', 'sanitation'],
      ['no power', 'electricity'],
      ['Street light not working', 'streetlights'],
      ['pothole', 'roads'],
      ['Refuse not collected for two weeks', 'waste'],
      ['The grass in the park is overgrown', 'parks'],
      ['My account statement is wrong', 'billing'],
      ['Awekho amanzi', 'water'],
      ['Ha ho motlakase', 'electricity'],
    ])('classifies %p as %p', (text, code) => {
      expect(sut.classify(text)?.code).toBe(code);
    });

    it.each<[string, LanguageCode, CategoryCode]>([
      ['when is loadshedding in ward 9 tonight?', 'en', 'other'],
      ['i-loadshedding izoba nini ngomso?', 'zu', 'other'],
      ['akukho gesi, akusiyo i-loadshedding', 'zu', 'electricity'],
      ['go na le ntja e shweleng mo tseleng', 'tn', 'waste'],
      ['mpša e hwilego e robetše mmileng', 'nso', 'waste'],
      ['kunenja efile phambi kwesitolo', 'zu', 'waste'],
      ['dikgomo di tsamaya mo tseleng bosigo', 'tn', 'other'],
      ['the tavern plays loud music till 4am', 'en', 'other'],
      ['letshwao la stop le robegile', 'st', 'roads'],
      ['diboithomelo tša sekolo di tletše', 'nso', 'sanitation'],
      ['a va hlayi meter ya mina', 'ts', 'billing'],
      ['mashika a a dzhiiwi', 've', 'waste'],
      ['no water kwa Section K', 'zu', 'water'],
      ['amanzi awekho emanzini', 'zu', 'water'],
      ['kute emanti', 'ss', 'water'],
      ['geen krag nie', 'af', 'electricity'],
      ['ugesi awukho kagesi', 'zu', 'electricity'],
      ['umbane ucimile', 'xh', 'electricity'],
      ['ga go na mohlagase', 'nso', 'electricity'],
      ['a hi na gezi', 'ts', 'electricity'],
      ['rioolwater in die straat', 'af', 'sanitation'],
      ['ithoyilethi ivalekile', 'xh', 'sanitation'],
      ['die straatlig is af', 'af', 'streetlights'],
      ['izibani zomgwaqo azisebenzi', 'zu', 'streetlights'],
      ['slaggate in die pad', 'af', 'roads'],
      ['tsela e na le masoba', 'st', 'roads'],
      ['udoti awuthathwanga', 'zu', 'waste'],
      ['matlakala ga a tsewe', 'tn', 'waste'],
      ['jwang bo bolelele', 'st', 'parks'],
      ['my munisipale rekening is verkeerd', 'af', 'billing'],
      ['dipone tsa mmila ga di bereke', 'tn', 'streetlights'],
      ['mavoni ya le gondzweni a ya tirhi', 'ts', 'streetlights'],
      ['idustbin ayithathwanga', 'xh', 'waste'],
      ['iinsila azikathathwa', 'nr', 'waste'],
      ['go na le melete tseleng', 'nso', 'roads'],
      ['isewage ichichima egcekeni', 'zu', 'sanitation'],
      ['imali yamanzi iphezulu', 'zu', 'billing'],
      ['ek wil my staat hê', 'af', 'billing'],
      ['utshani bude emathuneni', 'zu', 'parks'],
    ])('reads %p (%s) as %p', (text, language, code) => {
      expect(sut.classify(text, language)?.code).toBe(code);
    });

    it.each<[string, CategoryCode]>([
      ['the street light pole is down', 'streetlights'],
      ['lights off in the whole house, not load shedding', 'electricity'],
      ['load shedding schedule wrong, no power for 8 hours', 'electricity'],
      ['burst pipe, water running down the road', 'water'],
      ['stormwater drain blocked, the road is flooded', 'roads'],
      ['blocked drain in the yard, sewage smell', 'sanitation'],
      ['nobody reads the meter, bill is estimated', 'billing'],
      ['prepaid meter rejects my token', 'electricity'],
      ['water meter leaking at the gate', 'water'],
      ['robot not working at the corner', 'roads'],
      ['izinyoka stole the cables again', 'electricity'],
      ['skip bin is full', 'waste'],
      ['tree branches touching the power lines', 'parks'],
      ['our street is dark at night, the lights on the poles are off', 'streetlights'],
      ['no power in our street since yesterday', 'electricity'],
      ['the street floods every time it rains', 'roads'],
      ['water meter reading is wrong', 'billing'],
      ['the meter is leaking at the gate', 'water'],
    ])('tells %p apart as %p', (text, code) => {
      expect(sut.classify(text)?.code).toBe(code);
    });

    it.each<[string, LanguageCode | undefined, CategoryCode]>([
      // praise for a repair is no fault; thanks beside a request or a new fault is
      ['Big thanks to the crew who repaired our water main yesterday', undefined, 'other'],
      ['Siyabonga kakhulu ngokulungisa umbhobho izolo', 'xh', 'other'],
      ['thanks, but the pipe you fixed is leaking again', undefined, 'water'],
      ['ngiyabonga, sicela nilungise ipayipi', 'zu', 'water'],
      // asking when load-shedding starts is about the schedule
      ['A loadshedding e tla nna teng gompieno?', 'tn', 'other'],
      ['what stage of load shedding is it today', undefined, 'other'],
      // dirty tap water is water quality, not refuse
      ['mati ya le thepini ya thyaka', 'ts', 'water'],
      ['Re hwetša meetse ao a nago le ditšhila', 'nso', 'water'],
      ['kraanwater is bruin', 'af', 'water'],
      // rain water standing in the street is stormwater
      ['elke keer as dit reën, vol die straat met water', 'af', 'roads'],
      // a dead animal is for refuse removal; live ones wandering in the road are strays
      ['a dog died and is still lying on our pavement', undefined, 'waste'],
      ['katse e e suleng e mo tseleng', 'tn', 'waste'],
      ['goats walking in the road at night', undefined, 'other'],
      // a cable on the pavement is electricity's
      ['a cable is lying across the sidewalk near the school', undefined, 'electricity'],
      ['drade lê oop op die sypaadjie', 'af', 'electricity'],
      // a whole street dark after a transformer blew is an outage; low pressure beside a toilet stays water
      ['since the transformer blew up our whole road has been dark', undefined, 'electricity'],
      ['the water pressure is so weak we cannot flush the toilet', undefined, 'water'],
      // Nguni noun prefixes on loans (lilambu, iphothole) and "blocked" in Tshivenda
      ['lilambu lasemgwacweni alikhanyi', 'ss', 'streetlights'],
      ['iphothole likhulu phambi kwesikolo', 'zu', 'roads'],
      ['drain ya hayani yo valea', 've', 'sanitation'],
    ])('reads the family of %p (%s) as %p', (text, language, code) => {
      expect(sut.classify(text, language)?.code).toBe(code);
    });

    it.each([['no watr'], ['no powr in block C'], ['potholls everywhere'], ['elecricity gone']])('forgives the typo in %p', (text) => {
      expect(sut.classify(text)).not.toBeNull();
    });

    it.each(['How do I register to vote?', 'looking for a job', 'where do I apply for an RDP house', 'the staff at the office were rude'])(
      'confidently calls %p "other"',
      (text) => {
        const result = sut.classify(text);
        expect(result?.code).toBe('other');
        expect(result!.confidence).toBeGreaterThanOrEqual(0.6);
      },
    );

    it('calls thanks "other" without confidence enough to act on', () => {
      const result = sut.classify('thank you');
      expect(result?.code).toBe('other');
      expect(result!.confidence).toBeLessThan(0.6);
    });

    it('keeps a service problem when a non-service word comes with it', () => {
      expect(sut.classify('no water at the library since Monday')?.code).toBe('water');
    });

    it('returns null when no service problem is named', () => {
      expect(sut.classify('hello, is anyone there')).toBeNull();
      expect(sut.classify('')).toBeNull();
    });
  });

  describe('rank', () => {
    it('gives a confidence between 0 and 1, likeliest first', () => {
      const ranked = sut.rank('water leaking from the toilet and the drain smells');
      expect(ranked.length).toBeGreaterThan(1);
      for (const { confidence } of ranked) {
        expect(confidence).toBeGreaterThan(0);
        expect(confidence).toBeLessThanOrEqual(1);
      }
      expect([...ranked].sort((a, b) => b.confidence - a.confidence)).toEqual(ranked);
    });

    it('is confident on one strong word and unsure on one weak one', () => {
      expect(sut.rank('pothole')[0].confidence).toBeGreaterThanOrEqual(0.6);
      expect(sut.rank('it is dark')[0].confidence).toBeLessThan(0.6);
    });

    it('is less sure when two categories are named equally', () => {
      const clear = sut.rank('sewage spill')[0].confidence;
      const mixed = sut.rank('sewage spill and a pothole')[0].confidence;
      expect(mixed).toBeLessThan(clear);
    });

    it('is empty when nothing points anywhere', () => {
      expect(sut.rank('Please come to 12 Main Street')).toEqual([]);
    });
  });
});
