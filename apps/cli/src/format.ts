/** How a command prints data (-o). */
export type Format = 'table' | 'json' | 'yaml';
