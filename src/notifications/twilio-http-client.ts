import { RequestClient } from 'twilio';
import type TwilioRequestClient from 'twilio/lib/base/RequestClient';

export const TWILIO_API_ORIGIN = 'https://api.twilio.com';

type RequestClientOptions = TwilioRequestClient.RequestClientOptions;
type RequestOptions<TData> = TwilioRequestClient.RequestOptions<TData>;

/**
 * twilio's own HTTP client with every request sent to another base URL, path and query kept. twilio
 * hard-codes https://api.twilio.com (edge/region only change the host name under twilio.com), so this is
 * how tests reach a local fake and deployments reach a proxy. Serialisation, auth and retries stay twilio's.
 */
export class RebasedRequestClient extends RequestClient {
  constructor(
    private readonly baseUrl: string,
    options?: RequestClientOptions,
  ) {
    super(options);
  }

  override request<TData>(opts: RequestOptions<TData>) {
    const original = new URL(opts.uri);
    return super.request({ ...opts, uri: `${this.baseUrl}${original.pathname}${original.search}` });
  }
}

/**
 * The HTTP client for a twilio REST client. When one is given, twilio ignores its own autoRetry,
 * maxRetries and timeout options (it only applies them to the client it builds itself), so they are set
 * here.
 */
export function createTwilioHttpClient(apiBaseUrl: string, options: RequestClientOptions): RequestClient {
  const baseUrl = apiBaseUrl.replace(/\/+$/, '');
  return baseUrl === TWILIO_API_ORIGIN ? new RequestClient(options) : new RebasedRequestClient(baseUrl, options);
}
