import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import GithubSlugger from 'github-slugger';
import { createPrng, type Prng } from './prng.ts';
import { capitalize, heading, paragraph, sentence, title } from './bench-text.ts';
import { codeBlocks } from './bench-code.ts';

/** What the generator decides about a page before writing any of them (links need every page's headings). */
export interface PagePlan {
  relPath: string;
  title: string;
  description: string;
  order?: number;
  series?: boolean;
  part?: number;
  /** Text of each h2/h3, in order, and the ids the renderer gives them. */
  headings: { depth: 2 | 3; text: string; id: string }[];
}

const SERIES_PARTS = 6;
const TOPICS_PER_AREA = 4;
const PAGES_PER_TOPIC = 8;
const SECTIONS = 5;
const TITLE_TAILS = ['in production', 'on a swarm', 'with Compose', 'behind a proxy', 'for a team', 'on one host', 'in CI', 'across nodes', 'with secrets', 'with volumes', 'step by step', 'from scratch'];

/** How the generated site is divided; an area (a top folder) holds 1 + topics × 9 pages. */
export interface ContentShape {
  topicsPerArea?: number;
}

/** Lays out `count` pages: a root, a numbered series, then areas holding topics holding pages. */
export function planContent(count: number, seed: number, shape: ContentShape = {}): PagePlan[] {
  const topicsPerArea = shape.topicsPerArea ?? TOPICS_PER_AREA;
  if (!Number.isInteger(count) || count < SERIES_PARTS + 2) throw new Error(`The generator needs at least ${SERIES_PARTS + 2} pages (got ${count}).`);
  const rng = createPrng(seed);
  const plans: PagePlan[] = [];
  const titles = new Set<string>();
  const add = (relPath: string, extra: Partial<PagePlan> = {}) => {
    if (plans.length >= count) return;
    const plan = { relPath, ...pageMeta(rng), ...extra };
    // Titles must be unique (search results and navigation tell pages apart by them).
    while (titles.has(plan.title)) plan.title = `${title(rng)} ${rng.pick(TITLE_TAILS)}`;
    titles.add(plan.title);
    plans.push(plan);
  };
  add('index.mdx', { title: 'Bench site' });
  add('tutorial/index.mdx', { series: true, order: 1 });
  for (let part = 1; part <= SERIES_PARTS; part += 1) add(`tutorial/part-${part}.mdx`, { part });
  for (let area = 1; plans.length < count; area += 1) {
    const areaDir = `area-${String(area).padStart(3, '0')}`;
    add(`${areaDir}/index.mdx`, { order: area + 1 });
    for (let topic = 1; topic <= topicsPerArea; topic += 1) {
      const topicDir = `${areaDir}/topic-${topic}`;
      add(`${topicDir}/index.mdx`, { order: topic });
      for (let leaf = 1; leaf <= PAGES_PER_TOPIC; leaf += 1) add(`${topicDir}/page-${leaf}.mdx`, { order: leaf });
    }
  }
  return plans;
}

/** Title, description and headings of one page. */
function pageMeta(rng: Prng): Omit<PagePlan, 'relPath'> {
  const slugger = new GithubSlugger();
  const headings: PagePlan['headings'] = [];
  for (let s = 0; s < SECTIONS; s += 1) {
    const text = s === SECTIONS - 1 ? 'Related pages' : heading(rng);
    headings.push({ depth: 2, text, id: slugger.slug(text) });
    if (s === 1 || s === 3) {
      const sub = heading(rng);
      headings.push({ depth: 3, text: sub, id: slugger.slug(sub) });
    }
  }
  return { title: title(rng), description: sentence(rng), headings };
}

/** A relative link from one content file to another, as an author writes it (`../x/y.mdx#id`). */
export function relativeLink(fromRelPath: string, toRelPath: string, fragment: string): string {
  let rel = posix.relative(posix.dirname(fromRelPath), toRelPath);
  if (!rel.startsWith('.')) rel = `./${rel}`;
  return `${rel}#${fragment}`;
}

/** Renders one page's MDX: frontmatter, prose, code blocks and cross-links to other pages. */
export function renderPage(plan: PagePlan, index: number, plans: readonly PagePlan[], seed: number): string {
  const rng = createPrng((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  const fm = [`title: ${plan.title}`, `description: ${plan.description}`];
  if (plan.order !== undefined) fm.push(`order: ${plan.order}`);
  if (plan.series) fm.push('series: true');
  if (plan.part !== undefined) {
    // A series part needs its glance: time, prerequisites and outcomes (the part-fields rule).
    fm.push(`part: ${plan.part}`, `minutes: ${rng.int(10, 40)}`, 'prerequisites:', `  - ${JSON.stringify(sentence(rng).replace(/\.$/, ''))}`);
    if (plan.part > 1) fm.push(`  - Part ${plan.part - 1} done, with \`docker\` working`);
    fm.push('outcomes:', `  - ${JSON.stringify(sentence(rng).replace(/\.$/, ''))}`);
  }
  const links = pickLinks(rng, plan, index, plans, 4);
  const code = codeBlocks(rng, index);
  const out = ['---', ...fm, '---', '', `${paragraph(rng, 4)} Read [${links[0]?.label}](${links[0]?.href}) first.`, ''];
  let section = 0;
  for (const h of plan.headings) {
    out.push(`${'#'.repeat(h.depth)} ${h.text}`, '');
    if (h.depth === 3) {
      out.push(paragraph(rng, 4), '');
      continue;
    }
    if (h.text === 'Related pages') {
      out.push('Pages that go further:', '', ...links.map((l) => `- [${l.label}](${l.href})`), '');
      continue;
    }
    out.push(paragraph(rng, 3), '');
    if (section === 0) out.push(code.dockerfile, '');
    if (section === 1) out.push(code.console, '');
    if (section === 2) out.push(code.yaml, '', `See [${links[1]?.label}](${links[1]?.href}) for the details.`, '');
    if (section === 3) out.push(code.python, '', paragraph(rng, 2), '', code.dockerfile2, '');
    out.push(paragraph(rng, 3), '');
    section += 1;
  }
  return out.join('\n');
}

/** Picks distinct other pages and one of their real heading ids each. */
function pickLinks(rng: Prng, plan: PagePlan, index: number, plans: readonly PagePlan[], count: number) {
  const links: { label: string; href: string }[] = [];
  const used = new Set([index]);
  while (links.length < Math.min(count, plans.length - 1)) {
    const target = rng.int(0, plans.length - 1);
    if (used.has(target)) continue;
    used.add(target);
    const to = plans[target] as PagePlan;
    const h = rng.pick(to.headings);
    links.push({ label: capitalize(to.title.toLowerCase()), href: relativeLink(plan.relPath, to.relPath, h.id) });
  }
  return links;
}

/** Writes a fresh content folder of `count` pages into `dir` (emptied first); returns the plans. */
export function generateContent(dir: string, count: number, seed = 1, shape: ContentShape = {}): PagePlan[] {
  const plans = planContent(count, seed, shape);
  rmSync(dir, { recursive: true, force: true });
  plans.forEach((plan, i) => {
    const file = join(dir, plan.relPath);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, renderPage(plan, i, plans, seed));
  });
  return plans;
}
