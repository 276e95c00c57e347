import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContentSet } from '../src/lib/content/content-set.ts';
import { finalVersions, tutorialFiles } from '../src/lib/tutorial/tutorial-files.ts';

const HELP = `Usage: npm run tutorial-python [-- <python>]

Makes .venv-tutorial/, a Python virtual environment with the packages of the tutorial's own
requirements.txt (the pinned Flask and Redis client a reader's image gets), installed from PyPI
with pip. The tests that run the tutorial's app.py use it when it is there.`;

const VENV = '.venv-tutorial';
const args = process.argv.slice(2);
if (args.includes('--help')) {
  console.log(HELP);
  process.exit(0);
}
const python = args[0] ?? 'python3';

const requirements = finalVersions(tutorialFiles(loadContentSet('content', 'content'))).get('requirements.txt');
if (!requirements) {
  console.error('No code block in content/ is titled requirements.txt.');
  process.exit(1);
}

/** Runs a command with its output shown, and stops here when it fails. */
function run(command: string, commandArgs: string[]): void {
  const r = spawnSync(command, commandArgs, { stdio: 'inherit' });
  if (r.error || r.status !== 0) {
    console.error(`\`${command} ${commandArgs.join(' ')}\` failed${r.error ? `: ${r.error.message}` : ''}.`);
    process.exit(1);
  }
}

if (!existsSync(join(VENV, 'bin/python'))) run(python, ['-m', 'venv', VENV]);
mkdirSync(VENV, { recursive: true });
const file = join(VENV, 'requirements.txt');
writeFileSync(file, requirements.text.endsWith('\n') ? requirements.text : `${requirements.text}\n`);
run(join(VENV, 'bin/python'), ['-m', 'pip', 'install', '--disable-pip-version-check', '-r', file]);
console.log(`${VENV}/ has the tutorial's packages; the app tests will use ${VENV}/bin/python.`);
