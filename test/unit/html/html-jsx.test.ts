import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Fragment, Html, jsx } from '../../../src/lib/html/html-jsx.ts';
import { asideHtml } from '../../../src/lib/components/aside-html.ts';

test('elements escape their text and attributes, and void elements have no end tag', () => {
  const out = jsx('p', { class: 'a"b', children: ['x < y & ', jsx('br', {}), 'z'] });
  assert.equal(out.value, '<p class="a&quot;b">x &lt; y &amp; <br>z</p>');
});

test('true attributes are bare, false and null ones are left out, style objects become text', () => {
  const out = jsx('button', { hidden: true, disabled: false, title: null, style: { color: 'red', 'font-weight': 700 } });
  assert.equal(out.value, '<button hidden style="color:red;font-weight:700"></button>');
});

test('fragments join their children, ready HTML is not escaped again, components get their props', () => {
  const Shout = (props: Record<string, unknown>) => new Html(`<b>${String(props.word).toUpperCase()}</b>`);
  const out = jsx(Fragment, { children: [new Html('<i>ok</i>'), jsx(Shout, { word: 'hi' }), false, null, 3] });
  assert.equal(out.value, '<i>ok</i><b>HI</b>3');
});

test('an aside names its kind for screen readers and escapes its title', () => {
  const out = asideHtml({ type: 'caution', title: 'Save <both> files', children: new Html('<p>Body</p>') });
  assert.equal(
    out.value,
    '<div class="aside aside-caution" role="note" aria-label="Caution: Save &lt;both> files"><p class="aside-title">Save &lt;both&gt; files</p><div class="aside-body"><p>Body</p></div></div>',
  );
  assert.match(asideHtml({ type: 'bogus' }).value, /class="aside aside-note".*>Note<\/p>/);
});
