// site/ served as a static host serves it: a plain file server (no transform, no module resolution),
// reached by the test page at /site/ on its own origin (a sub-path, as on many hosts), so the tests can look inside the pages.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const root = join(process.cwd(), 'site');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Files under site/ by path, index.html for a folder, 404 otherwise: what any static host does. */
function staticServer() {
  return createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://host').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root + sep)) return void response.writeHead(403).end();
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
}

let origin;

/**
 * Test-runner middleware: /site/… is answered by the plain file server (started on first use), byte for
 * byte, before the runner's own transforms.
 */
export async function serveSite(context, next) {
  if (!context.path.startsWith('/site/')) return next();
  if (!origin) {
    const server = staticServer();
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    server.unref();
    origin = `http://127.0.0.1:${server.address().port}`;
  }
  const response = await fetch(`${origin}${context.url.slice('/site'.length)}`);
  context.status = response.status;
  context.set('content-type', response.headers.get('content-type') ?? 'application/octet-stream');
  context.body = Buffer.from(await response.arrayBuffer());
}
