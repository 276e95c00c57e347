import type { MiddlewareHandler } from 'astro';
import { sharedBuildProgress } from '../lib/progress-reporter.ts';

let rendering = false;

/** Counts each page Astro prerenders, for the build's progress line. */
export const onRequest: MiddlewareHandler = async (_context, next) => {
  const progress = sharedBuildProgress();
  if (progress && !rendering) {
    rendering = true;
    progress.stage('rendering');
  }
  const response = await next();
  progress?.tick('rendering');
  return response;
};
