// Local stand-in for the real web during e2e tests: one HTTPS origin that serves
// tests/fixtures/sites/<hostname>/… by Host header, plus an HTTP forward proxy (used by Firefox,
// which has no host-resolver-rules) that tunnels CONNECT for known hosts to that HTTPS origin.
import { stat, readFile } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ensureCert } from './certs.js';

export interface ServedRequest {
  host: string;
  /** URL path without the query string, e.g. '/link/v2/stable/link.html'. */
  path: string;
  /** Full URL as requested, query included, e.g. 'https://cdn.plaid.com/x.js?v=1'. */
  url: string;
  method: string;
  status: number;
  /** Date.now() when the request arrived. */
  time: number;
}

export type RequestPredicate = (r: ServedRequest) => boolean;

export interface FixtureServer {
  httpsPort: number;
  proxyPort: number;
  hosts: string[];
  /** Every request the HTTPS origin answered (404s included), oldest first. */
  readonly requests: ServedRequest[];
  /** CONNECT targets the proxy refused (hosts not in the list); useful when debugging leaks. */
  readonly refusedConnects: string[];
  clearRequests(): void;
  hasRequested(pred: RequestPredicate): boolean;
  /** Resolves with the first request (already recorded or future) matching pred. */
  waitForRequest(pred: RequestPredicate, timeoutMs?: number): Promise<ServedRequest>;
  close(): Promise<void>;
}

export interface FixtureServerOptions {
  sitesDir: string;
  hosts: string[];
  /** Where the generated cert is cached; defaults to <os tmpdir>/shareguard-e2e-certs. */
  certDir?: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export async function startFixtureServer(opts: FixtureServerOptions): Promise<FixtureServer> {
  const sitesDir = path.resolve(opts.sitesDir);
  const hosts = [...new Set(opts.hosts.map((h) => h.toLowerCase()))];
  const known = new Set(hosts);
  const { key, cert } = await ensureCert(hosts, opts.certDir ?? path.join(os.tmpdir(), 'shareguard-e2e-certs'));

  const requests: ServedRequest[] = [];
  const refusedConnects: string[] = [];
  const waiters = new Set<{ pred: RequestPredicate; resolve: (r: ServedRequest) => void }>();

  const record = (r: ServedRequest): void => {
    requests.push(r);
    for (const w of waiters) {
      if (w.pred(r)) {
        waiters.delete(w);
        w.resolve(r);
      }
    }
  };

  const httpsServer = https.createServer({ key, cert }, (req, res) => {
    void serveStatic(req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(err));
    });
  });

  async function serveStatic(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const rawUrl = req.url ?? '/';
    const pathname = rawUrl.split(/[?#]/, 1)[0] || '/';
    const entry = { host, path: pathname, url: `https://${host}${rawUrl}`, method: req.method ?? 'GET', time: Date.now() };
    const send = (status: number, headers: Record<string, string>, body?: Buffer | string): void => {
      record({ ...entry, status });
      res.writeHead(status, { 'Cache-Control': 'no-store', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(405, { 'Content-Type': 'text/plain', Allow: 'GET, HEAD' }, 'method not allowed');
      return;
    }
    const file = known.has(host) ? await resolveFile(sitesDir, host, pathname) : null;
    if (!file) {
      send(404, { 'Content-Type': 'text/plain; charset=utf-8' }, `not found: ${entry.url}`);
      return;
    }
    const body = await readFile(file);
    const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    send(200, { 'Content-Type': type, 'Content-Length': String(body.length) }, body);
  }

  // Forward proxy: only CONNECT to known hosts on 443 is tunnelled; everything else is refused
  // so that browser background traffic can't leak out or hang.
  const tunnels = new Set<net.Socket>();
  const proxyServer = http.createServer((req, res) => {
    res.writeHead(403, { 'Content-Type': 'text/plain' });
    res.end(`fixture proxy only tunnels CONNECT to fixture hosts (got ${req.method} ${req.url})`);
  });
  proxyServer.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    const target = req.url ?? '';
    const m = /^\[?([^\]]+?)\]?:(\d+)$/.exec(target);
    const targetHost = m?.[1]?.toLowerCase() ?? '';
    if (!m || m[2] !== '443' || !known.has(targetHost)) {
      refusedConnects.push(target);
      client.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const upstream = net.connect(httpsPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const s of [client, upstream]) {
      tunnels.add(s);
      s.on('close', () => tunnels.delete(s));
    }
    // A reset on either side just ends the tunnel; don't let it crash the test process.
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });

  const httpsPort = await listen(httpsServer);
  const proxyPort = await listen(proxyServer);

  return {
    httpsPort,
    proxyPort,
    hosts,
    requests,
    refusedConnects,
    clearRequests() {
      requests.length = 0;
    },
    hasRequested(pred) {
      return requests.some(pred);
    },
    waitForRequest(pred, timeoutMs = 10_000) {
      const seen = requests.find(pred);
      if (seen) return Promise.resolve(seen);
      return new Promise<ServedRequest>((resolve, reject) => {
        const w = {
          pred,
          resolve: (r: ServedRequest) => {
            clearTimeout(timer);
            resolve(r);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(w);
          const seenUrls = requests.map((r) => `${r.status} ${r.url}`).join('\n  ');
          reject(new Error(`waitForRequest: no matching request within ${timeoutMs} ms; served:\n  ${seenUrls || '(none)'}`));
        }, timeoutMs);
        waiters.add(w);
      });
    },
    async close() {
      for (const s of tunnels) s.destroy();
      httpsServer.closeAllConnections();
      proxyServer.closeAllConnections();
      await Promise.all([closeServer(httpsServer), closeServer(proxyServer)]);
    },
  };
}

/** Maps a URL path to a file under sitesDir/host; directories serve their index.html. */
async function resolveFile(sitesDir: string, host: string, pathname: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const root = path.join(sitesDir, host);
  let file = path.join(root, decoded);
  if (file !== root && !file.startsWith(root + path.sep)) return null; // path traversal
  try {
    let st = await stat(file);
    if (st.isDirectory()) {
      file = path.join(file, 'index.html');
      st = await stat(file);
    }
    return st.isFile() ? file : null;
  } catch {
    return null;
  }
}

function listen(server: net.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as net.AddressInfo).port);
    });
  });
}

function closeServer(server: net.Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}
