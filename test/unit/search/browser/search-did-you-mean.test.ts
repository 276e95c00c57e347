import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkQuery, VocabularyIndex } from '../../../../src/lib/search/browser/did-you-mean.ts';
import { buildVocabulary, indexedText } from '../../../../src/lib/search/build/vocabulary.ts';

const page = `<!doctype html><html><body><header data-pagefind-ignore>Navigation Chrome</header>
<article data-pagefind-body data-pagefind-meta="title:Containers"><h1>Containers</h1>
<p>Write a Dockerfile &amp; build it. The Dockerfile names the image; a dockerfile is plain text.</p>
<figure><figcaption class="code-label" data-pagefind-ignore>Terminal session</figcaption>
<pre><code>$ docker stack rm getstartedlab -c docker-compose.yml</code></pre><div data-pagefind-ignore><button>Copy</button></div></figure>
<script>const hidden = 1;</script><p>Port 4000 maps to 80.</p></article><footer>Footer words</footer></body></html>`;

test('the indexed text is the article without the parts search ignores', () => {
  const text = indexedText(page).replace(/\s+/g, ' ');
  assert.match(text, /Write a Dockerfile & build it\./);
  assert.match(text, /docker stack rm getstartedlab/);
  for (const left of ['Navigation', 'Terminal', 'session', 'Copy', 'hidden', 'Footer']) assert.ok(!text.includes(left), `${left} is not indexed`);
  assert.equal(indexedText('<html><body><article><p>Not indexed</p></article></body></html>').trim(), '');
});

test('the vocabulary keeps each word once, in the spelling the site uses most, most frequent first', () => {
  const words = buildVocabulary([indexedText(page), 'docker docker compose']);
  assert.equal(words[0], 'docker');
  assert.ok(words.includes('Dockerfile') && !words.includes('dockerfile'));
  assert.ok(words.includes('getstartedlab'));
  assert.ok(words.includes('docker-compose.yml') && words.includes('compose') && words.includes('yml'), 'compound words and their parts');
  assert.ok(!words.includes('4000') && !words.includes('rm') && !words.includes('a'), 'numbers and words under three letters are left out');
});

const vocabulary = new VocabularyIndex({ words: ['docker', 'the', 'Dockerfile', 'stack', 'swarm', 'container', 'visualizer'] });

test('a misspelt word gets the closest word of the site, in its spelling', () => {
  assert.deepEqual(checkQuery('dockerfle', vocabulary), { unknown: ['dockerfle'], suggestion: 'Dockerfile' });
  assert.deepEqual(checkQuery('docker stakc rm', vocabulary), { unknown: ['stakc'], suggestion: 'docker stack rm' });
  assert.deepEqual(checkQuery('"visualiser"', vocabulary), { unknown: ['visualiser'], suggestion: '"visualizer"' });
});

test('known words, words being typed, numbers and short words are left alone', () => {
  assert.deepEqual(checkQuery('docker swarm', vocabulary), { unknown: [] });
  assert.deepEqual(checkQuery('contai', vocabulary), { unknown: [] }, 'the start of a known word');
  assert.deepEqual(checkQuery('containers swarming', vocabulary), { unknown: [] }, 'other forms of known words');
  assert.deepEqual(checkQuery('port 4000 rm', vocabulary), { unknown: ['port'] });
  assert.deepEqual(checkQuery('qqqzzzx', vocabulary), { unknown: ['qqqzzzx'] }, 'nothing close: no suggestion');
  assert.deepEqual(checkQuery('dockerfle', new VocabularyIndex({ words: [] })), { unknown: [] }, 'no vocabulary, no judgement');
});
