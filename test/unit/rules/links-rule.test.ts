import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linksRule } from '../../../src/lib/rules/links.ts';
import { page, problems } from '../../helpers/content-strings.ts';

/** The files the rule may ask about: one beside the content folder, one in public/. */
const onDisk = new Set(['content:../package.json', 'public:favicon.svg']);
const linksRuleOnDisk = linksRule((folder, path) => onDisk.has(`${folder}:${path}`));

const services = page('Services', '## About services\n\n## Scale the service\n');
const check = (body: string, extra: Record<string, string> = {}) =>
  problems(linksRuleOnDisk, { 'get-started/services.mdx': services, 'get-started/containers.mdx': page('Containers', body), ...extra });

test('good links pass: relative files, folders, anchors, site URLs, public files, external', () => {
  const body = [
    '## Intro',
    '[a](services.mdx) [b](./services.mdx#about-services) [c](../get-started/services.mdx)',
    '[d](./) [e](index.mdx) [f](#intro) [g](/get-started/services/#scale-the-service)',
    '[h](/favicon.svg) [i](https://docs.docker.com/) [j][ref]',
    '',
    '[ref]: ./services.mdx',
  ].join('\n');
  assert.deepEqual(check(body, { 'get-started/index.mdx': page('Get started', '') }), []);
});

test('a TODO target', () => {
  assert.deepEqual(check('See [here](TODO).'), ['content/get-started/containers.mdx:5:5: Placeholder target `TODO` in link "here" [links]']);
});

test('an empty target', () => {
  assert.deepEqual(check('See [here]().'), ['content/get-started/containers.mdx:5:5: Empty target in link "here" [links]']);
});

test('a missing page, with the closest page as suggestion', () => {
  assert.deepEqual(check('See [the services](./servces.mdx).'), [
    'content/get-started/containers.mdx:5:5: Cannot find page `./servces.mdx` for link "the services"; did you mean `./services.mdx`? [links]',
  ]);
  assert.deepEqual(
    problems(linksRuleOnDisk, { 'services.mdx': services, 'get-started/deep/page.mdx': page('Deep', '[s](../../servces.mdx)') }),
    ['content/get-started/deep/page.mdx:5:1: Cannot find page `../../servces.mdx` for link "s"; did you mean `../../services.mdx`? [links]'],
  );
  assert.deepEqual(problems(linksRuleOnDisk, { 'get-started/services.mdx': services, 'index.mdx': page('Home', '[s](./services.mdx)') }), [
    'content/index.mdx:5:1: Cannot find page `./services.mdx` for link "s"; did you mean `./get-started/services.mdx`? [links]',
  ]);
  assert.deepEqual(check('[x](./nothing-like-it.mdx)'), [
    'content/get-started/containers.mdx:5:1: Cannot find page `./nothing-like-it.mdx` for link "x" [links]',
  ]);
});

test('a missing anchor on this page and on another page', () => {
  assert.deepEqual(check('## Run the app\n\n[run](#run-te-app) [scale](./services.mdx#scale-the-servce)'), [
    'content/get-started/containers.mdx:7:1: Cannot find heading `#run-te-app` on this page for link "run"; did you mean `#run-the-app`? [links]',
    'content/get-started/containers.mdx:7:20: Cannot find heading `#scale-the-servce` on page `./services.mdx` for link "scale"; did you mean `#scale-the-service`? [links]',
  ]);
});

test('a site-absolute URL no page has', () => {
  assert.deepEqual(check('[s](/get-started/servces/)'), [
    'content/get-started/containers.mdx:5:1: No page or public file has the URL `/get-started/servces/` (link "s"); did you mean `/get-started/services/`? [links]',
  ]);
});

test('javascript:, data: and vbscript: targets', () => {
  assert.deepEqual(check('[a](javascript:alert(1)) [b](DATA:text/html,x) ![c](vbscript:x)'), [
    'content/get-started/containers.mdx:5:1: Unsafe `javascript:` URL in link "a" [links]',
    'content/get-started/containers.mdx:5:26: Unsafe `data:` URL in link "b" [links]',
    'content/get-started/containers.mdx:5:48: Unsafe `vbscript:` URL in image "c" [links]',
  ]);
});

test('a missing image file, and a link to a file that is not a page', () => {
  assert.deepEqual(check('![A diagram](./diagram.png) [the file](../../package.json)'), [
    'content/get-started/containers.mdx:5:1: Cannot find file `./diagram.png` for image "A diagram" [links]',
    'content/get-started/containers.mdx:5:29: Link "the file" points at `../../package.json`, which is not a page [links]',
  ]);
});

test('a broken link definition', () => {
  assert.deepEqual(check('[x][r]\n\n[r]: TODO'), ['content/get-started/containers.mdx:7:1: Placeholder target `TODO` in link definition "[r]" [links]']);
});
