import { spawnSync } from 'node:child_process';
import type { TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ROOT } from './build-site.ts';

// Absolute, since the tests run Python from a temporary directory.
const PROJECT_VENV = join(ROOT, '.venv-tutorial/bin/python');

/** How to get a Python that runs the tutorial's app.py, for the line a skipped test prints. */
export const PYTHON_SETUP =
  'Install the tutorial\'s pinned packages with `npm run tutorial-python` (a virtual environment in .venv-tutorial/, from PyPI) or Debian\'s with `apt-get install -y python3-flask python3-redis gunicorn`.';

/**
 * The first Python that can import `modules`: `TUTORIAL_PYTHON` alone when it is set, else a
 * project virtual environment, Debian's Python, then `python3` on the PATH.
 */
export function findPython(modules: string[]): { python: string } | { missing: string } {
  const fromEnv = process.env.TUTORIAL_PYTHON;
  const candidates = fromEnv ? [fromEnv] : [PROJECT_VENV, '/usr/bin/python3', 'python3'];
  const tried: string[] = [];
  for (const python of candidates) {
    const probe = spawnSync(python, ['-c', modules.length ? `import ${modules.join(', ')}` : 'pass'], { encoding: 'utf8' });
    if (!probe.error && probe.status === 0) return { python };
    tried.push(`${python}: ${probe.error ? 'not found' : (probe.stderr.trim().split('\n').pop() ?? 'failed')}`);
  }
  const what = modules.length ? `no Python that imports ${modules.join(' and ')}` : 'no Python 3';
  return { missing: `${what} (${tried.join('; ')})` };
}

/**
 * A Python for this test, or none: on a developer's machine a missing runtime skips the test
 * with one line saying what is missing and how to install it; under CI it fails the test.
 */
export function pythonOrSkip(t: TestContext, modules: string[]): string | null {
  const found = findPython(modules);
  if ('python' in found) return found.python;
  const line = `${found.missing}. ${PYTHON_SETUP}`;
  if (process.env.CI) assert.fail(`CI is set, so this test may not be skipped: ${line}`);
  t.skip(line);
  return null;
}
