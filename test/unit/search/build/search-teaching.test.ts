import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dockerCommands, formatTeaching, namesCommand, parseTeaching, sectionCommands, teachingSections } from '../../../../src/lib/search/build/teaching-sections.ts';
import { parseQuery, rankPages, type PageResult } from '../../../../src/lib/search/browser/section-rank.ts';
import { firstShown } from '../../../../src/lib/search/build/query-set.ts';
import { teachingSearchAttributes } from '../../../../src/lib/search/build/search-facets.ts';

const fence = (lang: string, lines: string[], meta = '') => ['```' + lang + (meta ? ` ${meta}` : ''), ...lines, '```'].join('\n');

test('a shell line gives the command it runs and the command with each option', () => {
  assert.deepEqual(dockerCommands('$ docker run -d -p 4000:80 friendlyhello'), ['docker run', 'docker run -d', 'docker run -p']);
  assert.deepEqual(dockerCommands('$ docker stack deploy -c docker-compose.yml getstartedlab'), ['docker stack deploy', 'docker stack deploy -c']);
  assert.deepEqual(dockerCommands('sudo docker swarm init --advertise-addr=192.0.2.10'), ['docker swarm init', 'docker swarm init --advertise-addr']);
  assert.deepEqual(dockerCommands('PS C:\\app> docker build -t friendlyhello .'), ['docker build', 'docker build -t']);
  assert.deepEqual(dockerCommands('$ curl http://localhost:4000'), []);
  assert.deepEqual(dockerCommands('docker'), []);
});

test('sections collect what they run, name in running text, show as files and define as Compose services', () => {
  const body = [
    'Intro names `docker login` and runs nothing.',
    '',
    '## Build the app',
    fence('console', ['$ docker build -t friendlyhello .', 'Successfully built docker push']),
    '- A list names `docker push`: a recap, not where it is taught.',
    '  An indented line names `docker tag` too.',
    '### The file',
    fence('yaml', ['services:', '  web:', '    image: x', '    ports:', '      - "80:80"', '  redis:', '    image: redis', 'networks:', '  webnet:'], 'title="docker-compose.yml"'),
    fence('bash', ['docker stack rm app']),
  ].join('\n');
  const found = sectionCommands(body, ['build-the-app', 'the-file']);
  assert.deepEqual([...found.run], [
    ['build-the-app', ['docker build', 'docker build -t']],
    ['the-file', ['file docker-compose.yml', 'service web', 'service redis', 'docker stack rm']],
  ]);
  assert.deepEqual([...found.named], [['', ['docker login']]]);
});

test('a command is taught where reading order first runs it, else where it is first named', () => {
  const pages = [
    { id: 'one', body: `## Start\n\nLater you will use \`docker build\` and \`docker login\`.\n`, headingIds: ['start'] },
    { id: 'two', body: `## Build the app\n\n${fence('console', ['$ docker build .'])}\n\n## Log in\n\nRun \`docker login\`.\n`, headingIds: ['build-the-app', 'log-in'] },
    { id: 'six', body: `## Ship\n\n${fence('console', ['$ docker build -t x .', '$ docker push x'])}\n`, headingIds: ['ship'] },
  ];
  const taught = teachingSections(pages);
  assert.equal(formatTeaching(taught.get('one')), 'start=docker login');
  assert.equal(formatTeaching(taught.get('two')), 'build-the-app=docker build');
  assert.equal(formatTeaching(taught.get('six')), 'ship=docker build -t,docker push');
  assert.deepEqual([...parseTeaching('ship=docker build -t,docker push;=docker login')], [['ship', ['docker build -t', 'docker push']], ['', ['docker login']]]);
  assert.deepEqual([...parseTeaching(undefined)], []);
  assert.equal(formatTeaching(undefined), null);
  assert.equal(teachingSearchAttributes(null), null);
  assert.deepEqual(teachingSearchAttributes('ship=docker push'), { 'data-pagefind-meta': 'teaches:ship=docker push' });
});

test('a query names a command by all its words, their forms and options; not by a prefix', () => {
  const names = (taught: string, query: string) => namesCommand(taught, parseQuery(query).terms);
  assert.ok(names('docker build', 'docker build'));
  assert.ok(names('docker build', 'build image'));
  assert.ok(!names('docker buildx build', 'docker build'));
  assert.ok(names('docker stack deploy', 'deploy stack'));
  assert.ok(!names('docker stack deploy', 'docker stack'));
  assert.ok(names('docker push', 'pushed image'));
  assert.ok(names('docker image ls', 'images ls'));
  assert.ok(names('docker run -p', 'docker run -p'));
  assert.ok(!names('docker run -p', 'docker run'));
  assert.ok(names('service visualizer', 'visualizer'));
  assert.ok(names('file docker-compose.yml', 'compose file'));
  assert.ok(names('file docker-compose.yml', 'docker-compose.yml'));
  assert.ok(!names('file app.py', 'run the app'));
  assert.ok(names('file Dockerfile', 'dockerfile'));
  assert.ok(!names('docker', 'docker'));
});

/** Results captured from the real Pagefind 1.6 index of content/ with the teaching metadata. */
function captured(name: string): { query: string; pages: PageResult[] } {
  return JSON.parse(readFileSync(join(import.meta.dirname, '../../../fixtures/search-results', `${name}.json`), 'utf8'));
}

test('"docker build" leads to the part that teaches it, ahead of a later part Pagefind ranks higher', () => {
  const { query, pages } = captured('docker-build');
  assert.equal(pages[0]?.meta.title, 'Swarms', 'Pagefind alone puts part 4 first');
  assert.deepEqual(firstShown(rankPages(pages, parseQuery(query))), { page: 'Containers', section: 'Build the app', href: '/get-started/containers/#build-the-app' });
  // Without the metadata, the section that teaches it has nothing over the later one.
  const bare = pages.map((p) => ({ ...p, meta: { ...p.meta, teaches: undefined } }));
  assert.notEqual(firstShown(rankPages(bare, parseQuery(query)))?.section, 'Build the app');
});

test('a query that names the later context in its heading leads there, not to where the tool is taught', () => {
  const { query, pages } = captured('visualizer-production');
  const ranked = rankPages(pages, parseQuery(query));
  assert.deepEqual(firstShown(ranked), { page: 'Deploy your app', section: 'Keep the visualizer out of production', href: '/get-started/deploy/#keep-the-visualizer-out-of-production' });
  assert.deepEqual(firstShown(rankPages(pages, parseQuery('visualizer'))), { page: 'Stacks', section: 'Add a new service and redeploy', href: '/get-started/stacks/#add-a-new-service-and-redeploy' });
});
