import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { sendError } from './http-api';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm'
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file under `root` that a URL path names, or null when the path tries
 * to leave `root` (../, an encoded ../, a backslash, a NUL, a symlink out).
 */
export function resolveStatic(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/');
  if (segments.some((segment) => segment === '..')) return null;
  const realRoot = fs.realpathSync(root);
  const candidate = path.resolve(realRoot, '.' + path.posix.normalize('/' + decoded));
  let real: string;
  try {
    real = fs.realpathSync(candidate);
  } catch {
    return candidate.startsWith(realRoot + path.sep) || candidate === realRoot ? candidate : null;
  }
  return real === realRoot || real.startsWith(realRoot + path.sep) ? real : null;
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

export interface StaticOptions {
  root: string;
  /** extra headers for index.html (the token cookie, a phone's device cookie) */
  indexHeaders?: Record<string, string | string[]>;
}

/**
 * GET/HEAD of the built renderer. A path with no extension that is not a file
 * is a client-side route: it gets index.html. Hashed assets are cached for good.
 */
export function serveStatic(req: IncomingMessage, res: ServerResponse, url: URL, options: StaticOptions): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    sendError(res, 405, { code: 'invalid_input', message: 'Only GET and HEAD are allowed here.' });
    return;
  }
  if (!fs.existsSync(options.root)) {
    sendError(res, 404, {
      code: 'not_found',
      message: `The console is not built (${options.root} is missing): run npm run build.`
    });
    return;
  }
  let file = resolveStatic(options.root, url.pathname);
  if (file === null) {
    sendError(res, 404, { code: 'not_found', message: 'Not found.' });
    return;
  }
  if (!isFile(file)) {
    const index = path.join(fs.realpathSync(options.root), 'index.html');
    const isRoute = path.extname(url.pathname) === '';
    if (!isRoute || !isFile(index)) {
      sendError(res, 404, { code: 'not_found', message: `Not found: ${url.pathname}` });
      return;
    }
    file = index;
  }
  const isIndex = path.basename(file) === 'index.html';
  const headers: Record<string, string | string[] | number> = {
    'content-type': contentTypeOf(file),
    'content-length': fs.statSync(file).size,
    // Vite names assets by their hash, so they never change; index.html must always be fresh
    'cache-control': url.pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'
  };
  if (isIndex) Object.assign(headers, options.indexHeaders ?? {});
  res.writeHead(200, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  fs.createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}
