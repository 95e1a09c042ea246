import type { CliIo } from './io';

/**
 * `LVSCTL_DEBUG=http` (a comma list; `all` for every topic) prints one line per HTTP request and per
 * /live step to stderr, stamped with the milliseconds since the process started, so a slow command
 * can be broken down into round trips. Never the token or a body: the method, path, status, time.
 */
export type DebugTopic = 'http' | 'live' | 'time';

export function debugOn(io: CliIo, topic: DebugTopic): boolean {
  const v = io.env.LVSCTL_DEBUG;
  if (!v) return false;
  const topics = v.split(',').map((t) => t.trim());
  return topics.includes(topic) || topics.includes('all') || (topic === 'live' && topics.includes('http'));
}

/**
 * A line for `topic` when it is on: the wall time since the process started (performance.now()
 * counts from there) and the CPU time the process has used so far (user + system), which a busy
 * machine does not inflate as it does the wall time.
 */
export function debugLog(io: CliIo, topic: DebugTopic, message: string): void {
  if (!debugOn(io, topic)) return;
  const cpu = process.cpuUsage();
  io.err(`lvsctl ${topic} +${performance.now().toFixed(0)}ms cpu ${((cpu.user + cpu.system) / 1000).toFixed(0)}ms ${message}\n`);
}
