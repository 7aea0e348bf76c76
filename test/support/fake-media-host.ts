// A stand-in for Twilio's media URLs on loopback, plus sample files. Plain Node, no Jest, so unit specs,
// end-to-end specs and benchmarks can all use it.
//
// Twilio serves MediaUrl{N} from api.twilio.com, which demands basic auth (AccountSid:AuthToken) and
// answers with a redirect to a short-lived CDN URL that serves the bytes to anyone. Two FakeMediaHost
// instances on two ports play those roles:
//
//   const cdn = await FakeMediaHost.start();                                   // no auth, logs what arrives
//   const api = await FakeMediaHost.start({ auth: { username: 'AC…', password: 'token' } });
//   api.media('ME1', { body: makeJpeg({ gps: JOHANNESBURG }), contentType: 'image/jpeg', redirectTo: cdn });
//   const url = api.urlFor('ME1');           // http://127.0.0.1:PORT/2010-04-01/Accounts/AC…/Messages/MM…/Media/ME1
//   ... fetch it ...
//   await api.settled();                     // every response has finished or been cut off
//   api.requests / cdn.requests              // path, authorization 'absent' | 'valid' | 'invalid', status, bytes sent
//   await Promise.all([api.close(), cdn.close()]);
import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { constants as zlibConstants, crc32, createGzip, gzipSync } from 'node:zlib';

export interface FakeMediaHostOptions {
  /** The basic-auth pair this host demands (Twilio's API host); without it the host serves anyone (a CDN). */
  auth?: { username: string; password: string };
  /** The account in the URLs urlFor builds; defaults to the auth username when it looks like a SID. */
  accountSid?: string;
}

export interface FakeMedia {
  /**
   * The bytes. A Buffer is shared by every request (never copied); a factory is called once per request
   * and streamed with backpressure, so large bodies cost no memory per request (see sizedBody).
   */
  body: Buffer | (() => Readable);
  contentType: string;
  /**
   * Answer with a redirect instead of the bytes. Another FakeMediaHost: the media is served there (under an
   * opaque CDN-like path) with every option below except failTimes/failStatus/redirectStatus. A string: sent
   * verbatim as Location (absolute or relative), e.g. to build a loop or point at a host that is not allowed.
   */
  redirectTo?: FakeMediaHost | string;
  /** 301 | 302 | 303 | 307 | 308; 302 by default. */
  redirectStatus?: number;
  /** Answer failStatus (503 by default) this many times, then behave normally. */
  failTimes?: number;
  failStatus?: number;
  /** Wait this long before sending the status line and headers (a slow first byte). */
  delayMs?: number;
  /**
   * The Content-Length header. Defaults to the real length for a Buffer body and to none (chunked) for a
   * factory; null forces chunked. HTTP framing means a client reads exactly this many bytes: a value
   * below the real length truncates the body at the client, one above it ends in a cut connection.
   */
  declaredLength?: number | null;
  /**
   * Send the body gzip-encoded. Content-Length is then the compressed length (honest on the wire), so a
   * client that decodes receives more bytes than Content-Length says: the realistic "lying" length.
   */
  contentEncoding?: 'gzip';
  /** Send this many bytes of the body, then destroy the connection (a reset mid-download). */
  dropAfterBytes?: number;
  /** Send this many bytes of the body, then send nothing more and keep the connection open. */
  stallAfterBytes?: number;
}

export interface MediaRequestLog {
  method: string;
  /** Path and query, as received. */
  path: string;
  /** The registered media id this request resolved to, or null (a 404). */
  mediaId: string | null;
  /** Whether an Authorization header arrived, and whether it carried this host's basic-auth pair. */
  authorization: 'absent' | 'valid' | 'invalid';
  status: number;
  /** Body bytes handed to the socket (after encoding). */
  bytesSent: number;
  /** 'finished': the whole response was sent; 'aborted': the connection closed first. */
  outcome: 'pending' | 'finished' | 'aborted';
  /** When the request arrived (Date.now()). */
  receivedAt: number;
}

const API_PATH = /^\/2010-04-01\/Accounts\/[^/]+\/Messages\/[^/]+\/Media\/([^/?]+)$/;
const CDN_PATH = /^\/cdn\/[^/]+\/([^/?]+)$/;
const CHUNK_BYTES = 64 * 1024;

