/**
 * Runs a command with a share of the CPU, as Lambda gives a function one in proportion to its
 * memory (one vCPU at 1,769 MB): a cgroup's CFS quota, the mechanism Lambda's own sandboxes
 * use. Needs a writable cgroup CPU controller (v2 `cpu.max`, or v1 `cpu.cfs_quota_us`), which
 * a root shell on a Linux machine has; elsewhere `cpuShares()` answers undefined.
 */
import { accessSync, constants, existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Lambda's CPU share for a memory size, in vCPUs. */
export const lambdaVcpus = (memoryMb: number): number => memoryMb / 1769;

const period = 100_000;

type Controller = { readonly parent: string; limit(dir: string, vcpus: number): void };

function controller(): Controller | undefined {
  const v2 = '/sys/fs/cgroup';
  const writable = (dir: string) => {
    try {
      accessSync(dir, constants.W_OK);
      return true;
    } catch {
      return false;
    }
  };
  if (existsSync(join(v2, 'cgroup.subtree_control')) && readFileSync(join(v2, 'cgroup.subtree_control'), 'utf8').split(/\s+/).includes('cpu') && writable(v2)) {
    return { parent: v2, limit: (dir, vcpus) => writeFileSync(join(dir, 'cpu.max'), `${Math.round(vcpus * period)} ${period}`) };
  }
  const v1 = '/sys/fs/cgroup/cpu';
  if (existsSync(join(v1, 'cpu.cfs_quota_us')) && writable(v1)) {
    return {
      parent: v1,
      limit: (dir, vcpus) => {
        writeFileSync(join(dir, 'cpu.cfs_period_us'), String(period));
        writeFileSync(join(dir, 'cpu.cfs_quota_us'), String(Math.round(vcpus * period)));
      },
    };
  }
  return undefined;
}

export type CpuShare = {
  /** The command line that runs `command` inside the share (a shell joins the cgroup, then execs it). */
  wrap(command: readonly string[]): string[];
  remove(): void;
};

/** A cgroup per share, or undefined where none can be made. */
export function cpuShares(): ((vcpus: number) => CpuShare) | undefined {
  const found = controller();
  if (!found) return undefined;
  return (vcpus) => {
    const dir = join(found.parent, `nianbao-bench-${process.pid}-${Math.round(vcpus * 1000)}`);
    mkdirSync(dir, { recursive: true });
    found.limit(dir, vcpus);
    return {
      wrap: (command) => ['/bin/sh', '-c', 'echo $$ > "$0/cgroup.procs" && exec "$@"', dir, ...command],
      remove: () => rmdirSync(dir),
    };
  };
}
