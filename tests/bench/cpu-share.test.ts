import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cpuShares, lambdaVcpus } from '../../bench/cpu-share.ts';

/** Spins for `ms` of wall time and prints the CPU time it got, in milliseconds. */
const spin = (ms: number) =>
  `const end = performance.now() + ${ms}; while (performance.now() < end); const u = process.cpuUsage(); console.log((u.user + u.system) / 1000)`;

const shares = cpuShares();

describe('a CPU share (the bench’s stand-in for a Lambda memory size)', () => {
  it('gives one vCPU at 1,769 MB, as Lambda does', () => {
    expect(lambdaVcpus(1769)).toBe(1);
    expect(lambdaVcpus(3538)).toBe(2);
  });

  it.skipIf(!shares)('holds a busy process to its quota', () => {
    const share = shares!(0.25);
    try {
      const [command, ...args] = share.wrap([process.execPath, '-e', spin(1500)]);
      const cpuMs = Number(execFileSync(command!, args, { encoding: 'utf8' }).trim());
      // A free core would give it ≈ 1,500 ms; the quota allows 25 % of each 100 ms period.
      expect(cpuMs).toBeGreaterThan(100);
      expect(cpuMs).toBeLessThan(0.4 * 1500);
    } finally {
      share.remove();
    }
  });
});
