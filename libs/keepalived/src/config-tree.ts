import type { SpecIssueCode } from '@lvs/domain';
/**
 * keepalived.conf as a tree of statements, read the way keepalived 2.2's own reader does
 * (lib/parser.c: decomment(), read_line(), alloc_strvec()):
 * - `#` and `!` start a comment anywhere outside double quotes; `\#` and `\!` are literal;
 * - a double-quoted string is one word (quotes removed), whitespace kept;
 * - `{` and `}` outside quotes split the line: `a { b }` is `a`, `{`, `b`, `}`;
 * - a keyword's block may open on the next line;
 * - `include FILE` (and includer/includem/includew/includeb/includea) splices in another file.
 * Lines are never dropped silently: anything odd becomes a warning with its line number.
 */

/**
 * Stable codes of import warnings (docs/problems.md "Import warning codes"); a cluster-rule finding
 * of an import carries its spec issue code instead.
 */
export const IMPORT_WARNING_CODES = [
  'import.syntax',
  'import.kept_verbatim',
  'import.not_imported',
  'import.clamped',
  'import.deprecated',
  'import.keepalived_default',
  'import.merged',
] as const;
export type ImportWarningCode = (typeof IMPORT_WARNING_CODES)[number];

export interface ConfigWarning {
  /** What kind of warning: an ImportWarningCode, or a spec issue code for a cluster-rule finding. */
  code: ImportWarningCode | SpecIssueCode;
  /** 1-based line in `file` (the main text when `file` is absent); 0 when the warning has no single line. */
  line: number;
  message: string;
  /** The include path as written, for lines that came from an included file. */
  file?: string;
  /** Informational: the line is kept verbatim (rendered back as written), nothing is lost. */
  verbatim?: true;
}

export interface Statement {
  /** The keyword: the first word of the line. */
  key: string;
  /** The remaining words, quotes removed. */
  args: string[];
  /** Per argument: whether it was written in double quotes (only present when one was). */
  quoted?: boolean[];
  line: number;
  file?: string;
  /** The `{ ... }` block that follows the keyword, if any. */
  block?: Statement[];
}

export interface ConfigTreeOptions {
  /**
   * Returns the text of an included file (or of all files a glob matches, concatenated), or
   * undefined when it cannot. The path is passed exactly as written, globs included; keepalived
   * resolves relative paths against the including file's directory.
   */
  resolveInclude?: (path: string) => string | undefined;
}

const INCLUDE = new Set(['include', 'includer', 'includem', 'includew', 'includeb', 'includea']);
const MAX_INCLUDE_DEPTH = 16;

const SPACE = 32;
const TAB = 9;
const CR = 13;
const QUOTE = 34;
const HASH = 35;
const BANG = 33;
const BACKSLASH = 92;
const LBRACE = 123;
const RBRACE = 125;

interface Frame {
  list: Statement[];
  opener?: Statement;
}

class TreeBuilder {
  readonly root: Statement[] = [];
  readonly warnings: ConfigWarning[] = [];
  private stack: Frame[] = [{ list: this.root }];
  /** A keyword line without `{` whose block may still open on the next line. */
  private awaitingBlock: Statement | undefined;
  /** A top-level statement not yet handed to `onTopLevel` (its block may still open or be open). */
  private pendingTop: Statement | undefined;

  /**
   * With `onTopLevel`, each top-level statement is handed over as soon as it is complete and not
   * kept: a 150k-line config is then read in small pieces that die young (cheap for the GC).
   */
  constructor(
    private readonly opts: ConfigTreeOptions,
    private readonly onTopLevel?: (st: Statement) => void,
  ) {}

  private add(st: Statement): void {
    if (this.stack.length > 1 || !this.onTopLevel) {
      this.top().list.push(st);
      return;
    }
    if (this.pendingTop) this.onTopLevel(this.pendingTop);
    this.pendingTop = st;
  }

  warn(line: number, message: string, file?: string): void {
    this.warnings.push(file === undefined ? { code: 'import.syntax', line, message } : { code: 'import.syntax', line, message, file });
  }

  private top(): Frame {
    return this.stack[this.stack.length - 1];
  }

  statement(
    key: string,
    keyQuoted: boolean,
    args: string[],
    quotedFlags: boolean[] | undefined,
    line: number,
    file: string | undefined,
    depth: number,
  ): void {
    this.awaitingBlock = undefined;
    if (!keyQuoted && INCLUDE.has(key)) {
      this.include(key, args, line, file, depth);
      return;
    }
    const st: Statement = { key, args, line };
    if (quotedFlags) st.quoted = quotedFlags;
    if (file !== undefined) st.file = file;
    this.add(st);
    this.awaitingBlock = st;
  }

  open(line: number, file: string | undefined): void {
    const st = this.awaitingBlock;
    this.awaitingBlock = undefined;
    if (!st || st.block) {
      this.warn(line, "unexpected '{' without a keyword; its block is read but not imported", file);
      const anon: Statement = { key: '{', args: [], line, block: [] };
      if (file !== undefined) anon.file = file;
      this.add(anon);
      this.stack.push({ list: anon.block!, opener: anon });
      return;
    }
    st.block = [];
    this.stack.push({ list: st.block, opener: st });
  }

  close(line: number, file: string | undefined): void {
    this.awaitingBlock = undefined;
    if (this.stack.length === 1) {
      this.warn(line, "unexpected '}' with no block open; ignored", file);
      return;
    }
    this.stack.pop();
    if (this.stack.length === 1 && this.pendingTop) {
      this.onTopLevel!(this.pendingTop);
      this.pendingTop = undefined;
    }
  }

