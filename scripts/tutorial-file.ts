import { loadContentSet } from '../src/lib/content-set.ts';
import { finalVersions, tutorialFiles } from '../src/lib/tutorial-files.ts';

const HELP = `Usage: npm run -s tutorial-file -- <name> [<content folder>]

Prints the file the reader ends the series with (for example requirements.txt or app.py), as the
last titled code block of that name in the content shows it. Exits 1 when no block has that name.`;

const [name, contentDir = 'content'] = process.argv.slice(2);
if (!name || name === '--help') {
  console.log(HELP);
  process.exit(name ? 0 : 1);
}

const files = finalVersions(tutorialFiles(loadContentSet(contentDir, contentDir)));
const file = files.get(name);
if (!file) {
  console.error(`No code block is titled ${name}; the tutorial files are: ${[...files.keys()].join(', ')}.`);
  process.exit(1);
}
process.stdout.write(file.text.endsWith('\n') ? file.text : `${file.text}\n`);
