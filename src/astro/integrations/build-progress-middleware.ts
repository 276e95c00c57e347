import type { MiddlewareHandler } from 'astro';
import { Slot, Stage } from '../../lib/build-progress/progress-reporter.ts';
import { countProgress, enterStage, progressCounters } from './build-progress-counters.ts';

/** Counts each page Astro prerenders, for the build's progress line. */
export const onRequest: MiddlewareHandler = async (_context, next) => {
  const counts = progressCounters();
  if (counts && counts[Slot.stage] !== Stage.rendering) enterStage(Stage.rendering);
  const response = await next();
  countProgress(Slot.rendered);
  return response;
};
