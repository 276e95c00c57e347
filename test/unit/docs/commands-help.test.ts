import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

// Every top-level file of scripts/ is a command: `--help` prints a Usage: line and exits 0,
// without doing the command's work.
const ROOT = resolve(import.meta.dirname, '../../..');
const COMMANDS = readdirSync(join(ROOT, 'scripts')).filter((f) => f.endsWith('.ts')).sort();

/** Runs a script with `--help`; resolves with its exit code and output. */
function help(script: string): Promise<{ code: number | null; out: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script, '--help'], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => (out += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, out }));
  });
}

test('scripts/ holds commands', () => {
  assert.ok(COMMANDS.length >= 10, `found ${COMMANDS.join(', ')}`);
});

for (const name of COMMANDS) {
  test(`scripts/${name} --help prints a Usage: line and exits 0`, async () => {
    const { code, out } = await help(join('scripts', name));
    assert.match(out, /^Usage: /m, `scripts/${name} --help printed:\n${out}`);
    assert.equal(code, 0, `scripts/${name} --help exited ${code}:\n${out}`);
  });
}