  finish(): Statement[] {
    while (this.stack.length > 1) {
      const f = this.stack.pop()!;
      this.warn(f.opener!.line, `'${f.opener!.key}' block is never closed (missing '}')`, f.opener!.file);
    }
    if (this.pendingTop) this.onTopLevel!(this.pendingTop);
    this.pendingTop = undefined;
    return this.root;
  }

  private include(keyword: string, args: string[], line: number, file: string | undefined, depth: number): void {
    const path = args[0];
    if (args.length !== 1) {
      this.warn(line, `'${keyword}' needs exactly one file name; line ignored`, file);
      return;
    }
    if (depth >= MAX_INCLUDE_DEPTH) {
      this.warn(line, `include ${path} nested more than ${MAX_INCLUDE_DEPTH} deep (a loop?); not followed`, file);
      return;
    }
    const text = this.opts.resolveInclude?.(path);
    if (text === undefined) {
      this.warn(line, `include ${path} could not be resolved; its contents are not imported`, file);
      return;
    }
    this.feed(text, path, depth + 1);
  }

  /** Tokenises `text` line by line, feeding statements and braces into the tree. */
  feed(text: string, file: string | undefined, depth: number): void {
    const len = text.length;
    let pos = 0;
    let lineNo = 0;
    // The statement being read: its keyword, arguments and which arguments were quoted.
    let key: string | undefined;
    let keyQuoted = false;
    let args: string[] = [];
    let quotedFlags: boolean[] | undefined;
    let cur = '';
    let seg = -1;
    let inWord = false;
    let wasQuoted = false;
    const flush = (at: number) => {
      if (seg >= 0) {
        cur = cur === '' ? text.slice(seg, at) : cur + text.slice(seg, at);
        seg = -1;
      }
      if (!inWord) return;
      if (key === undefined) {
        key = cur;
        keyQuoted = wasQuoted;
      } else {
        if (wasQuoted) {
          quotedFlags ??= args.map(() => false);
          quotedFlags.push(true);
        } else if (quotedFlags) quotedFlags.push(false);
        args.push(cur);
      }
      cur = '';
      inWord = false;
      wasQuoted = false;
    };
    const emit = (at: number) => {
      flush(at);
      if (key === undefined) return;
      this.statement(key, keyQuoted, args, quotedFlags, lineNo, file, depth);
      key = undefined;
      args = [];
      quotedFlags = undefined;
    };
    while (pos <= len) {
      let end = text.indexOf('\n', pos);
      if (end === -1) end = len;
      lineNo++;
      let i = pos + countLeadingSpace(text, pos, end);
      const first = i < end ? text.charCodeAt(i) : -1;
      // keepalived's conditional lines (@id), definitions ($NAME=) and sequences (~SEQ) are
      // expanded per host at load time; an import cannot know the host, so they are reported.
      if (first === 64 /* @ */ || first === 36 /* $ */ || first === 126 /* ~ */) {
        this.warn(
          lineNo,
          `conditional configuration / parameter substitution is not supported; line ignored: ${text.slice(i, Math.min(end, i + 80)).trim()}`,
          file,
        );
        pos = end + 1;
        continue;
      }
      for (; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c === SPACE || c === TAB || c === CR || c === 11 || c === 12) {
          flush(i);
        } else if (c === HASH || c === BANG) {
          break;
        } else if (c === QUOTE) {
          // As keepalived's alloc_strvec: the string runs to the next '"'.
          if (seg >= 0) {
            cur += text.slice(seg, i);
            seg = -1;
          }
          let close = text.indexOf('"', i + 1);
          if (close === -1 || close >= end) {
            this.warn(lineNo, "unterminated quoted string (a missing '\"'); read to the end of the line", file);
            close = end;
          }
          cur += text.slice(i + 1, close);
          inWord = true;
          wasQuoted = true;
          i = close;
        } else if (c === LBRACE) {
          emit(i);
          this.open(lineNo, file);
        } else if (c === RBRACE) {
          emit(i);
          this.close(lineNo, file);
        } else if (c === BACKSLASH && i + 1 < end && (text.charCodeAt(i + 1) === HASH || text.charCodeAt(i + 1) === BANG)) {
          if (seg >= 0) cur += text.slice(seg, i);
          seg = i + 1;
          inWord = true;
          i++;
        } else if (seg < 0) {
          seg = i;
          inWord = true;
        }
      }
      emit(i);
      pos = end + 1;
    }
  }
}

function countLeadingSpace(text: string, i: number, end: number): number {
  let n = 0;
  while (i + n < end) {
    const c = text.charCodeAt(i + n);
    if (c !== SPACE && c !== TAB && c !== CR) break;
    n++;
  }
  return n;
}

/**
 * Like parseConfigTree, but hands each top-level statement (with its whole block) to `onTopLevel`
 * as soon as it is complete instead of keeping the tree. Returns the warnings.
 */
export function forEachTopLevel(text: string, opts: ConfigTreeOptions, onTopLevel: (st: Statement) => void): ConfigWarning[] {
  const b = new TreeBuilder(opts, onTopLevel);
  b.feed(text, undefined, 0);
  b.finish();
  return b.warnings;
}

/** Reads keepalived.conf text into statements; includes are followed through `opts.resolveInclude`. */
export function parseConfigTree(text: string, opts: ConfigTreeOptions = {}): { statements: Statement[]; warnings: ConfigWarning[] } {
  const b = new TreeBuilder(opts);
  b.feed(text, undefined, 0);
  const statements = b.finish();
  return { statements, warnings: b.warnings };
}
