import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseTab, tabIndexAfterKey, tabStorageKey } from '../../../src/lib/components/tab-choice.ts';

test('a tab group shows the URL choice, else the saved one, else its first; unknown values are ignored', () => {
  const values = ['unix', 'windows'];
  assert.equal(chooseTab(values, 'windows', 'unix'), 'windows');
  assert.equal(chooseTab(values, 'beos', 'windows'), 'windows');
  assert.equal(chooseTab(values, null, 'beos'), 'unix');
  assert.equal(chooseTab(values, null, null), 'unix');
  assert.equal(tabStorageKey('os'), 'docs-tabs:os');
});

test('arrow keys wrap, Home and End go to the ends, other keys do nothing', () => {
  assert.equal(tabIndexAfterKey('ArrowRight', 1, 2), 0);
  assert.equal(tabIndexAfterKey('ArrowLeft', 0, 3), 2);
  assert.equal(tabIndexAfterKey('Home', 2, 3), 0);
  assert.equal(tabIndexAfterKey('End', 0, 3), 2);
  assert.equal(tabIndexAfterKey('Enter', 0, 3), null);
});
