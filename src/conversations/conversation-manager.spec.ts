import { createCache } from 'cache-manager';
import { Keyv } from 'keyv';
import type { ConversationState } from './conversation-state';
import { CONVERSATION_TTL_MS, ConversationManager } from './conversation-manager';

const state = (overrides: Partial<ConversationState> = {}): ConversationState => ({
  language: 'en',
  awaiting: 'location',
  description: ['burst pipe'],
  categoryCode: 'water',
  location: null,
  menu: [],
  ...overrides,
});

describe(ConversationManager.name, () => {
  let now: number;
  let sut: ConversationManager;

  beforeEach(() => {
    now = Date.parse('2026-11-24T08:00:00Z');
    jest.spyOn(Date, 'now').mockImplementation(() => now);
    sut = new ConversationManager(createCache({ stores: [new Keyv()] }));
  });

  afterEach(() => jest.restoreAllMocks());

  it('keeps the state per tenant and citizen', async () => {
    await sut.save('tenant-a', 'citizen-1', state());
    expect(await sut.load('tenant-a', 'citizen-1')).toEqual(state());
    expect(await sut.load('tenant-b', 'citizen-1')).toBeNull();
    expect(await sut.load('tenant-a', 'citizen-2')).toBeNull();
  });

  it('forgets the state after 24 hours', async () => {
    await sut.save('tenant-a', 'citizen-1', state());
    now += CONVERSATION_TTL_MS - 1_000;
    expect(await sut.load('tenant-a', 'citizen-1')).not.toBeNull();
    now += 2_000;
    expect(await sut.load('tenant-a', 'citizen-1')).toBeNull();
  });

  it('clears the state when the report is done', async () => {
    await sut.save('tenant-a', 'citizen-1', state());
    await sut.clear('tenant-a', 'citizen-1');
    expect(await sut.load('tenant-a', 'citizen-1')).toBeNull();
  });
});
