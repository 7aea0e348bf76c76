// Test data shared by the driver specs. Plain Node, no Jest, so it is harmless in a build.
import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';

export const MiB = 1024 * 1024;

export const newMediaKey = (ext = 'jpg') =>
  `tenants/${randomUUID()}/tickets/${randomUUID()}/${randomUUID()}.${ext}`;

/**
 * A body of `totalBytes` deterministic bytes, produced chunk by chunk on demand so it never sits in
 * memory whole, with its sha256 computed the same way up front.
 */
export function generatedBody(totalBytes: number, chunkBytes = 64 * 1024): { stream: Readable; sha256: string } {
  const chunkAt = (index: number, sent: number) =>
    Buffer.alloc(Math.min(chunkBytes, totalBytes - sent), index % 251);

  const hash = createHash('sha256');
  for (let sent = 0, index = 0; sent < totalBytes; index++) {
    const chunk = chunkAt(index, sent);
    hash.update(chunk);
    sent += chunk.length;
  }

  let index = 0;
  let sent = 0;
  const stream = new Readable({
    read() {
      if (sent >= totalBytes) {
        this.push(null);
        return;
      }
      const chunk = chunkAt(index++, sent);
      sent += chunk.length;
      this.push(chunk);
    },
  });
  return { stream, sha256: hash.digest('hex') };
}

export async function digestOf(stream: Readable): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of stream) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { size, sha256: hash.digest('hex') };
}

export const UNSAFE_KEYS: Array<[label: string, key: string]> = [
  ['parent traversal', '../outside.jpg'],
  ['nested traversal', 'tenants/../../etc/passwd'],
  ['leading slash', '/etc/passwd'],
  ['backslash', 'tenants\\x.jpg'],
  ['control character', 'tenants/a\nb.jpg'],
  ['empty segment', 'tenants//x.jpg'],
  ['space', 'tenants/a b.jpg'],
  ['length over 512', 'a'.repeat(513)],
  ['zero length', ''],
];
