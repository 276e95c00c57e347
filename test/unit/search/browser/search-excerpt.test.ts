import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeEntities, excerptRuns } from '../../../../src/lib/search/browser/excerpt.ts';

test('marks become marked runs, the rest plain text', () => {
  assert.deepEqual(excerptRuns('Join the <mark>swarm</mark> now.'), [
    { text: 'Join the ', mark: false },
    { text: 'swarm', mark: true },
    { text: ' now.', mark: false },
  ]);
});

test('any other markup is dropped, never passed on', () => {
  const runs = excerptRuns('a <img src=x onerror=alert(1)><b>bold</b> <mark>hit</mark><script>x</script>');
  assert.deepEqual(runs, [
    { text: 'a bold ', mark: false },
    { text: 'hit', mark: true },
    { text: 'x', mark: false },
  ]);
});

test('escaped characters from code come back as text', () => {
  assert.equal(decodeEntities('FROM &lt;image&gt; &amp;&amp; echo &quot;hi&quot; &#39;x&#x27; &bogus;'), 'FROM <image> && echo "hi" \'x\' &bogus;');
  assert.deepEqual(excerptRuns('&lt;mark&gt;not a tag'), [{ text: '<mark>not a tag', mark: false }]);
});
