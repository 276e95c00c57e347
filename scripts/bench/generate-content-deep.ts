import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { createPrng, type Prng } from './prng.ts';
import { capitalize, heading, paragraph, sentence, title } from './bench-text.ts';
import { relativeLink, type PagePlan } from './generate-content.ts';

/*
 * A second content shape, unlike generate-content.ts on purpose, so the bench cannot be tuned to
 * one shape: folders up to six deep, most of them without an index page (the site generates a
 * section page for each), pages from a paragraph to several thousand words, from no code block
 * to dozens of small `shell`/`console` ones, h4 headings, links in running text.
 */

const FENCE = '```';
const AREAS = ['reference', 'how-to', 'concepts', 'operations', 'recipes', 'troubleshooting', 'platform', 'security'] as const;
const FOLDERS = ['engine', 'compose', 'swarm', 'registry', 'network', 'storage', 'build', 'logging', 'runtime', 'api', 'cli', 'plugins'] as const;
const IMAGES = ['alpine:3.20', 'debian:bookworm-slim', 'redis:7-alpine', 'postgres:16', 'nginx:1.27-alpine', 'busybox:1.36'] as const;
const COMMANDS = ['ps --all', 'images', 'volume ls', 'network ls', 'system df', 'info --format json', 'stats --no-stream', 'events --since 10m'] as const;

/** How a page is written: its length and how much code it carries. */
type PageKind = 'stub' | 'article' | 'long' | 'commands';

interface DeepPlan extends PagePlan {
  kind: PageKind;
  /** h2 and h3 headings in order, text and id; an h3 may carry an h4, whose id is linked to as well. */
  headings: { depth: 2 | 3; text: string; id: string; h4?: { text: string; id: string } }[];
}

/** Sections per page kind: a stub has one, a long page many. */
const SECTIONS: Record<PageKind, [number, number]> = { stub: [1, 2], article: [3, 6], long: [12, 18], commands: [4, 8] };

function pickKind(rng: Prng): PageKind {
  const r = rng.next();
  return r < 0.25 ? 'stub' : r < 0.75 ? 'article' : r < 0.87 ? 'long' : 'commands';
}

function planPage(rng: Prng, relPath: string, titles: Set<string>, extra: Partial<DeepPlan> = {}): DeepPlan {
  const kind = pickKind(rng);
  const slugger = new GithubSlugger();
  const headings: DeepPlan['headings'] = [];
  const [lo, hi] = SECTIONS[kind];
  for (let s = rng.int(lo, hi); s > 0; s -= 1) {
    const h2 = heading(rng);
    headings.push({ depth: 2, text: h2, id: slugger.slug(h2) });
    if (kind !== 'stub' && rng.next() < 0.4) {
      const h3 = heading(rng);
      const item: DeepPlan['headings'][number] = { depth: 3, text: h3, id: slugger.slug(h3) };
      if (rng.next() < 0.3) {
        const h4 = capitalize(`${rng.pick(['on', 'with', 'without', 'after'])} ${heading(rng).toLowerCase()}`);
        item.h4 = { text: h4, id: slugger.slug(h4) };
      }
      headings.push(item);
    }
  }
  let name = title(rng);
  while (titles.has(name)) name = `${title(rng)} ${rng.pick(['(advanced)', 'on Linux', 'for teams', 'in depth', 'at scale', 'offline', 'with TLS'])}`;
  titles.add(name);
  return { relPath, title: name, description: sentence(rng), kind, headings, ...extra };
}

/** Lays out `count` pages in deep folders, most without an index page, with one series among them. */
export function planDeepContent(count: number, seed: number): DeepPlan[] {
  if (!Number.isInteger(count) || count < 8) throw new Error(`The generator needs at least 8 pages (got ${count}).`);
  const rng = createPrng(seed ^ 0x5eed);
  const titles = new Set<string>();
  const plans: DeepPlan[] = [];
  const add = (relPath: string, extra: Partial<DeepPlan> = {}) => {
    if (plans.length < count) plans.push(planPage(rng, relPath, titles, extra));
  };
  add('index.mdx', { title: 'Deep bench site', order: 1 });
  // A short series five folders down, under folders that have no index page.
  const seriesDir = 'learn/paths/beginner/first-steps/walkthrough';
  add(`${seriesDir}/index.mdx`, { series: true });
  for (let part = 1; part <= 4; part += 1) add(`${seriesDir}/step-${part}.mdx`, { part });
  /** A folder: an index page only sometimes, a few pages, and sub-folders while depth allows. */
  const folder = (dir: string, depth: number) => {
    if (plans.length >= count) return;
    if (rng.next() < 0.3) add(`${dir}/index.mdx`, { order: rng.int(1, 20) });
    for (let n = rng.int(1, 9); n > 0; n -= 1) add(`${dir}/${rng.pick(FOLDERS)}-${plans.length}.mdx`, rng.next() < 0.3 ? { order: rng.int(1, 30) } : {});
    if (depth >= 6) return;
    for (let n = rng.int(depth === 1 ? 2 : 0, depth <= 2 ? 3 : 2); n > 0; n -= 1) folder(`${dir}/${rng.pick(FOLDERS)}-${depth}${String.fromCharCode(97 + n)}`, depth + 1);
  };
  for (let round = 1; plans.length < count; round += 1) {
    for (const area of AREAS) folder(`${area}-${round}`, 1);
  }
  return plans;
}

