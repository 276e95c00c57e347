import type { MdastPluginEntry } from 'satteri';
import { Slot } from '../lib/progress-reporter.ts';
import { countProgress } from '../integrations/build-progress-counters.ts';

/**
 * Counts each page Sätteri starts to compile, for the build's progress line. A plugin factory
 * runs once per document; returning null leaves it out, so no node is ever visited.
 */
export function mdastCountPages(): MdastPluginEntry {
  return () => {
    countProgress(Slot.parsed);
    return null;
  };
}
