import { test } from 'node:test';
import assert from 'node:assert/strict';
import { offlineStatusText } from '../../../src/lib/offline/offline-status.ts';

test('a precached site, or the whole site saved, is ready as a whole', () => {
  assert.equal(offlineStatusText({ all: true, saved: [], pageStored: true }), 'Ready offline: this whole site works without a network.');
  assert.equal(offlineStatusText({ all: false, saved: [{ id: '*', title: 'Everything' }], pageStored: false }), 'Ready offline: this whole site works without a network.');
});

test('saved sections are named by title, with the pages read when this one is stored', () => {
  assert.equal(offlineStatusText({ all: false, saved: [{ id: 'get-started', title: 'Get Started' }], pageStored: false }), 'Ready offline: Get Started.');
  assert.equal(
    offlineStatusText({ all: false, saved: [{ id: 'a', title: 'Alpha' }, { id: 'b', title: 'Beta' }, { id: 'c', title: 'Gamma' }], pageStored: true }),
    'Ready offline: Alpha, Beta and Gamma, and the pages you have read.',
  );
});

test('nothing is promised before anything is stored', () => {
  assert.equal(offlineStatusText({ all: false, saved: [], pageStored: false }), null);
  assert.equal(offlineStatusText({ all: false, saved: [], pageStored: true }), 'Ready offline: this page, and the pages you read next.');
});
