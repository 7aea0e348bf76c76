import { CONVERSATION_TTL_MS } from '../conversations/conversation-manager';
import { backoffMs, DEFAULT_MEDIA_DOWNLOAD_OPTIONS } from './media-download.options';
import { attachmentKey } from './media-download.worker';

describe('media download timing and keys', () => {
  it('doubles the wait after each failed attempt, up to the cap', () => {
    const options = { baseBackoffMs: 2_000, maxBackoffMs: 30_000 };
    expect([1, 2, 3, 4, 5, 6].map((attempt) => backoffMs(options, attempt))).toEqual([2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
  });

  it('keeps a claimed download leased for longer than one attempt may take', () => {
    expect(DEFAULT_MEDIA_DOWNLOAD_OPTIONS.leaseMs).toBeGreaterThan(DEFAULT_MEDIA_DOWNLOAD_OPTIONS.attemptTimeoutMs);
  });

  it('keeps held files longer than the conversation that holds them', () => {
    expect(DEFAULT_MEDIA_DOWNLOAD_OPTIONS.heldRetentionMs).toBeGreaterThan(CONVERSATION_TTL_MS);
  });

  it('names a file tenants/<tenant>/tickets/<ticket>/<attachment>.<ext>', () => {
    expect(attachmentKey({ tenantId: 't-1', targetTicketId: 'k-2', id: 'a-3' }, 'jpg')).toBe('tenants/t-1/tickets/k-2/a-3.jpg');
  });
});
