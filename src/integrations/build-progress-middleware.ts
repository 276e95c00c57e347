import type { MiddlewareHandler } from 'astro';
import { Slot, Stage, countProgress, enterStage, progressCounters } from '../lib/progress-reporter.ts';

/** Counts each page Astro prerenders, for the build's progress line. */
export const onRequest: MiddlewareHandler = async (_context, next) => {
  const counts = progressCounters();
  if (counts && counts[Slot.stage] !== Stage.rendering) enterStage(Stage.rendering);
  const response = await next();
  countProgress(Slot.rendered);
  return response;
};
