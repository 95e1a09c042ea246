import { z } from 'zod';

const executable = z
  .string()
  .max(255, 'must be at most 255 characters')
  .regex(/^\/[A-Za-z0-9_.@+-]+(\/[A-Za-z0-9_.@+-]+)*$/, 'must be an absolute path of letters, digits and _ . @ + - (no trailing slash)')
  .refine((p) => !p.split('/').some((s) => s === '.' || s === '..'), 'must be a normalised path (no "." or ".." segments)')
  .meta({ examples: ['/usr/local/bin/notify.sh'] });

export const ScriptAllowlistSchema = z
  .strictObject({
    executables: z
      .array(executable)
      .max(256, 'must list at most 256 executables')
      .refine((a) => new Set(a).size === a.length, 'must not list an executable twice')
      .meta({
        description:
          'Absolute paths of the executables scripts may run (the first word of notify_*, misc_path, quorum_up/down, …). Empty: any executable (scripts stay admin-only either way). When not empty, a write that adds or changes a script naming another executable is refused with 422.',
      }),
  })
  .meta({ id: 'ScriptAllowlist' });
export type ScriptAllowlistDto = z.output<typeof ScriptAllowlistSchema>;
