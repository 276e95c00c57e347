import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRequirementLine } from '../../helpers/tutorial/requirement-line.ts';

test('accepts names, extras, specifiers, URLs, markers, comments and options', () => {
  for (const line of ['Flask', 'Redis', 'requests[socks]==2.32.3', 'redis>=5,<6', 'zope.interface ~= 6.0',
    'pip @ https://example.com/pip.whl', 'flask; python_version >= "3.8"', '  # comment', '', '-r base.txt']) {
    assert.notEqual(checkRequirementLine(line).kind, 'invalid', line);
  }
  assert.deepEqual(checkRequirementLine('Zope_Interface  # note'), { kind: 'requirement', name: 'zope-interface' });
});

test('rejects what pip would not read as a requirement', () => {
  for (const line of ['Flask Redis', 'flask=2.0', 'flask>=', 'pip install flask']) {
    assert.equal(checkRequirementLine(line).kind, 'invalid', line);
  }
});
