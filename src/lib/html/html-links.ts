import { Parser } from 'htmlparser2';

/** A URL an HTML page refers to: `<a href>`, `<img src>`, `<link href>`, `<script src>`… */
export interface HtmlRef {
  tag: string;
  attr: string;
  value: string;
}

/** What a built page offers (ids to link to) and what it refers to. */
export interface HtmlScan {
  ids: Set<string>;
  refs: HtmlRef[];
}

const URL_ATTRS: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  form: ['action'],
};

/** Parses one HTML page and lists its element ids and the URLs it refers to. */
export function scanHtml(html: string): HtmlScan {
  const ids = new Set<string>();
  const refs: HtmlRef[] = [];
  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        if (attributes.id) ids.add(attributes.id);
        if (tag === 'a' && attributes.name) ids.add(attributes.name);
        for (const attr of URL_ATTRS[tag] ?? []) {
          const value = attributes[attr];
          if (value === undefined) continue;
          // srcset holds `url 2x, url 480w`: each URL counts.
          const values = attr === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value];
          for (const v of values) refs.push({ tag, attr, value: v });
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return { ids, refs };
}

/** Where an internal reference leads, or null when it leaves the site (another scheme or host). */
export function resolveRef(fromUrlPath: string, value: string): { path: string; fragment: string } | null {
  const trimmed = value.trim();
  if (trimmed === '' || /^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('//')) return null;
  const url = new URL(trimmed, `http://site.invalid${fromUrlPath}`);
  return { path: decodeURIComponent(url.pathname), fragment: decodeURIComponent(url.hash.slice(1)) };
}
