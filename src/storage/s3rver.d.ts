// s3rver ships no types; only what the S3 driver spec uses.
declare module 's3rver' {
  import type { AddressInfo } from 'node:net';

  interface S3rverOptions {
    address?: string;
    port?: number;
    directory?: string;
    silent?: boolean;
    resetOnClose?: boolean;
    configureBuckets?: Array<{ name: string; configs?: Array<string | Buffer> }>;
  }

  export interface S3rverEvent {
    Records: Array<{ eventName: string; s3: { object: { key: string } } }>;
  }

  export default class S3rver {
    on(event: 'event', listener: (event: S3rverEvent) => void): this;
    constructor(options?: S3rverOptions);
    run(): Promise<AddressInfo>;
    close(): Promise<void>;
  }
}