/** A local HTTP server on 127.0.0.1 (a random port) that serves registered media like Twilio does. */
export class FakeMediaHost {
  /** e.g. 'http://127.0.0.1:41234' */
  readonly origin: string;
  /** e.g. '127.0.0.1:41234', the form an allow-list entry takes. */
  readonly host: string;
  readonly accountSid: string;
  /** Every request received, in order of arrival. */
  readonly requests: MediaRequestLog[] = [];

  private readonly served = new Map<string, { media: FakeMedia; failuresLeft: number; gzipped?: Buffer }>();
  private readonly pending = new Set<Promise<void>>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly sources = new Set<Readable>();

  private constructor(
    private readonly server: Server,
    private readonly options: FakeMediaHostOptions,
  ) {
    const { port } = server.address() as AddressInfo;
    this.host = `127.0.0.1:${port}`;
    this.origin = `http://${this.host}`;
    const username = options.auth?.username;
    this.accountSid = options.accountSid ?? (username?.startsWith('AC') ? username : `AC${hexOf('account', 32)}`);
  }

  static async start(options: FakeMediaHostOptions = {}): Promise<FakeMediaHost> {
    const server = createServer();
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const host = new FakeMediaHost(server, options);
    server.on('request', (request, response) => host.handle(request, response));
    return host;
  }

  /** Registers (or replaces) the media served under `id`; returns this host for chaining. */
  media(id: string, media: FakeMedia): this {
    const gzipped = media.contentEncoding === 'gzip' && Buffer.isBuffer(media.body) ? gzipSync(media.body) : undefined;
    this.served.set(id, { media, failuresLeft: media.failTimes ?? 0, gzipped });
    return this;
  }

  /** The Twilio-shaped path of a media id: /2010-04-01/Accounts/AC…/Messages/MM…/Media/<id>. */
  pathFor(id: string): string {
    return `/2010-04-01/Accounts/${this.accountSid}/Messages/MM${hexOf(id, 32)}/Media/${encodeURIComponent(id)}`;
  }

  /** The full MediaUrl of a media id, as a webhook would carry it. */
  urlFor(id: string): string {
    return this.origin + this.pathFor(id);
  }

  /** Resolves once every response so far has finished or been cut off, so logs can be asserted on. */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  /** Forgets the request log (media stay registered). */
  clearRequests(): void {
    this.requests.length = 0;
  }

