const DEFAULT_PORTS: Record<string, string> = { 'https:': '443', 'http:': '80' };

// host, or host:port; host is a name, an IPv4 address or a bracketed IPv6 address.
const ENTRY = /^(\[[0-9a-f:.]+\]|[a-z0-9._-]+)(?::(\d{1,5}))?$/;

/**
 * The hosts media may be fetched from. An entry `host:port` allows exactly that port; a bare `host`
 * allows it on the scheme's default port only, so `api.twilio.com` never covers some other service on
 * the same machine.
 */
export class HostAllowList {
  private readonly entries: ReadonlySet<string>;

  constructor(entries: readonly string[]) {
    const normalized = new Set<string>();
    for (const raw of entries) {
      const entry = raw.trim().toLowerCase();
      const match = ENTRY.exec(entry);
      const port = match?.[2] === undefined ? undefined : Number(match[2]);
      if (!match || (port !== undefined && (port < 1 || port > 65_535))) {
        throw new Error(`HostAllowList: "${raw}" is not a host or host:port`);
      }
      normalized.add(port === undefined ? match[1] : `${match[1]}:${port}`);
    }
    this.entries = normalized;
  }

  /**
   * Why `url` may not be fetched, or null when it may: it must be http(s), carry no user:pass@ and name
   * an allowed host and port.
   */
  refusalOf(url: URL): string | null {
    const defaultPort = DEFAULT_PORTS[url.protocol];
    if (!defaultPort) return `scheme ${url.protocol} is not http(s)`;
    if (url.username || url.password) return 'credentials in the URL are not accepted';
    // URL lower-cases the host and empties the port when it is the scheme's default.
    const port = url.port || defaultPort;
    if (this.entries.has(`${url.hostname}:${port}`)) return null;
    if (!url.port && this.entries.has(url.hostname)) return null;
    return `host ${url.host} is not allowed`;
  }
}
