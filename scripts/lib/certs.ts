// Self-signed TLS certificate for the e2e fixture server.
// Browsers are launched with "accept insecure certs", so no CA is needed; HTTPS itself is
// required because facebook.com, plaid.com, … are HSTS-preloaded (http:// is always upgraded).
import { execFile } from 'node:child_process';
import { X509Certificate, createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import { isIP } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface CertPair {
  key: string;
  cert: string;
}

/** Returns a PEM key + cert whose SAN lists every host; cached in `dir` per host list. */
export async function ensureCert(hosts: string[], dir: string): Promise<CertPair> {
  const names = [...new Set(hosts.map((h) => h.toLowerCase()))].sort();
  if (names.length === 0) throw new Error('ensureCert: empty host list');
  const tag = createHash('sha256').update(names.join('\n')).digest('hex').slice(0, 16);
  const keyPath = path.join(dir, `fixture-${tag}.key.pem`);
  const certPath = path.join(dir, `fixture-${tag}.cert.pem`);

  const cached = await readPair(keyPath, certPath);
  if (cached) return cached;

  await mkdir(dir, { recursive: true });
  // Write under temp names then rename, so a concurrent or interrupted run never leaves half a pair.
  const tmp = randomBytes(4).toString('hex');
  const tmpKey = `${keyPath}.${tmp}.tmp`;
  const tmpCert = `${certPath}.${tmp}.tmp`;
  const san = names.map((h) => (isIP(h) ? `IP:${h}` : `DNS:${h}`)).join(',');
  try {
    await run('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256',
      '-days', '30',
      '-subj', '/CN=ShareGuard e2e fixtures',
      '-addext', `subjectAltName=${san}`,
      '-keyout', tmpKey,
      '-out', tmpCert,
    ]);
    await rename(tmpKey, keyPath);
    await rename(tmpCert, certPath);
  } finally {
    await rm(tmpKey, { force: true });
    await rm(tmpCert, { force: true });
  }
  const made = await readPair(keyPath, certPath);
  if (!made) throw new Error(`ensureCert: openssl produced no files in ${dir}`);
  return made;
}

async function readPair(keyPath: string, certPath: string): Promise<CertPair | null> {
  try {
    const [key, cert] = await Promise.all([readFile(keyPath, 'utf8'), readFile(certPath, 'utf8')]);
    // Regenerate a cached cert that is about to expire rather than rely on lenient cert checks.
    const validTo = Date.parse(new X509Certificate(cert).validTo);
    if (!key.includes('PRIVATE KEY') || !(validTo > Date.now() + 86_400_000)) return null;
    return { key, cert };
  } catch {
    return null;
  }
}