  /** Stops the server, cutting any connection still open (stalled or delayed responses included). */
  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const source of this.sources) source.destroy();
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }

  private handle(request: IncomingMessage, response: ServerResponse): void {
    const path = request.url ?? '/';
    const entry: MediaRequestLog = {
      method: request.method ?? 'GET',
      path,
      mediaId: null,
      authorization: this.authorizationOf(request),
      status: 0,
      bytesSent: 0,
      outcome: 'pending',
      receivedAt: Date.now(),
    };
    this.requests.push(entry);
    const done = new Promise<void>((resolve) => {
      response.once('finish', () => {
        entry.outcome = 'finished';
        resolve();
      });
      response.once('close', () => {
        if (entry.outcome === 'pending') entry.outcome = 'aborted';
        resolve();
      });
    });
    this.pending.add(done);
    void done.then(() => this.pending.delete(done));

    this.respond(request, response, entry).catch(() => response.destroy());
  }

  private async respond(request: IncomingMessage, response: ServerResponse, entry: MediaRequestLog): Promise<void> {
    const finish = (status: number, headers: Record<string, string> = {}) => {
      entry.status = status;
      response.writeHead(status, headers).end();
    };
    if (this.options.auth && entry.authorization !== 'valid') {
      return finish(401, { 'www-authenticate': 'Basic realm="Twilio API"' });
    }
    const pathname = entry.path.split('?')[0];
    const id = decodeURIComponent((pathname.match(API_PATH) ?? pathname.match(CDN_PATH))?.[1] ?? '');
    const registered = this.served.get(id);
    if (!registered || (request.method !== 'GET' && request.method !== 'HEAD')) return finish(404);
    entry.mediaId = id;
    const { media } = registered;

    if (registered.failuresLeft > 0) {
      registered.failuresLeft -= 1;
      return finish(media.failStatus ?? 503, { 'retry-after': '1' });
    }
    if (typeof media.redirectTo === 'string') {
      return finish(media.redirectStatus ?? 302, { location: media.redirectTo });
    }
    if (media.redirectTo) {
      const cdn = media.redirectTo;
      const cdnId = `${id}-${randomBytes(8).toString('hex')}`;
      const { redirectTo: _redirect, failTimes: _times, failStatus: _status, redirectStatus: _redirectStatus, ...served } = media;
      cdn.media(cdnId, served);
      return finish(media.redirectStatus ?? 302, { location: `${cdn.origin}/cdn/${this.accountSid}/${cdnId}` });
    }

    if (media.delayMs) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          this.timers.delete(timer);
          resolve();
        }, media.delayMs);
        this.timers.add(timer);
      });
      if (response.destroyed) return;
    }
    await this.sendBody(response, entry, media, registered.gzipped);
  }

  private async sendBody(response: ServerResponse, entry: MediaRequestLog, media: FakeMedia, gzipped?: Buffer): Promise<void> {
    const headers: Record<string, string> = { 'content-type': media.contentType };
    const gzip = media.contentEncoding === 'gzip';
    if (gzip) headers['content-encoding'] = 'gzip';
    const realLength = gzipped?.length ?? (Buffer.isBuffer(media.body) && !gzip ? media.body.length : undefined);
    const length = media.declaredLength === undefined ? realLength : media.declaredLength;
    if (length !== undefined && length !== null) headers['content-length'] = String(length);
    entry.status = 200;
    response.writeHead(200, headers);
    if (entry.method === 'HEAD') {
      response.end();
      return;
    }

    let source: Readable;
    if (gzipped) source = Readable.from(chunksOf(gzipped));
    else if (Buffer.isBuffer(media.body)) source = Readable.from(chunksOf(media.body));
    else source = media.body();
    if (gzip && !gzipped) source = source.pipe(createGzip({ flush: zlibConstants.Z_SYNC_FLUSH }));
    this.sources.add(source);
    const cutAt = media.dropAfterBytes ?? media.stallAfterBytes;
    try {
      for await (const chunk of source as AsyncIterable<Buffer>) {
        if (response.destroyed) return;
        const piece = cutAt === undefined ? chunk : chunk.subarray(0, Math.max(0, cutAt - entry.bytesSent));
        entry.bytesSent += piece.length;
        const flowing = response.write(piece);
        if (cutAt !== undefined && entry.bytesSent >= cutAt) {
          if (media.dropAfterBytes !== undefined) {
            // Let the bytes reach the socket, then cut it: the client sees a reset mid-body.
            await new Promise<void>((resolve) => response.write('', () => resolve()));
            response.socket?.destroy();
          }
          return; // a stall: keep the connection open and send nothing more
        }
        if (!flowing) await drainOrClose(response);
      }
      // A Content-Length above what was sent: close so the client sees a short body, not a hang.
      if (length !== undefined && length !== null && length > entry.bytesSent) {
        await new Promise<void>((resolve) => response.write('', () => resolve()));
        response.socket?.destroy();
        return;
      }
      response.end();
    } finally {
      source.destroy();
      this.sources.delete(source);
    }
  }

  private authorizationOf(request: IncomingMessage): MediaRequestLog['authorization'] {
    const header = request.headers.authorization;
    if (!header) return 'absent';
    const auth = this.options.auth;
    if (!auth) return 'invalid';
    const expected = `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`;
    return header === expected ? 'valid' : 'invalid';
  }
}

/** A host:port on loopback where nothing listens (connection refused). */
export async function unusedHost(): Promise<string> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `127.0.0.1:${port}`;
}

function* chunksOf(buffer: Buffer): Generator<Buffer> {
  for (let offset = 0; offset < buffer.length; offset += CHUNK_BYTES) yield buffer.subarray(offset, offset + CHUNK_BYTES);
}

function drainOrClose(response: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      response.off('drain', done);
      response.off('close', done);
      resolve();
    };
    response.once('drain', done);
    response.once('close', done);
  });
}

function hexOf(seed: string, length: number): string {
  return createHash('sha256').update(seed).digest('hex').slice(0, length);
}

// ---------------------------------------------------------------------------------------------------------
// Sample files. Only headers where a sniffer needs nothing more; what file-type reports for each is pinned
// in src/media/download/accepted-media-types.spec.ts.

const bytes = (...parts: Array<string | number[] | Buffer>): Buffer =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))));
const u16 = (value: number) => {
  const out = Buffer.alloc(2);
  out.writeUInt16BE(value);
  return out;
};
const u32 = (value: number) => {
  const out = Buffer.alloc(4);
  out.writeUInt32BE(value);
  return out;
};
const le32 = (value: number) => {
  const out = Buffer.alloc(4);
  out.writeUInt32LE(value);
  return out;
};

