import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadContentSet } from '../src/lib/content/content-set.ts';
import { pathForId } from '../src/lib/site/routes.ts';
import { nextPart, pagePathProblem, scaffoldPage } from '../src/lib/content/scaffold.ts';
import { siteConfigFromEnv } from '../src/lib/site/site-config.ts';

const HELP = `Usage: npm run new -- <folder/page-name> "<Title>" ["<one-sentence description>"]

Creates content/<folder/page-name>.mdx with valid frontmatter, and prints where to edit it.
In a series folder (its index.mdx has series: true) the page gets the next part number.
Never overwrites a page. CONTENT_DIR chooses another content folder.

Example: npm run new -- get-started/volumes "Volumes"`;

function fail(message: string): never {
  console.error(`${message}\n\n${HELP}`);
  process.exit(1);
}

const args = process.argv.slice(2);
if (args.includes('--help')) {
  console.log(HELP);
  process.exit(0);
}
const [pagePath, title, description] = args;
if (!pagePath || !title?.trim()) fail('Give the page path and its title.');
const problem = pagePathProblem(pagePath);
if (problem) fail(problem);

const { contentDir } = siteConfigFromEnv(process.env);
const relPath = `${pagePath}.mdx`;
const file = join(contentDir, relPath);
if (existsSync(file)) fail(`${file} already exists; edit it, or choose another name.`);

// In a series folder the new page becomes the last part.
const folder = dirname(relPath);
const files = existsSync(contentDir) ? loadContentSet(contentDir, contentDir) : [];
const folderIndex = files.find((f) => f.relPath === (folder === '.' ? 'index.mdx' : `${folder}/index.mdx`));
const inSeries = folderIndex?.frontmatter.raw.series === true;
const siblings = files.filter((f) => dirname(f.relPath) === folder && f !== folderIndex);
const part = inSeries ? nextPart(siblings.map((f) => f.frontmatter.raw.part)) : undefined;

mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, scaffoldPage({ title, description, part }), { flag: 'wx' });
console.log(`Created ${file}${part ? ` (part ${part} of the series)` : ''}.

Edit it there: replace the description and the body.
Preview: npm run dev, then open http://localhost:4321${pathForId(relPath.replace(/\.mdx$/, ''))}
Check:   npm run check`);
