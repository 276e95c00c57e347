import { spawn } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { samplePeakMemory } from './process-memory.ts';

/** Wall time, peak memory of the process tree, and how the command ended. */
export interface TimedRun {
  seconds: number;
  peakBytes: number;
  status: number;
}

/**
 * Runs a command, sampling the memory of it and its descendants every 100 ms. Output goes to
 * `logFile`; lines matching `echo` are also shown live (the build's progress).
 */
export function runTimed(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string; echo?: RegExp }): Promise<TimedRun> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    if (child.pid === undefined) {
      reject(new Error(`could not start ${command}`));
      return;
    }
    const sampler = samplePeakMemory(child.pid);
    const onData = (chunk: Buffer) => {
      appendFileSync(options.logFile, chunk);
      if (!options.echo) return;
      for (const line of chunk.toString('utf8').split('\n')) if (options.echo.test(line)) console.log(`    ${line.trim()}`);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ seconds: (performance.now() - start) / 1000, peakBytes: sampler.stop(), status: code ?? 1 });
    });
  });
}