const SOI = [0xff, 0xd8];
const EOI = [0xff, 0xd9];
// APP0 JFIF 1.01, no thumbnail.
const APP0_JFIF = bytes([0xff, 0xe0], u16(16), 'JFIF\0', [1, 1, 0, 0, 1, 0, 1, 0, 0]);

/** A PNG chunk with its CRC. */
const pngChunk = (type: string, data: Buffer) => bytes(u32(data.length), type, data, u32(crc32(bytes(type, data))));
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PNG_IHDR = pngChunk('IHDR', bytes(u32(1), u32(1), [8, 6, 0, 0, 0]));
const PNG_IEND = pngChunk('IEND', Buffer.alloc(0));

/** One Ogg page header whose first packet starts with `packet`. */
const oggFirstPage = (packet: Buffer) =>
  bytes('OggS', [0, 2], Buffer.alloc(8), u32(1), u32(0), u32(0), [1, packet.length], packet);

/** The first bytes of one file of each kind the fetcher meets, accepted or not. */
export const MEDIA_SAMPLES = {
  jpeg: bytes(SOI, APP0_JFIF, EOI),
  png: bytes(PNG_SIGNATURE, PNG_IHDR, PNG_IEND),
  webp: bytes('RIFF', le32(26), 'WEBP', 'VP8L', le32(10), [0x2f, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
  mp4: bytes(u32(24), 'ftyp', 'isom', u32(0x200), 'isom', 'iso2', u32(8), 'free'),
  oggOpus: oggFirstPage(bytes('OpusHead', [1, 1, 0x38, 1, 0x80, 0xbb, 0, 0, 0, 0, 0])),
  oggVorbis: oggFirstPage(bytes([1], 'vorbis', Buffer.alloc(23))),
  mp3: bytes('ID3', [4, 0, 0, 0, 0, 0, 0], [0xff, 0xfb, 0x90, 0x64], Buffer.alloc(413)),
  amr: bytes('#!AMR\n', [0x3c], Buffer.alloc(31)),
  pdf: bytes('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n'),
  html: bytes('<!DOCTYPE html>\n<html><head><title>Not a photo</title></head><body></body></html>\n'),
  exe: bytes('MZ', [0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff], Buffer.alloc(114)),
  zip: bytes('PK', [3, 4, 20, 0, 0, 0, 0, 0], Buffer.alloc(22), 'a.txt', Buffer.alloc(20)),
} satisfies Record<string, Buffer>;

export interface GpsFixture {
  latitude: number;
  /** null leaves GPSLongitude out (a half position). */
  longitude: number | null;
}

export const JOHANNESBURG = { latitude: -26.2041, longitude: 28.0473 } as const;

/**
 * A TIFF structure (big-endian) holding IFD0 with only a GPS IFD pointer, and the GPS IFD with
 * GPSLatitudeRef, GPSLatitude and, unless null, GPSLongitudeRef and GPSLongitude as degree/minute/second
 * rationals. This is the payload of a JPEG APP1 "Exif" segment (after "Exif\0\0") and of a PNG eXIf chunk.
 */
export function gpsTiff(gps: GpsFixture): Buffer {
  const entry = (tag: number, type: number, count: number, value: Buffer) => bytes(u16(tag), u16(type), u32(count), value);
  const ASCII = 2;
  const LONG = 4;
  const RATIONAL = 5;
  const rationals = (value: number) => {
    const magnitude = Math.abs(value);
    const degrees = Math.floor(magnitude);
    const minutes = Math.floor((magnitude - degrees) * 60);
    const seconds = ((magnitude - degrees) * 60 - minutes) * 60;
    return bytes(u32(degrees), u32(1), u32(minutes), u32(1), u32(Math.round(seconds * 1e6)), u32(1e6));
  };

  const hasLongitude = gps.longitude !== null;
  const ifd0Offset = 8;
  const gpsIfdOffset = ifd0Offset + 2 + 12 + 4;
  const gpsEntries = hasLongitude ? 4 : 2;
  const dataOffset = gpsIfdOffset + 2 + gpsEntries * 12 + 4;

  const gpsIfd = [
    entry(0x0001, ASCII, 2, bytes(gps.latitude < 0 ? 'S' : 'N', [0, 0, 0])),
    entry(0x0002, RATIONAL, 3, u32(dataOffset)),
  ];
  const data = [rationals(gps.latitude)];
  if (gps.longitude !== null) {
    gpsIfd.push(
      entry(0x0003, ASCII, 2, bytes(gps.longitude < 0 ? 'W' : 'E', [0, 0, 0])),
      entry(0x0004, RATIONAL, 3, u32(dataOffset + 24)),
    );
    data.push(rationals(gps.longitude));
  }

  return bytes(
    'MM',
    u16(42),
    u32(ifd0Offset),
    // IFD0: one entry, the GPS IFD pointer (0x8825), no next IFD.
    u16(1),
    entry(0x8825, LONG, 1, u32(gpsIfdOffset)),
    u32(0),
    u16(gpsEntries),
    ...gpsIfd,
    u32(0),
    ...data,
  );
}

export interface JpegOptions {
  /** EXIF GPS to embed (an APP1 Exif segment); none by default. */
  gps?: GpsFixture;
  /** A raw APP1 Exif payload (after "Exif\0\0") instead of gps, e.g. garbage. */
  exifPayload?: Buffer;
  /** Bytes of comment (COM segments) before the APP1, to push the EXIF deep into the file. */
  commentBytes?: number;
  /** Pad with zeros after EOI up to exactly this many bytes (decoders ignore trailing data). */
  size?: number;
}

/**
 * A small JPEG: SOI, APP0 JFIF, optional COM padding, optional APP1 Exif, EOI, optional zero padding.
 * No image data: sniffers and EXIF readers only look at the markers.
 */
export function makeJpeg(options: JpegOptions = {}): Buffer {
  const segments: Buffer[] = [bytes(SOI), APP0_JFIF];
  for (let left = options.commentBytes ?? 0; left > 0; ) {
    const payload = Math.min(left, 65_533);
    segments.push(bytes([0xff, 0xfe], u16(payload + 2), Buffer.alloc(payload, 0x20)));
    left -= payload;
  }
  const exif = options.exifPayload ?? (options.gps ? gpsTiff(options.gps) : undefined);
  if (exif) segments.push(bytes([0xff, 0xe1], u16(exif.length + 8), 'Exif\0\0', exif));
  segments.push(bytes(EOI));
  const jpeg = Buffer.concat(segments);
  if (options.size === undefined) return jpeg;
  if (options.size < jpeg.length) throw new Error(`makeJpeg: ${options.size} bytes is less than the ${jpeg.length}-byte header`);
  return Buffer.concat([jpeg, Buffer.alloc(options.size - jpeg.length)]);
}

/** A PNG (1x1 header, no image data) with an eXIf chunk holding GPS. */
export function makePngWithGps(gps: GpsFixture): Buffer {
  return bytes(PNG_SIGNATURE, PNG_IHDR, pngChunk('eXIf', gpsTiff(gps)), PNG_IEND);
}

const ZEROS = Buffer.alloc(CHUNK_BYTES);

/**
 * A body factory for FakeMedia: `head` then zeros up to `totalBytes`, produced on demand from one shared
 * zero buffer, so twenty concurrent 5 MB downloads allocate nothing per request.
 */
export function sizedBody(head: Buffer, totalBytes: number): () => Readable {
  if (totalBytes < head.length) throw new Error(`sizedBody: ${totalBytes} bytes is less than the ${head.length}-byte head`);
  return () => {
    let sent = 0;
    return new Readable({
      read() {
        if (sent === 0 && head.length > 0) {
          sent = head.length;
          this.push(head);
          return;
        }
        const left = totalBytes - sent;
        if (left <= 0) {
          this.push(null);
          return;
        }
        const chunk = left >= ZEROS.length ? ZEROS : ZEROS.subarray(0, left);
        sent += chunk.length;
        this.push(chunk);
      },
    });
  };
}

/** The sha256 (hex) and length sizedBody(head, totalBytes) produces, computed without holding it. */
export function sizedBodyDigest(head: Buffer, totalBytes: number): { size: number; sha256: string } {
  const hash = createHash('sha256').update(head);
  for (let left = totalBytes - head.length; left > 0; left -= ZEROS.length) hash.update(left >= ZEROS.length ? ZEROS : ZEROS.subarray(0, left));
  return { size: totalBytes, sha256: hash.digest('hex') };
}

/** A factory that yields `buffer` in pieces of `pieceBytes`, one per tick (a body trickling in). */
export function trickle(buffer: Buffer, pieceBytes: number): () => Readable {
  return () =>
    Readable.from(
      (async function* () {
        for (let offset = 0; offset < buffer.length; offset += pieceBytes) {
          await new Promise((resolve) => setImmediate(resolve));
          yield buffer.subarray(offset, offset + pieceBytes);
        }
      })(),
    );
}
