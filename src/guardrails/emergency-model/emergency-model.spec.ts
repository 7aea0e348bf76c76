import { textFeatures } from '../../common/text-model/text-features';
import { EmergencyModel } from './emergency-model';

describe('EmergencyModel', () => {
  const model = new EmergencyModel();

  describe('features', () => {
    it('drops diacritics and folds digits, so typing habits and house numbers change nothing', () => {
      expect([...textFeatures('Maḓi a khou kukula nnḓu 12')]).toEqual([...textFeatures('madi a khou kukula nndu 47')]);
    });

    it('has unit length, so a long message is not more alarming for being long', () => {
      const norm = Math.sqrt([...textFeatures('fire fire fire in the shack').values()].reduce((sum, v) => sum + v * v, 0));
      expect(norm).toBeCloseTo(1, 10);
      expect(textFeatures('!!! ...').size).toBe(0);
    });
  });

  describe('dangers to life, in several languages', () => {
    it.each([
      ['en', 'help the old man next door collapsed and he is not breathing please'],
      ['en', 'flames everywhere in the shack and the baby is still inside'],
      ['zu', 'indlu kamakhelwane iyasha, kusekhona izingane ngaphakathi'],
      ['xh', 'umntu uhlatyiwe ngemela, uyopha kakhulu, ncedani ngoku'],
      ['af', 'die rivier het die kar weggespoel en daar is nog mense binne'],
      ['st', 'ntlo e a tuka, bana ba ntse ba le ka hare, thusang'],
    ])('%s: %s', (_lang, text) => {
      expect(model.assess(text)).not.toBeNull();
    });
  });

  describe('ordinary reports stay ordinary', () => {
    it.each([
      'the fire hydrant on Main Road is leaking',
      'big pothole outside number 12, please fix',
      'no water since Monday in Section K',
      'ons het al drie dae geen krag nie',
      'udoti awuqoqwanga izinsuku ezintathu',
      'metsi ha a tswe ho tloha maobane',
      'please send my statement, account 5512345678',
    ])('%s', (text) => {
      expect(model.assess(text)).toBeNull();
    });
  });

  it('names the kind of danger, so the safety advice fits', () => {
    expect(model.assess('the house next door is burning, flames through the roof, kids inside')?.kind).toBe('fire');
    expect(model.assess('he is beating his wife with a belt right now, she is screaming')?.kind).toBe('violence');
  });
});
