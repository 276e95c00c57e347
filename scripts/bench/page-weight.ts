import { gzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';

/** Bytes as sent without and with gzip compression. */
export interface Weight {
  raw: number;
  gzip: number;
}

/** What a reader's browser downloads at page load: the HTML and the CSS and JS it references. */
export interface PageWeight {
  html: Weight;
  css: Weight;
  js: Weight;
  /** Site-absolute URLs of the stylesheets and scripts counted (inline blocks are not listed). */
  assets: string[];
}

/** Reads a site-absolute URL path of the built site (`/_astro/x.css`); null when there is no such file. */
export type AssetReader = (urlPath: string) => Uint8Array | string | null;

/**
 * The stylesheets, scripts and inline blocks a page loads, as written in its HTML. Read with an
 * HTML parser: an attribute may hold markup as text (a copy button's `data-copy="<script src=…>"`).
 */
export function pageAssetRefs(html: string): { css: string[]; js: string[]; inlineCss: string[]; inlineJs: string[] } {
  const css: string[] = [];
  const js: string[] = [];
  const inlineJs: string[] = [];
  const inlineCss: string[] = [];
  let inline: { into: string[]; text: string } | null = null;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'link' && attrs.href) {
          const rel = attrs.rel?.toLowerCase().split(/\s+/) ?? [];
          if (rel.includes('stylesheet')) css.push(attrs.href);
          else if (rel.includes('modulepreload')) js.push(attrs.href);
        } else if (name === 'script') {
          const type = attrs.type?.toLowerCase() ?? '';
          // Data blocks (JSON, JSON-LD) are not run; only JavaScript counts.
          if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) return;
          if (attrs.src) js.push(attrs.src);
          else inline = { into: inlineJs, text: '' };
        } else if (name === 'style') {
          inline = { into: inlineCss, text: '' };
        }
      },
      ontext(text) {
        if (inline) inline.text += text;
      },
      onclosetag(name) {
        if (inline && (name === 'script' || name === 'style')) {
          if (name === 'style' || inline.text.trim()) inline.into.push(inline.text);
          inline = null;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return { css, js, inlineCss, inlineJs };
}

/** Site-absolute path of a URL written on the page at `pagePath`; null for other origins. */
export function resolveAssetPath(pagePath: string, href: string): string | null {
  const origin = 'http://site.invalid';
  const url = new URL(href, origin + pagePath);
  return url.origin === origin ? url.pathname : null;
}

/** Modules a script imports statically (`import x from "../../src/lib/y.js"`, `export * from`); dynamic `import()` is left out. */
export function staticImports(code: string): string[] {
  const found: string[] = [];
  for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)) {
    if (m[1]) found.push(m[1]);
  }
  return found;
}

/** gzip size at the default level, as a static host or CDN would send it. */
export function gzipSize(data: Uint8Array | string): number {
  return gzipSync(data).length;
}

function weigh(parts: (Uint8Array | string)[]): Weight {
  let raw = 0;
  let gzip = 0;
  for (const p of parts) {
    raw += typeof p === 'string' ? Buffer.byteLength(p) : p.length;
    gzip += gzipSize(p);
  }
  return { raw, gzip };
}

/**
 * Weighs a built page: its HTML, the CSS it links or inlines, and the JavaScript that runs at
 * load (scripts, module preloads, and every module they import statically). Code loaded later
 * with `import()` (search, for one) is not counted. A referenced file that is missing throws.
 */
export function pageWeight(html: string, pagePath: string, read: AssetReader): PageWeight {
  const refs = pageAssetRefs(html);
  const load = (href: string, from: string): { path: string; body: Uint8Array | string } | null => {
    const path = resolveAssetPath(from, href);
    if (path === null) return null;
    const body = read(path);
    if (body === null) throw new Error(`${pagePath} references ${href}, which is not in the built site`);
    return { path, body };
  };
  const cssFiles = refs.css.map((h) => load(h, pagePath)).filter((f) => f !== null);
  const jsFiles = new Map<string, Uint8Array | string>();
  const queue: [string, string][] = refs.js.map((h) => [h, pagePath]);
  for (const code of refs.inlineJs) for (const dep of staticImports(code)) queue.push([dep, pagePath]);
  while (queue.length > 0) {
    const [href, from] = queue.shift() as [string, string];
    const file = load(href, from);
    if (!file || jsFiles.has(file.path)) continue;
    jsFiles.set(file.path, file.body);
    const text = typeof file.body === 'string' ? file.body : Buffer.from(file.body).toString('utf8');
    for (const dep of staticImports(text)) queue.push([dep, file.path]);
  }
  return {
    html: weigh([html]),
    css: weigh([...cssFiles.map((f) => f.body), ...refs.inlineCss]),
    js: weigh([...jsFiles.values(), ...refs.inlineJs]),
    assets: [...cssFiles.map((f) => f.path), ...jsFiles.keys()],
  };
}
