import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tabsRule } from '../../../src/lib/rules/tabs.ts';
import { contentSafetyRule } from '../../../src/lib/rules/content-safety.ts';
import { contentSet, page, problems } from '../../helpers/content-strings.ts';

const one = (body: string) => ({ 'a.mdx': page('A', body) });

const good = `<Tabs syncKey="os">
<Tab value="unix" label="macOS and Linux">

\`\`\`console
$ curl http://localhost:4000
\`\`\`

</Tab>
<Tab value="windows" label="Windows (PowerShell)">

\`\`\`console
PS> Invoke-WebRequest http://localhost:4000 | Select-Object -ExpandProperty Content
\`\`\`

</Tab>
</Tabs>
`;

test('the tab group authors write passes both the tabs and the safety rule', () => {
  assert.deepEqual(problems(tabsRule, one(good)), []);
  assert.deepEqual(problems(contentSafetyRule, one(good)), []);
  assert.deepEqual(problems(tabsRule, one(good.replace(' syncKey="os"', ''))), [], 'syncKey is optional');
});

test('an unknown attribute on Tabs or Tab is reported with what they take', () => {
  const [diagnostic] = contentSafetyRule(contentSet(one('<Tabs sync="os">\n<Tab value="a" label="A" icon="x">\nx\n</Tab>\n</Tabs>\n')));
  assert.equal(diagnostic?.message, 'Unknown attribute `sync` on `<Tabs>`');
  assert.equal(diagnostic?.hint, '`<Tabs>` takes `syncKey`.');
  assert.deepEqual(problems(contentSafetyRule, one('<Tabs>\n<Tab value="a" label="A" icon="x">\nx\n</Tab>\n</Tabs>\n')), [
    'content/a.mdx:6:1: Unknown attribute `icon` on `<Tab>` [content-safety]',
  ]);
});

test('a tab without label or value, or with a value that is not a slug, at its line and column', () => {
  const body = '<Tabs>\n<Tab value="unix">\nx\n</Tab>\n  <Tab label="Windows">\ny\n</Tab>\n<Tab value="Win 11" label="W">\nz\n</Tab>\n</Tabs>\n';
  assert.deepEqual(problems(tabsRule, one(body)), [
    'content/a.mdx:6:1: `<Tab>` has no `label` [tabs]',
    'content/a.mdx:9:3: `<Tab>` has no `value` [tabs]',
    'content/a.mdx:12:1: `value="Win 11"` is not a short name of lower-case letters, digits and `-` [tabs]',
  ]);
  const [missing] = tabsRule(contentSet(one(body)));
  assert.match(missing?.hint ?? '', /label="Windows \(PowerShell\)"/);
});

test('two tabs with one value in a group; the same value in two groups is fine', () => {
  const group = '<Tabs>\n<Tab value="a" label="A">\nx\n</Tab>\n<Tab value="a" label="B">\ny\n</Tab>\n</Tabs>\n';
  assert.deepEqual(problems(tabsRule, one(group)), ['content/a.mdx:9:1: Two tabs in one `<Tabs>` have `value="a"` [tabs]']);
  const twoGroups = '<Tabs>\n<Tab value="a" label="A">\nx\n</Tab>\n</Tabs>\n\n<Tabs>\n<Tab value="a" label="A">\ny\n</Tab>\n</Tabs>\n';
  assert.deepEqual(problems(tabsRule, one(twoGroups)), []);
});

test('a Tab outside Tabs, a Tabs without Tab, and other content directly in Tabs', () => {
  const body = '<Tab value="a" label="A">\nx\n</Tab>\n\n<Tabs>\n</Tabs>\n\n<Tabs>\nLoose text.\n<Tab value="b" label="B">\ny\n</Tab>\n</Tabs>\n\nSee <Tabs><Tab value="c" label="C">z</Tab></Tabs>\n';
  assert.deepEqual(problems(tabsRule, one(body)), [
    'content/a.mdx:5:1: `<Tab>` is outside a `<Tabs>` [tabs]',
    'content/a.mdx:9:1: `<Tabs>` has no `<Tab>` inside [tabs]',
    'content/a.mdx:13:1: Only `<Tab>` elements go directly inside `<Tabs>` [tabs]',
    'content/a.mdx:19:5: `<Tabs>` is inside a line of text [tabs]',
  ]);
});

test('a syncKey must be a short name too', () => {
  assert.deepEqual(problems(tabsRule, one(good.replace('syncKey="os"', 'syncKey="My OS"'))), [
    'content/a.mdx:5:1: `syncKey="My OS"` is not a short name of lower-case letters, digits and `-` [tabs]',
  ]);
});
