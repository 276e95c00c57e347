import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { newestChromium, systemFirefox } from '../../../scripts/browser-builds.ts';

test('a browser that is not there is listed with the line that installs it', () => {
  const chromium = newestChromium('/nonexistent/chromium');
  assert.equal(chromium.path, undefined);
  assert.match(chromium.install, /apt-get install -y chromium/);
  assert.match(chromium.label, /CHROMIUM_PATH=\/nonexistent\/chromium/);
  const firefox = systemFirefox('/nonexistent/firefox');
  assert.equal(firefox.path, undefined);
  assert.match(firefox.install, /apt-get install -y firefox-esr/);
});

test('an installed browser is named with the version it prints', { skip: !existsSync('/usr/bin/firefox-esr') && 'no /usr/bin/firefox-esr here' }, () => {
  const firefox = systemFirefox('/usr/bin/firefox-esr');
  assert.equal(firefox.path, '/usr/bin/firefox-esr');
  assert.match(firefox.version ?? '', /^\d+\.\d+/);
  assert.equal(firefox.label, `Firefox ${firefox.version} (/usr/bin/firefox-esr)`);
});
