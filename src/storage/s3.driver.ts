import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  NoSuchKey,
  NotFound,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { Readable, Transform } from 'node:stream';
import { assertDownloadOptions, attachmentDisposition } from './download-link';
import { type DownloadUrl, type DownloadUrlOptions, MediaStore } from './media-store';
import { assertSafeKey } from './storage-key';
import { MediaNotFoundError } from './storage.errors';

export interface S3DriverOptions {
  bucket: string;
  region: string;
  /** For S3-compatible services (MinIO, R2, a local test server). */
  endpoint?: string;
  forcePathStyle?: boolean;
  serverSideEncryption?: 'AES256' | 'aws:kms';
  /** Explicit credentials; when absent the default AWS chain (environment, profile, role) is used. */
  credentials?: S3ClientConfig['credentials'];
  /** Tests pin the signing time of download links; defaults to the current time. */
  now?: () => Date;
}

const isMissing = (error: unknown) =>
  error instanceof NoSuchKey ||
  error instanceof NotFound ||
  (error as { name?: string } | undefined)?.name === 'NoSuchKey' ||
  (error as { name?: string } | undefined)?.name === 'NotFound' ||
  (error as { $metadata?: { httpStatusCode?: number } } | undefined)?.$metadata?.httpStatusCode === 404;

/** Media in an S3 bucket (or an S3-compatible service), one object per key. */
export class S3Driver extends MediaStore {
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly serverSideEncryption?: 'AES256' | 'aws:kms';
  private readonly now: () => Date;

  constructor(options: S3DriverOptions) {
    super();
    this.bucket = options.bucket;
    this.serverSideEncryption = options.serverSideEncryption;
    this.now = options.now ?? (() => new Date());
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle,
      credentials: options.credentials,
    });
  }

  async put(key: string, body: Readable, contentType: string): Promise<{ size: number }> {
    assertSafeKey(key);
    let size = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        size += chunk.length;
        callback(null, chunk);
      },
    });
    // A source error must fail the upload, not leave Upload waiting on a stream that never ends.
    body.once('error', (error) => counter.destroy(error));
    body.pipe(counter);
    // Upload streams in parts (multipart above one part), holding at most queueSize parts in memory.
    const upload = new Upload({
      client: this.client,
      params: {
        Bucket: this.bucket,
        Key: key,
        Body: counter,
        ContentType: contentType,
        ServerSideEncryption: this.serverSideEncryption,
      },
      queueSize: 4,
      partSize: 5 * 1024 * 1024,
      leavePartsOnError: false,
    });
    try {
      await upload.done();
    } catch (error) {
      // Stop reading the source: nothing consumes it any more.
      body.destroy();
      throw error;
    }
    return { size };
  }

  async get(key: string): Promise<Readable> {
    assertSafeKey(key);
    try {
      const output = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (!(output.Body instanceof Readable)) throw new Error(`S3 returned no stream for ${key}`);
      return output.Body;
    } catch (error) {
      if (isMissing(error)) throw new MediaNotFoundError(key, { cause: error });
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertSafeKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  async exists(key: string): Promise<boolean> {
    assertSafeKey(key);
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  /**
   * A presigned GetObject (SigV4, computed locally: no request to S3) whose response carries the given
   * Content-Type and an attachment Content-Disposition; S3 refuses it once expired or altered. With
   * temporary credentials (an IAM role) it stops working when they expire, which may be before expiresAt.
   */
  async downloadUrl(key: string, options: DownloadUrlOptions): Promise<DownloadUrl> {
    assertSafeKey(key);
    assertDownloadOptions(options);
    const signingDate = this.now();
    const command = new GetObjectCommand({
      Bucket: this.bucket,
      Key: key,
      ResponseContentType: options.contentType,
      ResponseContentDisposition: attachmentDisposition(options.fileName),
    });
    const url = await getSignedUrl(this.client, command, { expiresIn: options.expiresInSeconds, signingDate });
    // SigV4 counts from X-Amz-Date, the signing time to the second.
    const signedAt = Math.floor(signingDate.getTime() / 1000) * 1000;
    return { url, expiresAt: new Date(signedAt + options.expiresInSeconds * 1000) };
  }

  /** Releases the client's sockets (tests, shutdown). */
  destroy(): void {
    this.client.destroy();
  }
}
