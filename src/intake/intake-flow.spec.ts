import type { ConversationState } from '../conversations/conversation-state';
import { CategoryModel } from './category/category-model';
import { CategoryClassifier } from './category-classifier';
import { IntakeFlow } from './intake-flow';
import { LanguageDetector } from './language-detector';
import { LocalIntakeClassifier } from './local-intake-classifier';
import { LocationExtractor } from './location-extractor';

const sut = () => {
  const categories = new CategoryClassifier();
  const locations = new LocationExtractor();
  return new IntakeFlow(new LocalIntakeClassifier(new LanguageDetector(), categories, locations, new CategoryModel()), categories, locations);
};
const noPin = {};

describe(IntakeFlow.name, () => {
  describe('process', () => {
    it('completes at once when the message has a category and an address', async () => {
      const outcome = await sut().process({ text: 'Water pipe burst outside 45 Jacaranda Street', pin: noPin, state: null, preferredLanguage: null });
      expect(outcome).toMatchObject({
        kind: 'complete',
        state: { categoryCode: 'water', language: 'en', location: { addressText: '45 Jacaranda Street', source: 'text' } },
      });
    });

    it('asks for the location when only the problem is known', async () => {
      const outcome = await sut().process({ text: 'pothole', pin: noPin, state: null, preferredLanguage: null });
      expect(outcome).toMatchObject({ kind: 'ask', field: 'location', state: { categoryCode: 'roads', awaiting: 'location' } });
    });

    it('completes with a pin sent after the question', async () => {
      const flow = sut();
      const first = await flow.process({ text: 'no power since morning', pin: noPin, state: null, preferredLanguage: null });
      const second = await flow.process({
        text: '',
        pin: { latitude: '-26.2', longitude: '27.9', address: 'Orlando West' },
        state: first.state,
        preferredLanguage: null,
      });
      expect(second).toMatchObject({
        kind: 'complete',
        state: {
          categoryCode: 'electricity',
          description: ['no power since morning'],
          location: { latitude: -26.2, longitude: 27.9, addressText: 'Orlando West', source: 'pin' },
        },
      });
    });

    it('takes any text answer to "where?" as the address', async () => {
      const flow = sut();
      const first = await flow.process({ text: 'burst pipe', pin: noPin, state: null, preferredLanguage: null });
      const second = await flow.process({ text: 'behind the big church, Mamelodi', pin: noPin, state: first.state, preferredLanguage: null });
      expect(second).toMatchObject({ kind: 'complete', state: { location: { addressText: expect.stringContaining('Mamelodi') } } });
    });

    it('offers a numbered menu when the category is unclear and accepts a number', async () => {
      const flow = sut();
      const first = await flow.process({ text: 'Please come to 12 Main Street', pin: noPin, state: null, preferredLanguage: null });
      expect(first).toMatchObject({ kind: 'ask', field: 'category' });
      // The second option, so a reply of "2." cannot pass by taking the likeliest guess anyway.
      const chosen = first.state.menu[1];
      expect(chosen).toBeDefined();
      const second = await flow.process({ text: '2.', pin: noPin, state: first.state, preferredLanguage: null });
      expect(second).toMatchObject({ kind: 'complete', state: { categoryCode: chosen, description: ['Please come to 12 Main Street'] } });
    });

    it('accepts the category word in place of a menu number', async () => {
      const flow = sut();
      const first = await flow.process({ text: 'Help at 3 Oak Avenue', pin: noPin, state: null, preferredLanguage: null });
      expect(await flow.process({ text: 'billing', pin: noPin, state: first.state, preferredLanguage: null })).toMatchObject({
        kind: 'complete',
        state: { categoryCode: 'billing' },
      });
    });

    it('greets a bare hello without starting a report', async () => {
      expect(await sut().process({ text: 'Hello!', pin: noPin, state: null, preferredLanguage: null })).toMatchObject({
        kind: 'greeting',
        state: { description: [] },
      });
    });

    it("keeps the citizen's earlier language for a message with no words", async () => {
      const state: ConversationState = {
        language: 'zu',
        awaiting: 'location',
        description: ['Awekho amanzi'],
        categoryCode: 'water',
        location: null,
        menu: [],
      };
      const outcome = await sut().process({ text: '', pin: { latitude: '-29.8', longitude: '31.0' }, state, preferredLanguage: 'en' });
      expect(outcome).toMatchObject({ kind: 'complete', state: { language: 'zu' } });
    });

    it('asks with a menu of the likeliest categories, and "other", when the text is ambiguous', async () => {
      const outcome = await sut().process({ text: 'Please come and help at 12 Main Street', pin: noPin, state: null, preferredLanguage: null });
      expect(outcome.kind).toBe('ask');
      expect(outcome.state.menu[outcome.state.menu.length - 1]).toBe('other');
      expect(new Set(outcome.state.menu).size).toBe(outcome.state.menu.length);
    });

    it('accepts a word in reply to the menu', async () => {
      const flow = sut();
      const first = await flow.process({ text: 'Please come and help at 12 Main Street', pin: noPin, state: null, preferredLanguage: null });
      const second = await flow.process({ text: 'sewage', pin: noPin, state: first.state, preferredLanguage: null });
      expect(second).toMatchObject({ kind: 'complete', state: { categoryCode: 'sanitation' } });
    });
  });
});
