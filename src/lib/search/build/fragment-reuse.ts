/**
 * Which of the previous search bundle's page fragments a rebuild puts in place before Pagefind
 * writes, so that Pagefind leaves them as they are instead of compressing them again.
 *
 * Pagefind names each fragment, index chunk and filter file after its content (language, `_`, the
 * first seven hex digits of its SHA-1) and does not write a file of that name that is already
 * there. A page's fragment is made from that page alone, so a page whose HTML is byte for byte
 * the previous build's has the same fragment under the same name. Only those fragments are put in
 * place: every reused name then belongs to a page that is in the new index too. Two pages whose
 * fragments share the seven digits get different names, one made longer (`collidingNames`), so a
 * reused file could stand for another page's fragment only where a longer name shows it.
 */
import { decode } from 'cborg';
import { pagefindPayload } from '../../offline/pagefind-uses.ts';

/** A fragment file's name without folder and extension (`en_1234567`). */
const nameOf = (path: string) => path.replace(/^.*\//, '').replace(/\.pf_fragment$/, '');

/** A fragment's path in the bundle, as Pagefind names it: nothing else from a record is used as a path. */
const FRAGMENT_PATH = /^fragment\/[a-z0-9-]+_[0-9a-f]{7,}\.pf_fragment$/;

/** Pagefind's usual name of a file: the language, `_`, seven hex digits; longer only after a collision. */
const shortOf = (name: string) => name.slice(0, name.indexOf('_') + 1 + 7);

/** What the previous build recorded of one page: its HTML and its fragment, by digest. */
export interface KeptFragment {
  /** Digest of the page's HTML as built. */
  page: string;
  /** The fragment's path in the bundle (`fragment/en_1234567.pf_fragment`). */
  fragment: string;
  /** Digest of the fragment file's bytes. */
  bytes: string;
}

/**
 * The fragments of pages whose HTML is unchanged: `built` is each page's digest in this build.
 * Fragments that met on one name in the previous build are left to Pagefind: which of them gets
 * the short name depends on the order it meets them in, which may have changed.
 */
export function fragmentsToReuse(kept: ReadonlyMap<string, KeptFragment>, built: ReadonlyMap<string, string>): KeptFragment[] {
  const valid = [...kept].filter(([, k]) => FRAGMENT_PATH.test(String(k.fragment)));
  const names = valid.map(([, k]) => nameOf(k.fragment));
  const met = new Set(names.filter((name) => name !== shortOf(name)).map(shortOf));
  return valid.filter(([page, k]) => built.get(page) === k.page && !met.has(shortOf(nameOf(k.fragment)))).map(([, k]) => k);
}

/** The bundle-relative files a `.pf_meta` refers to: fragments, index chunks and filters. */
export function metaFiles(metaPath: string, gzipped: Uint8Array): { fragments: string[]; chunks: string[]; filters: string[] } {
  // [version, pages: [hash, wordCount][], chunks: [from, to, hash][], filters: [name, hash][], ...]
  const meta = decode(pagefindPayload(metaPath, gzipped)) as [string, [string, number][], [string, string, string][], [string, string][]];
  return {
    fragments: meta[1].map(([hash]) => `fragment/${hash}.pf_fragment`),
    chunks: meta[2].map(([, , hash]) => `index/${hash}.pf_index`),
    filters: (meta[3] ?? []).map(([, hash]) => `filter/${hash}.pf_filter`),
  };
}

/**
 * The fragments Pagefind named longer than its usual seven digits whose usual name is a reused
 * file: there two fragments met on one name, and the reused file may be the other's. Empty when
 * no reused file can stand for a page it was not made from.
 */
export function collidingNames(referenced: readonly string[], reused: readonly string[]): string[] {
  const names = new Set(reused.map(nameOf));
  return referenced.filter((path) => {
    const name = nameOf(path);
    return name !== shortOf(name) && names.has(shortOf(name));
  });
}

/**
 * The record the next build reads: each page served by exactly one fragment, with the digests of
 * the page and of the fragment file. `uses` are site-relative (`pagefind/fragment/…`), as the
 * offline plan gives them; `digests` are by site-relative path.
 */
export function keptFragments(uses: readonly { path: string; pages: readonly string[] }[], digests: ReadonlyMap<string, string>): [string, KeptFragment][] {
  const out: [string, KeptFragment][] = [];
  for (const use of uses) {
    if (!use.path.startsWith('pagefind/fragment/') || use.pages.length !== 1) continue;
    const page = use.pages[0]!;
    const pageDigest = digests.get(page);
    const bytes = digests.get(use.path);
    if (pageDigest && bytes) out.push([page, { page: pageDigest, fragment: use.path.slice('pagefind/'.length), bytes }]);
  }
  return out;
}

/**
 * What is wrong with a bundle's fragments as the offline plan read them (`uses`, site-relative):
 * each must serve one page, and no page two. A bundle written over kept fragments is held to it,
 * so that a kept file standing for another page's fragment stops the build instead of shipping.
 */
export function fragmentProblems(uses: readonly { path: string; pages: readonly string[] }[]): string[] {
  const fragments = uses.filter((u) => u.path.startsWith('pagefind/fragment/'));
  const problems = fragments.filter((u) => u.pages.length !== 1).map((u) => `${u.path} serves ${u.pages.length} pages, not one.`);
  const byPage = new Map<string, string[]>();
  for (const u of fragments) for (const page of u.pages) byPage.set(page, [...(byPage.get(page) ?? []), u.path]);
  for (const [page, paths] of byPage) if (paths.length > 1) problems.push(`${page} is served by ${paths.length} fragments (${paths.join(', ')}).`);
  return problems;
}
