import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContentSet } from '../../src/lib/content-set.ts';
import { finalVersions, tutorialFiles, type TutorialFile } from '../../src/lib/tutorial-files.ts';
import { parseDockerfile } from '../../src/lib/dockerfile-parse.ts';
import { validateCompose } from '../../src/lib/compose-validate.ts';
import { checkRequirementLine } from '../../src/lib/requirement-line.ts';
import { pythonOrSkip } from '../helpers/python.ts';

// Every file the reader creates in the series, as the pages show it.
const all = tutorialFiles(loadContentSet('content', 'content'));
const final = finalVersions(all);
const named = (name: string) => all.filter((f) => f.name === name);

test('the series shows each tutorial file, in the language its name implies', () => {
  const expected: Record<string, string> = { Dockerfile: 'dockerfile', 'requirements.txt': 'text', 'app.py': 'python', 'docker-compose.yml': 'yaml' };
  assert.deepEqual([...final.keys()].sort(), Object.keys(expected).sort());
  for (const f of all) assert.equal(f.lang, expected[f.name], `${f.where}: ${f.name} should be a \`${expected[f.name]}\` block`);
  assert.equal(named('docker-compose.yml').length, 3, 'docker-compose.yml is shown in three stages');
});

test('every Dockerfile parses and uses only real instructions', () => {
  const dockerfiles = named('Dockerfile');
  assert.ok(dockerfiles.length >= 1);
  for (const f of dockerfiles) {
    const { problems } = parseDockerfile(f.text);
    assert.deepEqual(problems.map((p) => `${f.where} (Dockerfile line ${p.line}): ${p.message}`), []);
  }
});

test('the Dockerfile the reader builds is the current one and fits the other files', () => {
  const dockerfile = final.get('Dockerfile') as TutorialFile;
  const ins = parseDockerfile(dockerfile.text).instructions;
  const from = ins.find((i) => i.keyword === 'FROM');
  assert.match(from?.args ?? '', /^python:3(\.\d+)?(-slim)?$/, `${dockerfile.where}: the canonical Dockerfile builds on Python 3`);
  assert.ok(!ins.some((i) => i.keyword === 'ADD'), `${dockerfile.where}: copies files with COPY, not ADD`);
  assert.ok(!dockerfile.text.includes('--trusted-host'), `${dockerfile.where}: no --trusted-host`);
  const cmd = ins.find((i) => i.keyword === 'CMD');
  assert.deepEqual(cmd?.words, ['python', 'app.py']);
  assert.ok(ins.some((i) => i.keyword === 'RUN' && i.args.includes('-r requirements.txt')));
  assert.ok(ins.some((i) => i.keyword === 'EXPOSE' && i.args === '80'));
});

test('every Compose file is valid YAML and valid under the Compose Specification', () => {
  for (const f of named('docker-compose.yml')) {
    assert.deepEqual(validateCompose(f.text).map((p) => `${f.where}: ${p}`), []);
  }
});

test('every requirements.txt line is a requirement specifier', () => {
  for (const f of named('requirements.txt')) {
    const lines = f.text.split('\n').map((line, i) => ({ line: i + 1, verdict: checkRequirementLine(line) }));
    const invalid = lines.flatMap(({ line, verdict }) => (verdict.kind === 'invalid' ? [`${f.where} line ${line}: ${verdict.message}`] : []));
    assert.deepEqual(invalid, []);
    const names = lines.flatMap(({ verdict }) => (verdict.kind === 'requirement' ? [verdict.name] : []));
    assert.deepEqual(names.sort(), ['flask', 'redis']);
  }
});

test('app.py compiles with Python 3', (t) => {
  const found = pythonOrSkip(t, []);
  if (!found) return;
  const python: string = found;
  for (const f of named('app.py')) {
    const dir = mkdtempSync(join(tmpdir(), 'app-py-'));
    try {
      writeFileSync(join(dir, 'app.py'), f.text);
      const r = spawnSync(python, ['-m', 'py_compile', join(dir, 'app.py')], { encoding: 'utf8' });
      assert.equal(r.status, 0, `${f.where}: app.py does not compile:\n${r.stderr}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
});

test('app.py serves the greeting, the hostname and the Redis message under Flask', { timeout: 30_000 }, async (t) => {
  const app = final.get('app.py') as TutorialFile;
  const python: string | null = pythonOrSkip(t, ['flask', 'redis']);
  if (!python) return;
  const dir = mkdtempSync(join(tmpdir(), 'app-run-'));
  writeFileSync(join(dir, 'app.py'), app.text);
  const port = await freePort();
  const server = spawn(python, ['-c', `from app import app; app.run(host="127.0.0.1", port=${port})`], {
    cwd: dir,
    env: { ...process.env, NAME: 'Testers', PYTHONDONTWRITEBYTECODE: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  server.stderr.on('data', (chunk: Buffer) => { log += chunk.toString(); });
  try {
    const body = await fetchWhenUp(`http://127.0.0.1:${port}/`, 15_000, () => log);
    assert.match(body, /<h3>Hello Testers!<\/h3>/, 'greets the NAME from the environment');
    assert.ok(body.includes(hostname()), `shows the hostname ${hostname()}: ${body}`);
    assert.match(body, /Visits:<\/b>\s*<i>[^<]*Redis[^<]*<\/i>/, 'says in italics that Redis cannot be reached');
  } finally {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A TCP port nothing listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** GETs a URL until the server answers, failing with the server's log after `ms`. */
async function fetchWhenUp(url: string, ms: number, log: () => string): Promise<string> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      const res = await fetch(url);
      return await res.text();
    } catch {
      if (Date.now() > until) throw new Error(`The app did not answer at ${url} within ${ms} ms. Its log:\n${log()}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}