/** One code block of the given kind; `n` keeps names apart. */
function codeBlock(rng: Prng, n: number, lang: string): string {
  const name = `svc-${n}`;
  const image = rng.pick(IMAGES);
  switch (lang) {
    case 'shell':
      return [`${FENCE}shell`, `docker pull ${image}`, `docker run --rm --name ${name} --env LEVEL=${rng.int(1, 9)} ${image} sh -c 'echo ready'`, FENCE].join('\n');
    case 'console':
      return [`${FENCE}console`, `$ docker ${rng.pick(COMMANDS)}`, `${name}   ${image}   Up ${rng.int(2, 59)} minutes`, FENCE].join('\n');
    case 'bash':
      return [`${FENCE}bash`, 'set -eu', `for i in $(seq 1 ${rng.int(2, 6)}); do`, `  docker service scale ${name}=$i`, 'done', FENCE].join('\n');
    case 'json':
      return [`${FENCE}json`, '{', `  "log-driver": "${rng.pick(['json-file', 'local', 'journald'])}",`, `  "max-concurrent-downloads": ${rng.int(1, 8)}`, '}', FENCE].join('\n');
    case 'ini':
      return [`${FENCE}ini`, '[Service]', `Environment="HTTP_PROXY=http://proxy.example:${rng.int(3000, 9000)}"`, FENCE].join('\n');
    case 'yaml':
      return [`${FENCE}yaml title="compose.yaml"`, 'services:', `  ${name}:`, `    image: ${image}`, `    restart: ${rng.pick(['always', 'on-failure', 'unless-stopped'])}`, FENCE].join('\n');
    case 'dockerfile':
      return [`${FENCE}dockerfile`, `FROM ${image}`, `RUN adduser -D user${n}`, 'USER user' + n, `CMD ["sleep", "${rng.int(10, 999)}"]`, FENCE].join('\n');
    default:
      return [`${FENCE}text`, `${name}: ${sentence(rng)}`, FENCE].join('\n');
  }
}

const LANGS = ['shell', 'console', 'shell', 'console', 'bash', 'json', 'ini', 'yaml', 'dockerfile', 'text'] as const;

/** Code blocks after one section's prose, by page kind. */
function sectionCode(rng: Prng, kind: PageKind, n: number): string[] {
  const count = kind === 'stub' ? (rng.next() < 0.5 ? 1 : 0) : kind === 'article' ? rng.int(0, 2) : kind === 'long' ? rng.int(1, 3) : rng.int(4, 8);
  return Array.from({ length: count }, (_, i) => codeBlock(rng, n * 100 + i, kind === 'commands' ? rng.pick(['shell', 'console'] as const) : rng.pick(LANGS)));
}

/** A link to another page's heading, written in running text. */
function inlineLink(rng: Prng, from: DeepPlan, plans: readonly DeepPlan[], index: number): string {
  let target = rng.int(0, plans.length - 1);
  if (target === index) target = (target + 1) % plans.length;
  const to = plans[target]!;
  const anchor = rng.pick(to.headings.flatMap((h) => (h.h4 ? [h, h.h4] : [h])));
  return `[${to.title.toLowerCase()}](${relativeLink(from.relPath, to.relPath, anchor.id)})`;
}

/** One page's MDX. */
export function renderDeepPage(plan: DeepPlan, index: number, plans: readonly DeepPlan[], seed: number): string {
  const rng = createPrng((seed ^ Math.imul(index + 7, 0x85ebca6b)) >>> 0);
  const fm = [`title: ${plan.title}`, `description: ${plan.description}`];
  if (plan.order !== undefined) fm.push(`order: ${plan.order}`);
  if (plan.series) fm.push('series: true');
  if (plan.part !== undefined) {
    // A series part needs its glance (the part-fields rule): written in block and flow styles.
    fm.push(`part: ${plan.part}`, `minutes: ${5 + plan.part * 5}`, `prerequisites: [${JSON.stringify(paragraph(rng, 1).split('.')[0]!)}]`, 'outcomes:', `  - Step ${plan.part} done`);
  }
  if (rng.next() < 0.1) fm.push(`navLabel: ${plan.title.split(' ').slice(0, 2).join(' ')}`);
  const out = ['---', ...fm, '---', '', `${paragraph(rng, plan.kind === 'stub' ? 1 : 3)} Compare ${inlineLink(rng, plan, plans, index)}.`, ''];
  const prose = plan.kind === 'long' ? 7 : plan.kind === 'stub' ? 2 : 4;
  for (const [s, h] of plan.headings.entries()) {
    out.push(`${'#'.repeat(h.depth)} ${h.text}`, '', paragraph(rng, prose), '');
    if (h.h4) out.push(`#### ${h.h4.text}`, '', paragraph(rng, 2), '');
    out.push(...sectionCode(rng, plan.kind, s).flatMap((block) => [block, '']));
    if (plan.kind === 'long') out.push(`${paragraph(rng, prose)} More in ${inlineLink(rng, plan, plans, index)}.`, '');
    if (rng.next() < 0.2) out.push(`- ${sentence(rng)}`, `- ${sentence(rng)} See ${inlineLink(rng, plan, plans, index)}.`, `- ${sentence(rng)}`, '');
  }
  return out.join('\n');
}

/** Writes a fresh deep-shaped content folder of `count` pages into `dir` (emptied first); returns the plans. */
export function generateDeepContent(dir: string, count: number, seed = 1): PagePlan[] {
  const plans = planDeepContent(count, seed);
  rmSync(dir, { recursive: true, force: true });
  plans.forEach((plan, i) => {
    const file = join(dir, plan.relPath);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, renderDeepPage(plan, i, plans, seed));
  });
  return plans;
}
