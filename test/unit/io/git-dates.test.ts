import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatDate, parseGitLog } from '../../../src/lib/content/git-log.ts';
import { lastUpdatedDates } from '../../../src/io/git-dates.ts';
import { editUrl, repoConfigFromEnv } from '../../../src/lib/site/repo-config.ts';

function git(cwd: string, ...args: string[]): void {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
}

/** Commits `files` at a fixed date, so the expected dates are known. */
function commit(cwd: string, date: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(cwd, path, '..'), { recursive: true });
    writeFileSync(join(cwd, path), text);
  }
  git(cwd, 'add', '-A');
  const env = { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  const r = spawnSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', 'commit', '-qm', `at ${date}`], { cwd, env: { ...process.env, ...env } });
  assert.equal(r.status, 0, String(r.stderr));
}

test('parseGitLog keeps the newest commit of each file', () => {
  const log = '\u0001aaa 2024-03-02T10:00:00+00:00\n\ncontent/a.mdx\n\n\u0001bbb 2024-01-01T00:00:00+00:00\n\ncontent/a.mdx\ncontent/b.mdx\n';
  assert.deepEqual([...parseGitLog(log)], [
    ['content/a.mdx', { hash: 'aaa', date: '2024-03-02T10:00:00+00:00' }],
    ['content/b.mdx', { hash: 'bbb', date: '2024-01-01T00:00:00+00:00' }],
  ]);
});

test('one git log gives every content file its last change; a shallow clone drops the dates it cannot know', () => {
  const dir = mkdtempSync(join(tmpdir(), 'git-dates-'));
  try {
    const repo = join(dir, 'repo');
    mkdirSync(repo);
    git(repo, 'init', '-q');
    commit(repo, '2024-01-05T12:00:00+00:00', { 'content/a.mdx': 'a', 'content/s/b.mdx': 'b', 'README.md': 'r' });
    commit(repo, '2024-01-20T12:00:00+00:00', { 'README.md': 'r1' });
    commit(repo, '2024-02-10T12:00:00+00:00', { 'content/a.mdx': 'a2' });
    commit(repo, '2024-03-15T12:00:00+00:00', { 'README.md': 'r2' });

    const full = lastUpdatedDates(join(repo, 'content'));
    assert.equal(full.source, 'git');
    assert.deepEqual(Object.fromEntries(full.dates), {
      'a.mdx': '2024-02-10T12:00:00+00:00',
      's/b.mdx': '2024-01-05T12:00:00+00:00',
    });

    const shallow = join(dir, 'shallow');
    git(dir, 'clone', '-q', '--depth', '3', `file://${repo}`, shallow);
    const cut = lastUpdatedDates(join(shallow, 'content'));
    assert.equal(cut.source, 'git-shallow');
    // The clone starts at the README commit, which seems to add every file: b.mdx's real date is unknown.
    assert.deepEqual(Object.fromEntries(cut.dates), { 'a.mdx': '2024-02-10T12:00:00+00:00' });

    const outside = join(dir, 'plain');
    mkdirSync(outside);
    writeFileSync(join(outside, 'x.mdx'), 'x');
    const none = lastUpdatedDates(outside);
    assert.deepEqual([none.source, none.dates.size], ['none', 0]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('dates read the same everywhere', () => {
  assert.equal(formatDate('2024-02-10T23:30:00-05:00'), '11 February 2024');
});

test('edit links come from one config, overridable by REPO_URL and REPO_BRANCH', () => {
  assert.equal(editUrl(repoConfigFromEnv({}), 'content/get-started/containers.mdx'),
    'https://github.com/docker-get-started/docs/edit/main/content/get-started/containers.mdx');
  assert.equal(editUrl(repoConfigFromEnv({ REPO_URL: 'https://github.com/me/fork/', REPO_BRANCH: 'draft' }), 'content/a b.mdx'),
    'https://github.com/me/fork/edit/draft/content/a%20b.mdx');
});
