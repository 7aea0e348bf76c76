import { CACHE_MANAGER } from '@nestjs/cache-manager';
import { Inject, Injectable } from '@nestjs/common';
import type { Cache } from 'cache-manager';
import type { ConversationState } from './conversation-state';

/** A half-told report is kept for a day; after that the citizen starts afresh. */
export const CONVERSATION_TTL_MS = 24 * 60 * 60 * 1000;

/** The working state of each citizen's conversation, per tenant, in the cache (Redis or memory). */
@Injectable()
export class ConversationManager {
  constructor(@Inject(CACHE_MANAGER) private readonly cache: Cache) {}

  async load(tenantId: string, citizenId: string): Promise<ConversationState | null> {
    return (await this.cache.get<ConversationState>(keyOf(tenantId, citizenId))) ?? null;
  }

  async save(tenantId: string, citizenId: string, state: ConversationState): Promise<void> {
    await this.cache.set(keyOf(tenantId, citizenId), state, CONVERSATION_TTL_MS);
  }

  async clear(tenantId: string, citizenId: string): Promise<void> {
    await this.cache.del(keyOf(tenantId, citizenId));
  }
}

function keyOf(tenantId: string, citizenId: string): string {
  return `conversation:${tenantId}:${citizenId}`;
}
