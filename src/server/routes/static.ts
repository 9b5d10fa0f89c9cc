/**
 * The web UI's files: the compiled pages from dist/web and the chart library's browser builds. Paths are
 * fixed at start-up; a request can only pick one of these names, never a path on disk.
 */
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

interface Asset {
  readonly body: Buffer;
  readonly type: string;
}

/** src/server/routes and dist/server/routes are both three levels below the package root. */
const packageRoot = fileURLToPath(new URL('../../../', import.meta.url));

function vendorFile(pkg: string, file: string): string {
  return join(dirname(fileURLToPath(import.meta.resolve(pkg))), file);
}

/**
 * Vega compiles chart expressions with `new Function`, which our Content-Security-Policy forbids; its
 * interpreter evaluates them without eval. The interpreter's one import, from vega-util, is served by the
 * global `vega` build already on the page.
 */
function interpreterModule(): Buffer {
  const source = readFileSync(vendorFile('vega-interpreter', 'vega-interpreter.js'), 'utf8');
  const importLine = /^import \{([^}]*)\} from 'vega-util';$/m;
  if (!importLine.test(source)) throw new Error('vega-interpreter changed its imports; update server/routes/static.ts');
  return Buffer.from(source.replace(importLine, (_, names: string) => `const {${names}} = globalThis.vega;`));
}

function loadAssets(): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  const webRoot = join(packageRoot, 'dist', 'browser', 'web');
  const add = (urlPath: string, file: string): void => {
    const ext = file.slice(file.lastIndexOf('.'));
    assets.set(urlPath, { body: readFileSync(file), type: contentTypes[ext] ?? 'application/octet-stream' });
  };
  if (existsSync(webRoot)) {
    for (const name of readdirSync(webRoot, { recursive: true, encoding: 'utf8' })) {
      if (/\.(html|js|css|svg)$/.test(name)) add(`/${name.split('\\').join('/')}`, join(webRoot, name));
    }
  }
  add('/vendor/vega.min.js', vendorFile('vega', 'vega.min.js'));
  add('/vendor/vega-lite.min.js', vendorFile('vega-lite', 'vega-lite.min.js'));
  assets.set('/vendor/vega-interpreter.js', { body: interpreterModule(), type: contentTypes['.js'] ?? 'text/javascript' });
  return assets;
}

export function staticRoutes(): Hono {
  const assets = loadAssets();
  const app = new Hono();
  app.get('*', (c, next) => {
    const path = c.req.path === '/' || c.req.path === '/typing' ? '/index.html' : c.req.path;
    const asset = assets.get(path);
    if (!asset) return next();
    return c.body(new Uint8Array(asset.body), 200, { 'content-type': asset.type, 'cache-control': 'no-cache' });
  });
  return app;
}
