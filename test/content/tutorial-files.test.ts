import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContentSet } from '../../src/lib/content/content-set.ts';
import { finalVersions, tutorialFiles, type TutorialFile } from '../../src/lib/tutorial/tutorial-files.ts';
import { parseDockerfile } from '../helpers/tutorial/dockerfile-parse.ts';
import { validateCompose } from '../helpers/tutorial/compose-validate.ts';
import { checkRequirementLine } from '../helpers/tutorial/requirement-line.ts';
import { pythonOrSkip } from '../helpers/python.ts';
import { dockerOrSkip } from '../helpers/docker-cli.ts';
import { freePort } from '../../src/tools/free-port.ts';

// Every file the reader creates in the series, as the pages show it.
const all = tutorialFiles(loadContentSet('content', 'content'));
const final = finalVersions(all);
const named = (name: string) => all.filter((f) => f.name === name);
// docker-compose.yml for parts 3 to 5, docker-compose.production.yml for part 6.
const composeFiles = all.filter((f) => /^docker-compose(\.[a-z]+)?\.yml$/.test(f.name));

test('the series shows each tutorial file, in the language its name implies', () => {
  const expected: Record<string, string> = { Dockerfile: 'dockerfile', '.dockerignore': 'text', 'requirements.txt': 'text', 'app.py': 'python', 'docker-compose.yml': 'yaml', 'docker-compose.production.yml': 'yaml' };
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
  // The image serves app.py's Flask object `app` with gunicorn, which requirements.txt installs.
  const cmd = ins.find((i) => i.keyword === 'CMD');
  assert.deepEqual([cmd?.words?.[0], cmd?.words?.at(-1)], ['gunicorn', 'app:app'], `${dockerfile.where}: CMD runs gunicorn on app:app`);
  assert.ok(cmd?.words?.includes('0.0.0.0:80'), `${dockerfile.where}: gunicorn binds port 80 on every interface`);
  assert.match((final.get('app.py') as TutorialFile).text, /^app = Flask\(/m, 'app.py defines the Flask object `app`');
  assert.ok(ins.some((i) => i.keyword === 'RUN' && i.args.includes('-r requirements.txt')));
  assert.ok(ins.some((i) => i.keyword === 'EXPOSE' && i.args === '80'));
});

test('the Dockerfile installs the libraries before it copies the code, so code edits reuse the cached install', () => {
  const dockerfile = final.get('Dockerfile') as TutorialFile;
  const ins = parseDockerfile(dockerfile.text).instructions;
  const at = (pred: (i: (typeof ins)[number]) => boolean, what: string) => {
    const found = ins.findIndex(pred);
    assert.ok(found >= 0, `${dockerfile.where}: ${what}`);
    return found;
  };
  const copyRequirements = at((i) => i.keyword === 'COPY' && /^requirements\.txt\s/.test(i.args), 'copies requirements.txt on its own');
  const install = at((i) => i.keyword === 'RUN' && /pip install .*-r requirements\.txt/.test(i.args), 'installs requirements.txt');
  const copyCode = at((i) => i.keyword === 'COPY' && !/^requirements\.txt\s/.test(i.args), 'copies the code');
  assert.ok(copyRequirements < install && install < copyCode, `${dockerfile.where}: COPY requirements.txt, then RUN pip install, then COPY the code`);
});

test('the image runs as a user without privileges, created in the Dockerfile', () => {
  const dockerfile = final.get('Dockerfile') as TutorialFile;
  const ins = parseDockerfile(dockerfile.text).instructions;
  const users = ins.filter((i) => i.keyword === 'USER');
  assert.equal(users.length, 1, `${dockerfile.where}: one USER instruction`);
  const user = (users[0] as (typeof ins)[number]).args.split(':')[0] as string;
  assert.ok(!['root', '0'].includes(user), `${dockerfile.where}: USER is not root`);
  assert.ok(ins.some((i) => i.keyword === 'RUN' && new RegExp(`\\b(useradd|adduser)\\b.*\\b${user}$`).test(i.args)), `${dockerfile.where}: a RUN creates the user ${user}`);
  const cmd = ins.findIndex((i) => i.keyword === 'CMD');
  assert.ok(ins.indexOf(users[0] as (typeof ins)[number]) < cmd, 'USER comes before CMD, so the app runs as that user');
  // No RUN after USER needs root: the libraries are installed before it.
  assert.ok(!ins.slice(ins.indexOf(users[0] as (typeof ins)[number])).some((i) => i.keyword === 'RUN'), 'nothing runs after USER that would need root');
});

test('no Dockerfile bakes proxy settings into the image', () => {
  for (const f of named('Dockerfile')) {
    const baked = parseDockerfile(f.text).instructions.filter((i) => (i.keyword === 'ENV' || i.keyword === 'ARG') && /\b(https?|no|ftp|all)_proxy\b/i.test(i.args));
    assert.deepEqual(baked.map((i) => `${f.where} (Dockerfile line ${i.line}): ${i.keyword} ${i.args}`), []);
  }
  for (const page of loadContentSet('content', 'content')) {
    assert.doesNotMatch(page.source, /\bENV\s+\w*_?proxy\b/i, `${page.displayPath}: advises no ENV line for a proxy (use --build-arg, or the client's proxy settings)`);
  }
});

test('.dockerignore lets into the build exactly the files the Dockerfile copies', () => {
  const ignore = final.get('.dockerignore') as TutorialFile;
  const dockerfile = final.get('Dockerfile') as TutorialFile;
  const patterns = ignore.text.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  // An allow-list: leave everything out, then name what comes back in.
  assert.equal(patterns[0], '*', `${ignore.where}: starts by leaving every file out`);
  const allowed = patterns.slice(1).map((p) => {
    assert.match(p, /^![\w.-]+$/, `${ignore.where}: every other line lets one file back in: ${p}`);
    return p.slice(1);
  });
  const created = new Set([...final.keys()]);
  for (const name of allowed) assert.ok(created.has(name), `${ignore.where}: ${name} is a file the tutorial creates`);
  assert.deepEqual(allowed.filter((n) => /^docker-compose|^Dockerfile$|^\.dockerignore$/.test(n)), [], 'only what the app needs to run');
  // Every file the app needs is let in: app.py, and whatever the Dockerfile names.
  const copied = parseDockerfile(dockerfile.text).instructions.filter((i) => i.keyword === 'COPY').flatMap((i) => i.args.split(/\s+/).slice(0, -1)).filter((a) => a !== '.');
  for (const name of [...copied, 'app.py', 'requirements.txt']) assert.ok(allowed.includes(name), `${ignore.where}: lets ${name} in`);
});

test('every Compose file is valid YAML and valid under the Compose Specification (dclint\'s schema)', () => {
  assert.equal(composeFiles.length, 4, 'three stages of docker-compose.yml and the production file');
  for (const f of composeFiles) {
    assert.deepEqual(validateCompose(f.text).map((p) => `${f.where}: ${p}`), []);
  }
});

test('every Compose file is accepted by `docker stack config`, the reader that `docker stack deploy` uses', (t) => {
  const found: string | null = dockerOrSkip(t);
  if (!found) return;
  const docker: string = found;
  assert.equal(composeFiles.length, 4);
  const dir = mkdtempSync(join(tmpdir(), 'stack-config-'));
  try {
    for (const f of composeFiles) {
      const file = join(dir, f.name);
      writeFileSync(file, f.text);
      // The client alone reads the file: no daemon is asked, so none needs to run.
      const r = spawnSync(docker, ['stack', 'config', '-c', file], { encoding: 'utf8', env: { ...process.env, DOCKER_HOST: 'unix:///nonexistent.sock' } });
      assert.equal(r.status, 0, `${f.where}: docker stack config rejects ${f.name}:\n${r.stderr.trim()}`);
      assert.match(r.stdout, /^services:$/m, `${f.where}: docker stack config prints the services`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('every requirements.txt line is a requirement specifier', () => {
  for (const f of named('requirements.txt')) {
    const lines = f.text.split('\n').map((line, i) => ({ line: i + 1, verdict: checkRequirementLine(line) }));
    const invalid = lines.flatMap(({ line, verdict }) => (verdict.kind === 'invalid' ? [`${f.where} line ${line}: ${verdict.message}`] : []));
    assert.deepEqual(invalid, []);
    const names = lines.flatMap(({ verdict }) => (verdict.kind === 'requirement' ? [verdict.name] : []));
    assert.deepEqual(names.sort(), ['flask', 'gunicorn', 'redis']);
    // Pinned: every build installs the same releases, the ones the pages describe.
    const unpinned = f.text.split('\n').filter((l) => l.trim() && !/^[A-Za-z0-9._-]+==\d+(\.\d+)*$/.test(l.trim()));
    assert.deepEqual(unpinned, [], `${f.where}: every requirement is pinned with ==`);
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

test('the app answers as the image runs it: gunicorn, with the Dockerfile\'s command and environment', { timeout: 30_000 }, async (t) => {
  const app = final.get('app.py') as TutorialFile;
  const dockerfile = final.get('Dockerfile') as TutorialFile;
  const ins = parseDockerfile(dockerfile.text).instructions;
  const cmd = ins.find((i) => i.keyword === 'CMD')?.words ?? [];
  assert.equal(cmd[0], 'gunicorn', `${dockerfile.where}: CMD starts gunicorn`);
  // ENV NAME=World, as the container gets it.
  const env = Object.fromEntries(ins.filter((i) => i.keyword === 'ENV').map((i) => i.args.split('=') as [string, string]));
  assert.equal(env.NAME, 'World');
  const python: string | null = pythonOrSkip(t, ['flask', 'redis', 'gunicorn']);
  if (!python) return;
  const dir = mkdtempSync(join(tmpdir(), 'app-gunicorn-'));
  writeFileSync(join(dir, 'app.py'), app.text);
  const port = await freePort();
  // The image's command word for word, with the address moved from 0.0.0.0:80 to a free local port.
  const args = cmd.slice(1).map((w) => (w === '0.0.0.0:80' ? `127.0.0.1:${port}` : w));
  assert.ok(args.includes(`127.0.0.1:${port}`), `${dockerfile.where}: CMD binds 0.0.0.0:80`);
  const server = spawn(python, ['-m', 'gunicorn', ...args], {
    cwd: dir,
    env: { ...process.env, ...env, PYTHONDONTWRITEBYTECODE: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  server.stderr.on('data', (chunk: Buffer) => { log += chunk.toString(); });
  try {
    const body = await fetchWhenUp(`http://127.0.0.1:${port}/`, 20_000, () => log);
    assert.match(body, /<h3>Hello World!<\/h3>/, 'greets the NAME the Dockerfile sets');
    assert.ok(body.includes(`<b>Hostname:</b> ${hostname()}<br/>`), `shows the hostname ${hostname()}: ${body}`);
    assert.match(body, /Visits:<\/b>\s*<i>[^<]*Redis[^<]*<\/i>/, 'says in italics that Redis cannot be reached');
    assert.match(log, /Booting worker/, 'gunicorn, not Flask\'s development server, served the page');
  } finally {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});

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
