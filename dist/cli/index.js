#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(119);
/** The `claude-session-report` command: see main.ts. */

const [major] = process.versions.node.split('.').map(Number);
if (major === undefined || major < 24) {
    process.stderr.write(`claude-session-report needs Node.js 24 or later; this is ${process.version}.\n`);
    process.exitCode = 1;
}
else {
    process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .iW)(process.argv.slice(2), {
        cwd: process.cwd(),
        out: (text) => process.stdout.write(text),
        err: (text) => process.stderr.write(text),
        // Only a command that waits to be stopped (serve) takes Ctrl-C over; the others die of it.
        get signal() {
            const stop = new AbortController();
            process.once('SIGINT', () => stop.abort());
            process.once('SIGTERM', () => stop.abort());
            return stop.signal;
        },
        // Only a command that reads standard input opens it.
        get stdin() {
            return process.stdin;
        },
        stdout: process.stdout,
        env: process.env,
    });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 119:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iW: () => (/* binding */ main)
});

// UNUSED EXPORTS: COMMANDS, PROGRAM, programHelp

// EXTERNAL MODULE: ./src/log-text.ts
var log_text = __nccwpck_require__(529);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/cli/command.ts

/** Exit codes: done, failed, called wrongly. */
const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;
/** Arguments a command cannot use: reported with a pointer to `--help`, exit code 2. */
class UsageError extends Error {
}
/**
 * `node:util`'s `parseArgs`, strict, with positionals allowed, its errors turned into usage errors.
 */
function parseCommandArgs(args, options) {
    try {
        return (0,external_node_util_namespaceObject.parseArgs)({ args: [...args], options, allowPositionals: true, strict: true });
    }
    catch (error) {
        throw new UsageError(error instanceof Error ? error.message : String(error));
    }
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(455);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(598);
;// CONCATENATED MODULE: external "node:events"
const external_node_events_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");
;// CONCATENATED MODULE: ./src/atomic-file.ts




/**
 * Writes a file whole or not at all: `fill` writes to a new temporary file beside it (and ends
 * the stream, as `pipeline` does), which is flushed to disk, given `mode` and renamed over `file`
 * when `fill` resolves to true; removed when it resolves to false or fails. A reader never sees
 * half a file, an interrupted write leaves the old file as it was, and a symbolic link at `file`
 * is replaced, never written through. Resolves to whether the file was replaced.
 */
async function replaceFile(file, mode, fill) {
    // A hidden name that no log pattern matches: `.name.jsonl.<random>.tmp`.
    const temporary = external_node_path_default().join(external_node_path_default().dirname(file), `.${external_node_path_default().basename(file)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    // `wx` creates a new file and never opens one that is there, a link least of all.
    const handle = await (0,promises_.open)(temporary, 'wx', mode & 0o777);
    // Closed when it ends, after its data is flushed to disk.
    const out = handle.createWriteStream({ flush: true });
    let replaced = false;
    try {
        const keep = await fill(out);
        if (!out.closed) {
            const closed = (0,external_node_events_namespaceObject.once)(out, 'close');
            out.end();
            await closed;
        }
        if (keep) {
            // The mode given to `open` is narrowed by the umask; this one is not.
            await (0,promises_.chmod)(temporary, mode);
            await (0,promises_.rename)(temporary, file);
            replaced = true;
        }
        return replaced;
    }
    finally {
        if (!replaced) {
            out.destroy();
            await handle.close().catch(() => undefined);
            await (0,promises_.rm)(temporary, { force: true });
        }
    }
}

;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
// EXTERNAL MODULE: ./src/invisible.ts
var invisible = __nccwpck_require__(288);
// EXTERNAL MODULE: ./src/redact.ts
var src_redact = __nccwpck_require__(670);
;// CONCATENATED MODULE: ./src/redact-file.ts
/**
 * Redaction of a log file itself, rather than of what is published from it: every JSON string in
 * the file goes through the redactor, and every other byte is copied as it was, so that the file
 * stays valid, a transcript stays one JSON object per line, and the action reads the same numbers
 * from it.
 */



/** Whether the redaction changed anything. */
function changedAnything(tally) {
    return tally.strings + tally.textLinesChanged > 0;
}
function emptyTally() {
    return { strings: 0, keys: 0, textLines: 0, textLinesChanged: 0, lines: 0 };
}
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;
const COLON = 0x3a;
/**
 * Bytes allowed between strings: whitespace, the structural characters, and what numbers are
 * made of. Letters other than a number's exponent must spell `true`, `false` or `null`.
 */
const BETWEEN = new Uint8Array(256);
for (const char of ' \t\r\n{}[]:,0123456789+-.eE')
    BETWEEN[char.charCodeAt(0)] = 1;
const LITERAL_BYTES = new Map(['true', 'false', 'null'].map((word) => [word.charCodeAt(0), Buffer.from(word)]));
/**
 * A stream that redacts each JSON string of the bytes written to it and passes everything else
 * through unchanged, one line at a time.
 *
 * JSON forbids a raw line break inside a string, so in a valid file, pretty-printed or one object
 * per line, every string lies within one line and a line can be handled on its own: memory grows
 * with the longest line, never with the file. Each string is decoded, redacted, and written again
 * (`JSON.stringify`) only when redaction changed more than its invisible characters; otherwise its
 * bytes are copied as they were, escapes and all.
 *
 * A line that is not JSON text (a truncated or hand-edited line, a broken file) may hold a secret
 * anywhere: it is redacted whole as plain text, and left as it was when that finds nothing.
 *
 * Throws (as a stream error) when a line is too long to be held as one string of text.
 */
function redactingStream(redact, tally = emptyTally()) {
    let pending = [];
    let pendingLength = 0;
    const line = (bytes) => {
        tally.lines++;
        return redactLine(bytes, redact, tally);
    };
    return new external_node_stream_namespaceObject.Transform({
        transform(chunk, _encoding, done) {
            try {
                const out = [];
                let from = 0;
                for (;;) {
                    const end = chunk.indexOf(NEWLINE, from);
                    if (end === -1)
                        break;
                    const piece = chunk.subarray(from, end);
                    const whole = pendingLength === 0
                        ? piece
                        : Buffer.concat([...pending, piece], pendingLength + end - from);
                    pending = [];
                    pendingLength = 0;
                    out.push(...line(whole), NEWLINE_BYTES);
                    from = end + 1;
                }
                if (from < chunk.length) {
                    pending.push(chunk.subarray(from));
                    pendingLength += chunk.length - from;
                }
                pushAll(this, out);
                done();
            }
            catch (error) {
                done(error);
            }
        },
        flush(done) {
            try {
                if (pendingLength === 0)
                    return done();
                pushAll(this, line(Buffer.concat(pending, pendingLength)));
                done();
            }
            catch (error) {
                done(error);
            }
        },
    });
}
const NEWLINE_BYTES = Buffer.from('\n');
/**
 * Passes the parts on: joined when small (one write for many short lines), one by one when large,
 * so that a line of a huge string is not copied once more.
 */
function pushAll(stream, parts) {
    let length = 0;
    for (const part of parts)
        length += part.length;
    if (length === 0)
        return;
    if (length <= JOIN_AT_MOST)
        stream.push(Buffer.concat(parts, length));
    else
        for (const part of parts)
            if (part.length > 0)
                stream.push(part);
}
const JOIN_AT_MOST = 1024 * 1024;
/**
 * One line, redacted: its parts in order, or the line itself when nothing changed. Linear in the
 * line's length: each byte is looked at a bounded number of times.
 *
 * A string value whose key names a secret (`"password": "…"`, `"GITHUB_TOKEN": "…"`) is redacted
 * whole, as the `password=…` rule redacts the value after such a name in text; the key is known
 * when it is on the value's line, as every JSON writer puts it.
 */
function redactLine(line, redact, tally) {
    const parts = [];
    let copied = 0;
    let pos = 0;
    let changedStrings = 0;
    let changedKeys = 0;
    let key = null;
    while (pos < line.length) {
        const open = line.indexOf(QUOTE, pos);
        const stop = open === -1 ? line.length : open;
        if (!onlyStructure(line, pos, stop))
            return redactAsText(line, redact, tally);
        if (open === -1)
            break;
        const close = closingQuote(line, open + 1);
        if (close === -1)
            return redactAsText(line, redact, tally);
        const value = decodeString(line, open, close);
        // A control character or a bad escape inside the quotes.
        if (value === null)
            return redactAsText(line, redact, tally);
        const isKey = followedByColon(line, close + 1);
        const secretValue = !isKey && key !== null && value !== '' && precededByColon(line, open) && (0,src_redact/* namesSecret */.L4)(key);
        const shown = secretValue
            ? value === src_redact/* REDACTED */.XF
                ? null
                : src_redact/* REDACTED */.XF
            : redactedOrNull(value, redact);
        if (shown !== null) {
            parts.push(line.subarray(copied, open), ...encodeString(shown));
            copied = close + 1;
            changedStrings++;
            if (isKey)
                changedKeys++;
        }
        if (isKey)
            key = value;
        pos = close + 1;
    }
    tally.strings += changedStrings;
    tally.keys += changedKeys;
    if (copied === 0)
        return [line];
    parts.push(line.subarray(copied));
    return parts;
}
/** Characters a JSON string cannot hold as they are: quote, backslash, controls. */
// eslint-disable-next-line no-control-regex -- the controls are what is looked for
const NEEDS_ESCAPE = /["\\\x00-\x1f]/;
// eslint-disable-next-line no-control-regex -- as above
const NEEDS_ESCAPE_OR_SURROGATE = /["\\\x00-\x1f\ud800-\udfff]/;
/**
 * The string whose quotes are at `open` and `close`, decoded; null when it is not a valid JSON
 * string. Most strings have no escape: their bytes are their text, and JSON.parse is skipped.
 */
function decodeString(line, open, close) {
    const escaped = line.indexOf(BACKSLASH, open + 1);
    if (escaped === -1 || escaped > close) {
        const value = line.toString('utf8', open + 1, close);
        return NEEDS_ESCAPE.test(value) ? null : value;
    }
    try {
        return JSON.parse(line.toString('utf8', open, close + 1));
    }
    catch {
        return null;
    }
}
/** A string as JSON writes it, quotes included, in parts. */
function encodeString(value) {
    // JSON.stringify escapes a lone surrogate, which UTF-8 cannot hold; a pair it keeps.
    return NEEDS_ESCAPE_OR_SURROGATE.test(value)
        ? [Buffer.from(JSON.stringify(value))]
        : [QUOTE_BYTES, Buffer.from(value), QUOTE_BYTES];
}
const QUOTE_BYTES = Buffer.from('"');
/** The text redacted, or null when redaction found nothing (removing invisibles alone is nothing). */
function redactedOrNull(text, redact) {
    const shown = redact(text);
    if (shown === text)
        return null;
    // Every rule writes REDACTED: without one, only invisibles went (and no second pass is needed
    // to tell, unless the text held REDACTED already).
    if (!text.includes(src_redact/* REDACTED */.XF))
        return shown.includes(src_redact/* REDACTED */.XF) ? shown : null;
    return shown === (0,invisible/* withoutInvisible */.O)(text) ? null : shown;
}
/** A line that is not JSON text, redacted as text: rewritten only when that found a secret. */
function redactAsText(line, redact, tally) {
    tally.textLines++;
    if (line.length > MAX_TEXT_BYTES)
        throw new Error(`line ${tally.lines} is not JSON and is ${line.length} bytes long, too long to redact as text`);
    const shown = redactedOrNull(line.toString('utf8'), redact);
    if (shown === null)
        return [line];
    tally.textLinesChanged++;
    return [Buffer.from(shown)];
}
/** The longest line that is redacted as one text (a JavaScript string holds 2^29 - 24 units). */
const MAX_TEXT_BYTES = 2 ** 29 - 24;
/** Whether the bytes from `from` to `to` hold nothing but structure, numbers and literals. */
function onlyStructure(line, from, to) {
    for (let i = from; i < to; i++) {
        const byte = line[i];
        if (BETWEEN[byte] === 1)
            continue;
        const word = LITERAL_BYTES.get(byte);
        if (word === undefined ||
            i + word.length > to ||
            line.compare(word, 0, word.length, i, i + word.length) !== 0)
            return false;
        i += word.length - 1;
    }
    return true;
}
/**
 * The position of the quote that closes a string whose content starts at `from`, or -1. A quote
 * closes it when an even number of backslashes precede it. Each backslash is counted once: the
 * runs counted back from successive quotes do not overlap.
 */
function closingQuote(line, from) {
    let search = from;
    for (;;) {
        const quote = line.indexOf(QUOTE, search);
        if (quote === -1)
            return -1;
        let backslashes = 0;
        for (let i = quote - 1; i >= search && line[i] === BACKSLASH; i--)
            backslashes++;
        if (backslashes % 2 === 0)
            return quote;
        search = quote + 1;
    }
}
/** Whether the string that ends before `pos` is an object's key: a colon follows it. */
function followedByColon(line, pos) {
    let i = pos;
    while (i < line.length && isBlank(line[i]))
        i++;
    return line[i] === COLON;
}
/** Whether the string that starts at `pos` is a value in an object: a colon precedes it. */
function precededByColon(line, pos) {
    let i = pos - 1;
    while (i >= 0 && isBlank(line[i]))
        i--;
    return line[i] === COLON;
}
function isBlank(byte) {
    return byte === 0x20 || byte === 0x09 || byte === 0x0d;
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 10 modules
var schemas = __nccwpck_require__(798);
;// CONCATENATED MODULE: ./src/cli/hook-input.ts

/** A session id as Claude Code writes it (a UUID), or anything as plain: it names files. */
const SESSION_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;
const HOOK_INPUT = schemas/* object */.Ikc({
    session_id: schemas/* string */.YjP().regex(SESSION_ID, 'expected letters, digits, - and _ only'),
    transcript_path: schemas/* string */.YjP().min(1),
    cwd: schemas/* string */.YjP().min(1),
    hook_event_name: schemas/* string */.YjP().optional(),
});
const HOOK_INPUT_BOUNDS = { maxBytes: 1024 * 1024, timeoutMs: 3000 };
/**
 * Reads a hook's input: stops as soon as what was read is one whole JSON object, at the end of
 * the input, after `maxBytes`, or after `timeoutMs`, whichever comes first; then stops reading
 * the stream. Resolves to the input, or to why there is none. Never rejects.
 */
function readHookInput(stdin, bounds = HOOK_INPUT_BOUNDS) {
    return new Promise((resolve) => {
        const chunks = [];
        let length = 0;
        let settled = false;
        const finish = (result) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            stdin.off('data', onData).off('end', onEnd).off('error', onError);
            // Nothing more is read, and an input left open keeps no process alive.
            stdin.destroy();
            resolve(result);
        };
        const text = () => Buffer.concat(chunks, length).toString('utf8');
        const onData = (chunk) => {
            const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
            chunks.push(bytes);
            length += bytes.length;
            if (length > bounds.maxBytes)
                return finish({ problem: `the hook input is longer than ${bounds.maxBytes} bytes` });
            // Most inputs arrive whole in one chunk, and end with their closing brace.
            if (text().trimEnd().endsWith('}')) {
                const parsed = parseHookInput(text());
                if (!('problem' in parsed) || !parsed.problem.startsWith(NOT_JSON))
                    finish(parsed);
            }
        };
        const onEnd = () => finish(parseHookInput(text()));
        const onError = (error) => finish({ problem: `standard input could not be read: ${error.message}` });
        const timer = setTimeout(() => finish(length === 0
            ? { problem: `no hook input arrived on standard input within ${bounds.timeoutMs} ms` }
            : parseHookInput(text())), bounds.timeoutMs);
        stdin.on('data', onData).on('end', onEnd).on('error', onError);
    });
}
const NOT_JSON = 'the hook input is not JSON';
/** A hook's input from its text, or why it is not one. Pure. */
function parseHookInput(text) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        return {
            problem: text.trim() === '' ? 'the hook input is empty' : `${NOT_JSON} (or is cut short)`,
        };
    }
    const parsed = HOOK_INPUT.safeParse(json);
    if (!parsed.success)
        return {
            problem: `the hook input is not what a Claude Code hook gives: ${parsed.error.issues
                .map((issue) => `${issue.path.join('.') || 'the input'}: ${issue.message}`)
                .join('; ')}`,
        };
    return {
        sessionId: parsed.data.session_id,
        transcriptPath: parsed.data.transcript_path,
        cwd: parsed.data.cwd,
        hookEventName: parsed.data.hook_event_name ?? null,
    };
}

;// CONCATENATED MODULE: ./src/cli/io.ts

/**
 * The streams of the command line's `Io`: its own when it has them, otherwise streams made of its
 * `out` and `err` (as a test of the dispatcher gives), no input, and no environment.
 */
function streamsOf(io) {
    const writing = (write) => new external_node_stream_namespaceObject.Writable({
        write(chunk, _encoding, done) {
            write(String(chunk));
            done();
        },
    });
    return {
        stdin: io.stdin ?? external_node_stream_namespaceObject.Readable.from([]),
        stdout: io.stdout ?? writing(io.out),
        stderr: writing(io.err),
        env: io.env ?? {},
        cwd: io.cwd,
    };
}

;// CONCATENATED MODULE: ./src/cli/redact-rules.ts

/**
 * The redactor of the action (its built-in credential patterns), with the user's own patterns
 * (`--redact-pattern`, RE2 syntax, as the action's `redact-patterns`) after them. Throws an Error naming
 * the first pattern that is wrong and why. The RE2 engine is loaded only when there are patterns.
 */
async function commandRedactor(patterns) {
    if (patterns.length === 0)
        return (0,src_redact/* createRedactor */.lY)();
    const { compileUserPattern, userRule } = await Promise.all(/* import() */[__nccwpck_require__.e(856), __nccwpck_require__.e(282)]).then(__nccwpck_require__.bind(__nccwpck_require__, 282));
    return (0,src_redact/* createRedactor */.lY)(patterns.map((pattern) => {
        try {
            return userRule(compileUserPattern(pattern));
        }
        catch (error) {
            throw new Error(`--redact-pattern: ${error.message}`);
        }
    }));
}

;// CONCATENATED MODULE: ./src/cli/redact.ts
/**
 * `claude-session-report redact`: writes session log files with their secrets redacted, for
 * committing them (or sharing them) without what they should not hold.
 */











const REDACT_USAGE = `Usage: claude-session-report redact [options] [FILE...]

Redacts secrets from session logs: session-recorder logs, Claude Code transcripts and
claude-code-action execution files. Every JSON string is redacted, object keys included, with the
rules the action applies to what it publishes, and a string value whose key names a secret
("password", "GITHUB_TOKEN", "apiKey") is redacted whole. Every other byte is kept: the file stays
valid JSON (a transcript, one object per line) and reports the same numbers. A line that is not
JSON is redacted as plain text. Files are read a line at a time, whatever their size.

  FILE                    a file to redact; without one, or with -, standard input
  -i, --in-place          rewrite each FILE in its place, atomically and keeping its mode; a
                          file with nothing to redact is left untouched
  -o, --output PATH       write the redacted copy to PATH; with several FILEs, PATH is a folder
                          and each copy keeps its file's name
  --redact-pattern RE2    one more secret pattern, in RE2 syntax, as the action's
                          redact-patterns input (repeat it for more)
  -h, --help              show this help

Without --in-place or --output, the one FILE is written, redacted, to standard output.
What was redacted is counted on standard error. Exit codes: 0 done, 1 a file could not be
redacted (the others are), 2 wrong arguments.
`;
const redactCommand = {
    name: 'redact',
    summary: 'redact secrets from session log files, keeping them valid JSON',
    help: REDACT_USAGE,
    run: (args, io) => runRedact([...args], streamsOf(io)),
};
/** `redact` with its arguments; resolves to its exit code. */
async function runRedact(args, io) {
    const usageError = (message) => {
        io.stderr.write(`claude-session-report redact: ${(0,log_text/* unseenEscaped */.i)(message)}\n` +
            `Run 'claude-session-report redact --help' for its usage.\n`);
        return EXIT_USAGE;
    };
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({
            args,
            options: {
                'in-place': { type: 'boolean', short: 'i' },
                output: { type: 'string', short: 'o' },
                'redact-pattern': { type: 'string', multiple: true },
                help: { type: 'boolean', short: 'h' },
            },
            allowPositionals: true,
            strict: true,
        });
    }
    catch (error) {
        return usageError(error.message);
    }
    const { values, positionals } = parsed;
    if (values.help) {
        io.stdout.write(REDACT_USAGE);
        return 0;
    }
    const files = positionals.length === 0 ? ['-'] : positionals;
    const inPlace = values['in-place'] === true;
    const output = values.output;
    if (inPlace && output !== undefined)
        return usageError('give --in-place or --output, not both');
    if (files.includes('-') && files.length > 1)
        return usageError('standard input (-) is redacted alone, not with files');
    if (files.includes('-') && (inPlace || output !== undefined))
        return usageError('standard input (-) is redacted to standard output only');
    if (files.includes('-') && io.stdin.isTTY === true)
        return usageError('give a FILE, or pipe a file to standard input');
    if (!inPlace && output === undefined && files.length > 1)
        return usageError('several FILEs need --in-place or --output FOLDER');
    let redact;
    try {
        redact = await commandRedactor(values['redact-pattern'] ?? []);
    }
    catch (error) {
        return usageError(error.message);
    }
    let destinations;
    if (inPlace)
        destinations = files.map(() => ({ kind: 'in-place' }));
    else if (output === undefined)
        destinations = [{ kind: 'stdout' }];
    else {
        const target = external_node_path_default().resolve(io.cwd, output);
        const isFolder = (await (0,promises_.stat)(target).catch(() => null))?.isDirectory() === true;
        if (files.length > 1 && !isFolder)
            return usageError(`--output ${(0,log_text/* quoted */.T)(output)} is not a folder, and several FILEs need one`);
        const names = files.map((file) => external_node_path_default().basename(file));
        const twice = names.find((name, index) => names.indexOf(name) !== index);
        if (isFolder && twice !== undefined)
            return usageError(`two FILEs are named ${(0,log_text/* quoted */.T)(twice)}: their copies would overwrite each other`);
        destinations = names.map((name) => ({
            kind: 'file',
            path: isFolder ? external_node_path_default().join(target, name) : target,
        }));
    }
    let failed = 0;
    for (const [index, file] of files.entries()) {
        const destination = destinations[index];
        const shown = file === '-' ? 'standard input' : (0,log_text/* quoted */.T)(file);
        try {
            const tally = await redactOne(file, destination, redact, io);
            io.stderr.write(`${shown}: ${describe(tally, destination)}\n`);
        }
        catch (error) {
            failed++;
            io.stderr.write(`${shown}: not redacted: ${reasonOf(error)}\n`);
        }
    }
    return failed === 0 ? 0 : 1;
}
async function redactOne(file, destination, redact, io) {
    const tally = emptyTally();
    const through = (source) => [source, redactingStream(redact, tally)];
    if (file === '-') {
        await (0,external_node_stream_promises_namespaceObject.pipeline)(...through(io.stdin), io.stdout, { end: false });
        return tally;
    }
    // A link is followed: the file it names is the one redacted, and replaced in its own folder.
    const source = await (0,promises_.realpath)(external_node_path_default().resolve(io.cwd, file));
    const status = await (0,promises_.stat)(source);
    if (!status.isFile())
        throw new Error(status.isDirectory() ? 'it is a folder' : 'it is not a regular file');
    if (destination.kind === 'stdout') {
        await (0,external_node_stream_promises_namespaceObject.pipeline)(...through((0,external_node_fs_namespaceObject.createReadStream)(source)), io.stdout, { end: false });
        return tally;
    }
    const target = destination.kind === 'in-place' ? source : destination.path;
    let reading = false;
    try {
        await replaceFile(target, status.mode & 0o7777, async (out) => {
            reading = true;
            await (0,external_node_stream_promises_namespaceObject.pipeline)(...through((0,external_node_fs_namespaceObject.createReadStream)(source)), out);
            return destination.kind === 'file' || changedAnything(tally);
        });
    }
    catch (error) {
        // The copy could not even be started: the reason is the folder it goes to.
        if (reading || destination.kind === 'in-place')
            throw error;
        throw new Error(`${(0,log_text/* quoted */.T)(target)} cannot be written: ${reasonOf(error)}`, { cause: error });
    }
    return tally;
}
/** What a file's redaction did, in a few words. */
function describe(tally, destination) {
    const where = destination.kind === 'file' ? ` to ${(0,log_text/* quoted */.T)(destination.path)}` : '';
    const notJson = tally.textLines === 0
        ? ''
        : `; ${plural(tally.textLines, 'line')} not JSON, redacted as text` +
            (tally.textLinesChanged === 0 ? '' : ` (${tally.textLinesChanged} changed)`);
    if (!changedAnything(tally))
        return destination.kind === 'in-place'
            ? `nothing to redact; left as it was${notJson}`
            : `nothing to redact; copied${where}${notJson}`;
    const keys = tally.keys === 0 ? '' : ` (${plural(tally.keys, 'object key')} among them)`;
    return `redacted ${plural(tally.strings, 'string')}${keys}${where}${notJson}`;
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
/** Why a file could not be redacted, in words. */
function reasonOf(error) {
    const code = error?.code;
    if (code === 'ENOENT')
        return 'no such file';
    if (code === 'EACCES' || code === 'EPERM')
        return 'permission was denied';
    if (code === 'EISDIR')
        return 'it is a folder';
    if (code === 'ENOSPC')
        return 'the disk is full';
    if (code === 'ELOOP')
        return 'symbolic links on the way form a loop';
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./src/cli/capture.ts
/**
 * `claude-session-report capture`: a Claude Code hook (SessionEnd) that copies the session's
 * transcript and its subagents' files into the repository, redacted on the way, and can commit
 * them. It never gets in the session's way: whatever goes wrong, it says why on standard error
 * and exits 0, the code with which Claude Code carries on (2 would block a Stop hook).
 */















const CAPTURE_USAGE = `Usage: claude-session-report capture [options]

A Claude Code hook (SessionEnd; Stop works too): reads the hook's JSON input on standard input and
copies the session's transcript, with its subagents' files, into the git repository of the
session's folder, redacted as the redact command does it. Folders are made 0700 and files 0600;
each file is written whole or not at all. A transcript outside Claude Code's data folder
(CLAUDE_CONFIG_DIR, or ~/.claude) and a destination outside the repository, or reached through a
symbolic link, are refused.

  --dest FOLDER           where to copy, relative to the repository's top folder (default:
                          .claude/projects/<the project's folder as Claude Code names it>)
  --commit                stage the files and commit them alone ("chore(sessions): …"); the
                          repository's own git hooks run as for any commit
  --redact-pattern RE2    one more secret pattern, in RE2 syntax (repeat it for more)
  -h, --help              show this help

It always exits 0, so that the session is never held up, and says on standard error what it did
or why it did nothing; only wrong arguments exit 1, which Claude Code shows without stopping.
`;
const PREFIX = 'claude-session-report capture';
/** Bounds on git: a commit runs the repository's hooks, which may take a while, never forever. */
const GIT_TIMEOUT_MS = 30_000;
/** Why nothing (more) was captured: said on standard error, and the hook still succeeds. */
class Refusal extends Error {
}
const captureCommand = {
    name: 'capture',
    summary: "a Claude Code hook: copy the session's transcript into the repository, redacted",
    help: CAPTURE_USAGE,
    run: (args, io) => runCapture([...args], streamsOf(io)),
};
/** `capture` with its arguments; resolves to its exit code, 0 unless the arguments are wrong. */
async function runCapture(args, io, bounds) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({
            args,
            options: {
                dest: { type: 'string' },
                commit: { type: 'boolean' },
                'redact-pattern': { type: 'string', multiple: true },
                help: { type: 'boolean', short: 'h' },
            },
            allowPositionals: false,
            strict: true,
        });
    }
    catch (error) {
        io.stderr.write(`${PREFIX}: ${(0,log_text/* unseenEscaped */.i)(error.message)}\n` +
            `Run 'claude-session-report capture --help' for its usage.\n`);
        return EXIT_FAILED;
    }
    const { values } = parsed;
    if (values.help) {
        io.stdout.write(CAPTURE_USAGE);
        return 0;
    }
    let redact;
    try {
        redact = await commandRedactor(values['redact-pattern'] ?? []);
    }
    catch (error) {
        io.stderr.write(`${PREFIX}: ${(0,log_text/* unseenEscaped */.i)(error.message)}\n`);
        return EXIT_FAILED;
    }
    if (io.stdin.isTTY === true) {
        io.stderr.write(`${PREFIX}: nothing captured: it reads a Claude Code hook's JSON on standard input\n`);
        return 0;
    }
    const input = await readHookInput(io.stdin, bounds);
    if ('problem' in input) {
        io.stderr.write(`${PREFIX}: nothing captured: ${input.problem}\n`);
        return 0;
    }
    try {
        const captured = await capture(input, {
            dest: values.dest ?? null,
            commit: values.commit === true,
            redact,
            env: io.env,
        });
        io.stderr.write(`${PREFIX}: ${captured}\n`);
    }
    catch (error) {
        const reason = error instanceof Refusal ? error.message : reasonOf(error);
        io.stderr.write(`${PREFIX}: nothing captured: ${reason}\n`);
    }
    return 0;
}
/** Copies the session's files; resolves to what was done, in words; throws why not. */
async function capture(input, options) {
    const dataFolder = claudeDataFolder(options.env);
    const realData = await (0,promises_.realpath)(dataFolder).catch(() => {
        throw new Refusal(`Claude Code's data folder ${(0,log_text/* quoted */.T)(dataFolder)} does not exist`);
    });
    const given = external_node_path_default().resolve(input.cwd, expandHome(input.transcriptPath, options.env));
    const transcript = await (0,promises_.realpath)(given).catch(() => {
        throw new Refusal(`there is no transcript at ${(0,log_text/* quoted */.T)(given)}`);
    });
    if (!isInside(realData, transcript))
        throw new Refusal(`the transcript ${(0,log_text/* quoted */.T)(given)} is outside Claude Code's data folder ${(0,log_text/* quoted */.T)(dataFolder)}`);
    if (!(await (0,promises_.lstat)(transcript)).isFile())
        throw new Refusal(`the transcript ${(0,log_text/* quoted */.T)(given)} is not a regular file`);
    if (!external_node_path_default().isAbsolute(input.cwd))
        throw new Refusal(`the session's folder ${(0,log_text/* quoted */.T)(input.cwd)} is not an absolute path`);
    const top = await gitTopLevel(input.cwd, options.env);
    const project = external_node_path_default().basename(external_node_path_default().dirname(transcript));
    const destination = external_node_path_default().resolve(top, options.dest ?? external_node_path_default().join('.claude', 'projects', project));
    const stem = external_node_path_default().basename(transcript).replace(/\.jsonl$/, '');
    // The files, from Claude Code's folder to the repository's.
    const copies = [
        { from: transcript, to: external_node_path_default().join(destination, external_node_path_default().basename(transcript)) },
    ];
    const subagents = external_node_path_default().join(stem, 'subagents');
    for (const file of await agentFilesUnder(external_node_path_default().join(external_node_path_default().dirname(transcript), subagents)))
        copies.push({
            from: external_node_path_default().join(external_node_path_default().dirname(transcript), subagents, file),
            to: external_node_path_default().join(destination, subagents, file),
        });
    for (const file of await flatAgentFiles(external_node_path_default().dirname(transcript), input.sessionId))
        copies.push({
            from: external_node_path_default().join(external_node_path_default().dirname(transcript), file),
            to: external_node_path_default().join(destination, file),
        });
    await ensureFolder(top, destination);
    for (const folder of new Set(copies.map((copy) => external_node_path_default().dirname(copy.to))))
        await ensureFolder(top, folder);
    const tally = emptyTally();
    for (const copy of copies)
        await copyRedacted(copy.from, copy.to, options.redact, tally);
    const files = copies.map((copy) => external_node_path_default().relative(top, copy.to));
    const where = (0,log_text/* quoted */.T)(external_node_path_default().relative(top, destination) || '.');
    const redacted = tally.strings + tally.textLinesChanged;
    let said = `copied session ${input.sessionId} (${files.length === 1 ? '1 file' : `${files.length} files`}) ` +
        `to ${where}, ${redacted === 0 ? 'with nothing to redact' : `with ${redacted} redaction(s)`}`;
    if (options.commit)
        said += `; ${await commit(top, files, input.sessionId, options.env)}`;
    return said;
}
/** What a subagent leaves: its transcript, and the meta file with its type and description. */
const AGENT_FILE = /\.(?:jsonl|meta\.json)$/;
/**
 * The subagents' files under a session's `subagents` folder (Claude Code 2.1.2 and later), relative
 * to it, in its sub-folders too (`workflows/<id>/`). Links are not followed out of Claude Code's
 * folder: only regular files and real folders are taken.
 */
async function agentFilesUnder(folder, within = '') {
    const entries = await (0,promises_.readdir)(external_node_path_default().join(folder, within), { withFileTypes: true }).catch(() => []);
    const files = [];
    for (const entry of entries) {
        const name = external_node_path_default().join(within, entry.name);
        if (entry.isDirectory())
            files.push(...(await agentFilesUnder(folder, name)));
        else if (entry.isFile() && AGENT_FILE.test(entry.name))
            files.push(name);
    }
    return files;
}
/** Bytes of a flat agent file read to find the session it belongs to (its first line's). */
const FLAT_AGENT_HEAD_BYTES = 64 * 1024;
/**
 * The subagents' files that Claude Code 2.0.x–2.1.1 wrote flat beside the sessions
 * (`agent-<id>.jsonl`, and a meta file if there is one), of this session: those whose lines name it
 * as their `sessionId`, read from the start of each file.
 */
async function flatAgentFiles(folder, sessionId) {
    const entries = await (0,promises_.readdir)(folder, { withFileTypes: true });
    const files = [];
    for (const entry of entries) {
        if (!entry.isFile() || !/^agent-.+\.jsonl$/.test(entry.name))
            continue;
        if ((await firstSessionId(external_node_path_default().join(folder, entry.name))) !== sessionId)
            continue;
        files.push(entry.name);
        const meta = entry.name.replace(/\.jsonl$/, '.meta.json');
        if (entries.some((other) => other.isFile() && other.name === meta))
            files.push(meta);
    }
    return files;
}
/** The first `"sessionId":"…"` of a transcript's first bytes, or null. */
async function firstSessionId(file) {
    const handle = await (0,promises_.open)(file, external_node_fs_namespaceObject.constants.O_RDONLY | (external_node_fs_namespaceObject.constants.O_NOFOLLOW ?? 0)).catch(() => null);
    if (handle === null)
        return null;
    try {
        const head = Buffer.alloc(FLAT_AGENT_HEAD_BYTES);
        const { bytesRead } = await handle.read(head, 0, head.length, 0);
        // A quote inside a string is escaped, so this finds a key of the line itself.
        const found = /"sessionId":"([^"\\]{1,200})"/.exec(head.toString('utf8', 0, bytesRead));
        return found ? found[1] : null;
    }
    finally {
        await handle.close();
    }
}
/** Claude Code's data folder: CLAUDE_CONFIG_DIR when set, otherwise ~/.claude. */
function claudeDataFolder(env) {
    const configured = env.CLAUDE_CONFIG_DIR?.trim();
    if (configured)
        return external_node_path_default().resolve(expandHome(configured, env));
    return external_node_path_default().join(env.HOME || (0,external_node_os_namespaceObject.homedir)(), '.claude');
}
function expandHome(file, env) {
    return file === '~' || file.startsWith('~/')
        ? external_node_path_default().join(env.HOME || (0,external_node_os_namespaceObject.homedir)(), file.slice(1))
        : file;
}
function isInside(folder, candidate) {
    const relative = external_node_path_default().relative(folder, candidate);
    return (relative !== '' &&
        relative !== '..' &&
        !relative.startsWith(`..${(external_node_path_default()).sep}`) &&
        !external_node_path_default().isAbsolute(relative));
}
/** The top folder of the git work tree that holds `folder`, its real path. */
async function gitTopLevel(folder, env) {
    const result = await git(folder, ['rev-parse', '--show-toplevel'], env);
    if (!result.ok)
        throw new Refusal(`the session's folder ${(0,log_text/* quoted */.T)(folder)} is not in a git repository`);
    return (0,promises_.realpath)(result.stdout.trim());
}
/**
 * Makes the folders missing from the repository's top down to `folder`, mode 0700 (folders that
 * are there keep theirs). Refuses the top folder itself, a folder outside the repository or inside
 * `.git`, and a symbolic link (or a file) on the way: nothing is written where a link leads.
 */
async function ensureFolder(top, folder) {
    const relative = external_node_path_default().relative(top, folder);
    if (relative === '' ||
        relative === '..' ||
        relative.startsWith(`..${(external_node_path_default()).sep}`) ||
        external_node_path_default().isAbsolute(relative))
        throw new Refusal(`the destination ${(0,log_text/* quoted */.T)(folder)} is not inside the repository ${(0,log_text/* quoted */.T)(top)}`);
    const parts = relative.split((external_node_path_default()).sep);
    if (parts[0] === '.git')
        throw new Refusal(`the destination ${(0,log_text/* quoted */.T)(folder)} is inside .git`);
    let current = top;
    for (const part of parts) {
        current = external_node_path_default().join(current, part);
        const status = await (0,promises_.lstat)(current).catch(() => null);
        if (status === null) {
            await (0,promises_.mkdir)(current);
            // Not narrowed by the umask, as mkdir's mode would be.
            await (0,promises_.chmod)(current, 0o700);
        }
        else if (status.isSymbolicLink())
            throw new Refusal(`${(0,log_text/* quoted */.T)(current)} is a symbolic link, and the destination follows none`);
        else if (!status.isDirectory())
            throw new Refusal(`${(0,log_text/* quoted */.T)(current)} is not a folder`);
    }
}
async function copyRedacted(from, to, redact, tally) {
    await replaceFile(to, 0o600, async (out) => {
        await (0,external_node_stream_promises_namespaceObject.pipeline)((0,external_node_fs_namespaceObject.createReadStream)(from), redactingStream(redact, tally), out);
        return true;
    });
}
/**
 * Stages the files and commits them, and them alone (other staged changes stay staged), with
 * the repository's hooks; says what happened, a failure included.
 */
async function commit(top, files, sessionId, env) {
    const tracked = await git(top, ['ls-files', '--', files[0]], env);
    const verb = tracked.ok && tracked.stdout.trim() !== '' ? 'update' : 'add';
    const added = await git(top, ['add', '--', ...files], env);
    if (!added.ok)
        return `not committed: git add failed: ${added.output}`;
    // `--quiet` exits 0 when the staged files are as committed already.
    const unchanged = await git(top, ['diff', '--cached', '--quiet', '--', ...files], env);
    if (unchanged.ok)
        return 'nothing new to commit';
    const message = `chore(sessions): ${verb} Claude Code session ${sessionId}`;
    const committed = await git(top, ['commit', '--quiet', '-m', message, '--', ...files], env);
    if (!committed.ok)
        return `not committed: git commit failed: ${committed.output}`;
    return `committed as ${(0,log_text/* quoted */.T)(message)}`;
}
function git(folder, args, env) {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_namespaceObject.execFile)('git', ['-C', folder, ...args], {
            timeout: GIT_TIMEOUT_MS,
            maxBuffer: 1024 * 1024,
            // Never a prompt for a password or an editor: nobody is there to answer.
            env: { ...env, GIT_TERMINAL_PROMPT: '0', GIT_EDITOR: 'true' },
        }, (error, stdout, stderr) => {
            if (error === null)
                resolve({ ok: true, stdout });
            else {
                const said = `${stderr}\n${stdout}`.trim().split('\n').slice(-3).join(' / ');
                resolve({
                    ok: false,
                    output: said ||
                        (error.killed ? `no answer within ${GIT_TIMEOUT_MS / 1000} s` : error.message),
                });
            }
        });
        // A hook of the repository's that reads its input gets none, rather than waiting for it.
        child.stdin?.end();
    });
}

// EXTERNAL MODULE: ./src/inputs.ts + 3 modules
var inputs = __nccwpck_require__(260);
;// CONCATENATED MODULE: ./src/json-text.ts
/**
 * JSON as text that is safe wherever it is put: in an HTML `<script>` block (`<`, `>` and `&`
 * escaped, so that `</script>` or `<!--` in a log cannot end or change it), in a JavaScript
 * string (the line separators U+2028 and U+2029 escaped) and on a terminal (DEL and the C1
 * controls escaped; JSON already escapes the C0 ones). The same value parses back.
 */
function jsonText(value, indent) {
    return JSON.stringify(value, null, indent).replace(/[<>&\u007f-\u009f\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

;// CONCATENATED MODULE: ./src/render/format.ts
/** Number, date and duration formats shared by every renderer; fixed, so output never depends on the runner's locale. */
/** 12345 → "12,345". */
function count(value) {
    return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
/** "1 session", "2 sessions". */
function format_plural(value, one, many = `${one}s`) {
    return `${count(value)} ${value === 1 ? one : many}`;
}
/** 0.3961 → "39.6 %". */
function percent(share) {
    return `${(share * 100).toFixed(1)} %`;
}
/** 1116000 → "18 min 36 s"; 5400000 → "1 h 30 min"; 187200000 → "2 d 4 h". */
function duration(ms) {
    const seconds = Math.round(ms / 1000);
    if (seconds < 60)
        return `${seconds} s`;
    const minutes = Math.floor(seconds / 60);
    if (minutes < 60)
        return seconds % 60 === 0 ? `${minutes} min` : `${minutes} min ${seconds % 60} s`;
    const hours = Math.floor(minutes / 60);
    if (hours < 48)
        return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
    const days = Math.floor(hours / 24);
    return hours % 24 === 0 ? `${days} d` : `${days} d ${hours % 24} h`;
}
/** "2025-12-02T14:00:53.000Z" → "2025-12-02 14:00" (UTC). */
function dateTime(iso) {
    return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}
/** A span of time, leaving out the second date when it is the same day: "2025-12-02 14:00 → 14:19". */
function span(start, end, openEnd = 'not finalized') {
    const from = start === null ? '?' : dateTime(start);
    if (end === null)
        return `${from} → ${openEnd}`;
    const sameDay = start !== null && start.slice(0, 10) === end.slice(0, 10);
    return `${from} → ${sameDay ? end.slice(11, 16) : dateTime(end)}`;
}
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/**
 * Joins the words of a table cell that must not wrap (a date cut over two lines reads as two): a
 * no-break space, as a character rather than `&nbsp;` so the committed markdown stays readable.
 */
const KEEP_TOGETHER = '\u00a0';
/**
 * When something started and for how long, on one line: "Mar 2, 09:12 · 41 min" (UTC), "Mar 4,
 * 08:05 · not finalized", or the start alone when the length is unknown. Markdown, not text.
 */
function startedFor(start, length) {
    const day = `${MONTHS[Number(start.slice(5, 7)) - 1] ?? start.slice(5, 7)} ${Number(start.slice(8, 10))},`;
    const words = [day, start.slice(11, 16)];
    if (length !== null)
        words.push('·', length === 'not finalized' ? length : duration(length));
    return oneLine(words.join(' '));
}
/** A short table cell kept on one line: "33 (2 errors)", "338.6 k". */
function oneLine(cell) {
    return cell.replace(/ /g, KEEP_TOGETHER);
}
/** 2048 → "2.0 KiB". */
function bytes(value) {
    if (value < 1024)
        return `${value} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let scaled = value / 1024;
    let unit = 0;
    while (scaled >= 1024 && unit < units.length - 1) {
        scaled /= 1024;
        unit++;
    }
    return `${scaled.toFixed(1)} ${units[unit]}`;
}
/**
 * 1.2345 → "$1.23", 1234.5 → "$1,234.50"; a cost above zero that rounds to nothing is "< $0.01",
 * never "$0.00", which would read as free. The `$` needs `text()` before it goes into markdown.
 */
function usd(value) {
    if (value > 0 && value < 0.005)
        return '< $0.01';
    const [whole, cents] = value.toFixed(2).split('.');
    return `$${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
}
const TOKEN_UNITS = ['k', 'M', 'B'];
/** A token count at a glance: 912 → "912", 12_345 → "12.3 k", 63_399_833 → "63.4 M". */
function tokenCount(value) {
    if (value < 1000)
        return count(value);
    let scaled = value / 1000;
    let unit = 0;
    // Rounding may carry into the next unit: 999,960 is "1.0 M", not "1000.0 k".
    while (unit < TOKEN_UNITS.length - 1 && Math.round(scaled * 10) >= 10_000) {
        scaled /= 1000;
        unit++;
    }
    return `${(Math.round(scaled * 10) / 10).toFixed(1)} ${TOKEN_UNITS[unit]}`;
}

;// CONCATENATED MODULE: ./src/truncate.ts
/** Plain-text shortening, shared by the digest rules and the renderers (no markdown here). */
/** Shortens to at most `max` characters (code points), marking the cut with an ellipsis. */
function truncate(value, max) {
    if (value.length <= max)
        return value;
    // Walks only the first `max` code points: a log string can be megabytes long.
    const kept = [];
    for (const char of value) {
        if (kept.length === max)
            return `${kept.slice(0, max - 1).join('')}…`;
        kept.push(char);
    }
    return value;
}

;// CONCATENATED MODULE: ./src/render/markdown.ts
/**
 * Markdown helpers. Everything that comes from a log goes through `text()` (or `code()`), which
 * makes it render as the same characters in every place the report uses: paragraphs, table cells,
 * list items and the HTML of `<details>`. Callers never need to know which context they are in.
 */

const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '|': '&#124;',
    '\\': '&#92;',
    '`': '&#96;',
    '*': '&#42;',
    _: '&#95;',
    '[': '&#91;',
    ']': '&#93;',
    '~': '&#126;',
    '!': '&#33;',
    $: '&#36;',
};
const SPECIAL = /[&<>"'|\\`*_[\]~!$]/g;
/**
 * A zero-width space (written as an entity, so it survives every context) breaks what GitHub would
 * turn into a link or a notification: mentions (`@user`, `@org/team`), references (`#12`, `GH-12`),
 * commit SHAs, and the URLs, `www.` names and e-mail addresses that autolinking picks up.
 */
const ZWSP = '&#8203;';
/** Line starts that markdown would read as a heading, quote, list or rule. */
const BLOCK_START = /^([#>+=-]|\d+[.)])/;
/** GitHub links 7 to 40 hex digits to a commit; shorter runs are not links. */
const HEX_RUN = /[0-9a-f]{7,}/gi;
/** Escapes log text to a single line that renders literally anywhere in the report. */
function markdown_text(value) {
    return markdown_escape(value, true);
}
/**
 * Log text in a monospace span, escaped the same way, except that hex runs stay whole: GitHub
 * links no commit inside code, and ids (session ids) stay easy to copy.
 */
function code(value) {
    return `<code>${markdown_escape(value, false)}</code>`;
}
function markdown_escape(value, breakHexRuns) {
    const line = value
        .replace(/[\s\u2028\u2029]+/gu, ' ')
        .replace(invisible/* INVISIBLE */.k, '')
        .trim()
        .replace(/@/g, '@\u200b')
        .replace(/#(?=[\p{L}\p{N}_-])/gu, '#\u200b')
        .replace(/(GH)-(?=\d)/gi, '$1\u200b-')
        .replace(/:\/\//g, ':\u200b//')
        .replace(/(www)\./gi, '$1\u200b.')
        .replace(BLOCK_START, (start) => `\u200b${start}`);
    return (breakHexRuns ? line.replace(HEX_RUN, (run) => run.replace(/.{6}(?=.)/g, '$&\u200b')) : line)
        .replace(SPECIAL, (ch) => ENTITIES[ch])
        .replace(/\u200b/g, ZWSP);
}
/** A GitHub-flavoured markdown table; cells must already be escaped. */
function table(header, rows, align) {
    const rule = header.map((_, index) => (align?.[index] === 'right' ? '---:' : '---'));
    return [header, rule, ...rows].map(tableRow).join('\n');
}
/** One row of a table; cells must already be escaped. */
function tableRow(cells) {
    return `| ${cells.join(' | ')} |`;
}
/** A collapsed section; `summary` must already be escaped, `body` is markdown. */
function details(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/** A link when there is a URL, plain text otherwise; `label` must already be escaped. */
function markdown_link(label, url) {
    return url === undefined ? label : `[${label}](${url.replace(/[()\s<>]/g, percentEncode)})`;
}
/** `encodeURIComponent` leaves parentheses alone, and an unbalanced one would end the link. */
function percentEncode(char) {
    return char === '(' ? '%28' : char === ')' ? '%29' : encodeURIComponent(char);
}

;// CONCATENATED MODULE: ./src/render/report.ts



/** GitHub refuses a step summary above 1 MiB (bytes); keep clear of it. */
const STEP_SUMMARY_LIMIT = {
    max: 1024 * 1024 - 1024,
    measure: (markdown) => Buffer.byteLength(markdown, 'utf8'),
};
/**
 * The order in which detail is let in while it fits: a little of everything first (the unreadable
 * files above all, since naming them is the point), then all of it, the per-file details last.
 */
const FILL_ORDER = [
    ['unreadable', 20],
    ['tools', 10],
    ['files', 20],
    ['unreadable', Infinity],
    ['tools', 50],
    ['files', Infinity],
    ['tools', Infinity],
    ['details', Infinity],
];
const TOP_TOOLS_IN_FILE_ROW = 3;
const TOOL_NAME_MAX = 100;
const SESSION_ID_MAX = 100;
const SUMMARY_TEXT_MAX = 500;
const SUMMARIES_IN_DETAILS = 20;
const TOOLS_IN_DETAILS = 30;
const PATTERNS_SHOWN = 10;
const PATTERN_MAX = 200;
/** Each kind of interaction with its label for one and for many. */
const HEADER_KINDS = [
    ['user_message', 'user message', 'user messages'],
    ['tool_call', 'tool call', 'tool calls'],
    ['tool_result', 'tool result', 'tool results'],
    ['assistant_summary', 'assistant summary', 'assistant summaries'],
    ['other', 'other', 'other'],
];
/** A transcript's responses count where a recorder log's summaries do: both are the assistant's. */
const TRANSCRIPT_KINDS = HEADER_KINDS.map(([kind, one, many]) => kind === 'assistant_summary'
    ? [kind, 'assistant message', 'assistant messages']
    : [kind, one, many]);
const TOOL_TABLE_HEAD = table(['tool', 'calls', 'share', 'files'], [], ['left', 'right', 'right', 'right']);
const TOOL_TABLE_HEAD_WITH_ERRORS = table(['tool', 'calls', 'errors', 'share', 'files'], [], ['left', 'right', 'right', 'right', 'right']);
const SESSION_TABLE_HEAD = table(['session', 'when (UTC)', 'prompts', 'tool calls', 'tokens', 'cost'], [], ['left', 'left', 'right', 'right', 'right', 'right']);
const MODEL_NAME_MAX = 80;
const MODELS_IN_TABLE = 20;
const AGENTS_IN_DETAILS = 20;
const AGENT_TASK_MAX = 120;
const PATHS_IN_DETAILS = 10;
const BRANCHES_IN_DETAILS = 5;
const FORMAT_NAMES = {
    'session-recorder': 'session-recorder log',
    'claude-code': 'Claude Code transcript',
    'execution-file': 'claude-code-action run',
};
const FILE_TABLE_HEAD = table(['file', 'when (UTC)', 'interactions', 'tool calls', 'top tools'], [], ['left', 'left', 'right', 'right', 'left']);
/**
 * Renders the report as GitHub-flavoured markdown: the answer first (headline, totals, cost and
 * tokens by model when the logs hold them), then the tools, the sessions (one row per file when
 * every log is a session-recorder log), and each one's detail collapsed. Whatever the input, the
 * result measures at most `limit`: the parts that can grow (tool rows, session or file rows, their
 * details, unreadable files) are let in while they fit, in `FILL_ORDER`, and a closing line says what was left out. Each
 * piece is rendered and measured once, so a report of thousands of files costs one rendering.
 */
function renderReport(analysis, context, limit = STEP_SUMMARY_LIMIT) {
    const parts = reportParts(analysis, context);
    const none = { tools: 0, files: 0, details: 0, unreadable: 0 };
    // The note is longest when nothing is shown: reserving that much keeps any note within budget.
    let budget = limit.max -
        limit.measure(parts.fixedText) -
        limit.measure(parts.note(none)) -
        PART_NAMES.reduce((sum, name) => sum + limit.measure(parts[name].text(0)), 0);
    const shown = { ...none };
    for (const [name, upTo] of FILL_ORDER) {
        const part = parts[name];
        const end = Math.min(upTo, part.length, name === 'details' ? shown.files : Infinity);
        while (shown[name] < end) {
            const cost = part.cost(shown[name], limit.measure);
            if (cost > budget)
                break;
            budget -= cost;
            shown[name]++;
        }
    }
    const markdown = parts.assemble(shown);
    if (limit.measure(markdown) <= limit.max)
        return markdown;
    // Only an oversized heading or footer gets here (the parts above are bounded): keep the headline.
    const bare = parts.assemble(none);
    return limit.measure(bare) <= limit.max ? bare : cutToFit(bare, limit);
}
const PART_NAMES = ['tools', 'files', 'details', 'unreadable'];
/** A part of the report that shows its first `count` items after an opening. */
class GrowablePart {
    length;
    opening;
    item;
    rendered = [];
    constructor(length, 
    /** The opening for a given count of items: empty when there is nothing to open. */
    opening, 
    /** One item, with the separator that goes before it. */
    item) {
        this.length = length;
        this.opening = opening;
        this.item = item;
    }
    text(count) {
        let result = this.opening(count);
        for (let index = 0; index < count; index++)
            result += this.at(index);
        return result;
    }
    /** What showing item `index` adds, when the items before it are shown. */
    cost(index, measure) {
        const opening = index === 0 ? measure(this.opening(1)) - measure(this.opening(0)) : 0;
        return opening + measure(this.at(index));
    }
    at(index) {
        return (this.rendered[index] ??= this.item(index));
    }
}
function reportParts(analysis, context) {
    const { totals, tools, unreadable } = analysis;
    const transcripts = hasTranscripts(analysis);
    const rows = transcripts && analysis.sessions.length > 0
        ? sessionRows(analysis, context)
        : fileRows(analysis, context);
    const head = [
        `## 🤖 ${markdown_text(context.title)}`,
        costWarning(context.scope === undefined ? analysis.usage : (context.scope.overallUsage ?? null), context.costWarningUsd),
        ...headlines(analysis, transcripts, context.scope),
        ...(totals.files > 0
            ? [kindTable(totals, transcripts), activity(totals), usageSection(analysis)]
            : []),
    ]
        .filter((section) => section !== '')
        .join('\n\n');
    const foot = `\n\n${footer(context, totals)}\n`;
    const parts = {
        tools: new GrowablePart(tools.length, (count) => tools.length === 0
            ? ''
            : `\n\n### Tools${count > 0 ? `\n\n${transcripts ? TOOL_TABLE_HEAD_WITH_ERRORS : TOOL_TABLE_HEAD}` : ''}`, (index) => `\n${toolRow(tools[index], transcripts)}`),
        files: new GrowablePart(rows.length, (count) => (count > 0 ? `\n\n### Sessions\n\n${rows.head}` : ''), (index) => `\n${rows.row(index)}`),
        details: new GrowablePart(rows.length, () => '', (index) => `\n\n${rows.details(index)}`),
        unreadable: new GrowablePart(unreadable.length, (count) => unreadable.length === 0
            ? ''
            : `\n\n> ⚠️ ${format_plural(unreadable.length, 'file')} could not be read:${count > 0 ? '\n>' : ''}`, (index) => `\n${unreadableLine(unreadable[index])}`),
    };
    const note = (shown) => {
        const line = omissions(analysis, rows, context, shown);
        return line === '' ? '' : `\n\n${line}`;
    };
    return {
        ...parts,
        fixedText: head + foot,
        note,
        assemble: (shown) => head +
            parts.tools.text(shown.tools) +
            parts.files.text(shown.files) +
            parts.details.text(shown.details) +
            parts.unreadable.text(shown.unreadable) +
            note(shown) +
            foot,
    };
}
/**
 * Whether any log is a transcript or an execution file. A report of session-recorder logs alone
 * reads as it always has: one row per file, no tokens, no tool errors (that format has neither).
 */
function hasTranscripts(analysis) {
    return (analysis.sessions.some((session) => session.format !== 'session-recorder') ||
        analysis.files.some((file) => file.format !== 'session-recorder'));
}
function fileRows(analysis, context) {
    const { files } = analysis;
    return {
        noun: 'file',
        length: files.length,
        head: FILE_TABLE_HEAD,
        row: (index) => fileRow(files[index], context),
        details: (index) => fileDetails(files[index]),
    };
}
function sessionRows(analysis, context) {
    const { sessions } = analysis;
    const files = new Map(analysis.files.map((file) => [file.path, file]));
    return {
        noun: 'session',
        length: sessions.length,
        head: SESSION_TABLE_HEAD,
        row: (index) => sessionRow(sessions[index], context),
        details: (index) => sessionDetails(sessions[index], files, context),
    };
}
function headlines(analysis, transcripts, scope) {
    const { totals, usage } = analysis;
    if (scope === undefined)
        return [headline(totals, usage, transcripts)];
    const none = totals.files === 0 && totals.unreadableFiles === 0;
    const overallUsage = scope.overallUsage ?? null;
    return [
        none
            ? `No session log was ${scope.label}.`
            : `**Session logs ${scope.label}:** ${headline(totals, usage, transcripts)}`,
        `All session logs: ${headline(scope.overall, overallUsage, overallUsage !== null || scope.overall.toolErrors > 0)}`,
    ];
}
/**
 * Says plainly that the logs cost more than the warning threshold; empty when they do not, or
 * when no threshold is set. The cost is that of every matched log, as the `cost-usd` output's.
 */
function costWarning(usage, thresholdUsd) {
    if (thresholdUsd === undefined || usage === null || !(usage.costUsd > thresholdUsd))
        return '';
    return (`⚠️ **Over the cost warning:** the session logs cost **${markdown_text(usd(usage.costUsd))}**, ` +
        `more than the ${markdown_text(usd(thresholdUsd))} set in <code>cost-warning-usd</code>.`);
}
/** The answer in one line: cost and tokens first when the logs hold them, then the activity. */
function headline(totals, usage, transcripts) {
    if (totals.files === 0 && totals.unreadableFiles === 0)
        return 'No session logs matched.';
    if (totals.files === 0)
        return totals.unreadableFiles === 1
            ? '⚠️ **No session log could be read:** the one file that matched is listed below with the reason.'
            : `⚠️ **No session log could be read:** the ${count(totals.unreadableFiles)} files that matched are listed below with the reasons.`;
    const parts = [];
    if (usage !== null && usage.models.length > 0) {
        const unpriced = usage.unpricedModels.length;
        parts.push(`**${markdown_text(usd(usage.costUsd))}**${unpriced > 0 ? ` + ${format_plural(unpriced, 'unpriced model')}` : ''}`, `**${tokenCount(totalTokens(usage.tokens))} tokens**`);
    }
    const toolDetail = [
        format_plural(totals.distinctTools, 'tool'),
        ...(transcripts ? [format_plural(totals.toolErrors, 'error')] : []),
    ].join(', ');
    parts.push(`**${format_plural(totals.files, 'file')}**`, `**${format_plural(totals.sessions, 'session')}** on ${format_plural(totals.activeDays, 'day')}`, `**${format_plural(totals.interactions, 'interaction')}**`, `**${format_plural(totals.toolCalls, 'tool call')}** (${toolDetail})`);
    if (totals.subagents > 0)
        parts.push(format_plural(totals.subagents, 'subagent'));
    if (totals.sessionTimeMs > 0)
        parts.push(`${duration(totals.sessionTimeMs)} of session time`);
    if (totals.unreadableFiles > 0)
        parts.push(`⚠️ ${format_plural(totals.unreadableFiles, 'file')} unreadable`);
    return parts.join(' · ');
}
/** Every kind of token (web searches are requests, not tokens). */
function totalTokens(tokens) {
    return tokens.input + tokens.output + tokens.cacheWrite5m + tokens.cacheWrite1h + tokens.cacheRead;
}
function kindTable(totals, transcripts) {
    const kinds = transcripts ? TRANSCRIPT_KINDS : HEADER_KINDS;
    return table(['', ...kinds.map(([, , many]) => many), 'total'], [
        [
            '**interactions**',
            ...kinds.map(([kind]) => count(totals.kinds[kind])),
            `**${count(totals.interactions)}**`,
        ],
    ], ['left', ...kinds.map(() => 'right'), 'right']);
}
function activity(totals) {
    if (totals.firstActivity === null || totals.lastActivity === null)
        return '';
    const busiest = totals.busiestDay;
    const busiestText = busiest && totals.activeDays > 1
        ? `; busiest day ${busiest.day} (${format_plural(busiest.interactions, 'interaction')})`
        : '';
    return `Activity ${span(totals.firstActivity, totals.lastActivity)} UTC${busiestText}.`;
}
/** Tokens and cost by model, with the price table's date; nothing when no log holds usage. */
function usageSection(analysis) {
    const { usage, pricing } = analysis;
    if (usage === null || usage.models.length === 0)
        return '';
    const table = modelTable(usage, MODELS_IN_TABLE);
    const dated = pricing.date === '' ? '' : ` of ${pricing.date}`;
    const prices = pricing.source === 'built-in'
        ? `the list prices${dated} (built-in price table)`
        : `the prices${dated} in ${code(truncate(pricing.source, PATTERN_MAX))}`;
    const runs = analysis.sessions.some((session) => session.format === 'execution-file')
        ? "; a claude-code-action run's cost is the one Claude Code reported"
        : '';
    const sections = [
        '### Cost and tokens',
        table,
        `<sub>Each API response counted once. Costs at ${prices}${runs}.</sub>`,
    ];
    if (usage.unpricedModels.length > 0) {
        const names = usage.unpricedModels
            .slice(0, MODELS_IN_TABLE)
            .map((model) => code(truncate(model, MODEL_NAME_MAX)));
        const more = usage.unpricedModels.length - names.length;
        if (more > 0)
            names.push(format_plural(more, 'more model'));
        sections.push(`⚠️ No price for ${names.join(', ')}: ${usage.unpricedModels.length === 1 ? 'its' : 'their'} tokens are counted, ` +
            `${usage.unpricedModels.length === 1 ? 'its' : 'their'} cost is not in the total. ` +
            'The <code>pricing-file</code> input can add a price.');
    }
    return sections.join('\n\n');
}
/**
 * Tokens and cost by model, the first `max` models and the rest summed in one row, with a total
 * row when there is more than one. The 1-hour cache writes and web searches get a column only
 * when some model has them.
 */
function modelTable(usage, max) {
    const split = usage.models.some((model) => model.tokens.cacheWrite1h > 0);
    const searches = usage.models.some((model) => model.tokens.webSearches > 0);
    const header = [
        'model',
        'responses',
        'input',
        'output',
        ...(split ? ['cache writes 5 min', 'cache writes 1 h'] : ['cache writes']),
        'cache reads',
        ...(searches ? ['web searches'] : []),
        'cost',
    ];
    const cells = (label, responses, tokens, cost) => [
        label,
        count(responses),
        count(tokens.input),
        count(tokens.output),
        ...(split
            ? [count(tokens.cacheWrite5m), count(tokens.cacheWrite1h)]
            : [count(tokens.cacheWrite5m + tokens.cacheWrite1h)]),
        count(tokens.cacheRead),
        ...(searches ? [count(tokens.webSearches)] : []),
        cost,
    ];
    const shown = usage.models.length > max + 1 ? usage.models.slice(0, max) : usage.models;
    const rows = shown.map((model) => cells(code(truncate(model.model, MODEL_NAME_MAX)), model.responses, model.tokens, model.costUsd === null ? 'unpriced' : markdown_text(usd(model.costUsd))));
    const rest = usage.models.slice(shown.length);
    if (rest.length > 0) {
        const restUsage = sumModels(rest);
        rows.push(cells(`${format_plural(rest.length, 'more model')}`, restUsage.responses, restUsage.tokens, markdown_text(usd(restUsage.costUsd))));
    }
    if (usage.models.length > 1) {
        const responses = usage.models.reduce((sum, model) => sum + model.responses, 0);
        rows.push(cells('**total**', responses, usage.tokens, `**${markdown_text(usd(usage.costUsd))}**`).map((cell, index) => (index === 0 || index === header.length - 1 ? cell : `**${cell}**`)));
    }
    return table(header, rows, ['left', ...header.slice(1).map(() => 'right')]);
}
/** Responses, tokens and priced cost of some models together. */
function sumModels(models) {
    const add = (key) => models.reduce((sum, model) => sum + model.tokens[key], 0);
    return {
        responses: models.reduce((sum, model) => sum + model.responses, 0),
        tokens: {
            input: add('input'),
            output: add('output'),
            cacheWrite5m: add('cacheWrite5m'),
            cacheWrite1h: add('cacheWrite1h'),
            cacheRead: add('cacheRead'),
            webSearches: add('webSearches'),
        },
        costUsd: models.reduce((sum, model) => sum + (model.costUsd ?? 0), 0),
    };
}
function toolRow(usage, withErrors) {
    return tableRow([
        code(truncate(usage.tool, TOOL_NAME_MAX)),
        count(usage.calls),
        ...(withErrors ? [count(usage.errors)] : []),
        percent(usage.share),
        count(usage.files),
    ]);
}
function sessionRow(session, context) {
    const main = session.paths[0];
    const label = [
        markdown_link(code(session.sessionId.slice(0, 8)), main === undefined ? undefined : context.fileUrl?.(main)),
        ...(session.subagents > 0 ? [format_plural(session.subagents, 'subagent')] : []),
        ...(session.runError === true ? ['⚠️ ended in error'] : []),
    ].join(' · ');
    const { usage } = session;
    return tableRow([
        label,
        when(session),
        count(session.prompts),
        session.toolErrors > 0
            ? oneLine(`${count(session.toolCalls)} (${format_plural(session.toolErrors, 'error')})`)
            : count(session.toolCalls),
        usage === null ? '—' : oneLine(tokenCount(totalTokens(usage.tokens))),
        usage === null ? '—' : sessionCost(usage),
    ]);
}
/**
 * When it started and for how long; a recorder session that has not ended (its duration unknown)
 * says so, as its file's row would.
 */
function when(session) {
    if (session.firstActivity === null && session.lastActivity === null)
        return '—';
    const open = session.format === 'session-recorder' && session.durationMs === null;
    return startedFor((session.firstActivity ?? session.lastActivity), open ? 'not finalized' : session.durationMs);
}
/** `claude-opus-4-5-20251101` → `opus-4-5`: the full names are in the cost table. */
function shortModel(model) {
    return model.replace(/^claude-/, '').replace(/-\d{8}$/, '') || model;
}
function sessionCost(usage) {
    const unpriced = usage.unpricedModels.length;
    return `${markdown_text(usd(usage.costUsd))}${unpriced > 0 ? ` + ${unpriced} unpriced` : ''}`;
}
function sessionDetails(session, files, context) {
    const own = session.paths.map((path) => files.get(path)).filter((file) => file !== undefined);
    const summaries = own.flatMap((file) => file.summaries);
    const problems = own.flatMap((file) => file.problems.map((problem) => own.length > 1 ? `${baseName(file.path)}: ${problem}` : problem));
    const models = session.usage?.models.length ?? 0;
    const heading = [
        FORMAT_NAMES[session.format],
        ...(models > 0 ? [format_plural(models, 'model')] : []),
        ...(session.subagents > 0 ? [format_plural(session.subagents, 'subagent')] : []),
        ...(summaries.length > 0
            ? [format_plural(summaries.length, 'assistant summary', 'assistant summaries')]
            : []),
        format_plural(session.tools.length, 'tool'),
        ...(problems.length > 0 ? [format_plural(problems.length, 'problem')] : []),
    ].join(', ');
    const facts = [
        `Session ${code(truncate(session.sessionId, SESSION_ID_MAX))}`,
        ...(session.versions.length > 0
            ? [markdown_text(truncate(`Claude Code ${session.versions.join(', ')}`, PATTERN_MAX))]
            : []),
        ...(session.branches.length > 0 ? [branchList(session.branches)] : []),
        ...(session.activeMs !== null ? [`${duration(session.activeMs)} active`] : []),
        ...(session.compactions > 0 ? [format_plural(session.compactions, 'compaction')] : []),
        ...(session.apiErrors > 0 ? [format_plural(session.apiErrors, 'API error')] : []),
        ...(session.runError === true ? ['⚠️ the run ended in error'] : []),
    ];
    const body = [facts.join(' · ')];
    const shownPaths = session.paths.slice(0, PATHS_IN_DETAILS);
    const morePaths = session.paths.length - shownPaths.length;
    body.push(`${session.paths.length === 1 ? 'File' : 'Files'}: ${shownPaths
        .map((path) => markdown_link(markdown_text(baseName(path)), context.fileUrl?.(path)))
        .join(', ')}${morePaths > 0 ? ` +${format_plural(morePaths, 'more file')}` : ''}`);
    if (summaries.length > 0)
        body.push(summaryList(summaries));
    if (session.usage !== null && session.usage.models.length > 0)
        body.push(modelTable(session.usage, MODELS_IN_TABLE));
    if (session.agents.length > 0)
        body.push(agentTable(session, context));
    if (session.tools.length > 0) {
        const shown = session.tools
            .slice(0, TOOLS_IN_DETAILS)
            .map(({ tool, calls, errors }) => `${markdown_text(truncate(tool, TOOL_NAME_MAX))} ${count(calls)}${errors > 0 ? ` (${format_plural(errors, 'error')})` : ''}`);
        const rest = session.tools.length - shown.length;
        body.push(`Tools: ${shown.join(' · ')}${rest > 0 ? ` +${rest}` : ''}`);
    }
    if (problems.length > 0)
        body.push(problems.map((problem) => `- ⚠️ ${markdown_text(problem)}`).join('\n'));
    return details(`${code(session.sessionId.slice(0, 8))} — ${heading}`, body.join('\n\n'));
}
function branchList(branches) {
    const shown = branches
        .slice(0, BRANCHES_IN_DETAILS)
        .map((branch) => code(truncate(branch, PATTERN_MAX)));
    const rest = branches.length - shown.length;
    return `${branches.length === 1 ? 'branch' : 'branches'} ${shown.join(', ')}${rest > 0 ? ` +${rest}` : ''}`;
}
function agentTable(session, context) {
    const shown = session.agents.slice(0, AGENTS_IN_DETAILS);
    const rows = shown.map((agent) => [
        markdown_link(code(truncate(agent.agentId, SESSION_ID_MAX)), context.fileUrl?.(agent.path)),
        agent.type === null ? '—' : markdown_text(truncate(agent.type, TOOL_NAME_MAX)),
        agent.description === null ? '—' : markdown_text(truncate(agent.description, AGENT_TASK_MAX)),
        count(agent.responses),
        count(agent.toolCalls),
        tokenCount(totalTokens(agent.usage.tokens)),
        sessionCost(agent.usage),
    ]);
    const rest = session.agents.length - shown.length;
    if (rest > 0)
        rows.push([format_plural(rest, 'more subagent'), '', '', '', '', '', '']);
    return table(['subagent', 'type', 'task', 'responses', 'tool calls', 'tokens', 'cost'], rows, [
        'left',
        'left',
        'left',
        'right',
        'right',
        'right',
        'right',
    ]);
}
function fileRow(file, context) {
    return tableRow([
        markdown_link(markdown_text(baseName(file.path)), context.fileUrl?.(file.path)),
        file.start === null
            ? '—'
            : startedFor(file.start, file.end === null ? 'not finalized' : file.durationMs),
        count(file.interactions),
        count(file.kinds.tool_call),
        topTools(file),
    ]);
}
function topTools(file) {
    if (file.tools.length === 0)
        return '—';
    return toolCounts(file, TOP_TOOLS_IN_FILE_ROW, ', ');
}
/** The first `max` tools of a file with their calls, and how many more there are. */
function toolCounts(file, max, separator) {
    const top = file.tools
        .slice(0, max)
        .map(({ tool, calls }) => `${markdown_text(truncate(tool, TOOL_NAME_MAX))} ${count(calls)}`);
    const rest = file.tools.length - max;
    return rest > 0 ? `${top.join(separator)} +${rest}` : top.join(separator);
}
function fileDetails(file) {
    const heading = [
        format_plural(file.summaries.length, 'assistant summary', 'assistant summaries'),
        format_plural(file.tools.length, 'tool'),
        ...(file.problems.length > 0 ? [format_plural(file.problems.length, 'problem')] : []),
    ].join(', ');
    const body = [
        `Session ${code(truncate(file.sessionId, SESSION_ID_MAX))} · ${bytes(file.bytes)} · ${HEADER_KINDS.map(([kind, one, many]) => format_plural(file.kinds[kind], one, many)).join(', ')}`,
    ];
    if (file.summaries.length > 0)
        body.push(summaryList(file.summaries));
    if (file.tools.length > 0)
        body.push(`Tools: ${toolCounts(file, TOOLS_IN_DETAILS, ' · ')}`);
    if (file.problems.length > 0)
        body.push(file.problems.map((problem) => `- ⚠️ ${markdown_text(problem)}`).join('\n'));
    return details(`${markdown_text(baseName(file.path))} — ${heading}`, body.join('\n\n'));
}
/** The first assistant summaries, one per line, with their time of day. */
function summaryList(summaries) {
    const lines = summaries
        .slice(0, SUMMARIES_IN_DETAILS)
        .map((summary) => `- ${summary.timestamp ? `${dateTime(summary.timestamp).slice(11)} ` : ''}${markdown_text(truncate(summary.text, SUMMARY_TEXT_MAX))}`);
    const rest = summaries.length - SUMMARIES_IN_DETAILS;
    if (rest > 0)
        lines.push(`- … and ${format_plural(rest, 'later summary', 'later summaries')}`);
    return lines.join('\n');
}
function unreadableLine(file) {
    const where = file.position ? ` (line ${file.position.line}, column ${file.position.column})` : '';
    return `> - ${code(file.path)}: ${markdown_text(file.reason)}${where}`;
}
function omissions(analysis, rows, context, shown) {
    const left = [];
    const hiddenDetails = rows.length - shown.details;
    if (hiddenDetails > 0)
        left.push(`the details of ${format_plural(hiddenDetails, rows.noun)}`);
    const hiddenRows = rows.length - shown.files;
    if (hiddenRows > 0)
        left.push(`the rows of the ${format_plural(hiddenRows, `oldest ${rows.noun}`)}`);
    const hiddenTools = analysis.tools.length - shown.tools;
    if (hiddenTools > 0)
        left.push(format_plural(hiddenTools, 'less used tool'));
    const hiddenUnreadable = analysis.unreadable.length - shown.unreadable;
    if (hiddenUnreadable > 0)
        left.push(`${format_plural(hiddenUnreadable, 'more unreadable file')} (each has a warning)`);
    if (left.length === 0)
        return '';
    const where = context.fullReportUrl
        ? ` The full report is in the [run's step summary](${context.fullReportUrl}).`
        : context.reportFile
            ? ' The JSON report has everything.'
            : '';
    return `_Left out to stay within GitHub's size limit: ${left.join(', ')}.${where}_`;
}
function footer(context, totals) {
    const everyFile = context.scope?.overall ?? totals;
    const matched = format_plural(everyFile.files + everyFile.unreadableFiles, 'file');
    const shownPatterns = context.patterns
        .slice(0, PATTERNS_SHOWN)
        .map((pattern) => code(truncate(pattern, PATTERN_MAX)));
    const morePatterns = context.patterns.length - PATTERNS_SHOWN;
    if (morePatterns > 0)
        shownPatterns.push(`${format_plural(morePatterns, 'more pattern')}`);
    const parts = [`${matched} matched ${shownPatterns.join(', ')}`];
    if (context.reportFile)
        parts.push(`JSON report: ${code(truncate(context.reportFile, PATTERN_MAX))}`);
    return `<sub>${parts.join(' · ')}</sub>`;
}
function baseName(file) {
    return file.slice(file.lastIndexOf('/') + 1);
}
/** Cuts at a line boundary so the result measures at most `limit.max`. */
function cutToFit(markdown, limit) {
    const note = "\n\n_Report cut to stay within GitHub's size limit._\n";
    let lines = markdown.split('\n');
    while (lines.length > 1 && limit.measure(lines.join('\n') + note) > limit.max)
        lines = lines.slice(0, Math.ceil(lines.length / 2));
    let result = lines.join('\n');
    while (limit.measure(result + note) > limit.max && result.length > 0)
        result = result.slice(0, Math.floor(result.length / 2));
    return result + note;
}

;// CONCATENATED MODULE: ./src/report-json.ts
/**
 * Bumped on any change that could break a reader of the JSON report; additions keep the version.
 * Version 2: files of several formats, so `byType` of a transcript counts prompts, tool uses,
 * tool results and responses; sessions, usage and cost added.
 */
const REPORT_SCHEMA_VERSION = 2;
/** Builds the JSON report from the analysis. Pure. */
function toJsonReport(analysis, meta) {
    const { totals } = analysis;
    return {
        schemaVersion: REPORT_SCHEMA_VERSION,
        title: meta.title,
        commit: meta.commit,
        patterns: meta.patterns,
        pricing: { date: analysis.pricing.date, source: analysis.pricing.source },
        totals: {
            files: totals.files,
            unreadableFiles: totals.unreadableFiles,
            sessions: totals.sessions,
            interactions: totals.interactions,
            byType: { ...totals.kinds },
            prompts: totals.prompts,
            responses: totals.responses,
            toolCalls: totals.toolCalls,
            toolErrors: totals.toolErrors,
            distinctTools: totals.distinctTools,
            subagents: totals.subagents,
            sessionTimeSeconds: seconds(totals.sessionTimeMs),
            activeDays: totals.activeDays,
            firstActivity: totals.firstActivity,
            lastActivity: totals.lastActivity,
            busiestDay: totals.busiestDay,
        },
        usage: analysis.usage === null ? null : jsonUsage(analysis.usage),
        tools: analysis.tools.map((usage) => ({
            tool: usage.tool,
            calls: usage.calls,
            errors: usage.errors,
            share: Math.round(usage.share * 10_000) / 10_000,
            files: usage.files,
        })),
        sessions: analysis.sessions.map(jsonSession),
        files: analysis.files.map((file) => ({
            path: file.path,
            format: file.format,
            bytes: file.bytes,
            sessionId: file.sessionId,
            start: file.start,
            end: file.end,
            finalized: file.end !== null,
            durationSeconds: file.durationMs === null ? null : seconds(file.durationMs),
            interactions: file.interactions,
            byType: { ...file.kinds },
            tools: Object.fromEntries(file.tools.map(({ tool, calls }) => [tool, calls])),
            summaries: file.summaries.map((summary) => ({ ...summary })),
            problems: file.problems,
        })),
        unreadable: analysis.unreadable.map((file) => ({
            path: file.path,
            reason: file.reason,
            line: file.position?.line ?? null,
            column: file.position?.column ?? null,
        })),
    };
}
function jsonSession(session) {
    return {
        sessionId: session.sessionId,
        format: session.format,
        paths: session.paths,
        firstActivity: session.firstActivity,
        lastActivity: session.lastActivity,
        durationSeconds: session.durationMs === null ? null : seconds(session.durationMs),
        activeSeconds: session.activeMs === null ? null : seconds(session.activeMs),
        prompts: session.prompts,
        responses: session.responses,
        toolCalls: session.toolCalls,
        toolErrors: session.toolErrors,
        tools: session.tools.map(({ tool, calls, errors }) => ({ tool, calls, errors })),
        subagents: session.subagents,
        agents: session.agents.map((agent) => ({
            agentId: agent.agentId,
            type: agent.type,
            description: agent.description,
            path: agent.path,
            responses: agent.responses,
            toolCalls: agent.toolCalls,
            usage: jsonUsage(agent.usage),
        })),
        usage: session.usage === null ? null : jsonUsage(session.usage),
        compactions: session.compactions,
        apiErrors: session.apiErrors,
        versions: session.versions,
        branches: session.branches,
        runError: session.runError,
    };
}
function jsonUsage(usage) {
    return {
        tokens: usageTokens(usage.tokens),
        costUsd: roundUsd(usage.costUsd, COST_DIGITS),
        unpricedModels: usage.unpricedModels,
        models: usage.models.map(jsonModelUsage),
    };
}
function jsonModelUsage(model) {
    return {
        model: model.model,
        responses: model.responses,
        tokens: usageTokens(model.tokens),
        costUsd: model.costUsd === null ? null : roundUsd(model.costUsd, COST_DIGITS),
    };
}
/** Millionths of a dollar: finer than any price, and free of float noise (0.30000000000000004). */
const COST_DIGITS = 6;
/** Tokens under the names the report and outputs use. */
function usageTokens(tokens) {
    return {
        input: tokens.input,
        output: tokens.output,
        cacheCreation: tokens.cacheWrite5m + tokens.cacheWrite1h,
        cacheCreation5m: tokens.cacheWrite5m,
        cacheCreation1h: tokens.cacheWrite1h,
        cacheRead: tokens.cacheRead,
        webSearches: tokens.webSearches,
    };
}
/** Dollars to `digits` decimals, as a number (1.23456 → 1.2346 at 4). */
function roundUsd(value, digits) {
    const scale = 10 ** digits;
    return Math.round(value * scale) / scale;
}
function seconds(ms) {
    return Math.round(ms / 1000);
}

;// CONCATENATED MODULE: ./node_modules/balanced-match/dist/esm/index.js
const balanced = (a, b, str) => {
    const ma = a instanceof RegExp ? maybeMatch(a, str) : a;
    const mb = b instanceof RegExp ? maybeMatch(b, str) : b;
    const r = ma !== null && mb != null && range(ma, mb, str);
    return (r && {
        start: r[0],
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + ma.length, r[1]),
        post: str.slice(r[1] + mb.length),
    });
};
const maybeMatch = (reg, str) => {
    const m = str.match(reg);
    return m ? m[0] : null;
};
const range = (a, b, str) => {
    let begs, beg, left, right = undefined, result;
    let ai = str.indexOf(a);
    let bi = str.indexOf(b, ai + 1);
    let i = ai;
    if (ai >= 0 && bi > 0) {
        if (a === b) {
            return [ai, bi];
        }
        begs = [];
        left = str.length;
        while (i >= 0 && !result) {
            if (i === ai) {
                begs.push(i);
                ai = str.indexOf(a, i + 1);
            }
            else if (begs.length === 1) {
                const r = begs.pop();
                if (r !== undefined)
                    result = [r, bi];
            }
            else {
                beg = begs.pop();
                if (beg !== undefined && beg < left) {
                    left = beg;
                    right = bi;
                }
                bi = str.indexOf(b, i + 1);
            }
            i = ai < bi && ai >= 0 ? ai : bi;
        }
        if (begs.length && right !== undefined) {
            result = [left, right];
        }
    }
    return result;
};
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/brace-expansion/dist/esm/index.js

const escSlash = '\0SLASH' + Math.random().toFixed(16) + '\0';
const escOpen = '\0OPEN' + Math.random().toFixed(16) + '\0';
const escClose = '\0CLOSE' + Math.random().toFixed(16) + '\0';
const escComma = '\0COMMA' + Math.random().toFixed(16) + '\0';
const escPeriod = '\0PERIOD' + Math.random().toFixed(16) + '\0';
const escSlashPattern = new RegExp(escSlash, 'g');
const escOpenPattern = new RegExp(escOpen, 'g');
const escClosePattern = new RegExp(escClose, 'g');
const escCommaPattern = new RegExp(escComma, 'g');
const escPeriodPattern = new RegExp(escPeriod, 'g');
const slashPattern = /\\\\/g;
const openPattern = /\\{/g;
const closePattern = /\\}/g;
const commaPattern = /\\,/g;
const periodPattern = /\\\./g;
const EXPANSION_MAX = 100_000;
// `EXPANSION_MAX` caps the *number* of expansions, but not their length. An
// input like `'{a,b}'.repeat(1500)` stays under that count - its output is
// truncated to 100k results - while making every result ~1500 characters
// long. The result set, and the intermediate arrays built while combining
// brace sets, then grow large enough to exhaust memory and crash the process
// (CVE-2026-14257). `EXPANSION_MAX_LENGTH` bounds the total number of
// characters the accumulator may hold at any point, so memory stays flat no
// matter how many brace groups are chained. The limit sits well above any
// realistic expansion (100k results hitting `EXPANSION_MAX` measure ~1M
// characters) so legitimate input is unaffected.
const EXPANSION_MAX_LENGTH = 4_000_000;
// `expand_` recurses once per level of brace *nesting* - both when expanding a
// set's comma members and when re-wrapping a set whose body is a single part.
// The CVE-2026-14257 fix made the *tail* iterative (recursion on `m.post`, one
// level per chained group), which left nesting depth unbounded: about 3,100
// levels of `{{{...a,b...}}}` - only ~6KB of input - exhausted the native stack
// and crashed the process. `EXPANSION_MAX_DEPTH` bounds how deep the parser
// will follow nesting. It sits far above any realistic pattern and well below
// the depth at which the stack runs out.
const EXPANSION_MAX_DEPTH = 1_000;
// Bash keeps a quirk where a brace group followed by a comma set still expands
// (`{a},b}`). The parser implements it by rewriting the string and restarting
// the scan, absorbing one `}` per pass. `n` trailing braces therefore cost `n`
// full passes over a string that itself grows by one `escClose` sentinel each
// time - quadratic in `n`, with a ~26x constant from the sentinel's length.
// 128KB of `'{a}' + '}'.repeat(n) + ',z}'` blocked the event loop for 27
// seconds to produce two results. `EXPANSION_MAX_REWRITES` bounds how many
// times the scan may restart. Real `{a},b}` input needs a handful.
const EXPANSION_MAX_REWRITES = 1_000;
// `EXPANSION_MAX_STEPS` bounds the work one `expand` call does, which `max`,
// `maxLength` and `maxDepth` don't: nested sets are rescanned at every level
// and chained groups each rebuild up to `max` results, so 2KB of input could
// block the event loop for over 30 seconds. Each character scanned, result
// built and sequence value generated is a step, and each `expand_` call costs
// `CALL_STEPS` more. Past the budget, the set being expanded and everything
// after it stay literal. A glob needs a few hundred steps, and nesting all the
// way to `EXPANSION_MAX_DEPTH` about 4M.
const EXPANSION_MAX_STEPS = 20_000_000;
// What one `expand_` call costs on top of what it scans and builds. Setting
// one up takes about as long as scanning 16 characters, and a set whose
// results are wrapped to be expanded again makes one call per result, each
// scanning and building next to nothing: 64KB of
// `('{{' + ','.repeat(316) + '}{' + ','.repeat(316) + '}}').repeat(n)` made
// 4M such calls, which spent the budget three times as slowly as anything
// else.
const CALL_STEPS = 16;
function numeric(str) {
    return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
    return str
        .replace(slashPattern, escSlash)
        .replace(openPattern, escOpen)
        .replace(closePattern, escClose)
        .replace(commaPattern, escComma)
        .replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
    return str
        .replace(escSlashPattern, '\\')
        .replace(escOpenPattern, '{')
        .replace(escClosePattern, '}')
        .replace(escCommaPattern, ',')
        .replace(escPeriodPattern, '.');
}
// Like `target.push(...items)` but doesn't overflow the stack
function esm_pushAll(target, items) {
    for (let i = 0; i < items.length; i++) {
        target.push(items[i]);
    }
}
// `balanced`, run on `masked` (see `maskUnmatchedOpens`), sliced from `str`
// and charged for the characters it walks: up to the group's `}`, or the
// whole string when there is no match or unmatched `{` come first, which
// `unmatched` then flags for masking. Once a call overdraws the budget, it
// and every later one return undefined, so the rest stays literal.
function balancedWithBudget(str, masked, budget) {
    if (budget.remaining < 0) {
        return undefined;
    }
    const r = range('{', '}', masked);
    const unmatched = r !== undefined && masked.indexOf('{') < r[0];
    budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
    if (!r || budget.remaining < 0) {
        return undefined;
    }
    return {
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + 1, r[1]),
        post: str.slice(r[1] + 1),
        unmatched,
    };
}
// `masked` with every `{` that has no matching `}` swapped for a `\0`, which
// keeps the length, so a scan of it still lines up with the string it was
// made from. Such a `{` is literal either way, but `balanced` only learns that
// one is unmatched by reading to the end of the string, so with one at the
// head of every group (`'{a,{b,c}'.repeat(n)`) each scan read the rest of the
// input. That was quadratic, and once the step budget charged for it, it ran
// out partway through and left the rest literal. A scan of the masked copy
// stops at the group's `}`. It is one pass, charged as such.
function maskUnmatchedOpens(masked, budget) {
    budget.remaining -= masked.length;
    const open = [];
    for (let i = 0; i < masked.length; i++) {
        const c = masked.charCodeAt(i);
        if (c === 0x7b) {
            open.push(i);
        }
        else if (c === 0x7d && open.length) {
            open.pop();
        }
    }
    let out = '';
    let last = 0;
    for (let i = 0; i < open.length; i++) {
        const at = open[i];
        out += masked.slice(last, at) + '\0';
        last = at + 1;
    }
    return out + masked.slice(last);
}
// Whether `str` has a `,` not followed by another `,`, with a `}` after it on
// the same line - what `/,(?!,).*\}/.test(str)` asks, answered in one pass from
// the end. The regex tries every `,` and backtracks through the rest of its
// line from each, which is quadratic, and the `{a},b}` rewrite asks again on
// every pass. Like a scan, it is charged for the whole string and refused if
// that overdraws the budget.
function commaSetFollows(str, budget) {
    budget.remaining -= str.length;
    if (budget.remaining < 0) {
        return false;
    }
    // Whether a `}` follows the current position before the line ends
    let close = false;
    for (let i = str.length - 1; i >= 0; i--) {
        const c = str.charCodeAt(i);
        if (c === 0x7d) {
            close = true;
        }
        else if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
            // A line terminator, which `.` does not match
            close = false;
        }
        else if (c === 0x2c && close && str.charCodeAt(i + 1) !== 0x2c) {
            return true;
        }
    }
    return false;
}
/**
 * Basically just str.split(","), but handling cases
 * where we have nested braced sections, which should be
 * treated as individual members, like {a,{b,c},d}
 *
 * Returns `undefined` if the step budget runs out before the whole set is
 * split, since splitting what is left on every comma would tear apart the
 * nested sets it still holds.
 */
function parseCommaParts(str, budget) {
    const parts = [];
    // Walk the brace groups iteratively. Recursing on `post` once per group let a
    // chain of them exhaust the stack - the parsing-side counterpart to
    // the `expand_` overflow fixed for CVE-2026-14257, and not something `max` or
    // `maxLength` can bound, since it happens before expansion.
    //
    // The part the next chunk continues
    let carry = '';
    for (;;) {
        // A set's body holds no unmatched `{`, so there is nothing to mask.
        const m = balancedWithBudget(str, str, budget);
        if (budget.remaining < 0) {
            return undefined;
        }
        if (!m) {
            const tail = str.split(',');
            tail[0] = carry + tail[0];
            esm_pushAll(parts, tail);
            return parts;
        }
        const { pre, body, post } = m;
        const p = pre.split(',');
        p[0] = carry + p[0];
        p[p.length - 1] += '{' + body + '}';
        if (!post.length) {
            esm_pushAll(parts, p);
            return parts;
        }
        carry = p.pop();
        esm_pushAll(parts, p);
        str = post;
    }
}
// An option that is left out, or that is NaN, gets its default. Every
// comparison against NaN is false, so a NaN bound would never be reached:
// `{ maxSteps: NaN }` let 15KB of input block the event loop for 16 seconds,
// and `{ maxDepth: NaN }` overflowed the stack again (CVE-2026-102278). Pass
// `Infinity` to lift a bound.
function bound(value, fallback) {
    return value === undefined || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
    if (!str) {
        return [];
    }
    const max = bound(options.max, EXPANSION_MAX);
    const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
    const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
    const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
    const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
    // I don't know why Bash 4.3 does this, but it does.
    // Anything starting with {} will have the first two bytes preserved
    // but *only* at the top level, so {},a}b will not expand to anything,
    // but a{},b}c will be expanded to [a}c,abc].
    // One could argue that this is a bug in Bash, but since the goal of
    // this module is to match Bash's rules, we escape a leading {}
    if (str.slice(0, 2) === '{}') {
        str = '\\{\\}' + str.slice(2);
    }
    return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
    return '{' + str + '}';
}
function isPadded(el) {
    return /^-?0\d/.test(el);
}
function lte(i, y) {
    return i <= y;
}
function gte(i, y) {
    return i >= y;
}
// Build `{ acc[a] + pre + values[v] }` for every combination, capping the
// number of results at `max` and the total number of characters at `maxLength`.
// This is the one place output grows, so bounding it here keeps the single
// accumulator - and therefore memory - flat regardless of how many brace groups
// are combined (CVE-2026-14257). Each result built is a step, since `max` and
// `maxLength` bound one combination, not how many brace groups are combined.
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
    const out = [];
    let length = 0;
    // Bash drops empty results at the top level, and they don't count against
    // `max`, so `max` bounds the number of *kept* results. Only an empty
    // `acc[a] + pre` can make one, so for those the empty values are skipped
    // without being visited. Visiting them one at a time let a set of empties
    // cost `acc.length * values.length` while keeping nothing.
    let nonEmpty;
    outer: for (let a = 0; a < acc.length; a++) {
        const prefix = acc[a] + pre;
        let vs = values;
        if (dropEmpties && !prefix) {
            if (!nonEmpty)
                nonEmpty = values.filter(v => v);
            vs = nonEmpty;
        }
        for (let v = 0; v < vs.length; v++) {
            if (out.length >= max)
                break outer;
            const expansion = prefix + vs[v];
            if (length + expansion.length > maxLength)
                break outer;
            out.push(expansion);
            length += expansion.length;
        }
    }
    budget.remaining -= out.length;
    return out;
}
// The expansion values of a single numeric (`1..5`) or alphabetic (`a..e..2`)
// sequence body, or `undefined` if the step budget runs out generating them.
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
    const n = body.split(/\.\./);
    const N = [];
    // A sequence body always splits into two or three parts, but the compiler
    // can't know that.
    /* c8 ignore start */
    if (n[0] === undefined || n[1] === undefined) {
        return N;
    }
    /* c8 ignore stop */
    const x = numeric(n[0]);
    const y = numeric(n[1]);
    const width = Math.max(n[0].length, n[1].length);
    let incr = n.length === 3 && n[2] !== undefined ?
        Math.max(Math.abs(numeric(n[2])), 1)
        : 1;
    let test = lte;
    const reverse = y < x;
    if (reverse) {
        incr *= -1;
        test = gte;
    }
    const pad = n.some(isPadded);
    // A padded value is built a character at a time to `width`, which the input
    // sets, so it costs one step per character: 64KB of
    // `('{' + '0'.repeat(100) + '..99999}').repeat(n)` took 7 seconds charged
    // one step per value.
    const cost = pad ? width : 1;
    let length = 0;
    for (let i = x; test(i, y) && N.length < max; i += incr) {
        // Each value is a step. `max` and `maxLength` bound one sequence, but a
        // chain of them still generated up to `max` values each, however few
        // combining could keep.
        budget.remaining -= cost;
        if (budget.remaining < 0) {
            return undefined;
        }
        let c;
        if (isAlphaSequence) {
            c = String.fromCharCode(i);
            if (c === '\\') {
                c = '';
            }
        }
        else {
            c = String(i);
            if (pad) {
                const need = width - c.length;
                if (need > 0) {
                    const z = new Array(need + 1).join('0');
                    if (i < 0) {
                        c = '-' + z + c.slice(1);
                    }
                    else {
                        c = z + c;
                    }
                }
            }
        }
        if (length + c.length > maxLength)
            break;
        N.push(c);
        length += c.length;
    }
    return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
    // An overdraft here makes the first scan refuse, so `str` stays literal.
    budget.remaining -= CALL_STEPS;
    // Too deeply nested to keep following: treat the rest as literal, the same
    // way a group that cannot expand is already handled. Truncating rather than
    // throwing keeps `expand` total, matching `max` and `maxLength`.
    if (depth > maxDepth) {
        return [str];
    }
    // Consume the string's top-level brace groups left to right, threading a
    // running set of combined prefixes (`acc`). Expanding the tail iteratively -
    // rather than recursing on `m.post` once per group - keeps the native stack
    // depth constant, so deeply chained input (`'{a,b}'.repeat(3000)`) can no
    // longer overflow the stack, and leaves a single accumulator whose size
    // `maxLength` bounds directly (CVE-2026-14257).
    let acc = [''];
    // Bash drops empty results, but only when the *first* top-level group is a
    // comma set - a sequence like `{a..\}` may legitimately yield ''. The drop
    // is on the final strings, so it is applied to whichever `combine` produces
    // them (the one with no brace set left in the tail).
    // How many times the `{a},b}` rewrite below has restarted the scan. Each pass
    // re-reads the whole string, so leaving this unbounded is quadratic.
    let rewrites = 0;
    let dropEmpties = false;
    let firstGroup = true;
    // `str` with its unmatched `{` masked, once a scan has run into them
    let masked = str;
    for (;;) {
        const m = balancedWithBudget(str, masked, budget);
        // No brace set left, or no step budget left to look for one: the rest of
        // the string is literal.
        if (!m) {
            return combine(acc, str, [''], max, maxLength, dropEmpties, budget);
        }
        if (m.unmatched) {
            masked = maskUnmatchedOpens(masked, budget);
        }
        // no need to expand pre, since it is guaranteed to be free of brace-sets
        const pre = m.pre;
        // This set and the rest of the string, literal: for a set that cannot
        // expand, and for one the step budget runs out on. Once it is overdrawn,
        // every set still being expanded, at every level, stays literal like this -
        // otherwise each level above would go on combining, and wrapping and
        // expanding again, results the budget was too small for.
        const literal = () => combine(acc, pre + '{' + m.body + '}' + m.post, [''], max, maxLength, dropEmpties, budget);
        if (/\$$/.test(pre)) {
            acc = combine(acc, pre + '{' + m.body + '}', [''], max, maxLength, dropEmpties && !m.post.length, budget);
            firstGroup = false;
            if (!m.post.length)
                break;
            str = m.post;
            masked = masked.slice(m.end + 1);
            continue;
        }
        const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
        const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
        const isSequence = isNumericSequence || isAlphaSequence;
        const isOptions = m.body.indexOf(',') >= 0;
        if (!isSequence && !isOptions) {
            // {a},b}
            if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
                rewrites++;
                str = m.pre + '{' + m.body + escClose + m.post;
                // Taking a `}` away never gives an unmatched `{` a partner, so what
                // is masked stays unmatched. The `{` it closed can be left without
                // one, and the next scan masks it.
                masked =
                    masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
                isTop = true;
                continue;
            }
            // Nothing here expands, so the whole remaining string is literal.
            return literal();
        }
        if (firstGroup) {
            dropEmpties = isTop && !isSequence;
            firstGroup = false;
        }
        let values;
        if (isSequence) {
            values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
            if (!values) {
                return literal();
            }
        }
        else {
            let n = parseCommaParts(m.body, budget);
            // The step budget ran out partway through the set.
            if (!n) {
                return literal();
            }
            if (n.length === 1 && n[0] !== undefined) {
                // x{{a,b}}y ==> x{a}y x{b}y
                n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
                // The step budget ran out expanding the set's only part.
                if (budget.remaining < 0) {
                    return literal();
                }
                //XXX is this necessary? Can't seem to hit it in tests.
                /* c8 ignore start */
                if (n.length === 1) {
                    const next = combine(acc, pre + n[0], [''], max, maxLength, dropEmpties && !m.post.length, budget);
                    if (budget.remaining < 0) {
                        return literal();
                    }
                    acc = next;
                    if (!m.post.length)
                        break;
                    str = m.post;
                    masked = masked.slice(m.end + 1);
                    continue;
                }
                /* c8 ignore stop */
            }
            // Values that `combine` is going to drop as empty produce no result, so
            // they must not count against `max` - otherwise `{a,,b}` with `max: 2`
            // would stop at `['a', '']` and yield one result instead of two. Skipping
            // them outright keeps `values` bounded while leaving `max` a bound on
            // *kept* results.
            let dropsEmpties = dropEmpties && !m.post.length && !pre;
            for (let d = 0; dropsEmpties && d < acc.length; d++) {
                if (acc[d]) {
                    dropsEmpties = false;
                }
            }
            values = [];
            let valuesLength = 0;
            outer: for (let j = 0; j < n.length; j++) {
                const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
                // The step budget ran out expanding a member.
                if (budget.remaining < 0) {
                    return literal();
                }
                for (let k = 0; k < expanded.length; k++) {
                    const v = expanded[k];
                    if (dropsEmpties && !v)
                        continue;
                    if (values.length >= max ||
                        valuesLength + v.length > maxLength) {
                        break outer;
                    }
                    values.push(v);
                    valuesLength += v.length;
                }
            }
        }
        const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
        // The step budget ran out combining the set's values in.
        if (budget.remaining < 0) {
            return literal();
        }
        acc = next;
        if (!m.post.length)
            break;
        str = m.post;
        masked = masked.slice(m.end + 1);
    }
    return acc;
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/assert-valid-pattern.js
const MAX_PATTERN_LENGTH = 1024 * 64;
const assertValidPattern = (pattern) => {
    if (typeof pattern !== 'string') {
        throw new TypeError('invalid pattern');
    }
    if (pattern.length > MAX_PATTERN_LENGTH) {
        throw new TypeError('pattern is too long');
    }
};
//# sourceMappingURL=assert-valid-pattern.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/brace-expressions.js
// translate the various posix character classes into unicode properties
// this works across all unicode locales
// { <posix class>: [<translation>, /u flag required, negated]
const posixClasses = {
    '[:alnum:]': ['\\p{L}\\p{Nl}\\p{Nd}', true],
    '[:alpha:]': ['\\p{L}\\p{Nl}', true],
    '[:ascii:]': ['\\x' + '00-\\x' + '7f', false],
    '[:blank:]': ['\\p{Zs}\\t', true],
    '[:cntrl:]': ['\\p{Cc}', true],
    '[:digit:]': ['\\p{Nd}', true],
    '[:graph:]': ['\\p{Z}\\p{C}', true, true],
    '[:lower:]': ['\\p{Ll}', true],
    '[:print:]': ['\\p{C}', true],
    '[:punct:]': ['\\p{P}', true],
    '[:space:]': ['\\p{Z}\\t\\r\\n\\v\\f', true],
    '[:upper:]': ['\\p{Lu}', true],
    '[:word:]': ['\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}', true],
    '[:xdigit:]': ['A-Fa-f0-9', false],
};
// only need to escape a few things inside of brace expressions
// escapes: [ \ ] -
const braceEscape = (s) => s.replace(/[[\]\\-]/g, '\\$&');
// escape all regexp magic characters
const regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
// everything has already been escaped, we just have to join
const rangesToString = (ranges) => ranges.join('');
// takes a glob string at a posix brace expression, and returns
// an equivalent regular expression source, and boolean indicating
// whether the /u flag needs to be applied, and the number of chars
// consumed to parse the character class.
// This also removes out of order ranges, and returns ($.) if the
// entire class just no good.
const parseClass = (glob, position) => {
    const pos = position;
    /* c8 ignore start */
    if (glob.charAt(pos) !== '[') {
        throw new Error('not in a brace expression');
    }
    /* c8 ignore stop */
    const ranges = [];
    const negs = [];
    let i = pos + 1;
    let sawStart = false;
    let uflag = false;
    let escaping = false;
    let negate = false;
    let endPos = pos;
    let rangeStart = '';
    WHILE: while (i < glob.length) {
        const c = glob.charAt(i);
        if ((c === '!' || c === '^') && i === pos + 1) {
            negate = true;
            i++;
            continue;
        }
        if (c === ']' && sawStart && !escaping) {
            endPos = i + 1;
            break;
        }
        sawStart = true;
        if (c === '\\') {
            if (!escaping) {
                escaping = true;
                i++;
                continue;
            }
            // escaped \ char, fall through and treat like normal char
        }
        if (c === '[' && !escaping) {
            // either a posix class, a collation equivalent, or just a [
            for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) {
                if (glob.startsWith(cls, i)) {
                    // invalid, [a-[] is fine, but not [a-[:alpha]]
                    if (rangeStart) {
                        return ['$.', false, glob.length - pos, true];
                    }
                    i += cls.length;
                    if (neg)
                        negs.push(unip);
                    else
                        ranges.push(unip);
                    uflag = uflag || u;
                    continue WHILE;
                }
            }
        }
        // now it's just a normal character, effectively
        escaping = false;
        if (rangeStart) {
            // throw this range away if it's not valid, but others
            // can still match.
            if (c > rangeStart) {
                ranges.push(braceEscape(rangeStart) + '-' + braceEscape(c));
            }
            else if (c === rangeStart) {
                ranges.push(braceEscape(c));
            }
            rangeStart = '';
            i++;
            continue;
        }
        // now might be the start of a range.
        // can be either c-d or c-] or c<more...>] or c] at this point
        if (glob.startsWith('-]', i + 1)) {
            ranges.push(braceEscape(c + '-'));
            i += 2;
            continue;
        }
        if (glob.startsWith('-', i + 1)) {
            rangeStart = c;
            i += 2;
            continue;
        }
        // not the start of a range, just a single character
        ranges.push(braceEscape(c));
        i++;
    }
    if (endPos < i) {
        // didn't see the end of the class, not a valid class,
        // but might still be valid as a literal match.
        return ['', false, 0, false];
    }
    // if we got no ranges and no negates, then we have a range that
    // cannot possibly match anything, and that poisons the whole glob
    if (!ranges.length && !negs.length) {
        return ['$.', false, glob.length - pos, true];
    }
    // if we got one positive range, and it's a single character, then that's
    // not actually a magic pattern, it's just that one literal character.
    // we should not treat that as "magic", we should just return the literal
    // character. [_] is a perfectly valid way to escape glob magic chars.
    if (negs.length === 0 &&
        ranges.length === 1 &&
        /^\\?.$/.test(ranges[0]) &&
        !negate) {
        const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
        return [regexpEscape(r), false, endPos - pos, false];
    }
    const sranges = '[' + (negate ? '^' : '') + rangesToString(ranges) + ']';
    const snegs = '[' + (negate ? '' : '^') + rangesToString(negs) + ']';
    const comb = ranges.length && negs.length ? '(' + sranges + '|' + snegs + ')'
        : ranges.length ? sranges
            : snegs;
    return [comb, uflag, endPos - pos, true];
};
//# sourceMappingURL=brace-expressions.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/unescape.js
/**
 * Un-escape a string that has been escaped with {@link escape}.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape} option is used, then
 * square-bracket escapes are removed, but not backslash escapes.
 *
 * For example, it will turn the string `'[*]'` into `*`, but it will not
 * turn `'\\*'` into `'*'`, because `\` is a path separator in
 * `windowsPathsNoEscape` mode.
 *
 * When `windowsPathsNoEscape` is not set, then both square-bracket escapes and
 * backslash escapes are removed.
 *
 * Slashes (and backslashes in `windowsPathsNoEscape` mode) cannot be escaped
 * or unescaped.
 *
 * When `magicalBraces` is not set, escapes of braces (`{` and `}`) will not be
 * unescaped.
 */
const unescape_unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true, } = {}) => {
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/\[([^/\\])\]/g, '$1')
            : s
                .replace(/((?!\\).|^)\[([^/\\])\]/g, '$1$2')
                .replace(/\\([^/])/g, '$1');
    }
    return windowsPathsNoEscape ?
        s.replace(/\[([^/\\{}])\]/g, '$1')
        : s
            .replace(/((?!\\).|^)\[([^/\\{}])\]/g, '$1$2')
            .replace(/\\([^/{}])/g, '$1');
};
//# sourceMappingURL=unescape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/ast.js
// parse a single path portion
var _a;


const types = new Set(['!', '?', '+', '*', '@']);
const isExtglobType = (c) => types.has(c);
const isExtglobAST = (c) => isExtglobType(c.type);
// Map of which extglob types can adopt the children of a nested extglob
//
// anything but ! can adopt a matching type:
// +(a|+(b|c)|d) => +(a|b|c|d)
// *(a|*(b|c)|d) => *(a|b|c|d)
// @(a|@(b|c)|d) => @(a|b|c|d)
// ?(a|?(b|c)|d) => ?(a|b|c|d)
//
// * can adopt anything, because 0 or repetition is allowed
// *(a|?(b|c)|d) => *(a|b|c|d)
// *(a|+(b|c)|d) => *(a|b|c|d)
// *(a|@(b|c)|d) => *(a|b|c|d)
//
// + can adopt @, because 1 or repetition is allowed
// +(a|@(b|c)|d) => +(a|b|c|d)
//
// + and @ CANNOT adopt *, because 0 would be allowed
// +(a|*(b|c)|d) => would match "", on *(b|c)
// @(a|*(b|c)|d) => would match "", on *(b|c)
//
// + and @ CANNOT adopt ?, because 0 would be allowed
// +(a|?(b|c)|d) => would match "", on ?(b|c)
// @(a|?(b|c)|d) => would match "", on ?(b|c)
//
// ? can adopt @, because 0 or 1 is allowed
// ?(a|@(b|c)|d) => ?(a|b|c|d)
//
// ? and @ CANNOT adopt * or +, because >1 would be allowed
// ?(a|*(b|c)|d) => would match bbb on *(b|c)
// @(a|*(b|c)|d) => would match bbb on *(b|c)
// ?(a|+(b|c)|d) => would match bbb on +(b|c)
// @(a|+(b|c)|d) => would match bbb on +(b|c)
//
// ! CANNOT adopt ! (nothing else can either)
// !(a|!(b|c)|d) => !(a|b|c|d) would fail to match on b (not not b|c)
//
// ! can adopt @
// !(a|@(b|c)|d) => !(a|b|c|d)
//
// ! CANNOT adopt *
// !(a|*(b|c)|d) => !(a|b|c|d) would match on bbb, not allowed
//
// ! CANNOT adopt +
// !(a|+(b|c)|d) => !(a|b|c|d) would match on bbb, not allowed
//
// ! CANNOT adopt ?
// x!(a|?(b|c)|d) => x!(a|b|c|d) would fail to match "x"
const adoptionMap = new Map([
    ['!', ['@']],
    ['?', ['?', '@']],
    ['@', ['@']],
    ['*', ['*', '+', '?', '@']],
    ['+', ['+', '@']],
]);
// nested extglobs that can be adopted in, but with the addition of
// a blank '' element.
const adoptionWithSpaceMap = new Map([
    ['!', ['?']],
    ['@', ['?']],
    ['+', ['?', '*']],
]);
// union of the previous two maps
const adoptionAnyMap = new Map([
    ['!', ['?', '@']],
    ['?', ['?', '@']],
    ['@', ['?', '@']],
    ['*', ['*', '+', '?', '@']],
    ['+', ['+', '@', '?', '*']],
]);
// Extglobs that can take over their parent if they are the only child
// the key is parent, value maps child to resulting extglob parent type
// '@' is omitted because it's a special case. An `@` extglob with a single
// member can always be usurped by that subpattern.
const usurpMap = new Map([
    ['!', new Map([['!', '@']])],
    [
        '?',
        new Map([
            ['*', '*'],
            ['+', '*'],
        ]),
    ],
    [
        '@',
        new Map([
            ['!', '!'],
            ['?', '?'],
            ['@', '@'],
            ['*', '*'],
            ['+', '+'],
        ]),
    ],
    [
        '+',
        new Map([
            ['?', '*'],
            ['*', '*'],
        ]),
    ],
]);
// Patterns that get prepended to bind to the start of either the
// entire string, or just a single path portion, to prevent dots
// and/or traversal patterns, when needed.
// Exts don't need the ^ or / bit, because the root binds that already.
const startNoTraversal = '(?!(?:^|/)\\.\\.?(?:$|/))';
const startNoDot = '(?!\\.)';
// characters that indicate a start of pattern needs the "no dots" bit,
// because a dot *might* be matched. ( is not in the list, because in
// the case of a child extglob, it will handle the prevention itself.
const addPatternStart = new Set(['[', '.']);
// cases where traversal is A-OK, no dot prevention needed
const justDots = new Set(['..', '.']);
const reSpecials = new Set('().*{}+?[]^$\\!');
const regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
// any single thing other than /
const qmark = '[^/]';
// * => any number of characters
const star = qmark + '*?';
// use + when we need to ensure that *something* matches, because the * is
// the only thing in the path portion.
const starNoEmpty = qmark + '+?';
// remove the \ chars that we added if we end up doing a nonmagic compare
// const deslash = (s: string) => s.replace(/\\(.)/g, '$1')
let ID = 0;
class AST {
    type;
    #root;
    #hasMagic;
    #uflag = false;
    #parts = [];
    #parent;
    #parentIndex;
    #negs;
    #filledNegs = false;
    #options;
    #toString;
    // set to true if it's an extglob with no children
    // (which really means one child of '')
    #emptyExt = false;
    id = ++ID;
    get depth() {
        return (this.#parent?.depth ?? -1) + 1;
    }
    [Symbol.for('nodejs.util.inspect.custom')]() {
        return {
            '@@type': 'AST',
            id: this.id,
            type: this.type,
            root: this.#root.id,
            parent: this.#parent?.id,
            depth: this.depth,
            partsLength: this.#parts.length,
            parts: this.#parts,
        };
    }
    constructor(type, parent, options = {}) {
        this.type = type;
        // extglobs are inherently magical
        if (type)
            this.#hasMagic = true;
        this.#parent = parent;
        this.#root = this.#parent ? this.#parent.#root : this;
        this.#options = this.#root === this ? options : this.#root.#options;
        this.#negs = this.#root === this ? [] : this.#root.#negs;
        if (type === '!' && !this.#root.#filledNegs)
            this.#negs.push(this);
        this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
    }
    get hasMagic() {
        /* c8 ignore start */
        if (this.#hasMagic !== undefined)
            return this.#hasMagic;
        /* c8 ignore stop */
        for (const p of this.#parts) {
            if (typeof p === 'string')
                continue;
            if (p.type || p.hasMagic)
                return (this.#hasMagic = true);
        }
        // note: will be undefined until we generate the regexp src and find out
        return this.#hasMagic;
    }
    // reconstructs the pattern
    toString() {
        return (this.#toString !== undefined ? this.#toString
            : !this.type ?
                (this.#toString = this.#parts.map(p => String(p)).join(''))
                : (this.#toString =
                    this.type +
                        '(' +
                        this.#parts.map(p => String(p)).join('|') +
                        ')'));
    }
    #fillNegs() {
        /* c8 ignore start */
        if (this !== this.#root)
            throw new Error('should only call on root');
        if (this.#filledNegs)
            return this;
        /* c8 ignore stop */
        // call toString() once to fill this out
        this.toString();
        this.#filledNegs = true;
        let n;
        while ((n = this.#negs.pop())) {
            if (n.type !== '!')
                continue;
            // walk up the tree, appending everthing that comes AFTER parentIndex
            let p = n;
            let pp = p.#parent;
            while (pp) {
                for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) {
                    for (const part of n.#parts) {
                        /* c8 ignore start */
                        if (typeof part === 'string') {
                            throw new Error('string part in extglob AST??');
                        }
                        /* c8 ignore stop */
                        part.copyIn(pp.#parts[i]);
                    }
                }
                p = pp;
                pp = p.#parent;
            }
        }
        return this;
    }
    push(...parts) {
        for (const p of parts) {
            if (p === '')
                continue;
            /* c8 ignore start */
            if (typeof p !== 'string' &&
                !(p instanceof _a && p.#parent === this)) {
                throw new Error('invalid part: ' + p);
            }
            /* c8 ignore stop */
            this.#parts.push(p);
        }
    }
    toJSON() {
        const ret = this.type === null ?
            this.#parts
                .slice()
                .map(p => (typeof p === 'string' ? p : p.toJSON()))
            : [this.type, ...this.#parts.map(p => p.toJSON())];
        if (this.isStart() && !this.type)
            ret.unshift([]);
        if (this.isEnd() &&
            (this === this.#root ||
                (this.#root.#filledNegs && this.#parent?.type === '!'))) {
            ret.push({});
        }
        return ret;
    }
    isStart() {
        if (this.#root === this)
            return true;
        // if (this.type) return !!this.#parent?.isStart()
        if (!this.#parent?.isStart())
            return false;
        if (this.#parentIndex === 0)
            return true;
        // if everything AHEAD of this is a negation, then it's still the "start"
        const p = this.#parent;
        for (let i = 0; i < this.#parentIndex; i++) {
            const pp = p.#parts[i];
            if (!(pp instanceof _a && pp.type === '!')) {
                return false;
            }
        }
        return true;
    }
    isEnd() {
        if (this.#root === this)
            return true;
        if (this.#parent?.type === '!')
            return true;
        if (!this.#parent?.isEnd())
            return false;
        if (!this.type)
            return this.#parent?.isEnd();
        // if not root, it'll always have a parent
        /* c8 ignore start */
        const pl = this.#parent ? this.#parent.#parts.length : 0;
        /* c8 ignore stop */
        return this.#parentIndex === pl - 1;
    }
    copyIn(part) {
        if (typeof part === 'string')
            this.push(part);
        else
            this.push(part.clone(this));
    }
    clone(parent) {
        const c = new _a(this.type, parent);
        for (const p of this.#parts) {
            c.copyIn(p);
        }
        return c;
    }
    static #parseAST(str, ast, pos, opt, extDepth) {
        const maxDepth = opt.maxExtglobRecursion ?? 2;
        let escaping = false;
        let inBrace = false;
        let braceStart = -1;
        let braceNeg = false;
        if (ast.type === null) {
            // outside of a extglob, append until we find a start
            let i = pos;
            let acc = '';
            while (i < str.length) {
                const c = str.charAt(i++);
                // still accumulate escapes at this point, but we do ignore
                // starts that are escaped
                if (escaping || c === '\\') {
                    escaping = !escaping;
                    acc += c;
                    continue;
                }
                if (inBrace) {
                    if (i === braceStart + 1) {
                        if (c === '^' || c === '!') {
                            braceNeg = true;
                        }
                    }
                    else if (c === ']' && !(i === braceStart + 2 && braceNeg)) {
                        inBrace = false;
                    }
                    acc += c;
                    continue;
                }
                else if (c === '[') {
                    inBrace = true;
                    braceStart = i;
                    braceNeg = false;
                    acc += c;
                    continue;
                }
                // we don't have to check for adoption here, because that's
                // done at the other recursion point.
                const doRecurse = !opt.noext &&
                    isExtglobType(c) &&
                    str.charAt(i) === '(' &&
                    extDepth <= maxDepth;
                if (doRecurse) {
                    ast.push(acc);
                    acc = '';
                    const ext = new _a(c, ast);
                    i = _a.#parseAST(str, ext, i, opt, extDepth + 1);
                    ast.push(ext);
                    continue;
                }
                acc += c;
            }
            ast.push(acc);
            return i;
        }
        // some kind of extglob, pos is at the (
        // find the next | or )
        let i = pos + 1;
        let part = new _a(null, ast);
        const parts = [];
        let acc = '';
        while (i < str.length) {
            const c = str.charAt(i++);
            // still accumulate escapes at this point, but we do ignore
            // starts that are escaped
            if (escaping || c === '\\') {
                escaping = !escaping;
                acc += c;
                continue;
            }
            if (inBrace) {
                if (i === braceStart + 1) {
                    if (c === '^' || c === '!') {
                        braceNeg = true;
                    }
                }
                else if (c === ']' && !(i === braceStart + 2 && braceNeg)) {
                    inBrace = false;
                }
                acc += c;
                continue;
            }
            else if (c === '[') {
                inBrace = true;
                braceStart = i;
                braceNeg = false;
                acc += c;
                continue;
            }
            const doRecurse = !opt.noext &&
                isExtglobType(c) &&
                str.charAt(i) === '(' &&
                /* c8 ignore start - the maxDepth is sufficient here */
                (extDepth <= maxDepth || (ast && ast.#canAdoptType(c)));
            /* c8 ignore stop */
            if (doRecurse) {
                const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
                part.push(acc);
                acc = '';
                const ext = new _a(c, part);
                part.push(ext);
                i = _a.#parseAST(str, ext, i, opt, extDepth + depthAdd);
                continue;
            }
            if (c === '|') {
                part.push(acc);
                acc = '';
                parts.push(part);
                part = new _a(null, ast);
                continue;
            }
            if (c === ')') {
                if (acc === '' && ast.#parts.length === 0) {
                    ast.#emptyExt = true;
                }
                part.push(acc);
                acc = '';
                ast.push(...parts, part);
                return i;
            }
            acc += c;
        }
        // unfinished extglob
        // if we got here, it was a malformed extglob! not an extglob, but
        // maybe something else in there.
        ast.type = null;
        ast.#hasMagic = undefined;
        ast.#parts = [str.substring(pos - 1)];
        return i;
    }
    #canAdoptWithSpace(child) {
        return this.#canAdopt(child, adoptionWithSpaceMap);
    }
    #canAdopt(child, map = adoptionMap) {
        if (!child ||
            typeof child !== 'object' ||
            child.type !== null ||
            child.#parts.length !== 1 ||
            this.type === null) {
            return false;
        }
        const gc = child.#parts[0];
        if (!gc || typeof gc !== 'object' || gc.type === null) {
            return false;
        }
        return this.#canAdoptType(gc.type, map);
    }
    #canAdoptType(c, map = adoptionAnyMap) {
        return !!map.get(this.type)?.includes(c);
    }
    #adoptWithSpace(child, index) {
        const gc = child.#parts[0];
        const blank = new _a(null, gc, this.options);
        blank.#parts.push('');
        gc.push(blank);
        this.#adopt(child, index);
    }
    #adopt(child, index) {
        const gc = child.#parts[0];
        this.#parts.splice(index, 1, ...gc.#parts);
        for (const p of gc.#parts) {
            if (typeof p === 'object')
                p.#parent = this;
        }
        this.#toString = undefined;
    }
    #canUsurpType(c) {
        const m = usurpMap.get(this.type);
        return !!m?.has(c);
    }
    #canUsurp(child) {
        if (!child ||
            typeof child !== 'object' ||
            child.type !== null ||
            child.#parts.length !== 1 ||
            this.type === null ||
            this.#parts.length !== 1) {
            return false;
        }
        const gc = child.#parts[0];
        if (!gc || typeof gc !== 'object' || gc.type === null) {
            return false;
        }
        return this.#canUsurpType(gc.type);
    }
    #usurp(child) {
        const m = usurpMap.get(this.type);
        const gc = child.#parts[0];
        const nt = m?.get(gc.type);
        /* c8 ignore start - impossible */
        if (!nt)
            return false;
        /* c8 ignore stop */
        this.#parts = gc.#parts;
        for (const p of this.#parts) {
            if (typeof p === 'object') {
                p.#parent = this;
            }
        }
        this.type = nt;
        this.#toString = undefined;
        this.#emptyExt = false;
    }
    static fromGlob(pattern, options = {}) {
        const ast = new _a(null, undefined, options);
        _a.#parseAST(pattern, ast, 0, options, 0);
        return ast;
    }
    // returns the regular expression if there's magic, or the unescaped
    // string if not.
    toMMPattern() {
        // should only be called on root
        /* c8 ignore start */
        if (this !== this.#root)
            return this.#root.toMMPattern();
        /* c8 ignore stop */
        const glob = this.toString();
        const [re, body, hasMagic, uflag] = this.toRegExpSource();
        // if we're in nocase mode, and not nocaseMagicOnly, then we do
        // still need a regular expression if we have to case-insensitively
        // match capital/lowercase characters.
        const anyMagic = hasMagic ||
            this.#hasMagic ||
            (this.#options.nocase &&
                !this.#options.nocaseMagicOnly &&
                glob.toUpperCase() !== glob.toLowerCase());
        if (!anyMagic) {
            return body;
        }
        const flags = (this.#options.nocase ? 'i' : '') + (uflag ? 'u' : '');
        return Object.assign(new RegExp(`^${re}$`, flags), {
            _src: re,
            _glob: glob,
        });
    }
    get options() {
        return this.#options;
    }
    // returns the string match, the regexp source, whether there's magic
    // in the regexp (so a regular expression is required) and whether or
    // not the uflag is needed for the regular expression (for posix classes)
    // TODO: instead of injecting the start/end at this point, just return
    // the BODY of the regexp, along with the start/end portions suitable
    // for binding the start/end in either a joined full-path makeRe context
    // (where we bind to (^|/), or a standalone matchPart context (where
    // we bind to ^, and not /).  Otherwise slashes get duped!
    //
    // In part-matching mode, the start is:
    // - if not isStart: nothing
    // - if traversal possible, but not allowed: ^(?!\.\.?$)
    // - if dots allowed or not possible: ^
    // - if dots possible and not allowed: ^(?!\.)
    // end is:
    // - if not isEnd(): nothing
    // - else: $
    //
    // In full-path matching mode, we put the slash at the START of the
    // pattern, so start is:
    // - if first pattern: same as part-matching mode
    // - if not isStart(): nothing
    // - if traversal possible, but not allowed: /(?!\.\.?(?:$|/))
    // - if dots allowed or not possible: /
    // - if dots possible and not allowed: /(?!\.)
    // end is:
    // - if last pattern, same as part-matching mode
    // - else nothing
    //
    // Always put the (?:$|/) on negated tails, though, because that has to be
    // there to bind the end of the negated pattern portion, and it's easier to
    // just stick it in now rather than try to inject it later in the middle of
    // the pattern.
    //
    // We can just always return the same end, and leave it up to the caller
    // to know whether it's going to be used joined or in parts.
    // And, if the start is adjusted slightly, can do the same there:
    // - if not isStart: nothing
    // - if traversal possible, but not allowed: (?:/|^)(?!\.\.?$)
    // - if dots allowed or not possible: (?:/|^)
    // - if dots possible and not allowed: (?:/|^)(?!\.)
    //
    // But it's better to have a simpler binding without a conditional, for
    // performance, so probably better to return both start options.
    //
    // Then the caller just ignores the end if it's not the first pattern,
    // and the start always gets applied.
    //
    // But that's always going to be $ if it's the ending pattern, or nothing,
    // so the caller can just attach $ at the end of the pattern when building.
    //
    // So the todo is:
    // - better detect what kind of start is needed
    // - return both flavors of starting pattern
    // - attach $ at the end of the pattern when creating the actual RegExp
    //
    // Ah, but wait, no, that all only applies to the root when the first pattern
    // is not an extglob. If the first pattern IS an extglob, then we need all
    // that dot prevention biz to live in the extglob portions, because eg
    // +(*|.x*) can match .xy but not .yx.
    //
    // So, return the two flavors if it's #root and the first child is not an
    // AST, otherwise leave it to the child AST to handle it, and there,
    // use the (?:^|/) style of start binding.
    //
    // Even simplified further:
    // - Since the start for a join is eg /(?!\.) and the start for a part
    // is ^(?!\.), we can just prepend (?!\.) to the pattern (either root
    // or start or whatever) and prepend ^ or / at the Regexp construction.
    toRegExpSource(allowDot) {
        const dot = allowDot ?? !!this.#options.dot;
        if (this.#root === this) {
            this.#flatten();
            this.#fillNegs();
        }
        if (!isExtglobAST(this)) {
            const noEmpty = this.isStart() &&
                this.isEnd() &&
                !this.#parts.some(s => typeof s !== 'string');
            const src = this.#parts
                .map(p => {
                const [re, _, hasMagic, uflag] = typeof p === 'string' ?
                    _a.#parseGlob(p, this.#hasMagic, noEmpty)
                    : p.toRegExpSource(allowDot);
                this.#hasMagic = this.#hasMagic || hasMagic;
                this.#uflag = this.#uflag || uflag;
                return re;
            })
                .join('');
            let start = '';
            if (this.isStart()) {
                if (typeof this.#parts[0] === 'string') {
                    // this is the string that will match the start of the pattern,
                    // so we need to protect against dots and such.
                    // '.' and '..' cannot match unless the pattern is that exactly,
                    // even if it starts with . or dot:true is set.
                    const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
                    if (!dotTravAllowed) {
                        const aps = addPatternStart;
                        // check if we have a possibility of matching . or ..,
                        // and prevent that.
                        const needNoTrav = 
                        // dots are allowed, and the pattern starts with [ or .
                        (dot && aps.has(src.charAt(0))) ||
                            // the pattern starts with \., and then [ or .
                            (src.startsWith('\\.') && aps.has(src.charAt(2))) ||
                            // the pattern starts with \.\., and then [ or .
                            (src.startsWith('\\.\\.') && aps.has(src.charAt(4)));
                        // no need to prevent dots if it can't match a dot, or if a
                        // sub-pattern will be preventing it anyway.
                        const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
                        start =
                            needNoTrav ? startNoTraversal
                                : needNoDot ? startNoDot
                                    : '';
                    }
                }
            }
            // append the "end of path portion" pattern to negation tails
            let end = '';
            if (this.isEnd() &&
                this.#root.#filledNegs &&
                this.#parent?.type === '!') {
                end = '(?:$|\\/)';
            }
            const final = start + src + end;
            return [
                final,
                unescape_unescape(src),
                (this.#hasMagic = !!this.#hasMagic),
                this.#uflag,
            ];
        }
        // We need to calculate the body *twice* if it's a repeat pattern
        // at the start, once in nodot mode, then again in dot mode, so a
        // pattern like *(?) can match 'x.y'
        const repeated = this.type === '*' || this.type === '+';
        // some kind of extglob
        const start = this.type === '!' ? '(?:(?!(?:' : '(?:';
        let body = this.#partsToRegExp(dot);
        if (this.isStart() && this.isEnd() && !body && this.type !== '!') {
            // invalid extglob, has to at least be *something* present, if it's
            // the entire path portion.
            const s = this.toString();
            const me = this;
            me.#parts = [s];
            me.type = null;
            me.#hasMagic = undefined;
            return [s, unescape_unescape(this.toString()), false, false];
        }
        let bodyDotAllowed = !repeated || allowDot || dot || !startNoDot ?
            ''
            : this.#partsToRegExp(true);
        if (bodyDotAllowed === body) {
            bodyDotAllowed = '';
        }
        if (bodyDotAllowed) {
            body = `(?:${body})(?:${bodyDotAllowed})*?`;
        }
        // an empty !() is exactly equivalent to a starNoEmpty
        let final = '';
        if (this.type === '!' && this.#emptyExt) {
            final = (this.isStart() && !dot ? startNoDot : '') + starNoEmpty;
        }
        else {
            const close = this.type === '!' ?
                // !() must match something,but !(x) can match ''
                '))' +
                    (this.isStart() && !dot && !allowDot ? startNoDot : '') +
                    star +
                    ')'
                : this.type === '@' ? ')'
                    : this.type === '?' ? ')?'
                        : this.type === '+' && bodyDotAllowed ? ')'
                            : this.type === '*' && bodyDotAllowed ? `)?`
                                : `)${this.type}`;
            final = start + body + close;
        }
        return [
            final,
            unescape_unescape(body),
            (this.#hasMagic = !!this.#hasMagic),
            this.#uflag,
        ];
    }
    #flatten() {
        if (!isExtglobAST(this)) {
            for (const p of this.#parts) {
                if (typeof p === 'object') {
                    p.#flatten();
                }
            }
        }
        else {
            // do up to 10 passes to flatten as much as possible
            let iterations = 0;
            let done = false;
            do {
                done = true;
                for (let i = 0; i < this.#parts.length; i++) {
                    const c = this.#parts[i];
                    if (typeof c === 'object') {
                        c.#flatten();
                        if (this.#canAdopt(c)) {
                            done = false;
                            this.#adopt(c, i);
                        }
                        else if (this.#canAdoptWithSpace(c)) {
                            done = false;
                            this.#adoptWithSpace(c, i);
                        }
                        else if (this.#canUsurp(c)) {
                            done = false;
                            this.#usurp(c);
                        }
                    }
                }
            } while (!done && ++iterations < 10);
        }
        this.#toString = undefined;
    }
    #partsToRegExp(dot) {
        return this.#parts
            .map(p => {
            // extglob ASTs should only contain parent ASTs
            /* c8 ignore start */
            if (typeof p === 'string') {
                throw new Error('string type in extglob ast??');
            }
            /* c8 ignore stop */
            // can ignore hasMagic, because extglobs are already always magic
            const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
            this.#uflag = this.#uflag || uflag;
            return re;
        })
            .filter(p => !(this.isStart() && this.isEnd()) || !!p)
            .join('|');
    }
    static #parseGlob(glob, hasMagic, noEmpty = false) {
        let escaping = false;
        let re = '';
        let uflag = false;
        // multiple stars that aren't globstars coalesce into one *
        let inStar = false;
        for (let i = 0; i < glob.length; i++) {
            const c = glob.charAt(i);
            if (escaping) {
                escaping = false;
                re += (reSpecials.has(c) ? '\\' : '') + c;
                continue;
            }
            if (c === '*') {
                if (inStar)
                    continue;
                inStar = true;
                re += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star;
                hasMagic = true;
                continue;
            }
            else {
                inStar = false;
            }
            if (c === '\\') {
                if (i === glob.length - 1) {
                    re += '\\\\';
                }
                else {
                    escaping = true;
                }
                continue;
            }
            if (c === '[') {
                const [src, needUflag, consumed, magic] = parseClass(glob, i);
                if (consumed) {
                    re += src;
                    uflag = uflag || needUflag;
                    i += consumed - 1;
                    hasMagic = hasMagic || magic;
                    continue;
                }
            }
            if (c === '?') {
                re += qmark;
                hasMagic = true;
                continue;
            }
            re += regExpEscape(c);
        }
        return [re, unescape_unescape(glob), !!hasMagic, uflag];
    }
}
_a = AST;
//# sourceMappingURL=ast.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/escape.js
/**
 * Escape all magic characters in a glob pattern.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape}
 * option is used, then characters are escaped by wrapping in `[]`, because
 * a magic character wrapped in a character class can only be satisfied by
 * that exact character.  In this mode, `\` is _not_ escaped, because it is
 * not interpreted as a magic character, but instead as a path separator.
 *
 * If the {@link MinimatchOptions.magicalBraces} option is used,
 * then braces (`{` and `}`) will be escaped.
 */
const escape_escape = (s, { windowsPathsNoEscape = false, magicalBraces = false, } = {}) => {
    // don't need to escape +@! because we escape the parens
    // that make those magic, and escaping ! as [!] isn't valid,
    // because [!]] is a valid glob class meaning not ']'.
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/[?*()[\]{}]/g, '[$&]')
            : s.replace(/[?*()[\]\\{}]/g, '\\$&');
    }
    return windowsPathsNoEscape ?
        s.replace(/[?*()[\]]/g, '[$&]')
        : s.replace(/[?*()[\]\\]/g, '\\$&');
};
//# sourceMappingURL=escape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/index.js





const minimatch = (p, pattern, options = {}) => {
    assertValidPattern(pattern);
    // shortcut: comments match nothing.
    if (!options.nocomment && pattern.charAt(0) === '#') {
        return false;
    }
    return new Minimatch(pattern, options).match(p);
};
// Optimized checking for the most common glob patterns.
const starDotExtRE = /^\*+([^+@!?*[(]*)$/;
const starDotExtTest = (ext) => (f) => !f.startsWith('.') && f.endsWith(ext);
const starDotExtTestDot = (ext) => (f) => f.endsWith(ext);
const starDotExtTestNocase = (ext) => {
    ext = ext.toLowerCase();
    return (f) => !f.startsWith('.') && f.toLowerCase().endsWith(ext);
};
const starDotExtTestNocaseDot = (ext) => {
    ext = ext.toLowerCase();
    return (f) => f.toLowerCase().endsWith(ext);
};
const starDotStarRE = /^\*+\.\*+$/;
const starDotStarTest = (f) => !f.startsWith('.') && f.includes('.');
const starDotStarTestDot = (f) => f !== '.' && f !== '..' && f.includes('.');
const dotStarRE = /^\.\*+$/;
const dotStarTest = (f) => f !== '.' && f !== '..' && f.startsWith('.');
const starRE = /^\*+$/;
const starTest = (f) => f.length !== 0 && !f.startsWith('.');
const starTestDot = (f) => f.length !== 0 && f !== '.' && f !== '..';
const qmarksRE = /^\?+([^+@!?*[(]*)?$/;
const qmarksTestNocase = ([$0, ext = '']) => {
    const noext = qmarksTestNoExt([$0]);
    if (!ext)
        return noext;
    ext = ext.toLowerCase();
    return (f) => noext(f) && f.toLowerCase().endsWith(ext);
};
const qmarksTestNocaseDot = ([$0, ext = '']) => {
    const noext = qmarksTestNoExtDot([$0]);
    if (!ext)
        return noext;
    ext = ext.toLowerCase();
    return (f) => noext(f) && f.toLowerCase().endsWith(ext);
};
const qmarksTestDot = ([$0, ext = '']) => {
    const noext = qmarksTestNoExtDot([$0]);
    return !ext ? noext : (f) => noext(f) && f.endsWith(ext);
};
const qmarksTest = ([$0, ext = '']) => {
    const noext = qmarksTestNoExt([$0]);
    return !ext ? noext : (f) => noext(f) && f.endsWith(ext);
};
const qmarksTestNoExt = ([$0]) => {
    const len = $0.length;
    return (f) => f.length === len && !f.startsWith('.');
};
const qmarksTestNoExtDot = ([$0]) => {
    const len = $0.length;
    return (f) => f.length === len && f !== '.' && f !== '..';
};
/* c8 ignore start */
const defaultPlatform = (typeof process === 'object' && process ?
    (typeof process.env === 'object' &&
        process.env &&
        process.env.__MINIMATCH_TESTING_PLATFORM__) ||
        process.platform
    : 'posix');
const path = {
    win32: { sep: '\\' },
    posix: { sep: '/' },
};
/* c8 ignore stop */
const sep = defaultPlatform === 'win32' ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
const GLOBSTAR = Symbol('globstar **');
minimatch.GLOBSTAR = GLOBSTAR;
// any single thing other than /
// don't need to escape / when using new RegExp()
const esm_qmark = '[^/]';
// * => any number of characters
const esm_star = esm_qmark + '*?';
// ** when dots are allowed.  Anything goes, except .. and .
// not (^ or / followed by one or two dots followed by $ or /),
// followed by anything, any number of times.
const twoStarDot = '(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?';
// not a ^ or / followed by a dot,
// followed by anything, any number of times.
const twoStarNoDot = '(?:(?!(?:\\/|^)\\.).)*?';
const filter = (pattern, options = {}) => (p) => minimatch(p, pattern, options);
minimatch.filter = filter;
const ext = (a, b = {}) => Object.assign({}, a, b);
const defaults = (def) => {
    if (!def || typeof def !== 'object' || !Object.keys(def).length) {
        return minimatch;
    }
    const orig = minimatch;
    const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
    return Object.assign(m, {
        Minimatch: class Minimatch extends orig.Minimatch {
            constructor(pattern, options = {}) {
                super(pattern, ext(def, options));
            }
            static defaults(options) {
                return orig.defaults(ext(def, options)).Minimatch;
            }
        },
        AST: class AST extends orig.AST {
            /* c8 ignore start */
            constructor(type, parent, options = {}) {
                super(type, parent, ext(def, options));
            }
            /* c8 ignore stop */
            static fromGlob(pattern, options = {}) {
                return orig.AST.fromGlob(pattern, ext(def, options));
            }
        },
        unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
        escape: (s, options = {}) => orig.escape(s, ext(def, options)),
        filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
        defaults: (options) => orig.defaults(ext(def, options)),
        makeRe: (pattern, options = {}) => orig.makeRe(pattern, ext(def, options)),
        braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
        match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
        sep: orig.sep,
        GLOBSTAR: GLOBSTAR,
    });
};
minimatch.defaults = defaults;
// Brace expansion:
// a{b,c}d -> abd acd
// a{b,}c -> abc ac
// a{0..3}d -> a0d a1d a2d a3d
// a{b,c{d,e}f}g -> abg acdfg acefg
// a{b,c}d{e,f}g -> abdeg acdeg abdeg abdfg
//
// Invalid sets are not expanded.
// a{2..}b -> a{2..}b
// a{b}c -> a{b}c
const braceExpand = (pattern, options = {}) => {
    assertValidPattern(pattern);
    // Thanks to Yeting Li <https://github.com/yetingli> for
    // improving this regexp to avoid a ReDOS vulnerability.
    if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
        // shortcut. no need to expand.
        return [pattern];
    }
    return expand(pattern, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
// parse a component of the expanded set.
// At this point, no pattern may contain "/" in it
// so we're going to return a 2d array, where each entry is the full
// pattern, split on '/', and then turned into a regular expression.
// A regexp is made at the end which joins each array with an
// escaped /, and another full one which joins each regexp with |.
//
// Following the lead of Bash 4.1, note that "**" only has special meaning
// when it is the *only* thing in a path portion.  Otherwise, any series
// of * is equivalent to a single *.  Globstar behavior is enabled by
// default, and can be disabled by setting options.noglobstar.
const makeRe = (pattern, options = {}) => new Minimatch(pattern, options).makeRe();
minimatch.makeRe = makeRe;
const match = (list, pattern, options = {}) => {
    const mm = new Minimatch(pattern, options);
    list = list.filter(f => mm.match(f));
    if (mm.options.nonull && !list.length) {
        list.push(pattern);
    }
    return list;
};
minimatch.match = match;
// replace stuff like \* with *
const globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
const esm_regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
class Minimatch {
    options;
    set;
    pattern;
    windowsPathsNoEscape;
    nonegate;
    negate;
    comment;
    empty;
    preserveMultipleSlashes;
    partial;
    globSet;
    globParts;
    nocase;
    isWindows;
    platform;
    windowsNoMagicRoot;
    maxGlobstarRecursion;
    regexp;
    constructor(pattern, options = {}) {
        assertValidPattern(pattern);
        options = options || {};
        this.options = options;
        this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
        this.pattern = pattern;
        this.platform = options.platform || defaultPlatform;
        this.isWindows = this.platform === 'win32';
        // avoid the annoying deprecation flag lol
        const awe = ('allowWindow' + 'sEscape');
        this.windowsPathsNoEscape =
            !!options.windowsPathsNoEscape || options[awe] === false;
        if (this.windowsPathsNoEscape) {
            this.pattern = this.pattern.replace(/\\/g, '/');
        }
        this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
        this.regexp = null;
        this.negate = false;
        this.nonegate = !!options.nonegate;
        this.comment = false;
        this.empty = false;
        this.partial = !!options.partial;
        this.nocase = !!this.options.nocase;
        this.windowsNoMagicRoot =
            options.windowsNoMagicRoot !== undefined ?
                options.windowsNoMagicRoot
                : !!(this.isWindows && this.nocase);
        this.globSet = [];
        this.globParts = [];
        this.set = [];
        // make the set of regexps etc.
        this.make();
    }
    hasMagic() {
        if (this.options.magicalBraces && this.set.length > 1) {
            return true;
        }
        for (const pattern of this.set) {
            for (const part of pattern) {
                if (typeof part !== 'string')
                    return true;
            }
        }
        return false;
    }
    debug(..._) { }
    make() {
        const pattern = this.pattern;
        const options = this.options;
        // empty patterns and comments match nothing.
        if (!options.nocomment && pattern.charAt(0) === '#') {
            this.comment = true;
            return;
        }
        if (!pattern) {
            this.empty = true;
            return;
        }
        // step 1: figure out negation, etc.
        this.parseNegate();
        // step 2: expand braces
        this.globSet = [...new Set(this.braceExpand())];
        if (options.debug) {
            //oxlint-disable-next-line no-console
            this.debug = (...args) => console.error(...args);
        }
        this.debug(this.pattern, this.globSet);
        // step 3: now we have a set, so turn each one into a series of
        // path-portion matching patterns.
        // These will be regexps, except in the case of "**", which is
        // set to the GLOBSTAR object for globstar behavior,
        // and will not contain any / characters
        //
        // First, we preprocess to make the glob pattern sets a bit simpler
        // and deduped.  There are some perf-killing patterns that can cause
        // problems with a glob walk, but we can simplify them down a bit.
        const rawGlobParts = this.globSet.map(s => this.slashSplit(s));
        this.globParts = this.preprocess(rawGlobParts);
        this.debug(this.pattern, this.globParts);
        // glob --> regexps
        let set = this.globParts.map((s, _, __) => {
            if (this.isWindows && this.windowsNoMagicRoot) {
                // check if it's a drive or unc path.
                const isUNC = s[0] === '' &&
                    s[1] === '' &&
                    (s[2] === '?' || !globMagic.test(s[2])) &&
                    !globMagic.test(s[3]);
                const isDrive = /^[a-z]:/i.test(s[0]);
                if (isUNC) {
                    return [
                        ...s.slice(0, 4),
                        ...s.slice(4).map(ss => this.parse(ss)),
                    ];
                }
                else if (isDrive) {
                    return [s[0], ...s.slice(1).map(ss => this.parse(ss))];
                }
            }
            return s.map(ss => this.parse(ss));
        });
        this.debug(this.pattern, set);
        // filter out everything that didn't compile properly.
        this.set = set.filter(s => s.indexOf(false) === -1);
        // do not treat the ? in UNC paths as magic
        if (this.isWindows) {
            for (let i = 0; i < this.set.length; i++) {
                const p = this.set[i];
                if (p[0] === '' &&
                    p[1] === '' &&
                    this.globParts[i][2] === '?' &&
                    typeof p[3] === 'string' &&
                    /^[a-z]:$/i.test(p[3])) {
                    p[2] = '?';
                }
            }
        }
        this.debug(this.pattern, this.set);
    }
    // various transforms to equivalent pattern sets that are
    // faster to process in a filesystem walk.  The goal is to
    // eliminate what we can, and push all ** patterns as far
    // to the right as possible, even if it increases the number
    // of patterns that we have to process.
    preprocess(globParts) {
        // if we're not in globstar mode, then turn ** into *
        if (this.options.noglobstar) {
            for (const partset of globParts) {
                for (let j = 0; j < partset.length; j++) {
                    if (partset[j] === '**') {
                        partset[j] = '*';
                    }
                }
            }
        }
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            // aggressive optimization for the purpose of fs walking
            globParts = this.firstPhasePreProcess(globParts);
            globParts = this.secondPhasePreProcess(globParts);
        }
        else if (optimizationLevel >= 1) {
            // just basic optimizations to remove some .. parts
            globParts = this.levelOneOptimize(globParts);
        }
        else {
            // just collapse multiple ** portions into one
            globParts = this.adjascentGlobstarOptimize(globParts);
        }
        return globParts;
    }
    // just get rid of adjascent ** portions
    adjascentGlobstarOptimize(globParts) {
        return globParts.map(parts => {
            let gs = -1;
            while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                let i = gs;
                while (parts[i + 1] === '**') {
                    i++;
                }
                if (i !== gs) {
                    parts.splice(gs, i - gs);
                }
            }
            return parts;
        });
    }
    // get rid of adjascent ** and resolve .. portions
    levelOneOptimize(globParts) {
        return globParts.map(parts => {
            parts = parts.reduce((set, part) => {
                const prev = set[set.length - 1];
                if (part === '**' && prev === '**') {
                    return set;
                }
                if (part === '..') {
                    if (prev && prev !== '..' && prev !== '.' && prev !== '**') {
                        set.pop();
                        return set;
                    }
                }
                set.push(part);
                return set;
            }, []);
            return parts.length === 0 ? [''] : parts;
        });
    }
    levelTwoFileOptimize(parts) {
        if (!Array.isArray(parts)) {
            parts = this.slashSplit(parts);
        }
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/<e>/<rest> -> <pre>/<rest>
            if (!this.preserveMultipleSlashes) {
                for (let i = 1; i < parts.length - 1; i++) {
                    const p = parts[i];
                    // don't squeeze out UNC patterns
                    if (i === 1 && p === '' && parts[0] === '')
                        continue;
                    if (p === '.' || p === '') {
                        didSomething = true;
                        parts.splice(i, 1);
                        i--;
                    }
                }
                if (parts[0] === '.' &&
                    parts.length === 2 &&
                    (parts[1] === '.' || parts[1] === '')) {
                    didSomething = true;
                    parts.pop();
                }
            }
            // <pre>/<p>/../<rest> -> <pre>/<rest>
            let dd = 0;
            while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                const p = parts[dd - 1];
                if (p &&
                    p !== '.' &&
                    p !== '..' &&
                    p !== '**' &&
                    !(this.isWindows && /^[a-z]:$/i.test(p))) {
                    didSomething = true;
                    parts.splice(dd - 1, 2);
                    dd -= 2;
                }
            }
        } while (didSomething);
        return parts.length === 0 ? [''] : parts;
    }
    // First phase: single-pattern processing
    // <pre> is 1 or more portions
    // <rest> is 1 or more portions
    // <p> is any portion other than ., .., '', or **
    // <e> is . or ''
    //
    // **/.. is *brutal* for filesystem walking performance, because
    // it effectively resets the recursive walk each time it occurs,
    // and ** cannot be reduced out by a .. pattern part like a regexp
    // or most strings (other than .., ., and '') can be.
    //
    // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
    // <pre>/<e>/<rest> -> <pre>/<rest>
    // <pre>/<p>/../<rest> -> <pre>/<rest>
    // **/**/<rest> -> **/<rest>
    //
    // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
    // this WOULD be allowed if ** did follow symlinks, or * didn't
    firstPhasePreProcess(globParts) {
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
            for (let parts of globParts) {
                let gs = -1;
                while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                    let gss = gs;
                    while (parts[gss + 1] === '**') {
                        // <pre>/**/**/<rest> -> <pre>/**/<rest>
                        gss++;
                    }
                    // eg, if gs is 2 and gss is 4, that means we have 3 **
                    // parts, and can remove 2 of them.
                    if (gss > gs) {
                        parts.splice(gs + 1, gss - gs);
                    }
                    let next = parts[gs + 1];
                    const p = parts[gs + 2];
                    const p2 = parts[gs + 3];
                    if (next !== '..')
                        continue;
                    if (!p ||
                        p === '.' ||
                        p === '..' ||
                        !p2 ||
                        p2 === '.' ||
                        p2 === '..') {
                        continue;
                    }
                    didSomething = true;
                    // edit parts in place, and push the new one
                    parts.splice(gs, 1);
                    const other = parts.slice(0);
                    other[gs] = '**';
                    globParts.push(other);
                    gs--;
                }
                // <pre>/<e>/<rest> -> <pre>/<rest>
                if (!this.preserveMultipleSlashes) {
                    for (let i = 1; i < parts.length - 1; i++) {
                        const p = parts[i];
                        // don't squeeze out UNC patterns
                        if (i === 1 && p === '' && parts[0] === '')
                            continue;
                        if (p === '.' || p === '') {
                            didSomething = true;
                            parts.splice(i, 1);
                            i--;
                        }
                    }
                    if (parts[0] === '.' &&
                        parts.length === 2 &&
                        (parts[1] === '.' || parts[1] === '')) {
                        didSomething = true;
                        parts.pop();
                    }
                }
                // <pre>/<p>/../<rest> -> <pre>/<rest>
                let dd = 0;
                while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                    const p = parts[dd - 1];
                    if (p && p !== '.' && p !== '..' && p !== '**') {
                        didSomething = true;
                        const needDot = dd === 1 && parts[dd + 1] === '**';
                        const splin = needDot ? ['.'] : [];
                        parts.splice(dd - 1, 2, ...splin);
                        if (parts.length === 0)
                            parts.push('');
                        dd -= 2;
                    }
                }
            }
        } while (didSomething);
        return globParts;
    }
    // second phase: multi-pattern dedupes
    // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
    // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
    // {<pre>/**/<rest>,<pre>/<rest>} -> <pre>/**/<rest>
    //
    // {<pre>/**/<rest>,<pre>/**/<p>/<rest>} -> <pre>/**/<rest>
    // ^-- not valid because ** doens't follow symlinks
    secondPhasePreProcess(globParts) {
        for (let i = 0; i < globParts.length - 1; i++) {
            for (let j = i + 1; j < globParts.length; j++) {
                const matched = this.partsMatch(globParts[i], globParts[j], !this.preserveMultipleSlashes);
                if (matched) {
                    globParts[i] = [];
                    globParts[j] = matched;
                    break;
                }
            }
        }
        return globParts.filter(gs => gs.length);
    }
    partsMatch(a, b, emptyGSMatch = false) {
        let ai = 0;
        let bi = 0;
        let result = [];
        let which = '';
        while (ai < a.length && bi < b.length) {
            if (a[ai] === b[bi]) {
                result.push(which === 'b' ? b[bi] : a[ai]);
                ai++;
                bi++;
            }
            else if (emptyGSMatch && a[ai] === '**' && b[bi] === a[ai + 1]) {
                result.push(a[ai]);
                ai++;
            }
            else if (emptyGSMatch && b[bi] === '**' && a[ai] === b[bi + 1]) {
                result.push(b[bi]);
                bi++;
            }
            else if (a[ai] === '*' &&
                b[bi] &&
                (this.options.dot || !b[bi].startsWith('.')) &&
                b[bi] !== '**') {
                if (which === 'b')
                    return false;
                which = 'a';
                result.push(a[ai]);
                ai++;
                bi++;
            }
            else if (b[bi] === '*' &&
                a[ai] &&
                (this.options.dot || !a[ai].startsWith('.')) &&
                a[ai] !== '**') {
                if (which === 'a')
                    return false;
                which = 'b';
                result.push(b[bi]);
                ai++;
                bi++;
            }
            else {
                return false;
            }
        }
        // if we fall out of the loop, it means they two are identical
        // as long as their lengths match
        return a.length === b.length && result;
    }
    parseNegate() {
        if (this.nonegate)
            return;
        const pattern = this.pattern;
        let negate = false;
        let negateOffset = 0;
        for (let i = 0; i < pattern.length && pattern.charAt(i) === '!'; i++) {
            negate = !negate;
            negateOffset++;
        }
        if (negateOffset)
            this.pattern = pattern.slice(negateOffset);
        this.negate = negate;
    }
    // set partial to true to test if, for example,
    // "/a/b" matches the start of "/*/b/*/d"
    // Partial means, if you run out of file before you run
    // out of pattern, then that's fine, as long as all
    // the parts match.
    matchOne(file, pattern, partial = false) {
        let fileStartIndex = 0;
        let patternStartIndex = 0;
        // UNC paths like //?/X:/... can match X:/... and vice versa
        // Drive letters in absolute drive or unc paths are always compared
        // case-insensitively.
        if (this.isWindows) {
            const fileDrive = typeof file[0] === 'string' && /^[a-z]:$/i.test(file[0]);
            const fileUNC = !fileDrive &&
                file[0] === '' &&
                file[1] === '' &&
                file[2] === '?' &&
                /^[a-z]:$/i.test(file[3]);
            const patternDrive = typeof pattern[0] === 'string' && /^[a-z]:$/i.test(pattern[0]);
            const patternUNC = !patternDrive &&
                pattern[0] === '' &&
                pattern[1] === '' &&
                pattern[2] === '?' &&
                typeof pattern[3] === 'string' &&
                /^[a-z]:$/i.test(pattern[3]);
            const fdi = fileUNC ? 3
                : fileDrive ? 0
                    : undefined;
            const pdi = patternUNC ? 3
                : patternDrive ? 0
                    : undefined;
            if (typeof fdi === 'number' && typeof pdi === 'number') {
                const [fd, pd] = [
                    file[fdi],
                    pattern[pdi],
                ];
                // start matching at the drive letter index of each
                if (fd.toLowerCase() === pd.toLowerCase()) {
                    pattern[pdi] = fd;
                    patternStartIndex = pdi;
                    fileStartIndex = fdi;
                }
            }
        }
        // resolve and reduce . and .. portions in the file as well.
        // don't need to do the second phase, because it's only one string[]
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            file = this.levelTwoFileOptimize(file);
        }
        if (pattern.includes(GLOBSTAR)) {
            return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
        }
        return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
        // split the pattern into head, tail, and middle of ** delimited parts
        const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
        const lastgs = pattern.lastIndexOf(GLOBSTAR);
        // split the pattern up into globstar-delimited sections
        // the tail has to be at the end, and the others just have
        // to be found in order from the head.
        const [head, body, tail] = partial ?
            [
                pattern.slice(patternIndex, firstgs),
                pattern.slice(firstgs + 1),
                [],
            ]
            : [
                pattern.slice(patternIndex, firstgs),
                pattern.slice(firstgs + 1, lastgs),
                pattern.slice(lastgs + 1),
            ];
        // check the head, from the current file/pattern index.
        if (head.length) {
            const fileHead = file.slice(fileIndex, fileIndex + head.length);
            if (!this.#matchOne(fileHead, head, partial, 0, 0)) {
                return false;
            }
            fileIndex += head.length;
            patternIndex += head.length;
        }
        // now we know the head matches!
        // if the last portion is not empty, it MUST match the end
        // check the tail
        let fileTailMatch = 0;
        if (tail.length) {
            // if head + tail > file, then we cannot possibly match
            if (tail.length + fileIndex > file.length)
                return false;
            // try to match the tail
            let tailStart = file.length - tail.length;
            if (this.#matchOne(file, tail, partial, tailStart, 0)) {
                fileTailMatch = tail.length;
            }
            else {
                // affordance for stuff like a/**/* matching a/b/
                // if the last file portion is '', and there's more to the pattern
                // then try without the '' bit.
                if (file[file.length - 1] !== '' ||
                    fileIndex + tail.length === file.length) {
                    return false;
                }
                tailStart--;
                if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
                    return false;
                }
                fileTailMatch = tail.length + 1;
            }
        }
        // now we know the tail matches!
        // the middle is zero or more portions wrapped in **, possibly
        // containing more ** sections.
        // so a/**/b/**/c/**/d has become **/b/**/c/**
        // if it's empty, it means a/**/b, just verify we have no bad dots
        // if there's no tail, so it ends on /**, then we must have *something*
        // after the head, or it's not a matc
        if (!body.length) {
            let sawSome = !!fileTailMatch;
            for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
                const f = String(file[i]);
                sawSome = true;
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            // in partial mode, we just need to get past all file parts
            return partial || sawSome;
        }
        // now we know that there's one or more body sections, which can
        // be matched anywhere from the 0 index (because the head was pruned)
        // through to the length-fileTailMatch index.
        // split the body up into sections, and note the minimum index it can
        // be found at (start with the length of all previous segments)
        // [section, before, after]
        const bodySegments = [[[], 0]];
        let currentBody = bodySegments[0];
        let nonGsParts = 0;
        const nonGsPartsSums = [0];
        for (const b of body) {
            if (b === GLOBSTAR) {
                nonGsPartsSums.push(nonGsParts);
                currentBody = [[], 0];
                bodySegments.push(currentBody);
            }
            else {
                currentBody[0].push(b);
                nonGsParts++;
            }
        }
        let i = bodySegments.length - 1;
        const fileLength = file.length - fileTailMatch;
        for (const b of bodySegments) {
            b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
        }
        return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
    }
    // return false for "nope, not matching"
    // return null for "not matching, cannot keep trying"
    #matchGlobStarBodySections(file, 
    // pattern section, last possible position for it
    bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
        // take the first body segment, and walk from fileIndex to its "after"
        // value at the end
        // If it doesn't match at that position, we increment, until we hit
        // that final possible position, and give up.
        // If it does match, then advance and try to rest.
        // If any of them fail we keep walking forward.
        // this is still a bit recursively painful, but it's more constrained
        // than previous implementations, because we never test something that
        // can't possibly be a valid matching condition.
        const bs = bodySegments[bodyIndex];
        if (!bs) {
            // just make sure that there's no bad dots
            for (let i = fileIndex; i < file.length; i++) {
                sawTail = true;
                const f = file[i];
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            return sawTail;
        }
        // have a non-globstar body section to test
        const [body, after] = bs;
        while (fileIndex <= after) {
            const m = this.#matchOne(file.slice(0, fileIndex + body.length), body, partial, fileIndex, 0);
            // if limit exceeded, no match. intentional false negative,
            // acceptable break in correctness for security.
            if (m && globStarDepth < this.maxGlobstarRecursion) {
                // match! see if the rest match. if so, we're done!
                const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
                if (sub !== false) {
                    return sub;
                }
            }
            const f = file[fileIndex];
            if (f === '.' ||
                f === '..' ||
                (!this.options.dot && f.startsWith('.'))) {
                return false;
            }
            fileIndex++;
        }
        // walked off. no point continuing
        return partial || null;
    }
    #matchOne(file, pattern, partial, fileIndex, patternIndex) {
        let fi;
        let pi;
        let pl;
        let fl;
        for (fi = fileIndex,
            pi = patternIndex,
            fl = file.length,
            pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
            this.debug('matchOne loop');
            let p = pattern[pi];
            let f = file[fi];
            this.debug(pattern, p, f);
            // should be impossible.
            // some invalid regexp stuff in the set.
            /* c8 ignore start */
            if (p === false || p === GLOBSTAR) {
                return false;
            }
            /* c8 ignore stop */
            // something other than **
            // non-magic patterns just have to match exactly
            // patterns with magic have been turned into regexps.
            let hit;
            if (typeof p === 'string') {
                hit = f === p;
                this.debug('string match', p, f, hit);
            }
            else {
                hit = p.test(f);
                this.debug('pattern match', p, f, hit);
            }
            if (!hit)
                return false;
        }
        // Note: ending in / means that we'll get a final ""
        // at the end of the pattern.  This can only match a
        // corresponding "" at the end of the file.
        // If the file ends in /, then it can only match a
        // a pattern that ends in /, unless the pattern just
        // doesn't have any more for it. But, a/b/ should *not*
        // match "a/b/*", even though "" matches against the
        // [^/]*? pattern, except in partial mode, where it might
        // simply not be reached yet.
        // However, a/b/ should still satisfy a/*
        // now either we fell off the end of the pattern, or we're done.
        if (fi === fl && pi === pl) {
            // ran out of pattern and filename at the same time.
            // an exact hit!
            return true;
        }
        else if (fi === fl) {
            // ran out of file, but still had pattern left.
            // this is ok if we're doing the match as part of
            // a glob fs traversal.
            return partial;
        }
        else if (pi === pl) {
            // ran out of pattern, still have file left.
            // this is only acceptable if we're on the very last
            // empty segment of a file with a trailing slash.
            // a/* should match a/b/
            return fi === fl - 1 && file[fi] === '';
            /* c8 ignore start */
        }
        else {
            // should be unreachable.
            throw new Error('wtf?');
        }
        /* c8 ignore stop */
    }
    braceExpand() {
        return braceExpand(this.pattern, this.options);
    }
    parse(pattern) {
        assertValidPattern(pattern);
        const options = this.options;
        // shortcuts
        if (pattern === '**')
            return GLOBSTAR;
        if (pattern === '')
            return '';
        // far and away, the most common glob pattern parts are
        // *, *.*, and *.<ext>  Add a fast check method for those.
        let m;
        let fastTest = null;
        if ((m = pattern.match(starRE))) {
            fastTest = options.dot ? starTestDot : starTest;
        }
        else if ((m = pattern.match(starDotExtRE))) {
            fastTest = (options.nocase ?
                options.dot ?
                    starDotExtTestNocaseDot
                    : starDotExtTestNocase
                : options.dot ? starDotExtTestDot
                    : starDotExtTest)(m[1]);
        }
        else if ((m = pattern.match(qmarksRE))) {
            fastTest = (options.nocase ?
                options.dot ?
                    qmarksTestNocaseDot
                    : qmarksTestNocase
                : options.dot ? qmarksTestDot
                    : qmarksTest)(m);
        }
        else if ((m = pattern.match(starDotStarRE))) {
            fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
        }
        else if ((m = pattern.match(dotStarRE))) {
            fastTest = dotStarTest;
        }
        const re = AST.fromGlob(pattern, this.options).toMMPattern();
        if (fastTest && typeof re === 'object') {
            // Avoids overriding in frozen environments
            Reflect.defineProperty(re, 'test', { value: fastTest });
        }
        return re;
    }
    makeRe() {
        if (this.regexp || this.regexp === false)
            return this.regexp;
        // at this point, this.set is a 2d array of partial
        // pattern strings, or "**".
        //
        // It's better to use .match().  This function shouldn't
        // be used, really, but it's pretty convenient sometimes,
        // when you just want to work with a regex.
        const set = this.set;
        if (!set.length) {
            this.regexp = false;
            return this.regexp;
        }
        const options = this.options;
        const twoStar = options.noglobstar ? esm_star
            : options.dot ? twoStarDot
                : twoStarNoDot;
        const flags = new Set(options.nocase ? ['i'] : []);
        // regexpify non-globstar patterns
        // if ** is only item, then we just do one twoStar
        // if ** is first, and there are more, prepend (\/|twoStar\/)? to next
        // if ** is last, append (\/twoStar|) to previous
        // if ** is in the middle, append (\/|\/twoStar\/) to previous
        // then filter out GLOBSTAR symbols
        let re = set
            .map(pattern => {
            const pp = pattern.map(p => {
                if (p instanceof RegExp) {
                    for (const f of p.flags.split(''))
                        flags.add(f);
                }
                return (typeof p === 'string' ? esm_regExpEscape(p)
                    : p === GLOBSTAR ? GLOBSTAR
                        : p._src);
            });
            pp.forEach((p, i) => {
                const next = pp[i + 1];
                const prev = pp[i - 1];
                if (p !== GLOBSTAR || prev === GLOBSTAR) {
                    return;
                }
                if (prev === undefined) {
                    if (next !== undefined && next !== GLOBSTAR) {
                        pp[i + 1] = '(?:\\/|' + twoStar + '\\/)?' + next;
                    }
                    else {
                        pp[i] = twoStar;
                    }
                }
                else if (next === undefined) {
                    pp[i - 1] = prev + '(?:\\/|\\/' + twoStar + ')?';
                }
                else if (next !== GLOBSTAR) {
                    pp[i - 1] = prev + '(?:\\/|\\/' + twoStar + '\\/)' + next;
                    pp[i + 1] = GLOBSTAR;
                }
            });
            const filtered = pp.filter(p => p !== GLOBSTAR);
            // For partial matches, we need to make the pattern match
            // any prefix of the full path. We do this by generating
            // alternative patterns that match progressively longer prefixes.
            if (this.partial && filtered.length >= 1) {
                const prefixes = [];
                for (let i = 1; i <= filtered.length; i++) {
                    prefixes.push(filtered.slice(0, i).join('/'));
                }
                return '(?:' + prefixes.join('|') + ')';
            }
            return filtered.join('/');
        })
            .join('|');
        // need to wrap in parens if we had more than one thing with |,
        // otherwise only the first will be anchored to ^ and the last to $
        const [open, close] = set.length > 1 ? ['(?:', ')'] : ['', ''];
        // must match entire pattern
        // ending in a * or ** will make it less strict.
        re = '^' + open + re + close + '$';
        // In partial mode, '/' should always match as it's a valid prefix for any pattern
        if (this.partial) {
            re = '^(?:\\/|' + open + re.slice(1, -1) + close + ')$';
        }
        // can match anything, as long as it's not this.
        if (this.negate)
            re = '^(?!' + re + ').+$';
        try {
            this.regexp = new RegExp(re, [...flags].join(''));
            /* c8 ignore start */
        }
        catch {
            // should be impossible
            this.regexp = false;
        }
        /* c8 ignore stop */
        return this.regexp;
    }
    slashSplit(p) {
        // if p starts with // on windows, we preserve that
        // so that UNC paths aren't broken.  Otherwise, any number of
        // / characters are coalesced into one, unless
        // preserveMultipleSlashes is set to true.
        if (this.preserveMultipleSlashes) {
            return p.split('/');
        }
        else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
            // add an extra '' for the one we lose
            return ['', ...p.split(/\/+/)];
        }
        else {
            return p.split(/\/+/);
        }
    }
    match(f, partial = this.partial) {
        this.debug('match', f, this.pattern);
        // short-circuit in the case of busted things.
        // comments, etc.
        if (this.comment) {
            return false;
        }
        if (this.empty) {
            return f === '';
        }
        if (f === '/' && partial) {
            return true;
        }
        const options = this.options;
        // windows: need to use /, not \
        if (this.isWindows) {
            f = f.split('\\').join('/');
        }
        // treat the test path as a set of pathparts.
        const ff = this.slashSplit(f);
        this.debug(this.pattern, 'split', ff);
        // just ONE of the pattern sets in this.set needs to match
        // in order for it to be valid.  If negating, then just one
        // match means that we have failed.
        // Either way, return on the first hit.
        const set = this.set;
        this.debug(this.pattern, 'set', set);
        // Find the basename of the path by looking for the last non-empty segment
        let filename = ff[ff.length - 1];
        if (!filename) {
            for (let i = ff.length - 2; !filename && i >= 0; i--) {
                filename = ff[i];
            }
        }
        for (const pattern of set) {
            let file = ff;
            if (options.matchBase && pattern.length === 1) {
                file = [filename];
            }
            const hit = this.matchOne(file, pattern, partial);
            if (hit) {
                if (options.flipNegate) {
                    return true;
                }
                return !this.negate;
            }
        }
        // didn't get any hits.  this is success if it's a negative
        // pattern, failure otherwise.
        if (options.flipNegate) {
            return false;
        }
        return this.negate;
    }
    static defaults(def) {
        return minimatch.defaults(def).Minimatch;
    }
}
/* c8 ignore start */



/* c8 ignore stop */
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape_escape;
minimatch.unescape = unescape_unescape;
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
;// CONCATENATED MODULE: ./src/log-path.ts

/** A path as text: a name that is not valid UTF-8 shows each stray byte as `\xHH`. */
function textOf(file) {
    if (typeof file === 'string')
        return file;
    if ((0,external_node_buffer_namespaceObject.isUtf8)(file))
        return file.toString();
    let text = '';
    let start = 0;
    let i = 0;
    while (i < file.length) {
        const length = sequenceLength(file[i]);
        if (length > 0 && i + length <= file.length && (0,external_node_buffer_namespaceObject.isUtf8)(file.subarray(i, i + length))) {
            i += length;
            continue;
        }
        const hex = file[i].toString(16).toUpperCase().padStart(2, '0');
        text += `${file.toString('utf8', start, i)}\\x${hex}`;
        start = ++i;
    }
    return text + file.toString('utf8', start);
}
/** The length of the UTF-8 sequence a lead byte starts, or 0 for a byte that starts none. */
function sequenceLength(lead) {
    if (lead < 0x80)
        return 1;
    if (lead >= 0xc2 && lead <= 0xdf)
        return 2;
    if (lead >= 0xe0 && lead <= 0xef)
        return 3;
    if (lead >= 0xf0 && lead <= 0xf4)
        return 4;
    return 0;
}

// EXTERNAL MODULE: ./src/formats/detect.ts
var detect = __nccwpck_require__(445);
;// CONCATENATED MODULE: ./src/model.ts
/**
 * The shapes passed between the pipeline's stages. Readers turn a log file of any format into a
 * `SessionDigest`; analysis works only on digests, so a new format never touches the report.
 */
/** Interaction types the session-recorder plugin writes, in the order the report shows them. */
const KNOWN_KINDS = [
    'user_message',
    'tool_call',
    'tool_result',
    'assistant_summary',
];
const ALL_KINDS = [...KNOWN_KINDS, 'other'];
function emptyKindCounts() {
    return { user_message: 0, tool_call: 0, tool_result: 0, assistant_summary: 0, other: 0 };
}
/** The formats read; decided per file from its content, never from its name. */
const LOG_FORMATS = (/* unused pure expression or super */ null && (['session-recorder', 'claude-code', 'execution-file']));
function emptyTokenCounts() {
    return { input: 0, output: 0, cacheWrite5m: 0, cacheWrite1h: 0, cacheRead: 0, webSearches: 0 };
}

;// CONCATENATED MODULE: ./src/formats/digest-builder.ts

/** Placeholder for a tool call whose tool name is missing or not a string. */
const UNKNOWN_TOOL = '(unknown tool)';
const DAY_MS = 86_400_000;
const KNOWN = new Set(KNOWN_KINDS);
/** ISO 8601 date-time with a zone, as the plugin writes (seconds required, fraction optional). */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;
/**
 * The instants a four-digit year can name in UTC. An offset can carry a stamp written in year 9999
 * or 0000 across the edge, and `toISOString` would then show it as `+010000-…` or `-000001-…`.
 */
const FIRST_INSTANT = Date.parse('0000-01-01T00:00:00.000Z');
const LAST_INSTANT = Date.parse('9999-12-31T23:59:59.999Z');
/** Parses a strict ISO 8601 instant to epoch milliseconds, or NaN (also outside years 0000–9999 UTC). */
function parseInstant(value) {
    if (typeof value !== 'string' || !ISO_INSTANT.test(value))
        return Number.NaN;
    // Date.parse rolls a day that the month does not have (Feb 30) over into the next month.
    const [year, month, day] = value.slice(0, 10).split('-').map(Number);
    if (day > daysInMonth(year, month))
        return Number.NaN;
    const ms = Date.parse(value);
    return ms >= FIRST_INSTANT && ms <= LAST_INSTANT ? ms : Number.NaN;
}
/** Days in a month of the proleptic Gregorian calendar (year 0 is a leap year, as ISO 8601 has it). */
function daysInMonth(year, month) {
    if (month !== 2)
        return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}
/**
 * `parseInstant` for a stream of timestamps, as fast as the plugin's own form allows: a stamp
 * written `YYYY-MM-DDTHH:MM:SSZ` on the same day as the one before it is read digit by digit, the
 * day's start taken from the previous stamp. Any other stamp (a new day, a fraction, an offset, an
 * hour past 23 or a second past 59) goes through `parseInstant`, so the value is the same.
 */
class InstantParser {
    /** The `YYYY-MM-DD` of the last stamp read the long way, and its midnight (NaN for no such day). */
    day = null;
    dayMs = Number.NaN;
    /** The same day's ten characters, as bytes. */
    dayBytes = new Uint8Array(10);
    /**
     * The value of a stamp given as the bytes of a JSON string (`start..end`, quotes excluded), when
     * it is in the plugin's form on the day of the stamp before; undefined otherwise, and the caller
     * decodes the string and calls `parse`. Such bytes hold no escape, so they are the text itself.
     */
    parseBytes(b, start, end) {
        if (end - start !== 20 || this.day === null)
            return undefined;
        const day = this.dayBytes;
        for (let k = 0; k < 10; k++)
            if (b[start + k] !== day[k])
                return undefined;
        if (b[start + 19] !== 0x5a || // Z
            b[start + 10] !== 0x54 || // T
            b[start + 13] !== 0x3a ||
            b[start + 16] !== 0x3a)
            return undefined;
        const hours = twoDigitBytes(b, start + 11);
        const minutes = twoDigitBytes(b, start + 14);
        const seconds = twoDigitBytes(b, start + 17);
        if (hours > 23 || minutes > 59 || seconds > 59)
            return undefined;
        return this.dayMs + hours * 3_600_000 + minutes * 60_000 + seconds * 1000;
    }
    parse(value) {
        if (this.day === null ||
            value.length !== 20 ||
            !value.startsWith(this.day) ||
            value.charCodeAt(19) !== 0x5a || // Z
            value.charCodeAt(10) !== 0x54 || // T
            value.charCodeAt(13) !== 0x3a ||
            value.charCodeAt(16) !== 0x3a)
            return this.parseDay(value);
        const hours = twoDigits(value, 11);
        const minutes = twoDigits(value, 14);
        const seconds = twoDigits(value, 17);
        if (hours > 23 || minutes > 59 || seconds > 59)
            return parseInstant(value);
        return this.dayMs + hours * 3_600_000 + minutes * 60_000 + seconds * 1000;
    }
    /** The long way, remembering the stamp's day when it is in the plugin's form. */
    parseDay(value) {
        const ms = parseInstant(value);
        // Not from `24:00:00` (the next day's midnight) or a leap second, which may roll over.
        if (value.length === 20 &&
            value.charCodeAt(19) === 0x5a &&
            !Number.isNaN(ms) &&
            twoDigits(value, 11) <= 23 &&
            twoDigits(value, 14) <= 59 &&
            twoDigits(value, 17) <= 59) {
            this.day = value.slice(0, 10);
            for (let k = 0; k < 10; k++)
                this.dayBytes[k] = value.charCodeAt(k);
            this.dayMs = Math.floor(ms / DAY_MS) * DAY_MS;
        }
        return ms;
    }
}
/** Two decimal digits at `at` as a number, or 99 when either is not a digit. */
function twoDigits(value, at) {
    const tens = value.charCodeAt(at) - 0x30;
    const ones = value.charCodeAt(at + 1) - 0x30;
    return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : 99;
}
/** Two decimal digits at `at` as a number, or 99 when either is not a digit. */
function twoDigitBytes(b, at) {
    const tens = b[at] - 0x30;
    const ones = b[at + 1] - 0x30;
    return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : 99;
}
/** Longest piece of log text (an id) quoted in a problem. */
const QUOTED_MAX = 80;
/**
 * Distinct interaction ids remembered per file to find repeats: enough for any real day of
 * sessions, while a file of millions of interactions does not keep millions of ids in memory.
 */
const IDS_REMEMBERED = 100_000;
/**
 * The rules that turn a log into a digest, shared by every parser of the format: each interaction
 * is counted (unknown or malformed ones as `other`), and each defect becomes a problem.
 */
class DigestBuilder {
    kinds = emptyKindCounts();
    tools = new Map();
    summaries = [];
    days = new Map();
    problems = new Problems();
    first = Number.POSITIVE_INFINITY;
    last = Number.NEGATIVE_INFINITY;
    index = 0;
    /** The previous interaction's timestamp text and value: a call and its result share one. */
    lastStamp;
    lastStampMs = Number.NaN;
    instants = new InstantParser();
    /** The latest valid timestamp so far and where it was, to notice time going backwards. */
    latestMs = Number.NEGATIVE_INFINITY;
    latestIndex = -1;
    /** Interactions of one day in a row are counted here, and added to `days` when the day changes. */
    runDay = Number.NaN;
    runCount = 0;
    /** interaction_id → index of the first interaction that had it. */
    ids = new SeenIds();
    /** Adds the next interaction of the `interactions` array. */
    add(facts) {
        const id = facts.kind === 'object' && typeof facts.id === 'string';
        if (id)
            hashText(facts.id);
        this.addParsed(facts, this.instant(facts.timestamp), id);
    }
    /**
     * The index of the interaction that first had the id whose hashes `hashBytes` or `hashText`
     * just gave, or -1. Nothing is remembered: `addParsed` does that.
     */
    idSeenAt() {
        return this.ids.lookup(HASHES[0], HASHES[1]);
    }
    /**
     * `add`, for a scanner that parsed the timestamp itself (`at`, NaN when it is not a valid
     * instant, whatever `facts.timestamp` holds) and, when `id` is true, hashed the interaction's
     * string id into `HASHES` (`facts.id` then needs to be its text only when `idSeenAt` found it).
     */
    addParsed(facts, at, id) {
        const index = this.index++;
        const kind = kindOf(facts);
        this.kinds[kind]++;
        if (facts.kind !== 'object') {
            this.problems.add(`interactions[${index}] is ${describeKind(facts.kind)}, not an object; counted as other`);
            return;
        }
        if (typeof facts.type !== 'string')
            this.problems.add(`interactions[${index}] ${facts.type === undefined ? 'has no' : 'has a non-string'} "type"; counted as other`);
        if (id) {
            const first = this.ids.firstIndexOf(HASHES[0], HASHES[1], index);
            if (first !== undefined)
                this.problems.add(`interactions[${index}] repeats the interaction_id ${quote(String(facts.id))} of interactions[${first}]`, 'repeated interaction_id');
        }
        if (Number.isNaN(at)) {
            this.problems.add(`interactions[${index}] has no valid ISO 8601 "timestamp"`);
        }
        else {
            if (at < this.latestMs)
                this.problems.add(`interactions[${index}] has a timestamp earlier than interactions[${this.latestIndex}] (time goes backwards)`);
            else {
                this.latestMs = at;
                this.latestIndex = index;
            }
            this.see(at);
            const day = Math.floor(at / DAY_MS);
            if (day === this.runDay)
                this.runCount++;
            else {
                this.endRun();
                this.runDay = day;
                this.runCount = 1;
            }
        }
        if (kind === 'tool_call') {
            const tool = typeof facts.tool === 'string' && facts.tool !== '' ? facts.tool : null;
            if (tool === null)
                this.problems.add(`interactions[${index}] is a tool_call ${contentDefect(facts, 'tool')}; counted under ${UNKNOWN_TOOL}`);
            const name = tool ?? UNKNOWN_TOOL;
            this.tools.set(name, (this.tools.get(name) ?? 0) + 1);
        }
        else if (kind === 'assistant_summary') {
            if (typeof facts.summary === 'string') {
                this.summaries.push({
                    timestamp: Number.isNaN(at) ? null : new Date(at).toISOString(),
                    text: facts.summary,
                });
            }
            else {
                this.problems.add(`interactions[${index}] is an assistant_summary ${contentDefect(facts, 'summary')}`);
            }
        }
    }
    /** Finishes the digest once every interaction was added. */
    build(header) {
        this.endRun();
        const start = parseInstant(header.startTimestamp);
        const end = parseInstant(header.endTimestamp);
        const problems = new Problems();
        if (header.startTimestamp !== null && Number.isNaN(start))
            problems.add('start_timestamp is not an ISO 8601 date-time');
        if (header.endTimestamp !== null && Number.isNaN(end))
            problems.add('end_timestamp is not an ISO 8601 date-time');
        if (!Number.isNaN(start) && !Number.isNaN(end) && end < start)
            problems.add('end_timestamp is before start_timestamp; no duration is shown');
        if (!Number.isNaN(start))
            this.see(start);
        if (!Number.isNaN(end))
            this.see(end);
        const iso = (ms) => Number.isFinite(ms) ? new Date(ms).toISOString() : null;
        return {
            format: 'session-recorder',
            sessionId: header.sessionId,
            start: iso(start),
            end: iso(end),
            projectPath: header.projectPath,
            kinds: this.kinds,
            tools: this.tools,
            summaries: this.summaries,
            interactionsByDay: new Map([...this.days]
                .sort((a, b) => a[0] - b[0])
                .map(([day, count]) => [iso(day * DAY_MS).slice(0, 10), count])),
            firstActivity: iso(this.first),
            lastActivity: iso(this.last),
            problems: [...problems.list(), ...this.problems.list()],
            transcript: null,
        };
    }
    instant(stamp) {
        if (typeof stamp !== 'string')
            return Number.NaN;
        if (stamp !== this.lastStamp) {
            this.lastStamp = stamp;
            this.lastStampMs = this.instants.parse(stamp);
        }
        return this.lastStampMs;
    }
    endRun() {
        if (this.runCount === 0)
            return;
        this.days.set(this.runDay, (this.days.get(this.runDay) ?? 0) + this.runCount);
        this.runCount = 0;
    }
    see(ms) {
        if (ms < this.first)
            this.first = ms;
        if (ms > this.last)
            this.last = ms;
    }
}
/**
 * The interaction ids seen in a file, kept as two independent 30-bit hashes of each rather than as
 * strings: a map holding every id string keeps them alive through the whole file, so each file
 * left megabytes for the old generation, and peak memory on a 2 GB corpus rose by about 90 MB.
 * Both hashes must agree for a repeat, so a false one is about as likely as 1 in 10^18 per pair.
 */
class SeenIds {
    /**
     * An open-addressed table, as typed arrays rather than a Map (which cost more than the rest of
     * an interaction's rules): slot `s` holds the first hash plus one (0 for an empty slot), the
     * second hash and the index where the id was first seen.
     */
    firstHash = new Int32Array(1024);
    secondHash = new Int32Array(1024);
    firstIndex = new Int32Array(1024);
    size = 0;
    /** The index where the id of these hashes was first seen, or -1; nothing is remembered. */
    lookup(a, b) {
        const mask = this.firstHash.length - 1;
        for (let slot = a & mask;; slot = (slot + 1) & mask) {
            const held = this.firstHash[slot];
            if (held === 0)
                return -1;
            if (held === a + 1)
                return this.secondHash[slot] === b ? this.firstIndex[slot] : -1;
        }
    }
    /**
     * The index where the id of these hashes (`hashText`) was first seen, or undefined (and it is
     * remembered, up to a bound).
     */
    firstIndexOf(a, b, index) {
        const mask = this.firstHash.length - 1;
        let slot = a & mask;
        for (;;) {
            const held = this.firstHash[slot];
            if (held === 0)
                break;
            // Ids whose first hashes agree and second ones do not are different ids; the later one is
            // not remembered.
            if (held === a + 1)
                return this.secondHash[slot] === b ? this.firstIndex[slot] : undefined;
            slot = (slot + 1) & mask;
        }
        if (this.size >= IDS_REMEMBERED)
            return undefined;
        this.firstHash[slot] = a + 1;
        this.secondHash[slot] = b;
        this.firstIndex[slot] = index;
        if (++this.size * 2 > this.firstHash.length)
            this.grow();
        return undefined;
    }
    grow() {
        const [firstHash, secondHash, firstIndex] = [this.firstHash, this.secondHash, this.firstIndex];
        const capacity = firstHash.length * 2;
        const newFirst = new Int32Array(capacity);
        const newSecond = new Int32Array(capacity);
        const newIndex = new Int32Array(capacity);
        const mask = capacity - 1;
        for (let old = 0; old < firstHash.length; old++) {
            const held = firstHash[old];
            if (held === 0)
                continue;
            let slot = (held - 1) & mask;
            while (newFirst[slot] !== 0)
                slot = (slot + 1) & mask;
            newFirst[slot] = held;
            newSecond[slot] = secondHash[old];
            newIndex[slot] = firstIndex[old];
        }
        this.firstHash = newFirst;
        this.secondHash = newSecond;
        this.firstIndex = newIndex;
    }
}
/**
 * The two hashes of the last id hashed (`hashText` or `hashBytes`), each cut to 30 bits. Both read
 * the id two UTF-16 code units at a time, each pair one 32-bit word, with different seeds,
 * multipliers and shifts, and mix the result so that its low bits (the table's slot) depend on
 * every unit.
 */
const HASHES = new Int32Array(2);
function finish(a, b) {
    a ^= a >>> 16;
    a = Math.imul(a, 0x85ebca6b);
    a ^= a >>> 13;
    b ^= b >>> 16;
    b = Math.imul(b, 0xc2b2ae35);
    b ^= b >>> 16;
    HASHES[0] = a & 0x3fffffff;
    HASHES[1] = b & 0x3fffffff;
}
/** Hashes an id's text into `HASHES`. */
function hashText(id) {
    const n = id.length;
    let a = 0x811c9dc5 ^ n;
    let b = 0x5bd1e995 ^ Math.imul(n, 0x27d4eb2d);
    for (let i = 0; i < n; i += 2) {
        const word = id.charCodeAt(i) | (i + 1 < n ? id.charCodeAt(i + 1) << 16 : 0);
        a = Math.imul(a ^ word, 0x01000193);
        a ^= a >>> 15;
        b = Math.imul(b ^ word, 0x5bd1e995);
        b ^= b >>> 13;
    }
    finish(a, b);
}
/**
 * Hashes the bytes of a JSON string's content (`start..end`) into `HASHES`, as `hashText` hashes
 * the text they stand for, when they are printable ASCII without escapes (each byte is then one
 * code unit). Returns false, hashing nothing, for any other bytes: decode them and use `hashText`.
 */
function hashBytes(bytes, start, end) {
    const n = end - start;
    let a = 0x811c9dc5 ^ n;
    let b = 0x5bd1e995 ^ Math.imul(n, 0x27d4eb2d);
    for (let i = start; i < end; i += 2) {
        const low = bytes[i];
        const high = i + 1 < end ? bytes[i + 1] : 0;
        if (low < 0x20 ||
            low >= 0x80 ||
            low === 0x5c ||
            (i + 1 < end && (high < 0x20 || high >= 0x80 || high === 0x5c)))
            return false;
        const word = low | (high << 16);
        a = Math.imul(a ^ word, 0x01000193);
        a ^= a >>> 15;
        b = Math.imul(b ^ word, 0x5bd1e995);
        b ^= b >>> 13;
    }
    finish(a, b);
    return true;
}
/** Collects problems, keeping the first few of each kind and counting the rest. */
class Problems {
    static PER_KIND = 3;
    byKind = new Map();
    /** Adds a problem; `key` groups problems of one kind (by default the message without indexes). */
    add(message, key = message.replace(/\[\d+\]/g, '[]')) {
        const entry = this.byKind.get(key) ?? { shown: [], more: 0 };
        if (entry.shown.length < Problems.PER_KIND)
            entry.shown.push(message);
        else
            entry.more++;
        this.byKind.set(key, entry);
    }
    list() {
        return [...this.byKind.values()].flatMap(({ shown, more }) => more > 0 ? [...shown, `… and ${more} more like the one above`] : shown);
    }
}
/** What is wrong with `content` when `content.<field>` is not a usable string. */
function contentDefect(facts, field) {
    if (facts.contentKind === undefined)
        return 'without content';
    if (facts.contentKind !== 'object' && !(field === 'summary' && facts.contentKind === 'string'))
        return `whose content is ${describeKind(facts.contentKind)}, not an object`;
    const value = facts[field];
    if (value === undefined)
        return `without content.${field}`;
    if (typeof value === 'string')
        return `with an empty content.${field}`;
    return `whose content.${field} is ${describeKind(value.wrongKind)}, not a string`;
}
/**
 * Log text quoted in a problem, on one line: as it is but for line breaks and tabs made spaces, so
 * that redaction (which runs on the whole problem later) sees it whole. Escaping or cutting it here
 * would hide a secret from redaction: `password\t=` escaped no longer reads as a name given a
 * value, and a token cut short no longer looks like one. Text too long to quote is described.
 */
function quote(value) {
    if (value.length > QUOTED_MAX)
        return `(${value.length} characters)`;
    // Not `\s`, which takes in U+FEFF: an invisible character must stay one, and be removed later.
    return `"${value.replace(/[\t-\r\u2028\u2029]+/g, ' ')}"`;
}
function kindOf(facts) {
    if (facts.kind !== 'object' || typeof facts.type !== 'string' || !KNOWN.has(facts.type))
        return 'other';
    return facts.type;
}
function describeKind(kind) {
    if (kind === 'null')
        return 'null';
    return kind === 'array' || kind === 'object' ? `an ${kind}` : `a ${kind}`;
}
/** The JSON kind of a parsed value. */
function jsonKind(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'array';
    return typeof value;
}
/** The facts the digest rules need from one parsed interaction. */
function factsOf(item) {
    const kind = jsonKind(item);
    if (kind !== 'object')
        return { kind };
    const record = item;
    const content = record.content;
    const contentKind = content === undefined ? undefined : jsonKind(content);
    const fromContent = (field) => contentKind === 'object' ? stringOrKind(content[field]) : undefined;
    const type = stringOrKind(record.type);
    // A tool name only counts for a call and a summary only for a summary: the scanner steps over
    // them (however large) for any other type.
    return {
        kind,
        type,
        id: stringOrKind(record.interaction_id),
        timestamp: stringOrKind(record.timestamp),
        ...(contentKind !== undefined && { contentKind }),
        tool: type === 'tool_call' ? fromContent('tool') : undefined,
        summary: type !== 'assistant_summary'
            ? undefined
            : contentKind === 'string'
                ? content
                : fromContent('summary'),
    };
}
function stringOrKind(value) {
    if (value === undefined || typeof value === 'string')
        return value;
    return { wrongKind: jsonKind(value) };
}

;// CONCATENATED MODULE: ./src/formats/json-syntax.ts
const LITERALS = { t: 'true', f: 'false', n: 'null' };
const ESCAPABLE = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX4 = /[0-9a-fA-F]{4}/y;
/**
 * Locates the first JSON syntax error in `text`, or returns null when the text is valid JSON.
 *
 * `JSON.parse` gives no position for some errors and quotes the input in its message (which could
 * publish log content), so the position and wording come from this small checker instead. It is
 * iterative, so deeply nested input cannot overflow the stack; it runs only after a parse failed.
 */
function findJsonSyntaxError(text) {
    const containers = [];
    let expect = 'value';
    let complete = false;
    let i = 0;
    const n = text.length;
    const fail = (message, offset = i) => ({ offset, message });
    const skipWhitespace = () => {
        while (i < n) {
            const c = text.charCodeAt(i);
            if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09)
                break;
            i++;
        }
    };
    /** Returns an error, or null after moving past the string that starts at `i`. */
    const scanString = () => {
        const start = i;
        i++;
        while (i < n) {
            const ch = text[i];
            if (ch === '"') {
                i++;
                return null;
            }
            if (ch === '\\') {
                const next = text[i + 1];
                if (next === 'u') {
                    HEX4.lastIndex = i + 2;
                    if (!HEX4.test(text))
                        return fail('invalid \\u escape in a string');
                    i += 6;
                }
                else if (next !== undefined && ESCAPABLE.has(next)) {
                    i += 2;
                }
                else if (next === undefined) {
                    break;
                }
                else {
                    return fail(`invalid escape in a string: a backslash followed by ${describeChar(text, i + 1)}`);
                }
                continue;
            }
            if (ch.charCodeAt(0) < 0x20)
                return fail('unescaped control character (a raw line break?) in a string');
            i++;
        }
        return fail('the file ends inside a string (truncated?)', start);
    };
    const skipDigits = () => {
        const from = i;
        while (i < n && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39)
            i++;
        return i - from;
    };
    /** Returns an error at the first character that breaks the number at `i`, or null past it. */
    const scanNumber = () => {
        const start = i;
        const broken = () => i >= n
            ? fail('the file ends inside a number (truncated?)', start)
            : fail(`expected a digit in a number, found ${describeChar(text, i)}`);
        if (text[i] === '-')
            i++;
        if (text[i] === '0')
            i++;
        else if (skipDigits() === 0)
            return broken();
        if (text[i] === '.') {
            i++;
            if (skipDigits() === 0)
                return broken();
        }
        if (text[i] === 'e' || text[i] === 'E') {
            i++;
            if (text[i] === '+' || text[i] === '-')
                i++;
            if (skipDigits() === 0)
                return broken();
        }
        return null;
    };
    /** Returns an error at the first character that differs from `literal`, or null past it. */
    const scanLiteral = (literal) => {
        const start = i;
        for (const expected of literal) {
            if (i >= n)
                return fail('the file ends inside a literal (truncated?)', start);
            if (text[i] !== expected)
                return fail(`expected ${literal}, found ${describeChar(text, i)}`);
            i++;
        }
        return null;
    };
    const afterValue = () => {
        if (containers.length === 0)
            complete = true;
        else
            expect = 'comma-or-end';
    };
    for (;;) {
        skipWhitespace();
        if (i >= n) {
            if (complete)
                return null;
            if (containers.length === 0)
                return fail('the file holds no JSON value (empty?)');
            const open = containers[containers.length - 1] === 'object' ? 'an object' : 'an array';
            return fail(`the file ends inside ${open} (truncated?)`);
        }
        const ch = text[i];
        if (complete)
            return fail(`unexpected ${describeChar(text, i)} after the end of the JSON value`);
        switch (expect) {
            case 'key-or-end':
                if (ch === '}') {
                    containers.pop();
                    i++;
                    afterValue();
                    continue;
                }
                expect = 'key';
                continue;
            case 'key':
                if (ch !== '"')
                    return fail(`expected a property name in double quotes, found ${describeChar(text, i)}`);
                {
                    const error = scanString();
                    if (error)
                        return error;
                }
                expect = 'colon';
                continue;
            case 'colon':
                if (ch !== ':')
                    return fail(`expected ':' after a property name, found ${describeChar(text, i)}`);
                i++;
                expect = 'value';
                continue;
            case 'value-or-end':
                if (ch === ']') {
                    containers.pop();
                    i++;
                    afterValue();
                    continue;
                }
                expect = 'value';
                continue;
            case 'comma-or-end': {
                const top = containers[containers.length - 1];
                const close = top === 'object' ? '}' : ']';
                if (ch === ',') {
                    i++;
                    expect = top === 'object' ? 'key' : 'value';
                    continue;
                }
                if (ch === close) {
                    containers.pop();
                    i++;
                    afterValue();
                    continue;
                }
                return fail(`expected ',' or '${close}', found ${describeChar(text, i)}`);
            }
            case 'value': {
                if (ch === '{' || ch === '[') {
                    containers.push(ch === '{' ? 'object' : 'array');
                    i++;
                    expect = ch === '{' ? 'key-or-end' : 'value-or-end';
                    continue;
                }
                let error;
                if (ch === '"')
                    error = scanString();
                else if (ch === '-' || (ch >= '0' && ch <= '9'))
                    error = scanNumber();
                else if (LITERALS[ch] !== undefined)
                    error = scanLiteral(LITERALS[ch]);
                else
                    return fail(`unexpected ${describeChar(text, i)} where a value was expected`);
                if (error)
                    return error;
                afterValue();
                continue;
            }
        }
    }
}
/** 1-based line and column of a character offset. */
function positionOf(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
        line++;
        lineStart = at + 1;
    }
    return { line, column: offset - lineStart + 1 };
}
/** Names the character at `offset` by its whole code point (an emoji is one character, not two). */
function describeChar(text, offset) {
    const code = text.codePointAt(offset) ?? 0;
    const ch = String.fromCodePoint(code);
    if (code < 0x20 || code === 0x7f)
        return `control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    if (code >= 0x21 && code < 0x7f)
        return `'${ch}'`;
    return `character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

;// CONCATENATED MODULE: ./src/formats/recorder.ts




/** The top level of a session-recorder log; interactions are checked one by one, leniently. */
const RecorderLog = schemas/* object */.Ikc({
    session_id: schemas/* string */.YjP(),
    start_timestamp: schemas/* string */.YjP().nullable(),
    end_timestamp: schemas/* string */.YjP().nullable().optional(),
    project_path: schemas/* string */.YjP().nullable().optional(),
    interactions: schemas/* array */.YOg(schemas/* unknown */.L5J()),
});
/**
 * Reads a session-recorder log (`session_YYYY-MM-DD.json`) into a digest with `JSON.parse`.
 *
 * A file whose top level is not a session log is unreadable; inside a readable file the rules of
 * `DigestBuilder` apply to each interaction.
 */
function digestRecorderLog(text) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        const error = findJsonSyntaxError(text);
        return error
            ? { ok: false, reason: `invalid JSON: ${error.message}`, offset: error.offset }
            : { ok: false, reason: 'invalid JSON' };
    }
    const top = checkTopLevel(data);
    if (!top.ok)
        return top;
    const builder = new DigestBuilder();
    for (const item of top.interactions)
        builder.add(factsOf(item));
    return { ok: true, digest: builder.build(top.header) };
}
/**
 * Checks the top level of a parsed log (or of a skeleton with the same fields and kinds): its
 * header and interactions, or why it is not a session-recorder log.
 */
function checkTopLevel(data) {
    const parsed = RecorderLog.safeParse(data);
    if (!parsed.success)
        return {
            ok: false,
            reason: `not a session-recorder log: ${describeShapeError(parsed.error, data)}`,
        };
    const log = parsed.data;
    return {
        ok: true,
        header: {
            sessionId: log.session_id,
            startTimestamp: log.start_timestamp,
            endTimestamp: log.end_timestamp ?? null,
            projectPath: log.project_path ?? null,
        },
        interactions: log.interactions,
    };
}
/** One line naming what is wrong with the top level, e.g. `"interactions" is missing`. */
function describeShapeError(error, data) {
    if (jsonKind(data) !== 'object')
        return `the top level is ${describeKind(jsonKind(data))}, not an object`;
    return error.issues
        .slice(0, 3)
        .map((issue) => {
        const field = issue.path.join('.');
        const value = data[String(issue.path[0])];
        if (value === undefined)
            return `"${field}" is missing`;
        return `"${field}" is ${describeKind(jsonKind(value))}, expected ${expectedOf(issue)}`;
    })
        .join('; ');
}
function expectedOf(issue) {
    if (issue.code === 'invalid_type') {
        const expected = String(issue.expected);
        return expected === 'array' || expected === 'object' ? `an ${expected}` : `a ${expected}`;
    }
    return issue.message;
}

;// CONCATENATED MODULE: ./src/formats/claude-code/context.ts


/** A meta file larger than this is not Claude Code's: it is left alone. */
const META_LIMIT_BYTES = 64 * 1024;
const context_AGENT_FILE = /^agent-(.+)\.jsonl$/;
/**
 * What a transcript's path tells: a subagent's file (`agent-<id>.jsonl`, flat beside the session
 * or under `<sessionId>/subagents/`), its parent session's id when no line names it, and the
 * `agent-<id>.meta.json` beside it (agent type and description), when there is one.
 */
function transcriptContext(file) {
    const name = external_node_path_default().basename(file);
    const agent = context_AGENT_FILE.exec(name);
    const folders = external_node_path_default().dirname(file).split((external_node_path_default()).sep);
    const subagents = folders.lastIndexOf('subagents');
    const fallbackSessionId = subagents > 0 ? folders[subagents - 1] : name.replace(/\.jsonl?$/, '') || name;
    return {
        fallbackSessionId,
        agentIdFromName: agent ? agent[1] : null,
        agentMeta: agent ? readAgentMeta(file.replace(/\.jsonl$/, '.meta.json')) : null,
    };
}
/**
 * Reads `agentType` and `description` from a subagent's meta file. Only a regular file is read
 * (`O_NOFOLLOW`: a symbolic link could lead outside the workspace), and any fault means no meta.
 */
function readAgentMeta(file) {
    let fd;
    try {
        // Most subagents have no meta file: asked without an error thrown for each (a few µs apiece).
        if ((0,external_node_fs_namespaceObject.lstatSync)(file, { throwIfNoEntry: false }) === undefined)
            return null;
        fd = (0,external_node_fs_namespaceObject.openSync)(file, external_node_fs_namespaceObject.constants.O_RDONLY | (external_node_fs_namespaceObject.constants.O_NOFOLLOW ?? 0));
    }
    catch {
        return null;
    }
    try {
        const info = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        if (!info.isFile() || info.size > META_LIMIT_BYTES)
            return null;
        const bytes = Buffer.alloc(info.size);
        const read = (0,external_node_fs_namespaceObject.readSync)(fd, bytes, 0, info.size, 0);
        const meta = JSON.parse(bytes.toString('utf8', 0, read));
        if (typeof meta !== 'object' || meta === null)
            return null;
        const { agentType, description } = meta;
        return {
            type: typeof agentType === 'string' && agentType !== '' ? agentType : null,
            description: typeof description === 'string' && description !== '' ? description : null,
        };
    }
    catch {
        return null;
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./src/formats/claude-code/digest.ts


const digest_DAY_MS = 86_400_000;
/** Tools that start a subagent. */
const SUBAGENT_TOOLS = new Set(['Task', 'Agent']);
/** `model` of the error messages Claude Code makes up itself: no API response, no usage. */
const SYNTHETIC_MODEL = '<synthetic>';
/**
 * How a user line's text starts when Claude Code wrote it rather than the user: command output,
 * interruption notices, notifications and editor context. A slash command (`<command-name>`) and a
 * shell command (`<bash-input>`) were typed, and count as prompts.
 */
const NOT_TYPED = [
    '<local-command-stdout>',
    '<local-command-stderr>',
    '<local-command-caveat>',
    '<bash-stdout>',
    '<bash-stderr>',
    '<task-notification>',
    '<ide_',
    '<system-reminder>',
    '[Request interrupted',
    'Caveat: The messages below',
];
/**
 * The rules that turn transcript lines into a digest: each API response once by `message.id`
 * (its most complete line kept), each `tool_use` and `tool_result` once by id, typed prompts told
 * from tool results and Claude Code's own lines. Fed by `TranscriptLineScanner` or, in tests, by
 * lines parsed with `JSON.parse`.
 */
class TranscriptDigestBuilder {
    context;
    kinds = emptyKindCounts();
    tools = new Map();
    days = new Map();
    problems = new Problems();
    first = Number.POSITIVE_INFINITY;
    last = Number.NEGATIVE_INFINITY;
    sessionId;
    cwd;
    agentId;
    versions = new Set();
    branches = new Set();
    responses = new Map();
    /** tool_use id → tool name, for naming the tool of a result. */
    toolUseNames = new Map();
    results = new Set();
    toolErrors = new Map();
    apiErrors = new Set();
    apiErrorsWithoutId = 0;
    subagentsStarted = 0;
    compactions = 0;
    activeMs = null;
    transcriptLines = 0;
    firstBadLine = null;
    lastStamp;
    lastStampMs = Number.NaN;
    /** The last valid day seen (`YYYY-MM-DDT`) and its start. */
    dayText = '\u0000';
    dayMs = 0;
    constructor(context) {
        this.context = context;
    }
    badLine(lineNumber, reason) {
        const message = `line ${lineNumber}: not JSON (${reason}); skipped`;
        this.firstBadLine ??= message;
        this.problems.add(message, 'not JSON');
    }
    line(facts, isObject, lineNumber) {
        if (!isObject || facts.type === undefined) {
            const message = `line ${lineNumber}: ${isObject ? 'an object without a string "type"' : 'not an object'}, not a transcript line; skipped`;
            this.firstBadLine ??= message;
            this.problems.add(message, 'not a transcript line');
            return;
        }
        this.transcriptLines++;
        if (facts.sessionId)
            this.sessionId ??= facts.sessionId;
        if (facts.cwd)
            this.cwd ??= facts.cwd;
        if (facts.agentId && facts.isSidechain)
            this.agentId ??= facts.agentId;
        if (facts.version)
            this.versions.add(facts.version);
        if (facts.gitBranch)
            this.branches.add(facts.gitBranch);
        const at = this.instant(facts.timestamp);
        if (!Number.isNaN(at)) {
            if (at < this.first)
                this.first = at;
            if (at > this.last)
                this.last = at;
        }
        switch (facts.type) {
            case 'assistant':
                this.assistant(facts, at);
                return;
            case 'user':
                this.user(facts, at);
                return;
            case 'system':
                if (facts.subtype === 'compact_boundary')
                    this.compactions++;
                else if (facts.subtype === 'turn_duration' &&
                    facts.durationMs !== undefined &&
                    Number.isFinite(facts.durationMs) &&
                    facts.durationMs >= 0)
                    this.activeMs = (this.activeMs ?? 0) + facts.durationMs;
                return;
        }
    }
    assistant(facts, at) {
        const id = facts.messageId;
        if (facts.isApiErrorMessage) {
            if (id === undefined)
                this.apiErrorsWithoutId++;
            else
                this.apiErrors.add(id);
        }
        let entry;
        if (id !== undefined && facts.model !== SYNTHETIC_MODEL) {
            entry = this.responses.get(id);
            const usage = facts.usage;
            const total = usage ? usage.input + usage.output + usage.cacheCreation + usage.cacheRead : 0;
            if (entry === undefined) {
                entry = {
                    id,
                    model: facts.model ?? '',
                    tokens: tokensOf(usage),
                    total,
                    sidechain: facts.isSidechain,
                    fast: usage?.speed === 'fast',
                    inferenceGeo: usage?.geo ?? null,
                    toolUses: [],
                };
                this.responses.set(id, entry);
                this.kinds.assistant_summary++;
                this.countDay(at);
            }
            else if ((entry.sidechain && !facts.isSidechain) ||
                (entry.sidechain === facts.isSidechain && total > entry.total)) {
                // A more complete line of the same response: a non-sidechain copy, or a later stream line.
                entry.model = facts.model ?? entry.model;
                entry.tokens = tokensOf(usage);
                entry.total = total;
                entry.sidechain = facts.isSidechain;
                entry.fast = usage?.speed === 'fast';
                entry.inferenceGeo = usage?.geo ?? null;
            }
        }
        for (const block of facts.blocks) {
            if (block.type !== 'tool_use')
                continue;
            const name = block.name || UNKNOWN_TOOL;
            if (block.id !== undefined) {
                if (this.toolUseNames.has(block.id))
                    continue;
                this.toolUseNames.set(block.id, name);
            }
            this.kinds.tool_call++;
            this.tools.set(name, (this.tools.get(name) ?? 0) + 1);
            this.countDay(at);
            entry?.toolUses.push(name);
            if (SUBAGENT_TOOLS.has(name))
                this.subagentsStarted++;
        }
    }
    user(facts, at) {
        let results = 0;
        for (const block of facts.blocks) {
            if (block.type !== 'tool_result')
                continue;
            results++;
            const id = block.toolUseId;
            if (id !== undefined) {
                if (this.results.has(id))
                    continue;
                this.results.add(id);
            }
            this.kinds.tool_result++;
            this.countDay(at);
            if (block.isError) {
                const name = (id !== undefined && this.toolUseNames.get(id)) || UNKNOWN_TOOL;
                this.toolErrors.set(name, (this.toolErrors.get(name) ?? 0) + 1);
            }
        }
        if (results > 0 || facts.isMeta || facts.isCompactSummary || facts.isSidechain)
            return;
        if (isTypedPrompt(facts)) {
            this.kinds.user_message++;
            this.countDay(at);
        }
    }
    /** Finishes the digest, or says why the file is not a transcript. */
    build() {
        if (this.transcriptLines === 0)
            return {
                ok: false,
                reason: 'not a Claude Code transcript: no line is a JSON object with a "type"' +
                    (this.firstBadLine === null ? ' (the file is empty)' : ` (${this.firstBadLine})`),
            };
        const iso = (ms) => Number.isFinite(ms) ? new Date(ms).toISOString() : null;
        const agentId = this.agentId ?? this.context.agentIdFromName;
        const agent = agentId === null
            ? null
            : {
                agentId,
                type: this.context.agentMeta?.type ?? null,
                description: this.context.agentMeta?.description ?? null,
            };
        const responses = [...this.responses.values()].map((entry) => ({
            id: entry.id,
            model: entry.model,
            tokens: entry.tokens,
            sidechain: entry.sidechain,
            fast: entry.fast,
            inferenceGeo: entry.inferenceGeo,
            toolUses: entry.toolUses,
        }));
        return {
            ok: true,
            digest: {
                format: 'claude-code',
                sessionId: this.sessionId ?? this.context.fallbackSessionId,
                start: iso(this.first),
                end: iso(this.last),
                projectPath: this.cwd ?? null,
                kinds: this.kinds,
                tools: this.tools,
                summaries: [],
                interactionsByDay: new Map([...this.days]
                    .sort((a, b) => a[0] - b[0])
                    .map(([day, count]) => [iso(day * digest_DAY_MS).slice(0, 10), count])),
                firstActivity: iso(this.first),
                lastActivity: iso(this.last),
                problems: this.problems.list(),
                transcript: {
                    agent,
                    responses,
                    toolErrors: this.toolErrors,
                    subagentsStarted: this.subagentsStarted,
                    compactions: this.compactions,
                    apiErrors: this.apiErrors.size + this.apiErrorsWithoutId,
                    activeMs: this.activeMs,
                    versions: [...this.versions],
                    branches: [...this.branches],
                    run: null,
                },
            },
        };
    }
    countDay(at) {
        if (Number.isNaN(at))
            return;
        const day = Math.floor(at / digest_DAY_MS);
        this.days.set(day, (this.days.get(day) ?? 0) + 1);
    }
    instant(stamp) {
        if (stamp === undefined)
            return Number.NaN;
        if (stamp !== this.lastStamp) {
            this.lastStamp = stamp;
            this.lastStampMs = this.quickInstant(stamp);
        }
        return this.lastStampMs;
    }
    /**
     * Claude Code writes every timestamp as `YYYY-MM-DDTHH:MM:SS.mmmZ`: such a stamp on a day
     * already checked needs only its time read; anything else goes through the strict parser.
     */
    quickInstant(stamp) {
        if (stamp.length !== 24 || stamp.charCodeAt(23) !== 0x5a || stamp.charCodeAt(19) !== 0x2e)
            return parseInstant(stamp);
        if (!stamp.startsWith(this.dayText)) {
            const ms = parseInstant(stamp);
            if (Number.isNaN(ms))
                return ms;
            this.dayText = stamp.slice(0, 11);
            this.dayMs = Math.floor(ms / digest_DAY_MS) * digest_DAY_MS;
            return ms;
        }
        const hours = digits(stamp, 11, 2);
        const minutes = digits(stamp, 14, 2);
        const seconds = digits(stamp, 17, 2);
        const millis = digits(stamp, 20, 3);
        if (hours > 23 ||
            minutes > 59 ||
            seconds > 59 ||
            Math.min(hours, minutes, seconds, millis) < 0 ||
            stamp.charCodeAt(13) !== 0x3a ||
            stamp.charCodeAt(16) !== 0x3a)
            return parseInstant(stamp);
        return this.dayMs + ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
    }
}
/** The number written with `count` decimal digits at `at`, or -1. */
function digits(text, at, count) {
    let value = 0;
    for (let k = at; k < at + count; k++) {
        const digit = text.charCodeAt(k) - 0x30;
        if (digit < 0 || digit > 9)
            return -1;
        value = value * 10 + digit;
    }
    return value;
}
/** A user line the user typed: a string, or text (or an image) not written by Claude Code. */
function isTypedPrompt(facts) {
    if (facts.content === 'string')
        return isTyped(facts.contentStart ?? '');
    if (facts.content !== 'array')
        return false;
    return facts.blocks.some((block) => block.type === 'image' || (block.type === 'text' && isTyped(block.textStart ?? '')));
}
function isTyped(start) {
    const text = start.trimStart();
    return text !== '' && !NOT_TYPED.some((prefix) => text.startsWith(prefix));
}
/** Tokens of a usage: cache writes split into 5-minute and 1-hour ones, summing to the total. */
function tokensOf(usage) {
    if (usage === undefined)
        return { input: 0, output: 0, cacheWrite5m: 0, cacheWrite1h: 0, cacheRead: 0, webSearches: 0 };
    const hour = Math.min(usage.cache1h ?? 0, usage.cacheCreation);
    return {
        input: usage.input,
        output: usage.output,
        cacheWrite5m: usage.cacheCreation - hour,
        cacheWrite1h: hour,
        cacheRead: usage.cacheRead,
        webSearches: usage.webSearches,
    };
}

// EXTERNAL MODULE: ./src/formats/claude-code/line-scanner.ts + 1 modules
var line_scanner = __nccwpck_require__(51);
// EXTERNAL MODULE: ./src/formats/claude-code/line-facts.ts
var line_facts = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/formats/execution-file/digest.ts



/** The types of Agent SDK messages, each of which carries `session_id`. */
const MESSAGE_TYPES = new Set(['system', 'assistant', 'user', 'result']);
/**
 * Reads the execution file of claude-code-action: a JSON array of Agent SDK messages. Assistant
 * and user messages have a transcript's `message`, so they go through the transcript's rules
 * (each response once by `message.id`, each tool use and result once); a subagent's messages carry
 * `parent_tool_use_id`. The `result` message gives the run's own cost, tokens by model, turns and
 * durations, which are reported as Claude Code computed them.
 */
function digestExecutionFile(text, fallbackSessionId) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        const error = findJsonSyntaxError(text);
        return error
            ? { ok: false, reason: `invalid JSON: ${error.message}`, offset: error.offset }
            : { ok: false, reason: 'invalid JSON' };
    }
    const isMessage = (item) => {
        const fields = record(item);
        return MESSAGE_TYPES.has(fields?.type) && typeof fields?.session_id === 'string';
    };
    if (!Array.isArray(data) || !data.some(isMessage))
        return {
            ok: false,
            shape: true,
            reason: 'not a claude-code-action execution file: expected a JSON array of Agent SDK messages (with "type" and "session_id")',
        };
    const builder = new TranscriptDigestBuilder({
        fallbackSessionId,
        agentIdFromName: null,
        agentMeta: null,
    });
    let run = null;
    let cwd;
    let version;
    data.forEach((item, index) => {
        const message = record(item);
        if (message === null)
            return builder.line((0,line_facts/* factsOfValue */.up)(item), false, index + 1);
        const facts = (0,line_facts/* factsOfValue */.up)(message);
        facts.sessionId ??= digest_textOf(message.session_id);
        facts.isSidechain = typeof message.parent_tool_use_id === 'string';
        if (message.type === 'system' && message.subtype === 'init') {
            cwd ??= digest_textOf(message.cwd);
            version ??= digest_textOf(message.claude_code_version);
            facts.cwd = cwd;
            facts.version = version;
        }
        if (message.type === 'result')
            run = runOf(message);
        builder.line(facts, true, index + 1);
    });
    const built = builder.build();
    if (!built.ok)
        return built;
    const digest = built.digest;
    return {
        ok: true,
        digest: {
            ...digest,
            format: 'execution-file',
            problems: digest.problems.map((problem) => problem.replace(/^line /, 'message ')),
            transcript: { ...digest.transcript, run },
        },
    };
}
/** What the `result` message says about the run. */
function runOf(result) {
    const subtype = digest_textOf(result.subtype) ?? null;
    const models = record(result.modelUsage);
    return {
        costUsd: finite(result.total_cost_usd),
        models: Object.entries(models ?? {}).map(([model, value]) => {
            const usage = record(value) ?? {};
            return {
                model,
                tokens: {
                    input: (0,line_facts/* count */.U9)(usage.inputTokens),
                    output: (0,line_facts/* count */.U9)(usage.outputTokens),
                    cacheWrite5m: (0,line_facts/* count */.U9)(usage.cacheCreationInputTokens),
                    cacheWrite1h: 0,
                    cacheRead: (0,line_facts/* count */.U9)(usage.cacheReadInputTokens),
                    webSearches: (0,line_facts/* count */.U9)(usage.webSearchRequests),
                },
                costUsd: finite(usage.costUSD),
            };
        }),
        numTurns: finite(result.num_turns),
        durationMs: finite(result.duration_ms),
        durationApiMs: finite(result.duration_api_ms),
        isError: result.is_error === true || (subtype !== null && subtype !== 'success'),
        subtype,
    };
}
function record(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : null;
}
function digest_textOf(value) {
    return typeof value === 'string' ? value : undefined;
}
/** A cost, duration or count as reported: a finite number of zero or more, or null (a negative one is no fact). */
function finite(value) {
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}

// EXTERNAL MODULE: ./src/formats/key-table.ts
var key_table = __nccwpck_require__(374);
// EXTERNAL MODULE: ./src/formats/recent-strings.ts
var recent_strings = __nccwpck_require__(90);
// EXTERNAL MODULE: ./src/formats/structural-index.ts + 1 modules
var structural_index = __nccwpck_require__(781);
;// CONCATENATED MODULE: ./src/formats/recorder-scan.ts




// What the scanner expects next, as in the JSON grammar.
const VALUE = 0;
const KEY_OR_END = 1;
const KEY = 2;
const recorder_scan_COLON = 3;
const VALUE_OR_END = 4;
const COMMA_OR_END = 5;
const AFTER_END = 6;
// The role of an open container: which facts its members feed. Odd roles are objects.
const TOP = 1;
const INTERACTIONS = 2;
const ITEM = 3;
const SKIPPED_OBJECT = 5;
const SKIPPED_ARRAY = 6;
const CONTENT = 7;
// Where a value goes: the slot set by the key (or the container) it belongs to.
const NOWHERE = 0;
const ROOT = 1;
const recorder_scan_SESSION_ID = 2;
const START = 3;
const END = 4;
const PROJECT = 5;
const INTERACTION_LIST = 6;
const INTERACTION = 7;
const recorder_scan_ID = 8;
const TYPE = 9;
const TIMESTAMP = 10;
const CONTENT_VALUE = 11;
const TOOL = 12;
const SUMMARY = 13;
/** Slots whose string value is kept (decoded); the rest only need the value's kind. */
const KEPT = Uint8Array.from({ length: 14 }, (_, slot) => slot >= recorder_scan_SESSION_ID && slot !== INTERACTION_LIST && slot !== INTERACTION ? 1 : 0);
/**
 * The interaction type each slot serves: a tool name only counts for a call, a summary (or a
 * string content) only for a summary. For any other type the string is stepped over unread.
 */
const SERVES = {
    [TOOL]: 'tool_call',
    [SUMMARY]: 'assistant_summary',
    [CONTENT_VALUE]: 'assistant_summary',
};
// What becomes of a string value: stepped over, kept, or kept while it fits the limit (its
// interaction's type is not known yet, and may not need it).
const STEP = 0;
const KEEP = 1;
const KEEP_IF_SMALL = 2;
// A token cut by the end of a chunk, resumed with the next one.
const NO_TOKEN = 0;
const STRING_TOKEN = 1;
const NUMBER_TOKEN = 2;
const LITERAL_TOKEN = 3;
const BOM = [0xef, 0xbb, 0xbf];
/** 1 for a byte that goes on a run outside strings (a number, a literal): not whitespace, not `"{}[]:,`. */
const RUN_BYTE = Uint8Array.from({ length: 256 }, (_, byte) => ' \n\r\t"{}[]:,'.includes(String.fromCharCode(byte)) ? 0 : 1);
const recorder_scan_QUOTE = 0x22;
const recorder_scan_BACKSLASH = 0x5c;
const KEYS_OF = {
    [TOP]: [
        ['session_id', recorder_scan_SESSION_ID],
        ['start_timestamp', START],
        ['end_timestamp', END],
        ['project_path', PROJECT],
        ['interactions', INTERACTION_LIST],
    ],
    [ITEM]: [
        ['interaction_id', recorder_scan_ID],
        ['type', TYPE],
        ['timestamp', TIMESTAMP],
        ['content', CONTENT_VALUE],
    ],
    [CONTENT]: [
        ['tool', TOOL],
        ['summary', SUMMARY],
    ],
};
/** Per role, the keys it reads, looked up from their bytes. */
const KEY_TABLES = (0,key_table/* keyTables */.RO)(KEYS_OF);
/** Types and tool names come from a small set, shared by the files a thread reads. */
const RECENT_TYPES = new recent_strings/* RecentStrings */.c(8);
const RECENT_TOOLS = new recent_strings/* RecentStrings */.c(32);
const WRONG = {
    object: { wrongKind: 'object' },
    array: { wrongKind: 'array' },
    string: { wrongKind: 'string' },
    number: { wrongKind: 'number' },
    boolean: { wrongKind: 'boolean' },
    null: { wrongKind: 'null' },
};
/** Stand-ins for a string value that was not kept: stepped over, or dropped for being over the limit. */
const STEPPED_OVER = { wrongKind: 'string' };
const OVERLONG = { wrongKind: 'string' };
const recorder_scan_LITERALS = [
    { bytes: new TextEncoder().encode('true'), kind: 'boolean', value: true },
    { bytes: new TextEncoder().encode('false'), kind: 'boolean', value: false },
    { bytes: new TextEncoder().encode('null'), kind: 'null', value: null },
];
/**
 * Strings the report keeps are held whole, streamed or not; past this size the file is refused
 * rather than let one value take the memory (the plain parser could not hold such a file either).
 * A string the report does not use (a tool result, a prompt) is never held, whatever its size.
 */
const KEPT_STRING_LIMIT = 64 * 1024 * 1024;
/** Why the scan stopped: a JSON syntax error (or, with `syntax` false, a limit) at a byte offset. */
class SyntaxFault {
    at;
    reason;
    syntax;
    constructor(at, reason, syntax = true) {
        this.at = at;
        this.reason = reason;
        this.syntax = syntax;
    }
}
/**
 * A streaming reader of session-recorder logs: it reads the JSON bytes window by window, going
 * from token to token by the window's structural index (`structural-index.ts`: whitespace and
 * the inside of strings are never looked at in JavaScript), and decodes only the strings the
 * report uses (header fields, type, timestamp, ids, tool names, summaries).
 * Each interaction's facts go to the same `DigestBuilder` as the reference parser's, so the rules
 * are never repeated here. Memory stays bounded by the largest kept string, whatever the file size.
 *
 * Deliberately lenient, for speed: inside a string that is stepped over (tool results, arguments,
 * keys of ignored objects), invalid escapes and raw control characters are not reported, where
 * `JSON.parse` would reject the file. Everything outside such strings is checked as strictly as
 * `JSON.parse` checks it.
 */
class RecorderScanner {
    makeBuilder;
    builder;
    top = undefined;
    expect = VALUE;
    slot = ROOT;
    /** Roles of the open containers, innermost last. */
    roles = [];
    role = 0;
    fault = null;
    /** Bytes pushed before the current chunk. */
    base = 0;
    /** Bytes of a leading byte-order mark seen so far; its length once past it. */
    bomBytes = 0;
    /** Where the structural index of the text stands after the bytes pushed so far. */
    indexState = structural_index/* START_STATE */.d6;
    // The token cut by the end of the previous chunk, if any.
    token = NO_TOKEN;
    stringIsKey = false;
    stringKept = false;
    /** The string cut by the chunk's end is dropped, not refused, once over the limit. */
    stringDroppable = false;
    stringOverlong = false;
    /** The offset of the cut string's opening quote, where an error in it is reported. */
    stringAt = 0;
    pieces = [];
    keptBytes = 0;
    numberState = 0;
    /** The offset where the number being read starts, where an error in it is reported. */
    numberAt = 0;
    literal = 0;
    literalAt = 0;
    // The facts of the interaction being read.
    type;
    timestamp;
    /** The timestamp's value (NaN when absent or not a valid instant). */
    at = Number.NaN;
    instants = new InstantParser();
    /** Whether the id is a string, its two hashes, and its text when it repeats an earlier one. */
    idIsText = false;
    idA = 0;
    idB = 0;
    contentKind;
    tool;
    summary;
    id;
    /** @param makeBuilder where the facts go (tests pass a builder that also records them) */
    constructor(makeBuilder = () => new DigestBuilder()) {
        this.makeBuilder = makeBuilder;
        this.builder = makeBuilder();
    }
    /** Feeds the next bytes of the file. Returns false once a syntax error was found. */
    push(chunk) {
        for (let start = 0; start < chunk.length && !this.fault; start += structural_index/* WINDOW */.jf)
            this.pushWindow(chunk.length <= structural_index/* WINDOW */.jf ? chunk : chunk.subarray(start, start + structural_index/* WINDOW */.jf));
        return this.fault === null;
    }
    /** Feeds up to `WINDOW` bytes: indexes them, then goes from token to token. */
    pushWindow(b) {
        let i = 0;
        try {
            // A leading byte-order mark is dropped, as TextDecoder drops it (even cut by a chunk's end).
            while (this.bomBytes < BOM.length && i < b.length) {
                if (b[i] !== BOM[this.bomBytes]) {
                    if (this.bomBytes > 0)
                        throw new SyntaxFault(0, 'expected a value, found a non-ASCII character');
                    this.bomBytes = BOM.length;
                    break;
                }
                this.bomBytes++;
                i++;
            }
            const index = (0,structural_index/* structuralIndex */.Gx)();
            const count = index.index(b, i, b.length, this.indexState);
            this.indexState = index.stateAfter;
            const origin = i;
            if (this.token !== NO_TOKEN)
                i = this.resume(b, origin, count);
            if (i >= 0) {
                // Entries before where scanning goes on belong to the token just finished.
                const entries = index.entries;
                let k = 0;
                while (k < count && origin + entries[k] < i)
                    k++;
                this.scan(b, origin, k, count, this.strayAt(b, i, origin, k, count));
            }
        }
        catch (error) {
            if (!(error instanceof SyntaxFault))
                throw error;
            this.fault = error;
        }
        this.base += b.length;
    }
    /** Ends the file: the digest and top-level skeleton, or the first syntax error. */
    end() {
        if (!this.fault && this.token === NUMBER_TOKEN && this.numberEnds()) {
            this.token = NO_TOKEN;
            this.scalarDone('number', 0);
        }
        if (!this.fault && (this.token !== NO_TOKEN || this.expect !== AFTER_END)) {
            const reason = this.token === STRING_TOKEN
                ? 'the file ends inside a string (truncated?)'
                : this.roles.length > 0 || this.token !== NO_TOKEN
                    ? 'the file ends before the JSON value does (truncated?)'
                    : 'the file holds no JSON value (empty?)';
            this.fault = new SyntaxFault(this.base, reason);
        }
        if (this.fault) {
            const { at, reason, syntax } = this.fault;
            return { ok: false, offset: at, reason, syntax };
        }
        return { ok: true, top: this.top, digest: this.builder.build(provisionalHeader(this.top)) };
    }
    /**
     * Finishes the token cut by the previous chunk, from `from` (where the window's `count` entries
     * start); returns where scanning goes on, or -1.
     */
    resume(b, from, count) {
        const n = b.length;
        if (this.token === STRING_TOKEN) {
            // Inside a string the index has no entry but the quote that closes it.
            if (count === 0) {
                if (this.stringKept)
                    this.keep(b.subarray(from, n));
                return -1;
            }
            const close = from + (0,structural_index/* structuralIndex */.Gx)().entries[0];
            this.token = NO_TOKEN;
            // Its last piece may take it over the limit, and it is dropped then.
            if (this.stringKept)
                this.keep(b.subarray(from, close));
            if (this.stringKept) {
                const bytes = Buffer.concat(this.pieces);
                this.pieces = [];
                if (this.stringIsKey)
                    this.keyDone(bytes, 0, bytes.length, this.stringAt);
                else
                    this.stringValueDone(decode(bytes, 0, bytes.length, this.stringAt));
            }
            else if (!this.stringIsKey) {
                this.stringValueDone(this.stringOverlong ? OVERLONG : this.notKept());
            }
            return close + 1;
        }
        if (this.token === NUMBER_TOKEN) {
            const end = this.number(b, from);
            if (end === -1)
                return -1;
            this.token = NO_TOKEN;
            this.scalarDone('number', 0);
            return end;
        }
        const end = this.literalFrom(b, from);
        if (end === -1)
            return -1;
        this.token = NO_TOKEN;
        const { kind, value } = recorder_scan_LITERALS[this.literal];
        this.scalarDone(kind, value);
        return end;
    }
    /**
     * Goes from token to token: the index's entries `k..count` (offsets from `origin`), and first
     * `stray`, the offset of a byte the index does not mark (-1 for none; see `strayAt`).
     */
    scan(b, origin, k, count, stray) {
        const entries = (0,structural_index/* structuralIndex */.Gx)().entries;
        while (stray !== -1 || k < count) {
            let i;
            if (stray !== -1) {
                i = stray;
                stray = -1;
            }
            else {
                i = origin + entries[k++];
            }
            const c = b[i];
            switch (this.expect) {
                case COMMA_OR_END:
                    if (c === 0x2c) {
                        this.afterComma();
                        continue;
                    }
                    if (c === (this.role & 1 ? 0x7d : 0x5d)) {
                        this.close();
                        // The comma after a member that closes, as after a string, is taken at once.
                        if (b[i + 1] === 0x2c && this.expect === COMMA_OR_END) {
                            k++;
                            this.afterComma();
                        }
                        continue;
                    }
                    throw this.unexpected(b, i, `expected ',' or '${this.role & 1 ? '}' : ']'}'`);
                case KEY_OR_END:
                case KEY: {
                    if (c !== recorder_scan_QUOTE) {
                        if (c === 0x7d && this.expect === KEY_OR_END) {
                            this.close();
                            continue;
                        }
                        throw this.unexpected(b, i, 'expected a property name in double quotes');
                    }
                    const keyed = this.role === TOP || this.role === ITEM || this.role === CONTENT;
                    if (k === count)
                        return this.cut(b, i + 1, true, keyed ? KEEP : STEP);
                    const close = origin + entries[k++];
                    if (keyed)
                        this.keyDone(b, i + 1, close, this.base + i);
                    // The colon usually follows at once: take it here rather than on another turn.
                    if (b[close + 1] === 0x3a) {
                        k++;
                        this.expect = VALUE;
                    }
                    else {
                        this.expect = recorder_scan_COLON;
                    }
                    continue;
                }
                case recorder_scan_COLON:
                    if (c !== 0x3a)
                        throw this.unexpected(b, i, "expected ':' after a property name");
                    this.expect = VALUE;
                    continue;
                case VALUE_OR_END:
                case VALUE:
                    if (c === 0x5d && this.expect === VALUE_OR_END) {
                        this.close();
                        continue;
                    }
                    if (c === recorder_scan_QUOTE) {
                        const use = this.use();
                        if (k === count)
                            return this.cut(b, i + 1, false, use);
                        const close = origin + entries[k++];
                        if (this.slot === NOWHERE)
                            this.expect = COMMA_OR_END;
                        else if (this.slot === recorder_scan_ID || this.slot === TIMESTAMP)
                            this.idOrStampBytes(b, i + 1, close, this.base + i);
                        else
                            this.stringValueDone(use === STEP
                                ? this.notKept()
                                : this.kept(this.slot, b, i + 1, close, this.base + i));
                        // As with the colon, a comma right after a member is taken at once.
                        if (b[close + 1] === 0x2c && this.expect === COMMA_OR_END) {
                            k++;
                            this.afterComma();
                        }
                        continue;
                    }
                    if (c === 0x7b) {
                        this.open('object');
                        continue;
                    }
                    if (c === 0x5b) {
                        this.open('array');
                        continue;
                    }
                    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
                        this.numberState = 0;
                        this.numberAt = this.base + i;
                        const end = this.number(b, i);
                        if (end === -1) {
                            this.token = NUMBER_TOKEN;
                            return;
                        }
                        this.scalarDone('number', 0);
                        stray = this.strayAt(b, end, origin, k, count);
                        continue;
                    }
                    this.literal = c === 0x74 ? 0 : c === 0x66 ? 1 : c === 0x6e ? 2 : -1;
                    if (this.literal === -1)
                        throw this.unexpected(b, i, 'expected a value');
                    {
                        this.literalAt = 0;
                        const end = this.literalFrom(b, i);
                        if (end === -1) {
                            this.token = LITERAL_TOKEN;
                            return;
                        }
                        const { kind, value } = recorder_scan_LITERALS[this.literal];
                        this.scalarDone(kind, value);
                        stray = this.strayAt(b, end, origin, k, count);
                    }
                    continue;
                default:
                    throw this.unexpected(b, i, 'unexpected text after the end of the JSON value');
            }
        }
    }
    /**
     * `at` when the byte there must be read as a token though the index does not mark it: a byte
     * right after a number or literal that goes on its run (`1x`, `truex`), which the grammar then
     * refuses where it stands; otherwise -1.
     */
    strayAt(b, at, origin, k, count) {
        if (at >= b.length || RUN_BYTE[b[at]] !== 1)
            return -1;
        return k < count && origin + (0,structural_index/* structuralIndex */.Gx)().entries[k] === at ? -1 : at;
    }
    /** What becomes of the string value that starts in the current slot. */
    use() {
        if (KEPT[this.slot] !== 1)
            return STEP;
        const serves = SERVES[this.slot];
        if (serves === undefined)
            return KEEP;
        // The type usually comes first; when it comes after, the value is kept while it is small.
        if (this.type === undefined)
            return KEEP_IF_SMALL;
        return this.type === serves ? KEEP : STEP;
    }
    /** The value placed for a string that was stepped over. */
    notKept() {
        return KEPT[this.slot] === 1 ? STEPPED_OVER : undefined;
    }
    /** Remembers a string cut by the chunk's end, and the bytes kept of it. */
    cut(b, start, isKey, use) {
        const kept = use !== STEP;
        this.token = STRING_TOKEN;
        this.stringIsKey = isKey;
        this.stringKept = kept;
        this.stringDroppable = use === KEEP_IF_SMALL;
        this.stringOverlong = false;
        this.stringAt = this.base + start - 1;
        this.pieces = [];
        this.keptBytes = 0;
        if (kept)
            this.keep(b.subarray(start));
        else if (isKey)
            this.expect = recorder_scan_COLON;
    }
    keyDone(b, start, end, at) {
        this.expect = recorder_scan_COLON;
        this.slot = NOWHERE;
        const table = KEY_TABLES[this.role];
        const slot = table.slotOf(b, start, end);
        this.slot = slot === key_table/* ESCAPED_KEY */.el ? table.slotOfName(decode(b, start, end, at)) : slot;
    }
    /** Keeps a piece of a string the report uses, up to `KEPT_STRING_LIMIT` bytes in all. */
    keep(piece) {
        this.keptBytes += piece.length;
        if (this.keptBytes > KEPT_STRING_LIMIT) {
            if (!this.stringDroppable)
                throw overLimit(this.base);
            // Its interaction's type decides, once known, whether this was needed (then the file is refused).
            this.pieces = [];
            this.stringKept = false;
            this.stringOverlong = true;
            return;
        }
        this.pieces.push(Buffer.from(piece));
    }
    /**
     * An interaction id or timestamp read from its bytes: the id hashed and the timestamp parsed
     * without decoding either, when their bytes allow it (plain ASCII; the plugin's form).
     */
    idOrStampBytes(b, start, end, at) {
        if (this.slot === recorder_scan_ID) {
            if (hashBytes(b, start, end))
                this.idHashed(undefined, b, start, end, at);
            else
                this.place('string', decode(b, start, end, at));
        }
        else {
            const ms = this.instants.parseBytes(b, start, end);
            if (ms === undefined)
                this.place('string', decode(b, start, end, at));
            else {
                this.timestamp = '';
                this.at = ms;
            }
        }
        this.afterValue();
    }
    /** Takes the id just hashed into `HASHES`; its text is needed only when it repeats one. */
    idHashed(text, b, start, end, at) {
        this.idIsText = true;
        this.idA = HASHES[0];
        this.idB = HASHES[1];
        this.id = this.builder.idSeenAt() === -1 ? '' : (text ?? decode(b, start, end, at));
    }
    /** Decodes a kept string; the few values that repeat (types, tools) are reused. */
    kept(slot, b, start, end, at) {
        const recent = slot === TYPE ? RECENT_TYPES : slot === TOOL ? RECENT_TOOLS : null;
        if (recent === null || end - start > recent_strings/* RecentStrings */.c.LONGEST)
            return decode(b, start, end, at);
        const known = recent.find(b, start, end);
        if (known !== undefined)
            return known;
        const text = decode(b, start, end, at);
        recent.add(b, start, end, text);
        return text;
    }
    stringValueDone(value) {
        this.place('string', value ?? '');
        this.afterValue();
    }
    scalarDone(kind, value) {
        this.place(kind, value);
        this.afterValue();
    }
    /** After a comma: the next member's key, or the next item. */
    afterComma() {
        this.expect = this.role & 1 ? KEY : VALUE;
        this.slot = this.role === INTERACTIONS ? INTERACTION : NOWHERE;
    }
    afterValue() {
        this.expect = this.roles.length === 0 ? AFTER_END : COMMA_OR_END;
    }
    /** Records a value of `kind` in the current slot; containers are recorded when they open. */
    place(kind, value) {
        const fact = kind === 'string' ? value : WRONG[kind];
        switch (this.slot) {
            case NOWHERE:
                return;
            case ROOT:
                this.top = standIn(kind, value);
                return;
            case recorder_scan_SESSION_ID:
            case START:
            case END:
            case PROJECT:
            case INTERACTION_LIST:
                ;
                this.top[TOP_FIELD[this.slot]] = standIn(kind, value);
                return;
            case INTERACTION:
                // An object is added when it closes, with its facts.
                if (kind !== 'object')
                    this.builder.add({ kind });
                return;
            case recorder_scan_ID:
                this.idIsText = false;
                if (typeof fact === 'string') {
                    hashText(fact);
                    this.idHashed(fact, EMPTY, 0, 0, 0);
                }
                else
                    this.id = fact;
                return;
            case TYPE:
                this.type = fact;
                return;
            case TIMESTAMP:
                this.timestamp = fact;
                this.at = typeof fact === 'string' ? this.instants.parse(fact) : Number.NaN;
                return;
            case CONTENT_VALUE:
                this.contentKind = kind;
                this.tool = undefined;
                this.summary = kind === 'string' ? value : undefined;
                return;
            case TOOL:
                this.tool = fact;
                return;
            case SUMMARY:
                this.summary = fact;
                return;
        }
    }
    open(kind) {
        const object = kind === 'object';
        let role = object ? SKIPPED_OBJECT : SKIPPED_ARRAY;
        switch (this.slot) {
            case ROOT:
                if (object)
                    role = TOP;
                break;
            case INTERACTION_LIST:
                if (!object) {
                    role = INTERACTIONS;
                    // A repeated key keeps its last value, as JSON.parse does: start the count again.
                    this.builder = this.makeBuilder();
                }
                break;
            case INTERACTION:
                if (object) {
                    role = ITEM;
                    this.type = this.timestamp = this.tool = this.summary = this.id = undefined;
                    this.contentKind = undefined;
                    this.at = Number.NaN;
                    this.idIsText = false;
                }
                break;
            case CONTENT_VALUE:
                if (object)
                    role = CONTENT;
                break;
        }
        // The top level's skeleton makes its own stand-in: nothing is made for the containers it skips.
        this.place(kind, null);
        this.roles.push(role);
        this.role = role;
        this.expect = object ? KEY_OR_END : VALUE_OR_END;
        this.slot = role === INTERACTIONS ? INTERACTION : NOWHERE;
    }
    close() {
        const role = this.roles.pop();
        this.role = this.roles[this.roles.length - 1] ?? 0;
        if (role === ITEM) {
            const facts = {
                kind: 'object',
                type: this.type,
                timestamp: this.timestamp,
                contentKind: this.contentKind,
                tool: this.type === 'tool_call' ? this.needed(this.tool) : undefined,
                summary: this.type === 'assistant_summary' ? this.needed(this.summary) : undefined,
                id: this.id,
            };
            HASHES[0] = this.idA;
            HASHES[1] = this.idB;
            this.builder.addParsed(facts, this.at, this.idIsText);
        }
        this.afterValue();
    }
    /** A value the interaction's type uses: one that was not kept makes the file unreadable. */
    needed(value) {
        if (value === OVERLONG)
            throw overLimit(this.base);
        if (value === STEPPED_OVER)
            throw new SyntaxFault(this.base, 'an interaction gives its "type" again after content that the first type did not use', false);
        return value;
    }
    /**
     * Steps over a number from `at` (checking JSON's grammar); returns the index after it, or -1
     * when the chunk ends first.
     */
    number(b, at) {
        const n = b.length;
        let state = this.numberState;
        let i = at;
        for (; i < n; i++) {
            const c = b[i];
            const digit = c >= 0x30 && c <= 0x39;
            switch (state) {
                case 0: // start
                    if (c === 0x2d)
                        state = 1;
                    else if (c === 0x30)
                        state = 2;
                    else if (digit)
                        state = 3;
                    else
                        throw this.numberFault();
                    continue;
                case 1: // after '-'
                    if (c === 0x30)
                        state = 2;
                    else if (digit)
                        state = 3;
                    else
                        throw this.numberFault();
                    continue;
                case 2: // after a leading 0
                    if (c === 0x2e)
                        state = 4;
                    else if (c === 0x65 || c === 0x45)
                        state = 6;
                    else if (digit)
                        throw this.numberFault();
                    else
                        return this.numberEnd(i);
                    continue;
                case 3: // integer digits
                    if (digit)
                        continue;
                    if (c === 0x2e)
                        state = 4;
                    else if (c === 0x65 || c === 0x45)
                        state = 6;
                    else
                        return this.numberEnd(i);
                    continue;
                case 4: // after '.'
                    if (digit)
                        state = 5;
                    else
                        throw this.numberFault();
                    continue;
                case 5: // fraction digits
                    if (digit)
                        continue;
                    if (c === 0x65 || c === 0x45)
                        state = 6;
                    else
                        return this.numberEnd(i);
                    continue;
                case 6: // after 'e'
                    if (c === 0x2b || c === 0x2d)
                        state = 7;
                    else if (digit)
                        state = 8;
                    else
                        throw this.numberFault();
                    continue;
                case 7: // after the exponent's sign
                    if (digit)
                        state = 8;
                    else
                        throw this.numberFault();
                    continue;
                case 8: // exponent digits
                    if (digit)
                        continue;
                    return this.numberEnd(i);
            }
        }
        this.numberState = state;
        return -1;
    }
    numberEnd(i) {
        this.numberState = 0;
        return i;
    }
    /** Whether a number cut by the end of the file is complete as it stands. */
    numberEnds() {
        const state = this.numberState;
        return state === 2 || state === 3 || state === 5 || state === 8;
    }
    numberFault() {
        return new SyntaxFault(this.numberAt, 'invalid number');
    }
    /** Matches the rest of `true`, `false` or `null`; returns the index after it, or -1. */
    literalFrom(b, at) {
        const bytes = recorder_scan_LITERALS[this.literal].bytes;
        let i = at;
        while (this.literalAt < bytes.length) {
            if (i >= b.length)
                return -1;
            if (b[i] !== bytes[this.literalAt])
                throw this.unexpected(b, i, 'expected a value');
            i++;
            this.literalAt++;
        }
        return i;
    }
    unexpected(b, i, expected) {
        return new SyntaxFault(this.base + i, `${expected}, found ${describeByte(b[i])}`);
    }
}
function overLimit(at) {
    return new SyntaxFault(at, `a string the report uses (a session id, type, timestamp, interaction id, tool name or summary) is over ${KEPT_STRING_LIMIT / 1024 / 1024} MiB`, false);
}
const TOP_FIELD = {
    [recorder_scan_SESSION_ID]: 'session_id',
    [START]: 'start_timestamp',
    [END]: 'end_timestamp',
    [PROJECT]: 'project_path',
    [INTERACTION_LIST]: 'interactions',
};
/**
 * A small file whose start has an object for every this many bytes or fewer is dense with
 * structure (as real logs are, every tool result `"null\n"`: about 100 bytes an object), and V8's
 * native JSON.parse reads it faster than the scanner; with long strings (tool results of thousands
 * of characters) the scanner, which steps over them, is faster.
 */
const DENSE_BYTES_PER_OBJECT = 200;
/** How much of a file's start is looked at to judge it. */
const SAMPLE_BYTES = 16 * 1024;
/**
 * Files larger than this are scanned however dense. On real-shaped logs the scanner (over its
 * structural index) and JSON.parse cost about the same at 10 kB a file (5.3 and 4.5 ms for 40
 * files); from 50 kB the scanner is faster (13.0 against 17.7 ms; 36.5 against 55.8 at 200 kB),
 * and the objects JSON.parse builds take about ten times the file's bytes.
 */
const WHOLE_PARSE_MAX_BYTES = 32 * 1024;
/** Whether a file's bytes are few enough and dense with structure (see above) to read whole. */
function suitsJsonParse(bytes) {
    if (bytes.length > WHOLE_PARSE_MAX_BYTES)
        return false;
    const sample = bytes.subarray(0, SAMPLE_BYTES);
    let objects = 0;
    for (let at = sample.indexOf(0x7b); at !== -1; at = sample.indexOf(0x7b, at + 1))
        objects++;
    return objects > 0 && sample.length <= objects * DENSE_BYTES_PER_OBJECT;
}
const wholeText = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
/**
 * Reads a whole file's bytes as the plain path does (decoded, then JSON.parse), and gives what a
 * scan gives: the digest and the top level's skeleton. Null when the bytes are not UTF-8 or not
 * valid JSON: the scan then says why, in its words and at its position. Unlike the scan, it reads
 * an interaction that names its type again after its content as JSON.parse does, as the plain
 * path does.
 */
function digestWhole(bytes) {
    let data;
    try {
        data = JSON.parse(wholeText.decode(bytes));
    }
    catch {
        return null;
    }
    const top = skeletonOf(data);
    const builder = new DigestBuilder();
    const interactions = jsonKind(data) === 'object' && data.interactions;
    if (Array.isArray(interactions))
        for (const item of interactions)
            builder.add(factsOf(item));
    return { ok: true, top, digest: builder.build(provisionalHeader(top)) };
}
/** The skeleton a scan makes of the top level: the fields the check reads, as stand-ins. */
function skeletonOf(data) {
    const kind = jsonKind(data);
    if (kind !== 'object')
        return standIn(kind, data);
    const record = data;
    const top = {};
    for (const field of Object.values(TOP_FIELD))
        if (Object.hasOwn(record, field))
            top[field] = standIn(jsonKind(record[field]), record[field]);
    return top;
}
/** A value of the same JSON kind, enough for the top-level check to say what is wrong. */
function standIn(kind, value) {
    if (kind === 'object')
        return {};
    if (kind === 'array')
        return [];
    // The scan does not read numbers' values.
    if (kind === 'number')
        return 0;
    return value;
}
/** The header the digest is built with; the top level is checked on its own before it is used. */
function provisionalHeader(top) {
    const fields = (typeof top === 'object' && top !== null ? top : {});
    const text = (value) => (typeof value === 'string' ? value : null);
    return {
        sessionId: text(fields.session_id) ?? '',
        startTimestamp: text(fields.start_timestamp),
        endTimestamp: text(fields.end_timestamp),
        projectPath: text(fields.project_path),
    };
}
const EMPTY = Buffer.alloc(0);
/** Decodes a kept string's bytes, checking them as JSON.parse would. */
function decode(b, start, end, at) {
    let plain = true;
    for (let k = start; k < end; k++) {
        const c = b[k];
        if (c < 0x20 || c === recorder_scan_BACKSLASH) {
            plain = false;
            break;
        }
    }
    const raw = b.toString('utf8', start, end);
    if (plain)
        return raw;
    try {
        return JSON.parse(`"${raw}"`);
    }
    catch {
        throw new SyntaxFault(at, 'invalid escape or control character in a string');
    }
}
function describeByte(byte) {
    if (byte < 0x20 || byte === 0x7f)
        return `control character U+${byte.toString(16).toUpperCase().padStart(4, '0')}`;
    if (byte < 0x7f)
        return `'${String.fromCharCode(byte)}'`;
    return 'a non-ASCII character';
}

;// CONCATENATED MODULE: ./src/scan-file.ts











/**
 * How a log is opened: without blocking, so that a named pipe swapped in after the file was found
 * opens at once (and is then refused) rather than waiting for a writer forever.
 */
const READ_FLAGS = external_node_fs_namespaceObject.constants.O_RDONLY | (external_node_fs_namespaceObject.constants.O_NONBLOCK ?? 0);
/**
 * The buffer a thread reads files into, `WINDOW` bytes (128 KiB) at a time: the structural
 * index's own memory, so that a recorder log's bytes are indexed where they were read, and are
 * still in the core's cache when the scanner goes over them. Files up to that size are read in one
 * go, larger ones streamed.
 */
function readBuffer() {
    return (0,structural_index/* structuralIndex */.Gx)().window;
}
/**
 * Reads one log file in chunks, in the format chosen or (`auto`) the one its first bytes show:
 * a session-recorder log through `RecorderScanner`, checking that it is UTF-8 as it goes; a Claude
 * Code transcript through `TranscriptLineScanner`. Never throws; memory stays within one chunk plus
 * the strings the report keeps.
 */
function scanFile(file, chunk = readBuffer(), format = 'auto') {
    let fd;
    try {
        fd = (0,external_node_fs_namespaceObject.openSync)(file, READ_FLAGS);
    }
    catch (error) {
        return { kind: 'unreadable', reason: describeFsError(error) };
    }
    try {
        const info = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        if (!info.isFile())
            return { kind: 'unreadable', reason: describeNotRegular(info) };
        const first = (0,external_node_fs_namespaceObject.readSync)(fd, chunk, 0, chunk.length, null);
        const head = chunk.subarray(0, first);
        const chosen = format === 'auto' ? (0,detect/* detectFormat */.Tz)(head) : format;
        if (chosen === 'claude-code')
            return scanTranscript(file, fd, chunk, first);
        if (chosen === 'execution-file') {
            const scanned = scanExecutionFile(file, fd);
            // In `auto`, an array of anything else is read as a recorder log, which says what is wrong.
            if (scanned !== null || format === 'execution-file')
                return scanned ?? notExecution;
            return scanRecorderLog(fd, chunk, (0,external_node_fs_namespaceObject.readSync)(fd, chunk, 0, chunk.length, 0));
        }
        return scanRecorderLog(fd, chunk, first);
    }
    catch (error) {
        return { kind: 'unreadable', reason: describeFsError(error) };
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/** Reads the rest of a transcript whose first `first` bytes are in `chunk`. */
function scanTranscript(file, fd, chunk, first) {
    const builder = new TranscriptDigestBuilder(transcriptContext(textOf(file)));
    const scanner = new line_scanner/* TranscriptLineScanner */.p(builder);
    let bytes = 0;
    for (let read = first; read > 0; read = (0,external_node_fs_namespaceObject.readSync)(fd, chunk, 0, chunk.length, null)) {
        bytes += read;
        scanner.push(read === chunk.length ? chunk : chunk.subarray(0, read));
    }
    scanner.end();
    const result = builder.build();
    if (!result.ok)
        return { kind: 'unreadable', reason: result.reason };
    return { kind: 'digested', bytes, digest: result.digest };
}
/** Execution files are read whole: one run's messages, far smaller than this. */
const EXECUTION_FILE_LIMIT_BYTES = 256 * 1024 * 1024;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const notExecution = {
    kind: 'unreadable',
    reason: 'not a claude-code-action execution file: expected a JSON array of Agent SDK messages (with "type" and "session_id")',
};
/**
 * Reads an execution file of claude-code-action whole, and parses it; null when it is valid JSON
 * but no array of Agent SDK messages.
 */
function scanExecutionFile(file, fd) {
    const size = (0,external_node_fs_namespaceObject.fstatSync)(fd).size;
    if (size > EXECUTION_FILE_LIMIT_BYTES)
        return {
            kind: 'unreadable',
            reason: `is an execution file over ${EXECUTION_FILE_LIMIT_BYTES / 1024 / 1024} MiB, not read`,
        };
    const whole = Buffer.allocUnsafe(size);
    const read = (0,external_node_fs_namespaceObject.readSync)(fd, whole, 0, size, 0);
    let text;
    try {
        text = strictUtf8.decode(whole.subarray(0, read));
    }
    catch {
        return { kind: 'unreadable', reason: 'is not UTF-8 text' };
    }
    const result = digestExecutionFile(text, external_node_path_default().basename(textOf(file)).replace(/\.json$/, ''));
    if (result.ok)
        return { kind: 'digested', bytes: read, digest: result.digest };
    if (result.shape)
        return null;
    return { kind: 'unreadable', reason: result.reason };
}
/** Reads the rest of a session-recorder log whose first `first` bytes are in `chunk`. */
function scanRecorderLog(fd, chunk, first) {
    // A small file read whole in one go, dense with structure, is parsed with JSON.parse instead.
    if (first > 0 && first < chunk.length) {
        const more = (0,external_node_fs_namespaceObject.readSync)(fd, chunk, first, chunk.length - first, null);
        if (more === 0 && suitsJsonParse(chunk.subarray(0, first))) {
            const result = digestWhole(chunk.subarray(0, first));
            if (result?.ok)
                return { kind: 'scanned', bytes: first, top: result.top, digest: result.digest };
        }
        first += more;
    }
    const scanner = new RecorderScanner();
    const utf8 = new Utf8Check();
    let bytes = 0;
    let scanning = true;
    for (let read = first; read > 0; read = (0,external_node_fs_namespaceObject.readSync)(fd, chunk, 0, chunk.length, null)) {
        bytes += read;
        const piece = read === chunk.length ? chunk : chunk.subarray(0, read);
        if (!utf8.push(piece))
            return { kind: 'unreadable', reason: 'is not UTF-8 text' };
        // After a syntax error the rest is still checked as UTF-8: that verdict comes first.
        if (scanning)
            scanning = scanner.push(piece);
    }
    if (!utf8.end())
        return { kind: 'unreadable', reason: 'is not UTF-8 text' };
    const result = scanner.end();
    if (result.ok)
        return { kind: 'scanned', bytes, top: result.top, digest: result.digest };
    if (!result.syntax)
        return { kind: 'unreadable', reason: result.reason };
    return {
        kind: 'invalid-json',
        bytes,
        reason: `invalid JSON: ${result.reason}`,
        position: positionAt(fd, result.offset, chunk),
    };
}
/**
 * Checks UTF-8 chunk by chunk: a character cut by a chunk's end is checked with the next chunk.
 * The check itself is Node's (`buffer.isUtf8`), as strict as the decoder the plain path uses.
 */
class Utf8Check {
    carry = Buffer.alloc(0);
    push(chunk) {
        let start = 0;
        if (this.carry.length > 0) {
            const need = sequenceLength(this.carry[0]) - this.carry.length;
            if (need <= 0)
                return false;
            if (chunk.length < need) {
                this.carry = Buffer.concat([this.carry, chunk]);
                return true;
            }
            if (!(0,external_node_buffer_namespaceObject.isUtf8)(Buffer.concat([this.carry, chunk.subarray(0, need)])))
                return false;
            this.carry = Buffer.alloc(0);
            start = need;
        }
        const end = completeLength(chunk, start);
        if (!(0,external_node_buffer_namespaceObject.isUtf8)(chunk.subarray(start, end)))
            return false;
        this.carry = Buffer.from(chunk.subarray(end));
        return true;
    }
    end() {
        return this.carry.length === 0;
    }
}
/** Where the last complete character of `chunk` ends: a sequence cut by the end is left out. */
function completeLength(chunk, start) {
    const n = chunk.length;
    for (let k = n - 1; k >= Math.max(start, n - 4); k--) {
        const byte = chunk[k];
        if ((byte & 0xc0) === 0x80)
            continue;
        const length = sequenceLength(byte);
        return length > n - k ? k : n;
    }
    return n;
}
/**
 * The 1-based line and column of a byte offset, the column counted in UTF-16 units as an editor
 * shows it. Reads the file again up to the offset: only done once, for a file with an error.
 */
function positionAt(fd, offset, chunk) {
    let line = 1;
    let column = 1;
    let position = 0;
    while (position < offset) {
        const read = (0,external_node_fs_namespaceObject.readSync)(fd, chunk, 0, Math.min(chunk.length, offset - position), position);
        if (read === 0)
            break;
        for (let k = 0; k < read; k++) {
            const byte = chunk[k];
            if (byte === 0x0a) {
                line++;
                column = 1;
            }
            else if ((byte & 0xc0) !== 0x80) {
                // A four-byte character is two UTF-16 units; a byte-order mark is not shown.
                column += byte >= 0xf0 ? 2 : 1;
            }
        }
        position += read;
    }
    if (line === 1 && offset >= 3 && hasBom(fd, chunk))
        column--;
    return { line, column };
}
function hasBom(fd, chunk) {
    (0,external_node_fs_namespaceObject.readSync)(fd, chunk, 0, 3, 0);
    return chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf;
}
/** Why a file that is not a regular file is not read. */
function describeNotRegular(info) {
    if (info.isDirectory())
        return 'is a directory, not a file';
    const kind = info.isFIFO()
        ? 'a named pipe (FIFO)'
        : info.isSocket()
            ? 'a socket'
            : info.isCharacterDevice() || info.isBlockDevice()
                ? 'a device'
                : 'a special file';
    return `is ${kind}, not a regular file; not read`;
}
/** The reason an `fs` call failed, in plain words. */
function describeFsError(error) {
    const code = error.code;
    switch (code) {
        case 'ENOENT':
            return 'disappeared before it could be read';
        case 'EACCES':
        case 'EPERM':
            return 'could not be read: permission denied';
        case 'EISDIR':
            return 'is a directory, not a file';
        case 'ENXIO':
            // What opening a socket (or a pipe for writing) answers.
            return 'is not a regular file (a socket?); not read';
        default:
            return `could not be read (${code ?? 'unknown error'})`;
    }
}

;// CONCATENATED MODULE: ./src/read.ts









const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
/**
 * Invalid files up to this size are read again whole by the plain parser, which words the error
 * and places it best; larger ones get the scanner's shorter wording, with the position.
 */
const REREAD_LIMIT_BYTES = 32 * 1024 * 1024;
/** How a recorder log's shape error begins: valid JSON of another shape, in no known format. */
const NOT_RECORDER = 'not a session-recorder log';
/** Below this many bytes in all, starting worker threads costs more than it saves. */
const PARALLEL_MIN_BYTES = 16 * 1024 * 1024;
/**
 * The worker's own bundle, next to the action's (`npm run package` builds both). Named through a
 * constant so that the bundler leaves the reference alone rather than copying the file as an asset.
 */
const WORKER_BUNDLE = ['scan-worker', 'index.js'].join('/');
/**
 * Path relative to the workspace with forward slashes, as shown in the report and annotations (a
 * byte of a name that is not UTF-8 as `\xHH`).
 */
function workspacePath(workspace, file) {
    return external_node_path_default().relative(workspace, textOf(file)).split((external_node_path_default()).sep).join('/');
}
/**
 * The plain path: reads one file whole, decodes it and parses it with `JSON.parse`. Used for the
 * wording of errors in invalid files, and as the reference the fast path is tested against.
 * Never throws.
 */
async function readLogFile(workspace, file) {
    const shown = workspacePath(workspace, file);
    let bytes;
    try {
        const handle = await (0,promises_.open)(file, READ_FLAGS);
        try {
            const info = await handle.stat();
            if (!info.isFile())
                return { ok: false, path: shown, reason: describeNotRegular(info) };
            bytes = await handle.readFile();
        }
        finally {
            await handle.close();
        }
    }
    catch (error) {
        return { ok: false, path: shown, reason: describeFsError(error) };
    }
    let text;
    try {
        // TextDecoder drops a leading byte-order mark, which editors on Windows like to add.
        text = utf8.decode(bytes);
    }
    catch {
        return { ok: false, path: shown, reason: 'is not UTF-8 text' };
    }
    const result = digestRecorderLog(text);
    if (!result.ok) {
        if (result.offset === undefined && result.reason.startsWith(NOT_RECORDER))
            return { ok: false, path: shown, reason: `${result.reason}; ${detect/* KNOWN_FORMATS_HINT */.pI}` };
        const position = result.offset === undefined ? undefined : positionOf(text, result.offset);
        return { ok: false, path: shown, reason: result.reason, ...(position && { position }) };
    }
    return { ok: true, path: shown, bytes: bytes.byteLength, digest: result.digest };
}
/**
 * Reads every file into an outcome, in the order given. Files are streamed through the scanner
 * (`scan-file.ts`), on worker threads when there are enough bytes to share out: the main thread
 * takes part, and each worker gets batches of files so that small files cost no round trip each.
 */
async function readLogFiles(workspace, files, options = {}) {
    const format = options.format ?? 'auto';
    const scanned = new Array(files.length);
    const sizes = files.map(sizeOf);
    const total = sizes.reduce((sum, size) => sum + size, 0);
    const threads = Math.max(1, Math.min(options.threads ?? (0,external_node_os_namespaceObject.availableParallelism)(), files.length));
    if (threads === 1 || total < PARALLEL_MIN_BYTES) {
        const chunk = readBuffer();
        files.forEach((file, index) => (scanned[index] = scanFile(file, chunk, format)));
    }
    else {
        await scanInParallel(files, sizes, threads, scanned, format, options.workerUrl);
    }
    const outcomes = [];
    for (const [index, file] of files.entries())
        outcomes.push(await outcomeOf(workspace, file, scanned[index], format));
    return outcomes;
}
/**
 * Reads one file as an execution file of claude-code-action, shown under the name given. Never
 * throws.
 */
function readExecutionFile(file, shown) {
    const scanned = scanFile(file, Buffer.allocUnsafe(64 * 1024), 'execution-file');
    switch (scanned.kind) {
        case 'digested':
            return { ok: true, path: shown, bytes: scanned.bytes, digest: scanned.digest };
        case 'unreadable':
        case 'invalid-json':
            return { ok: false, path: shown, reason: scanned.reason };
        case 'scanned':
            return { ok: false, path: shown, reason: 'is not an execution file' };
    }
}
/** The outcome of a scanned file: the top level is checked here, on the main thread. */
async function outcomeOf(workspace, file, scanned, format) {
    const shown = workspacePath(workspace, file);
    switch (scanned.kind) {
        case 'unreadable':
            return { ok: false, path: shown, reason: scanned.reason };
        case 'digested':
            return { ok: true, path: shown, bytes: scanned.bytes, digest: scanned.digest };
        case 'invalid-json':
            if (scanned.bytes <= REREAD_LIMIT_BYTES)
                return readLogFile(workspace, file);
            return { ok: false, path: shown, reason: scanned.reason, position: scanned.position };
        case 'scanned': {
            const top = checkTopLevel(scanned.top);
            // In `auto`, a file whose content fits no format says which formats there are.
            if (!top.ok)
                return {
                    ok: false,
                    path: shown,
                    reason: format === 'auto' ? `${top.reason}; ${detect/* KNOWN_FORMATS_HINT */.pI}` : top.reason,
                };
            return { ok: true, path: shown, bytes: scanned.bytes, digest: scanned.digest };
        }
    }
}
function sizeOf(file) {
    try {
        return (0,external_node_fs_namespaceObject.statSync)(file).size;
    }
    catch {
        return 0; // Reading it says what is wrong.
    }
}
/**
 * Shares the files out among the main thread and `threads - 1` workers, largest files first. Each
 * batch holds about a quarter of what is left per thread (`batchTaker`), so batches shrink as the
 * work runs out and no thread is left with much to do when the others are done; each worker keeps
 * two batches in hand, and the main thread hands out the next one as soon as one is answered.
 */
async function scanInParallel(files, sizes, threads, scanned, format, workerUrl = new URL(WORKER_BUNDLE, import.meta.url)) {
    const take = batchTaker(sizes, threads);
    const store = (batch, results) => batch.forEach((index, k) => (scanned[index] = results[k]));
    const { Worker } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 919, 23));
    const workers = [];
    for (let w = 1; w < threads; w++) {
        workers.push(new Promise((resolve) => {
            const worker = new Worker(workerUrl);
            const inHand = [];
            const send = () => {
                const batch = take();
                if (batch === undefined)
                    return;
                inHand.push(batch);
                const request = { format, files: batch.map((i) => files[i]) };
                worker.postMessage(request);
            };
            const done = () => void worker.terminate().then(() => resolve());
            worker.on('message', (answer) => {
                store(inHand.shift(), answer.results);
                send();
                if (inHand.length === 0)
                    done();
            });
            // A worker that fails leaves its batches unscanned: the main thread scans them below.
            worker.on('error', () => resolve());
            send();
            send();
            if (inHand.length === 0)
                done();
        }));
    }
    // The main thread scans too, yielding after each file: a worker that answers is sent its next
    // batch at once, rather than waiting idle until the main thread ends a batch of its own.
    const chunk = readBuffer();
    for (let batch = take(); batch !== undefined; batch = take()) {
        const results = [];
        for (const index of batch) {
            results.push(scanFile(files[index], chunk, format));
            await new Promise((resolve) => setImmediate(resolve));
        }
        store(batch, results);
    }
    await Promise.all(workers);
    files.forEach((file, index) => (scanned[index] ??= scanFile(file, chunk, format)));
}
/** The smallest batch worth a message of its own, unless it is the last. */
const MIN_BATCH_BYTES = 1024 * 1024;
/**
 * Hands the files out in batches, largest first, until none is left: each batch holds about a
 * quarter of the bytes left per thread (at least `MIN_BATCH_BYTES`, and at least one file).
 */
function batchTaker(sizes, threads) {
    const order = sizes.map((_, index) => index).sort((a, b) => sizes[b] - sizes[a]);
    let next = 0;
    let left = sizes.reduce((sum, size) => sum + size, 0);
    return () => {
        if (next === order.length)
            return undefined;
        const target = Math.max(MIN_BATCH_BYTES, left / (threads * 4));
        const batch = [];
        let bytes = 0;
        while (next < order.length && (batch.length === 0 || bytes < target)) {
            const index = order[next++];
            batch.push(index);
            bytes += sizes[index];
        }
        left -= bytes;
        return batch;
    };
}

;// CONCATENATED MODULE: ./src/find.ts







/**
 * Resolves the glob patterns against the workspace. Patterns that point outside the workspace are
 * an error; symbolic links are refused unless followed, and followed ones must stay inside it.
 */
async function findLogFiles(patterns, options) {
    const workspace = external_node_path_default().resolve(options.workspace);
    const realWorkspace = external_node_fs_namespaceObject.realpathSync.native(workspace);
    const search = searchTree(patterns, workspace, realWorkspace, options.followSymbolicLinks);
    const refused = [...search.refused];
    // A file reached by several paths (through followed links) is read once, by its own path if matched.
    const byTarget = new Map();
    for (const match of search.matches.sort(byText)) {
        const verdict = check(match, workspace, realWorkspace, options.followSymbolicLinks);
        if (verdict === SKIP)
            continue;
        if ('refused' in verdict) {
            refused.push({ path: workspacePath(workspace, match.text), reason: verdict.refused });
            continue;
        }
        const target = verdict.target ?? match.text;
        if (!byTarget.has(target) || verdict.direct)
            byTarget.set(target, match);
    }
    return {
        files: [...byTarget.values()].sort(byText).map((match) => match.path),
        refused: refused.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    };
}
const byText = (a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);
/** The options @actions/glob gives minimatch (on Linux and macOS), so both find the same files. */
const MATCH_OPTIONS = {
    dot: true,
    nobrace: true,
    nocomment: true,
    noext: true,
    nonegate: true,
    nocase: process.platform === 'win32',
};
/**
 * Every match of the patterns, matched as @actions/glob matches (patterns in order, a later
 * exclusion or inclusion winning; a folder matched by `**` is a match too), found by one listing
 * of each folder that a pattern could match in. Synchronous on purpose, and without a `stat` per
 * entry: the kind comes with the listing, so 10,000 files take milliseconds.
 *
 * A followed link to a folder is judged by its real path before anything in it is listed: one
 * outside the workspace, or one that leads back to a folder it is in, is refused and not
 * searched; a link to nothing, or in a loop of links, is refused. Each real folder is listed once,
 * by its own path first (links are searched after every folder reached without one), so no
 * arrangement of links makes the search longer than the workspace.
 */
function searchTree(patterns, workspace, realWorkspace, followSymbolicLinks) {
    const parsed = patterns.map((pattern) => parsePattern(pattern, workspace));
    const matches = [];
    const refused = [];
    const refuse = (text, reason) => {
        refused.push({ path: workspacePath(workspace, text), reason });
    };
    const matchesPatterns = (subject) => {
        let match = false;
        for (const pattern of parsed) {
            if (match !== pattern.negated)
                continue;
            if (pattern.matcher.match(pattern.globstarEnd ? `${subject}/` : subject))
                match = !match;
        }
        return match;
    };
    /** Whether something inside a folder at this path could match. */
    const leadsToMatches = (subject) => parsed.some((pattern) => !pattern.negated && pattern.matcher.match(subject, true));
    const visited = new Set();
    const folders = [];
    const linked = [];
    let nextLinked = 0;
    /** Judges one entry: a match, a folder to list, a link to follow, or nothing. */
    const consider = (entry, kind, parentReal) => {
        const subject = forMatching(entry.text);
        const match = matchesPatterns(subject);
        if (kind === FILE) {
            if (match)
                matches.push(parentReal === ''
                    ? entry
                    : { ...entry, real: joinText(parentReal, external_node_path_default().basename(entry.text)) });
            return;
        }
        if (!match && !leadsToMatches(subject))
            return;
        if (kind === FOLDER) {
            if (match)
                matches.push(entry);
            folders.push({ ...entry, real: joinText(parentReal, external_node_path_default().basename(entry.text)) });
            return;
        }
        // A symbolic link: the check refuses matched ones when links are not followed.
        if (!followSymbolicLinks) {
            if (match)
                matches.push(entry);
            return;
        }
        let info;
        try {
            info = (0,external_node_fs_namespaceObject.statSync)(entry.path);
        }
        catch (error) {
            // Neither a file nor a folder: only a link the patterns name is worth a word.
            if (match)
                refuse(entry.text, describeLinkError(error));
            return;
        }
        if (!info.isDirectory()) {
            if (match)
                matches.push(entry);
            return;
        }
        const real = realText(entry.path);
        if (!find_isInside(realWorkspace, real)) {
            refuse(entry.text, 'is a symbolic link to a folder outside the workspace, not searched');
            return;
        }
        if (find_isInside(real, parentReal)) {
            refuse(entry.text, 'is a symbolic link to a folder that contains it (a loop), not searched');
            return;
        }
        if (match)
            matches.push(entry);
        linked.push({ ...entry, real });
    };
    for (const root of searchRoots(parsed)) {
        let info;
        try {
            info = (0,external_node_fs_namespaceObject.lstatSync)(root);
        }
        catch (error) {
            // No such folder: nothing matches there, as with @actions/glob.
            if (error.code !== 'ENOENT')
                refuse(root, describeFsError(error));
            continue;
        }
        const entry = { path: root, text: root };
        if (info.isSymbolicLink()) {
            consider(entry, LINK, realText(external_node_path_default().dirname(root)));
        }
        else if (info.isDirectory()) {
            // Reached through a linked folder: judged by its real path before it is listed.
            const real = realText(root);
            if (!find_isInside(realWorkspace, real))
                refuse(root, 'is reached through a symbolic link to outside the workspace, not searched');
            else
                consider(entry, FOLDER, external_node_path_default().dirname(real));
        }
        else {
            consider(entry, FILE, '');
        }
    }
    for (;;) {
        const folder = folders.pop() ?? linked[nextLinked++];
        if (folder === undefined)
            break;
        if (visited.has(folder.real))
            continue;
        visited.add(folder.real);
        let entries;
        try {
            entries = list(folder);
        }
        catch (error) {
            const code = error.code;
            // Gone since it was seen: nothing matches there.
            if (code !== 'ENOENT' && code !== 'ENOTDIR')
                refuse(folder.text, describeFsError(error));
            continue;
        }
        for (const { entry, kind } of entries)
            consider(entry, kind, folder.real);
    }
    return { matches, refused };
}
const FILE = 0;
const FOLDER = 1;
const LINK = 2;
function find_kindOf(dirent) {
    return dirent.isDirectory() ? FOLDER : dirent.isSymbolicLink() ? LINK : FILE;
}
/**
 * The entries of a folder. Names that are not valid UTF-8 are kept as bytes: Node decodes them
 * with U+FFFD, a name that opens nothing.
 */
function list(folder) {
    if (typeof folder.path === 'string') {
        const entries = (0,external_node_fs_namespaceObject.readdirSync)(folder.path, { withFileTypes: true });
        if (!entries.some((dirent) => dirent.name.includes('\uFFFD')))
            return entries.map((dirent) => {
                const text = joinText(folder.text, dirent.name);
                return { entry: { path: text, text }, kind: find_kindOf(dirent) };
            });
    }
    const base = Buffer.concat([
        typeof folder.path === 'string' ? Buffer.from(folder.path) : folder.path,
        Buffer.from((external_node_path_default()).sep),
    ]);
    return (0,external_node_fs_namespaceObject.readdirSync)(folder.path, { withFileTypes: true, encoding: 'buffer' }).map((dirent) => {
        const bytes = Buffer.concat([base, dirent.name]);
        const text = textOf(bytes);
        return {
            entry: { path: text === bytes.toString() ? text : bytes, text },
            kind: find_kindOf(dirent),
        };
    });
}
function joinText(folder, name) {
    return folder.endsWith((external_node_path_default()).sep) ? folder + name : folder + (external_node_path_default()).sep + name;
}
/** The real path of a path, as text. */
function realText(file) {
    return typeof file === 'string'
        ? external_node_fs_namespaceObject.realpathSync.native(file)
        : textOf(external_node_fs_namespaceObject.realpathSync.native(file, { encoding: 'buffer' }));
}
function describeLinkError(error) {
    switch (error.code) {
        case 'ENOENT':
        case 'ENOTDIR':
            return 'is a symbolic link to nothing (dangling), not read';
        case 'ELOOP':
            return 'is a symbolic link in a loop of links, not read';
        default:
            return describeFsError(error);
    }
}
/** Paths are matched with `/` between folders on every system, as @actions/glob matches them. */
function forMatching(text) {
    return process.platform === 'win32' ? text.replaceAll('\\', '/') : text;
}
function parsePattern(pattern, workspace) {
    const anchored = forMatching(anchorPattern(pattern, workspace));
    const negated = anchored.startsWith('!');
    const body = negated ? pattern.slice(1) : pattern;
    const absolute = external_node_path_default().resolve(workspace, body);
    // A folder with a wildcard, an escape or a set starts the search (it may be a literal; the
    // search then starts higher than it needs to, which changes nothing but the time).
    const segments = external_node_path_default().relative(workspace, absolute).split((external_node_path_default()).sep);
    const literal = segments.findIndex((segment) => /[*?[\]\\]/.test(segment));
    const root = literal === -1 ? absolute : external_node_path_default().join(workspace, ...segments.slice(0, literal));
    return {
        negated,
        matcher: new Minimatch(anchored.slice(negated ? 1 : 0), MATCH_OPTIONS),
        globstarEnd: anchored.endsWith('/**'),
        root,
    };
}
/** Where the search starts: the roots of the inclusions, each once, none inside another. */
function searchRoots(patterns) {
    const roots = [...new Set(patterns.filter((p) => !p.negated).map((p) => p.root))].sort();
    return roots.filter((root) => !roots.some((other) => other !== root && find_isInside(other, root)));
}
/** Directories a `**` pattern matches are passed over quietly; one named like a log is reported. */
const SKIP = Symbol('skip');
const LOG_NAME = /\.jsonl?$/;
/**
 * Synchronous on purpose: thousands of files checked one await after another leave the thread
 * idle between system calls (measured: over a second for 10,000 files, against 0.1 s this way).
 */
function check({ path: file, text, real }, workspace, realWorkspace, followSymbolicLinks) {
    const gone = { target: null, direct: true };
    let target;
    try {
        let info = (0,external_node_fs_namespaceObject.lstatSync)(file);
        const link = info.isSymbolicLink();
        if (link) {
            if (!followSymbolicLinks)
                return {
                    refused: 'is a symbolic link, not read (set follow-symbolic-links: true to read links)',
                };
            info = (0,external_node_fs_namespaceObject.statSync)(file);
        }
        if (info.isDirectory())
            return LOG_NAME.test(text) ? { refused: 'is a directory, not a file' } : SKIP;
        // A named pipe would block the run until something writes to it.
        if (!info.isFile())
            return { refused: describeNotRegular(info) };
        // A file that is no link, in a folder whose real path is known, is there.
        target = !link && real !== undefined ? real : realText(file);
    }
    catch {
        return gone;
    }
    if (!find_isInside(realWorkspace, target))
        return { refused: 'resolves to a path outside the workspace, not read' };
    const direct = external_node_path_default().relative(realWorkspace, target) === external_node_path_default().relative(workspace, text);
    // A literal pattern reaches a file through a linked folder without the glob following links.
    if (!direct && !followSymbolicLinks)
        return {
            refused: 'is reached through a symbolically linked folder, not read (set follow-symbolic-links: true to read it)',
        };
    return { target, direct };
}
/**
 * Makes a pattern absolute inside the workspace, keeping a leading `!`. A pattern that reaches
 * outside the workspace (`../`, or an absolute path elsewhere) is refused with an error.
 */
function anchorPattern(pattern, workspace) {
    const negated = pattern.startsWith('!');
    const body = negated ? pattern.slice(1) : pattern;
    const absolute = external_node_path_default().resolve(workspace, body);
    if (!find_isInside(workspace, absolute)) {
        throw new Error(`The path pattern ${(0,log_text/* quoted */.T)(pattern)} points outside the workspace (${workspace}); only files inside the workspace are read.`);
    }
    return `${negated ? '!' : ''}${escapeGlob(workspace)}${absolute.slice(workspace.length)}`;
}
/**
 * Whether `child` is `parent` or inside it, by their paths. The one boundary check: anything that
 * reads a file outside the workspace must first be asked for it by an input of its own.
 */
function find_isInside(parent, child) {
    const relative = external_node_path_default().relative(parent, child);
    return relative === '' || (!relative.startsWith('..') && !external_node_path_default().isAbsolute(relative));
}
/**
 * The workspace path is literal: escape what minimatch reads as wildcards, the way
 * @actions/glob's own `globEscape` does. A `]` stays as it is: written `[]]`, it reads as the end
 * of an empty set.
 */
function escapeGlob(literal) {
    const escaped = process.platform === 'win32' ? literal : literal.replace(/\\/g, '\\\\');
    return escaped.replace(/[[?*]/g, '[$&]');
}

// EXTERNAL MODULE: ./src/pricing.ts
var pricing = __nccwpck_require__(309);
// EXTERNAL MODULE: ./src/usage.ts
var src_usage = __nccwpck_require__(980);
;// CONCATENATED MODULE: ./src/analyse.ts



/**
 * Computes per-file, per-session and overall summaries. Pure: the same outcomes always give the
 * same analysis, whatever their order. Costs come from `prices`, one response at a time (a
 * long-context premium is decided per request).
 */
function analyse(outcomes, prices = pricing/* BUILT_IN_PRICES */.wE) {
    const read = [];
    const unreadable = [];
    for (const outcome of outcomes) {
        if (outcome.ok)
            read.push(outcome);
        else
            unreadable.push({
                path: outcome.path,
                reason: outcome.reason,
                ...(outcome.position && { position: outcome.position }),
            });
    }
    // Path order settles copies of a response that are equal in all else, whatever the read order.
    read.sort((a, b) => compareText(a.path, b.path));
    unreadable.sort((a, b) => compareText(a.path, b.path));
    const counted = countFiles(read, prices);
    const kinds = emptyKindCounts();
    const toolCalls = new Map();
    const days = new Map();
    const sessions = new Map();
    const usage = counted.some((file) => file.digest.transcript !== null) ? new src_usage/* UsageTally */.Ee() : null;
    let first = null;
    let last = null;
    for (const file of counted) {
        const { digest } = file;
        for (const kind of ALL_KINDS)
            kinds[kind] += file.kinds[kind];
        for (const [tool, calls] of file.tools) {
            const entry = toolEntry(toolCalls, tool);
            entry.calls += calls;
            entry.files += 1;
        }
        for (const [tool, errors] of digest.transcript?.toolErrors ?? [])
            toolEntry(toolCalls, tool).errors += errors;
        for (const [day, count] of digest.interactionsByDay)
            days.set(day, (days.get(day) ?? 0) + count);
        if (digest.firstActivity !== null && (first === null || digest.firstActivity < first))
            first = digest.firstActivity;
        if (digest.lastActivity !== null && (last === null || digest.lastActivity > last))
            last = digest.lastActivity;
        if (usage !== null)
            addUsage(usage, file);
        let session = sessions.get(digest.sessionId);
        if (session === undefined)
            sessions.set(digest.sessionId, (session = new SessionTally()));
        session.add(file);
    }
    const files = counted.map(summariseFile).sort(newestFirst);
    const totalCalls = [...toolCalls.values()].reduce((sum, entry) => sum + entry.calls, 0);
    const tools = [...toolCalls]
        .map(([tool, entry]) => ({
        tool,
        calls: entry.calls,
        share: totalCalls === 0 ? 0 : entry.calls / totalCalls,
        files: entry.files,
        errors: entry.errors,
    }))
        .sort(byCalls);
    let busiestDay = null;
    for (const [day, count] of [...days].sort((a, b) => compareText(a[0], b[0]))) {
        if (busiestDay === null || count > busiestDay.interactions)
            busiestDay = { day, interactions: count };
    }
    const sessionSummaries = [...sessions]
        .map(([sessionId, session]) => session.summary(sessionId))
        .sort(newestSessionFirst);
    const sum = (of) => sessionSummaries.reduce((total, session) => total + of(session), 0);
    return {
        totals: {
            files: files.length,
            unreadableFiles: unreadable.length,
            sessions: sessions.size,
            interactions: sumKinds(kinds),
            kinds,
            toolCalls: totalCalls,
            distinctTools: tools.length,
            sessionTimeMs: sum((session) => session.durationMs ?? 0),
            activeDays: days.size,
            firstActivity: first,
            lastActivity: last,
            busiestDay,
            prompts: kinds.user_message,
            responses: kinds.assistant_summary,
            toolErrors: sum((session) => session.toolErrors),
            subagents: sum((session) => session.subagents),
        },
        tools,
        files,
        unreadable,
        sessions: sessionSummaries,
        usage: usage?.summary() ?? null,
        pricing: { date: prices.date, source: prices.source },
    };
}
function countFiles(read, prices) {
    const kept = (0,src_usage/* keepEachResponseOnce */.L0)(read.map(({ digest }) => ({
        responses: digest.transcript?.responses ?? [],
        fromRun: analyse_runOf(digest) !== null,
        firstActivity: digest.firstActivity,
    })));
    return read.map((file, index) => {
        const { digest } = file;
        const responses = digest.transcript === null ? [] : kept[index];
        const run = analyse_runOf(digest);
        let { kinds, tools } = digest;
        if (digest.transcript !== null) {
            const uses = new Map();
            let toolUses = 0;
            for (const response of responses)
                for (const tool of response.toolUses) {
                    uses.set(tool, (uses.get(tool) ?? 0) + 1);
                    toolUses += 1;
                }
            // A response copied into several files (and its tool uses) counts in one of them only.
            kinds = { ...kinds, assistant_summary: responses.length, tool_call: toolUses };
            tools = uses;
        }
        // One literal for every file, without spreading: files all share one shape.
        return {
            path: file.path,
            bytes: file.bytes,
            digest,
            kinds,
            tools,
            responses,
            costs: run === null
                ? responses.map((response) => response.model === pricing/* SYNTHETIC_MODEL */.Kx ? null : (0,pricing/* costOf */.ho)(response, prices))
                : [],
            run,
            durationMs: fileDuration(digest),
        };
    });
}
/** The run of an execution file, when it gives tokens or a cost (a run cut short gives neither). */
function analyse_runOf(digest) {
    const run = digest.transcript?.run ?? null;
    return run !== null && (run.costUsd !== null || run.models.length > 0) ? run : null;
}
function addUsage(tally, file) {
    if (file.run !== null) {
        const responses = new Map();
        for (const { model } of file.responses)
            responses.set(model, (responses.get(model) ?? 0) + 1);
        tally.addRun(file.run, responses);
    }
    else
        tally.addResponses(file.responses, file.costs);
}
function toolEntry(entries, tool) {
    let entry = entries.get(tool);
    if (entry === undefined) {
        entry = { calls: 0, files: 0, errors: 0 };
        entries.set(tool, entry);
    }
    return entry;
}
/** Formats in the order a session's files are listed: the ones with usage first. */
const FORMAT_ORDER = {
    'claude-code': 0,
    'execution-file': 1,
    'session-recorder': 2,
};
/** One session adding up, file by file. */
class SessionTally {
    files = [];
    kinds = emptyKindCounts();
    tools = new Map();
    agents = [];
    versions = new Set();
    branches = new Set();
    usage = null;
    first = null;
    last = null;
    longestFile = null;
    activeMs = null;
    toolErrors = 0;
    subagentsStarted = 0;
    compactions = 0;
    apiErrors = 0;
    runError = null;
    add(file) {
        const { digest } = file;
        this.files.push(file);
        for (const kind of ALL_KINDS)
            this.kinds[kind] += file.kinds[kind];
        for (const [tool, calls] of file.tools)
            toolEntry(this.tools, tool).calls += calls;
        if (digest.firstActivity !== null && (this.first === null || digest.firstActivity < this.first))
            this.first = digest.firstActivity;
        if (digest.lastActivity !== null && (this.last === null || digest.lastActivity > this.last))
            this.last = digest.lastActivity;
        if (file.durationMs !== null)
            this.longestFile = Math.max(this.longestFile ?? 0, file.durationMs);
        const facts = digest.transcript;
        if (facts === null)
            return;
        for (const [tool, errors] of facts.toolErrors) {
            toolEntry(this.tools, tool).errors += errors;
            this.toolErrors += errors;
        }
        const active = facts.activeMs ?? facts.run?.durationMs ?? null;
        if (active !== null)
            this.activeMs = (this.activeMs ?? 0) + active;
        this.subagentsStarted += facts.subagentsStarted;
        this.compactions += facts.compactions;
        this.apiErrors += facts.apiErrors;
        for (const version of facts.versions)
            this.versions.add(version);
        for (const branch of facts.branches)
            this.branches.add(branch);
        if (facts.run !== null)
            this.runError = (this.runError ?? false) || facts.run.isError;
        this.usage ??= new src_usage/* UsageTally */.Ee();
        addUsage(this.usage, file);
        if (facts.agent !== null) {
            const own = new src_usage/* UsageTally */.Ee();
            addUsage(own, file);
            this.agents.push({
                file,
                summary: {
                    agentId: facts.agent.agentId,
                    type: facts.agent.type,
                    description: facts.agent.description,
                    path: file.path,
                    responses: file.kinds.assistant_summary,
                    toolCalls: file.kinds.tool_call,
                    usage: own.summary(),
                },
            });
        }
    }
    summary(sessionId) {
        const files = this.files.toSorted((a, b) => Number(isAgentFile(a)) - Number(isAgentFile(b)) ||
            FORMAT_ORDER[a.digest.format] - FORMAT_ORDER[b.digest.format] ||
            compareText(a.path, b.path));
        const fromTranscripts = files.some((file) => file.digest.transcript !== null);
        const span = this.first !== null && this.last !== null
            ? Date.parse(this.last) - Date.parse(this.first)
            : null;
        const onlyRuns = files.every((file) => (file.digest.transcript?.run ?? null) !== null);
        return {
            sessionId,
            format: files[0].digest.format,
            paths: files.map((file) => file.path),
            firstActivity: this.first,
            lastActivity: this.last,
            // A recorder's session lasts from start to end (once finalized); a transcript's, from its
            // first to its last line; an execution file without timestamps, as long as its run.
            durationMs: fromTranscripts ? (span ?? (onlyRuns ? this.activeMs : null)) : this.longestFile,
            activeMs: this.activeMs,
            prompts: this.kinds.user_message,
            responses: this.kinds.assistant_summary,
            toolCalls: this.kinds.tool_call,
            toolErrors: this.toolErrors,
            tools: [...this.tools]
                .map(([tool, { calls, errors }]) => ({ tool, calls, errors }))
                .sort(byCalls),
            agents: this.agents
                .toSorted((a, b) => compareNullsLast(a.file.digest.firstActivity, b.file.digest.firstActivity) ||
                compareText(a.file.path, b.file.path))
                .map((agent) => agent.summary),
            subagents: Math.max(this.agents.length, this.subagentsStarted),
            usage: this.usage?.summary() ?? null,
            compactions: this.compactions,
            apiErrors: this.apiErrors,
            versions: [...this.versions],
            branches: [...this.branches],
            runError: this.runError,
        };
    }
}
function isAgentFile(file) {
    return (file.digest.transcript?.agent ?? null) !== null;
}
/** Start to end of a finalized recorder session; none, never negative, for an end before the start. */
function fileDuration(digest) {
    return digest.start !== null && digest.end !== null && digest.end >= digest.start
        ? Date.parse(digest.end) - Date.parse(digest.start)
        : null;
}
function summariseFile(file) {
    const { digest } = file;
    return {
        path: file.path,
        format: digest.format,
        bytes: file.bytes,
        sessionId: digest.sessionId,
        start: digest.start,
        end: digest.end,
        durationMs: file.durationMs,
        interactions: sumKinds(file.kinds),
        kinds: { ...file.kinds },
        tools: [...file.tools].map(([tool, calls]) => ({ tool, calls })).sort(byCalls),
        summaries: digest.summaries,
        problems: digest.problems,
    };
}
function sumKinds(kinds) {
    return ALL_KINDS.reduce((sum, kind) => sum + kinds[kind], 0);
}
/** Newest start first; files without a start last; then by path for a stable order. */
function newestFirst(a, b) {
    if (a.start !== b.start) {
        if (a.start === null)
            return 1;
        if (b.start === null)
            return -1;
        return a.start < b.start ? 1 : -1;
    }
    return compareText(b.path, a.path);
}
/** Most called first, then by name. */
function byCalls(a, b) {
    return b.calls - a.calls || compareText(a.tool, b.tool);
}
/** Newest first activity first; sessions without one last; then by id. */
function newestSessionFirst(a, b) {
    if (a.firstActivity !== b.firstActivity) {
        if (a.firstActivity === null)
            return 1;
        if (b.firstActivity === null)
            return -1;
        return a.firstActivity < b.firstActivity ? 1 : -1;
    }
    return compareText(a.sessionId, b.sessionId);
}
/** Ascending text order, null last. */
function compareNullsLast(a, b) {
    if (a === b)
        return 0;
    if (a === null)
        return 1;
    if (b === null)
        return -1;
    return compareText(a, b);
}
/** Locale-independent ordering, so the report is the same on every runner. */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/execution-file.ts




/**
 * Reads the execution file named by the `execution-file` input. claude-code-action writes it under
 * `RUNNER_TEMP`, outside the workspace: this file, and only this one, may be read there. Anything
 * else outside the workspace is refused with an error that fails the step, as a path pattern that
 * leaves the workspace is. A file that is missing or unreadable is an unreadable file, reported.
 */
function readGivenExecutionFile(given, workspace, runnerTemp) {
    const located = locateExecutionFile(given, workspace, runnerTemp);
    return 'reason' in located ? located : readExecutionFile(located.file, located.shown);
}
/**
 * Where the execution file given is: its real path and the name it is shown by, or why it cannot
 * be read (an unreadable outcome). Throws when it is outside the workspace and RUNNER_TEMP.
 */
function locateExecutionFile(given, workspace, runnerTemp) {
    const absolute = external_node_path_default().resolve(workspace, given);
    let real;
    try {
        real = external_node_fs_namespaceObject.realpathSync.native(absolute);
    }
    catch (error) {
        const missing = error.code === 'ENOENT';
        return { ok: false, path: given, reason: missing ? 'does not exist' : describeFsError(error) };
    }
    const roots = [
        [external_node_fs_namespaceObject.realpathSync.native(workspace), (file) => workspacePath(external_node_fs_namespaceObject.realpathSync.native(workspace), file)],
    ];
    if (runnerTemp) {
        try {
            const temp = external_node_fs_namespaceObject.realpathSync.native(runnerTemp);
            roots.push([temp, (file) => `$RUNNER_TEMP/${workspacePath(temp, file)}`]);
        }
        catch {
            // No such folder: nothing may be read there.
        }
    }
    const root = roots.find(([folder]) => execution_file_isInside(folder, real));
    if (root === undefined)
        throw new Error(`The execution-file '${given}' is outside the workspace and RUNNER_TEMP; only an execution file there is read.`);
    return { file: real, shown: root[1](real) };
}
function execution_file_isInside(parent, child) {
    const relative = external_node_path_default().relative(parent, child);
    return relative !== '' && !relative.startsWith('..') && !external_node_path_default().isAbsolute(relative);
}

// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __nccwpck_require__(759);
;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/iso.js



function datetime(params) {
    return core._isoDateTime(ZodISODateTime, params);
}
function date(params) {
    return api/* _isoDate */.db(schemas/* ZodISODate */.Brp, params);
}
function time(params) {
    return core._isoTime(ZodISOTime, params);
}
function iso_duration(params) {
    return core._isoDuration(ZodISODuration, params);
}

// EXTERNAL MODULE: ./node_modules/zod/v4/core/errors.js
var errors = __nccwpck_require__(428);
;// CONCATENATED MODULE: ./src/pricing-file.ts






/** US dollars per million tokens: a finite number, zero or more. */
const dollars = schemas/* number */.aig().finite().nonnegative();
const day = date({ message: 'expected a date written YYYY-MM-DD' });
const multiplier = schemas/* number */.aig().finite().min(1, { message: 'expected a multiplier of 1 or more' });
/** Token prices; cache prices default to Anthropic's multiples of the input price. */
const TokenPricesSchema = schemas/* strictObject */.rej({
    input: dollars,
    output: dollars,
    cacheWrite5m: dollars.optional(),
    cacheWrite1h: dollars.optional(),
    cacheRead: dollars.optional(),
});
const ModelPriceSchema = TokenPricesSchema.extend({
    since: day.optional(),
    longContext: TokenPricesSchema.extend({
        aboveTokens: schemas/* number */.aig().int().positive(),
    }).optional(),
    fastMultiplier: multiplier.optional(),
    usOnlyMultiplier: multiplier.optional(),
    webSearch: dollars.optional(),
});
/** The pricing file, as docs/pricing-file.md describes it. */
const PricingFileSchema = schemas/* strictObject */.rej({
    date: day,
    models: schemas/* record */.g1P(schemas/* string */.YjP().min(1), ModelPriceSchema).superRefine((models, context) => {
        if (Object.keys(models).length === 0)
            context.addIssue({ code: 'custom', message: 'expected at least one model' });
        if (pricing/* SYNTHETIC_MODEL */.Kx in models)
            context.addIssue({
                code: 'custom',
                path: [pricing/* SYNTHETIC_MODEL */.Kx],
                message: `${pricing/* SYNTHETIC_MODEL */.Kx} is written by Claude Code itself and is never priced`,
            });
    }),
});
/** Fills in the cache prices a file leaves out: 1.25×, 2× and 0.1× the input price. */
function withCachePrices(prices) {
    return {
        ...prices,
        cacheWrite5m: prices.cacheWrite5m ?? prices.input * 1.25,
        cacheWrite1h: prices.cacheWrite1h ?? prices.input * 2,
        cacheRead: prices.cacheRead ?? prices.input * 0.1,
    };
}
/**
 * The price table a pricing file gives: the built-in table with the file's models added, or put
 * in place of the built-in entries of the same id. Throws an Error that names the file and each
 * field at fault.
 */
function parsePricingFile(text, source) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`The pricing file ${(0,log_text/* quoted */.T)(source)} is not valid JSON: ${error.message}. See docs/pricing-file.md for its shape.`);
    }
    const parsed = PricingFileSchema.safeParse(json);
    if (!parsed.success)
        throw new Error(`The pricing file ${(0,log_text/* quoted */.T)(source)} is not a valid price table (see docs/pricing-file.md):\n${errors/* prettifyError */.S1(parsed.error)}`);
    const models = new Map(pricing/* BUILT_IN_PRICES */.wE.models);
    for (const [model, { longContext, ...price }] of Object.entries(parsed.data.models)) {
        models.set(model, {
            ...withCachePrices(price),
            ...(longContext && { longContext: withCachePrices(longContext) }),
        });
    }
    return { date: parsed.data.date, source, models };
}
/**
 * Reads the pricing file named by the `pricing-file` input, relative to the workspace. Only a file
 * inside the workspace is read (a link that leads out of it is refused too).
 */
async function loadPricingFile(workspace, file) {
    const absolute = external_node_path_default().resolve(workspace, file);
    const shown = external_node_path_default().relative(workspace, absolute).split((external_node_path_default()).sep).join('/');
    const outside = `The pricing file ${(0,log_text/* quoted */.T)(file)} is outside the workspace (${workspace}); only a file inside the workspace is read.`;
    if (!find_isInside(workspace, absolute))
        throw new Error(outside);
    let text;
    try {
        const target = await (0,promises_.realpath)(absolute);
        if (!find_isInside(await (0,promises_.realpath)(workspace), target))
            throw new Error(outside);
        text = await (0,promises_.readFile)(target, 'utf8');
    }
    catch (error) {
        if (error instanceof Error && error.message === outside)
            throw error;
        throw new Error(`The pricing file ${(0,log_text/* quoted */.T)(shown)} could not be read: ${error.code ?? String(error)}.`);
    }
    return parsePricingFile(text, shown);
}

;// CONCATENATED MODULE: ./src/pipeline.ts
/**
 * The stages every way of running shares, from patterns to analysis: find, read, redact, analyse.
 * Free of `@actions/*`: the action (main.ts) and the local command (cli/) both call it, and each
 * says in its own way what it found.
 */







/**
 * Finds, reads, redacts and analyses. Throws, before anything is read, on a bad redaction pattern,
 * a bad price table or a pattern that points outside the workspace.
 */
async function readAndAnalyse(options) {
    // The RE2 engine is loaded only for the user's own patterns.
    const userRules = options.redactPatterns.length === 0
        ? []
        : (await Promise.all(/* import() */[__nccwpck_require__.e(856), __nccwpck_require__.e(282)]).then(__nccwpck_require__.bind(__nccwpck_require__, 282))).compileRedactPatterns(options.redactPatterns);
    const prices = options.prices ??
        (options.pricingFile === ''
            ? pricing/* BUILT_IN_PRICES */.wE
            : await loadPricingFile(options.workspace, options.pricingFile));
    const found = await findLogFiles(options.patterns, {
        workspace: options.workspace,
        followSymbolicLinks: options.followSymbolicLinks,
    });
    const redact = (0,src_redact/* createRedactor */.lY)(userRules);
    // Everything published is made from outcomes redacted here, and only here.
    const outcomes = (0,src_redact/* redactOutcomes */.J2)(await readFound(options.workspace, found, options), redact);
    return { found, outcomes, analysis: analyse(outcomes, prices), prices, redact };
}
/**
 * Every matched file's outcome: the files read, then those refused before reading, then the
 * execution file given, if any.
 */
async function readFound(workspace, found, options = {
    format: 'auto',
    executionFile: '',
}) {
    return [
        ...(await readLogFiles(workspace, found.files, { format: options.format })),
        ...found.refused.map((file) => ({ ok: false, ...file })),
        ...(options.executionFile === ''
            ? []
            : [readGivenExecutionFile(options.executionFile, workspace, options.runnerTemp)]),
    ];
}

;// CONCATENATED MODULE: ./src/render/warnings.ts
/** The warnings the analysis calls for: one per unreadable file, one per file with problems. Pure. */
function fileWarnings(analysis) {
    const unreadable = analysis.unreadable.map((file) => ({
        file: file.path,
        title: 'Session log not read',
        message: `${file.path} ${file.reason}`,
        ...(file.position && { line: file.position.line, column: file.position.column }),
    }));
    const withProblems = analysis.files
        .filter((file) => file.problems.length > 0)
        .map((file) => ({
        file: file.path,
        title: 'Session log partly invalid',
        message: `${file.path}: ${file.problems.join('; ')}`,
    }));
    return [...unreadable, ...withProblems];
}

;// CONCATENATED MODULE: ./src/cli/logs.ts
/**
 * The options that say which logs to read, shared by `report` and `serve`, and the reading itself:
 * the action's own pipeline (pipeline.ts) on a local folder, its warnings written as plain lines.
 */












const LOG_OPTIONS = {
    path: { type: 'string', multiple: true },
    format: { type: 'string' },
    'pricing-file': { type: 'string' },
    'redact-pattern': { type: 'string', multiple: true },
    'follow-symbolic-links': { type: 'boolean' },
};
const LOG_OPTIONS_HELP = `Which logs:
  FOLDER                   the folder to read (default: the current directory); nothing
                           outside it is read
  --path GLOB              a glob pattern relative to FOLDER; repeat for more, '!' excludes.
                           Default: the action's (.claude/session_logs/session_*.json and
                           .claude/projects/**/*.jsonl), and also **/*.jsonl when FOLDER is a
                           Claude Code projects folder (~/.claude/projects) or projects/**/*.jsonl
                           when it holds one (~/.claude)
  --format FORMAT          ${detect/* FORMAT_CHOICES */.pG.join(', ')} (default: auto, from each file's content)
  --pricing-file FILE      a price table (docs/pricing-file.md), relative to the current directory
  --redact-pattern RE      one more secret to redact (RE2 syntax); repeatable
  --follow-symbolic-links  follow symbolic links (links out of FOLDER are still refused)`;
/**
 * Reads the logs the options name, as the action would read them in a workspace at FOLDER, and
 * writes to `io.err` how many were read and a line for each file not read or partly invalid.
 * Throws a `UsageError` for an option it cannot use, before anything is read.
 */
async function readFolderLogs(values, positionals, io) {
    if (positionals.length > 1)
        throw new UsageError(`expected one FOLDER at most, got ${positionals.map(log_text/* quoted */.T).join(', ')}`);
    const folder = external_node_path_default().resolve(io.cwd, positionals[0] ?? '.');
    if (!isFolder(folder))
        throw new UsageError(`${(0,log_text/* quoted */.T)(folder)} is not a folder`);
    const patterns = values.path ?? defaultPatterns(folder);
    checkPatterns(patterns, folder);
    const format = values.format ?? 'auto';
    if (!detect/* FORMAT_CHOICES */.pG.includes(format))
        throw new UsageError(`--format is ${(0,log_text/* quoted */.T)(format)}: expected one of ${detect/* FORMAT_CHOICES */.pG.join(', ')}`);
    const redactPatterns = values['redact-pattern'] ?? [];
    if (redactPatterns.length > 0) {
        const { compileRedactPatterns } = await Promise.all(/* import() */[__nccwpck_require__.e(856), __nccwpck_require__.e(282)]).then(__nccwpck_require__.bind(__nccwpck_require__, 282));
        try {
            compileRedactPatterns(redactPatterns);
        }
        catch (error) {
            throw new UsageError(`--redact-pattern: ${error.message}`);
        }
    }
    const pricingFile = values['pricing-file'];
    const prices = pricingFile === undefined ? undefined : await readPrices(io.cwd, pricingFile);
    const result = await readAndAnalyse({
        workspace: folder,
        patterns,
        followSymbolicLinks: values['follow-symbolic-links'] ?? false,
        format: format,
        executionFile: '',
        redactPatterns,
        pricingFile: '',
        prices,
    });
    const { totals } = result.analysis;
    if (result.outcomes.length === 0)
        io.err(`warning: no files were found in ${(0,log_text/* unseenEscaped */.i)(folder)} with the path patterns ` +
            `${patterns.map(log_text/* quoted */.T).join(', ')}; give --path with where the session logs are.\n`);
    else
        io.err(`Read ${totals.files} of ${format_plural(result.outcomes.length, 'matched file')}: ` +
            `${format_plural(totals.sessions, 'session')}, ${format_plural(totals.interactions, 'interaction')}, ` +
            `${format_plural(totals.toolCalls, 'tool call')}.\n`);
    for (const warning of fileWarnings(result.analysis))
        io.err(`warning: ${(0,log_text/* unseenEscaped */.i)(warning.message)}\n`);
    return { ...result, folder, patterns };
}
/** A file name of a Claude Code transcript: the session's id. */
const TRANSCRIPT_NAME = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.jsonl$/i;
/**
 * The action's default patterns, and one more when the folder is Claude Code's projects folder
 * (`~/.claude/projects`: a folder per project, each holding `<session-id>.jsonl` files) or holds
 * one as `projects/` (`~/.claude`): the default looks for `.claude/` inside a repository.
 */
function defaultPatterns(folder) {
    const patterns = inputs/* DEFAULTS */.zY.path.split('\n');
    if (isProjectsFolder(folder))
        patterns.push('**/*.jsonl');
    else if (isProjectsFolder(external_node_path_default().join(folder, 'projects')))
        patterns.push('projects/**/*.jsonl');
    return patterns;
}
/** Whether a folder of the folder holds a transcript named by its session id. */
function isProjectsFolder(folder) {
    try {
        return (0,external_node_fs_namespaceObject.readdirSync)(folder, { withFileTypes: true }).some((entry) => entry.isDirectory() &&
            (0,external_node_fs_namespaceObject.readdirSync)(external_node_path_default().join(folder, entry.name)).some((name) => TRANSCRIPT_NAME.test(name)));
    }
    catch {
        return false;
    }
}
function isFolder(folder) {
    try {
        return (0,external_node_fs_namespaceObject.statSync)(folder).isDirectory();
    }
    catch {
        return false;
    }
}
function checkPatterns(patterns, folder) {
    if (!patterns.some((pattern) => pattern !== '' && !pattern.startsWith('!')))
        throw new UsageError('--path: expected at least one glob pattern that is not an exclusion');
    for (const pattern of patterns) {
        if (pattern === '')
            throw new UsageError('--path: expected a glob pattern, got nothing');
        try {
            anchorPattern(pattern, folder);
        }
        catch {
            throw new UsageError(`--path ${(0,log_text/* quoted */.T)(pattern)} points outside FOLDER (${(0,log_text/* unseenEscaped */.i)(folder)}); only files inside it are read`);
        }
    }
}
/** The price table of `--pricing-file`, a path from the current directory, the user's to choose. */
async function readPrices(cwd, file) {
    let text;
    try {
        text = await (0,promises_.readFile)(external_node_path_default().resolve(cwd, file), 'utf8');
    }
    catch (error) {
        throw new UsageError(`--pricing-file ${(0,log_text/* quoted */.T)(file)} could not be read: ${error.code ?? String(error)}`);
    }
    try {
        return parsePricingFile(text, file);
    }
    catch (error) {
        throw new UsageError(`--pricing-file: ${error.message}`);
    }
}

;// CONCATENATED MODULE: ./src/cli/report.ts
/**
 * `claude-session-report report [FOLDER]`: the action's report of a local folder, on stdout, as
 * the markdown of the step summary or as the JSON report.
 */







const OPTIONS = {
    ...LOG_OPTIONS,
    json: { type: 'boolean' },
    title: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
};
const TITLE_MAX = 200;
const reportCommand = {
    name: 'report',
    summary: 'print the report of the session logs in a folder (markdown, or JSON)',
    help: `Usage: claude-session-report report [FOLDER] [options]

Prints the report the action would publish for the session logs in FOLDER: the markdown of the
step summary, or the JSON report with --json. Secrets are redacted as the action redacts them.
Counts and warnings go to stderr.

${LOG_OPTIONS_HELP}

Output:
  --json                   print the JSON report (docs/report-json.md) instead of markdown
  --title TEXT             the report's heading (default: ${inputs/* DEFAULTS */.zY.title})
  -h, --help               show this help

Examples:
  claude-session-report report                 the logs of the repository you are in
  claude-session-report report ~/.claude/projects
  claude-session-report report ~/.claude/projects --path '**/*.jsonl' --json > report.json
`,
    async run(args, io) {
        const { values, positionals } = parseCommandArgs(args, OPTIONS);
        if (values.help) {
            io.out(this.help);
            return EXIT_OK;
        }
        const title = values.title ?? inputs/* DEFAULTS */.zY.title;
        if (title.trim() === '' || title.length > TITLE_MAX)
            throw new UsageError(`--title is ${(0,log_text/* quoted */.T)(title)}: expected 1 to ${TITLE_MAX} characters, not all spaces`);
        const { analysis, patterns } = await readFolderLogs(values, positionals, io);
        io.out(values.json
            ? `${jsonText(toJsonReport(analysis, { title, commit: null, patterns }), 2)}\n`
            : renderReport(analysis, { title, patterns }));
        return EXIT_OK;
    },
};

;// CONCATENATED MODULE: ./src/serve/html.ts
/** HTML escaping for text from logs: safe as element content and as a quoted attribute value. */
const html_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};
/** Text that renders as itself in element content and in a double- or single-quoted attribute. */
function escapeHtml(value) {
    return value.replace(/[&<>"']/g, (char) => html_ENTITIES[char]);
}

;// CONCATENATED MODULE: ./src/serve/page.ts





/** Bars in the tools chart; the table under it lists every tool. */
const TOOLS_CHARTED = 25;
/** A label on a chart is cut to this many characters; the tables show names whole. */
const LABEL_MAX = 60;
/** Idle days are filled in up to this span; a longer one shows its active days only. */
const DAYS_FILLED_MAX = 3660;
const page_DAY_MS = 86_400_000;
function chartData(analysis, outcomes) {
    return {
        tools: analysis.tools.slice(0, TOOLS_CHARTED).map((tool) => ({
            tool: truncate(tool.tool, LABEL_MAX),
            calls: tool.calls,
            errors: tool.errors,
        })),
        days: interactionsPerDay(outcomes),
        models: (analysis.usage?.models ?? []).map((model) => ({
            model: truncate(model.model, LABEL_MAX),
            input: model.tokens.input,
            output: model.tokens.output,
            cacheWrite: model.tokens.cacheWrite5m + model.tokens.cacheWrite1h,
            cacheRead: model.tokens.cacheRead,
            costUsd: model.costUsd,
        })),
    };
}
function interactionsPerDay(outcomes) {
    const days = new Map();
    for (const outcome of outcomes)
        if (outcome.ok)
            for (const [day, interactions] of outcome.digest.interactionsByDay)
                days.set(day, (days.get(day) ?? 0) + interactions);
    const active = [...days.keys()].sort();
    if (active.length === 0)
        return [];
    const first = Date.parse(`${active[0]}T00:00:00Z`);
    const last = Date.parse(`${active.at(-1)}T00:00:00Z`);
    const filled = Number.isFinite(first) && Number.isFinite(last) && (last - first) / page_DAY_MS <= DAYS_FILLED_MAX
        ? Array.from({ length: (last - first) / page_DAY_MS + 1 }, (_, i) => new Date(first + i * page_DAY_MS).toISOString().slice(0, 10))
        : active;
    return filled.map((day) => ({ day, interactions: days.get(day) ?? 0 }));
}
/** The whole page. Every piece of text from a log goes through `escapeHtml` or `jsonText`. */
function renderPage(analysis, sessions, charts, context) {
    const { totals, usage } = analysis;
    const headline = [
        usage === null ? null : `<strong>${escapeHtml(usd(usage.costUsd))}</strong>`,
        usage === null ? null : `<strong>${tokenCount(totalTokens(usage.tokens))} tokens</strong>`,
        format_plural(totals.sessions, 'session'),
        format_plural(totals.interactions, 'interaction'),
        format_plural(totals.toolCalls, 'tool call'),
        format_plural(totals.files, 'file'),
        totals.unreadableFiles === 0
            ? null
            : format_plural(totals.unreadableFiles, 'file not read', 'files not read'),
    ].filter((part) => part !== null);
    const noUsage = '<p class="empty">These logs hold no token usage (session-recorder logs do not).</p>';
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(context.title)}</title>
<link rel="stylesheet" href="/assets/page.css">
<script src="/assets/chart.umd.min.js" defer></script>
<script src="/assets/page.js" defer></script>
</head>
<body>
<main>
<h1>${escapeHtml(context.title)}</h1>
<p class="headline">${headline.join(' · ')}</p>
${activityLine(analysis)}
<div class="charts">
${figure('chart-tools', 'Tool calls', charts.tools.length === 0 ? '<p class="empty">No tool calls.</p>' : null)}
${figure('chart-days', 'Interactions per day (UTC)', charts.days.length === 0 ? '<p class="empty">No timestamped interactions.</p>' : null)}
${figure('chart-tokens', 'Tokens by model', charts.models.length === 0 ? noUsage : null)}
${figure('chart-cost', 'Cost by model (US dollars)', charts.models.length === 0 ? noUsage : null)}
</div>
${sessionTable(sessions)}
${toolTable(analysis)}
${page_modelTable(analysis)}
${unreadableList(analysis)}
<footer>
<p>${format_plural(totals.files + totals.unreadableFiles, 'file')} matched ${context.patterns.map((pattern) => `<code>${escapeHtml(pattern)}</code>`).join(', ')}. Costs at the list prices of ${escapeHtml(analysis.pricing.date)} (${escapeHtml(analysis.pricing.source)} price table). Secrets redacted.</p>
<p>API: <a href="/sessions"><code>/sessions</code></a>, <code>/sessions/&lt;id&gt;</code>, <code>/sessions/&lt;id&gt;/interactions</code>.</p>
</footer>
</main>
<script type="application/json" id="chart-data">${jsonText(charts)}</script>
</body>
</html>
`;
}
function activityLine(analysis) {
    const { firstActivity, lastActivity } = analysis.totals;
    if (firstActivity === null || lastActivity === null)
        return '';
    return `<p>Activity ${escapeHtml(dateTime(firstActivity))} → ${escapeHtml(dateTime(lastActivity))} UTC.</p>`;
}
function figure(id, caption, instead) {
    const body = instead ??
        `<div class="chart" id="${id}-box"><canvas id="${id}" role="img" aria-label="${escapeHtml(caption)}"></canvas></div>`;
    return `<figure><figcaption>${escapeHtml(caption)}</figcaption>${body}</figure>`;
}
function sessionTable(sessions) {
    if (sessions.length === 0)
        return '<h2>Sessions</h2>\n<p class="empty">No sessions.</p>';
    const rows = sessions.map((session) => {
        const href = `/sessions/${encodeURIComponent(session.session_id)}`;
        const tokens = session.tokens;
        return `<tr><td><a class="id" href="${escapeHtml(href)}">${escapeHtml(session.session_id)}</a></td><td>${escapeHtml(session.start === null ? '' : dateTime(session.start))}</td><td>${escapeHtml(session.end === null ? '' : dateTime(session.end))}</td><td class="n"><a href="${escapeHtml(href)}/interactions">${count(session.interactions)}</a></td><td class="n">${tokens === undefined ? '' : tokenCount(tokens.input + tokens.output + tokens.cache_creation + tokens.cache_read)}</td><td class="n">${session.cost_usd === undefined ? '' : escapeHtml(usd(session.cost_usd))}</td></tr>`;
    });
    return `<h2>Sessions</h2>
<table><thead><tr><th>session</th><th>start (UTC)</th><th>end (UTC)</th><th class="n">interactions</th><th class="n">tokens</th><th class="n">cost</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>`;
}
function toolTable(analysis) {
    if (analysis.tools.length === 0)
        return '';
    const rows = analysis.tools.map((tool) => `<tr><td><code>${escapeHtml(tool.tool)}</code></td><td class="n">${count(tool.calls)}</td><td class="n">${count(tool.errors)}</td><td class="n">${count(tool.files)}</td></tr>`);
    return `<h2>Tools</h2>
<table><thead><tr><th>tool</th><th class="n">calls</th><th class="n">errors</th><th class="n">files</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>`;
}
function page_modelTable(analysis) {
    const models = analysis.usage?.models ?? [];
    if (models.length === 0)
        return '';
    const rows = models.map((model) => `<tr><td><code>${escapeHtml(model.model)}</code></td><td class="n">${count(model.responses)}</td><td class="n">${tokenCount(totalTokens(model.tokens))}</td><td class="n">${model.costUsd === null ? 'no price' : escapeHtml(usd(model.costUsd))}</td></tr>`);
    return `<h2>Models</h2>
<table><thead><tr><th>model</th><th class="n">responses</th><th class="n">tokens</th><th class="n">cost</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>`;
}
function unreadableList(analysis) {
    if (analysis.unreadable.length === 0)
        return '';
    const items = analysis.unreadable.map((file) => `<li><code>${escapeHtml(file.path)}</code> ${escapeHtml(file.reason)}</li>`);
    return `<h2>Files not read</h2>
<ul>
${items.join('\n')}
</ul>`;
}
/** The page's stylesheet (`/assets/page.css`). */
const PAGE_STYLE = `
:root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #ffffff; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
main { max-width: 1200px; margin: 0 auto; padding: 24px; }
h1 { font-size: 24px; margin: 0 0 8px; }
h2 { font-size: 18px; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
.headline { font-size: 16px; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(480px, 1fr)); gap: 16px; }
figure { margin: 0; padding: 12px; border: 1px solid var(--line); border-radius: 6px; min-width: 0; }
figcaption { font-weight: 600; margin-bottom: 8px; }
.chart { position: relative; height: 280px; }
.empty { color: var(--muted); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
td, code { overflow-wrap: anywhere; }
.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; overflow-wrap: normal; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; }
a { color: #0969da; }
footer { margin-top: 32px; color: var(--muted); }
`;
/**
 * The page's script (`/assets/page.js`): draws the charts from the JSON block, without animation,
 * so that a chart is whole as soon as the page has loaded.
 */
const PAGE_SCRIPT = `'use strict'
;(function () {
  var data = JSON.parse(document.getElementById('chart-data').textContent)
  var Chart = window.Chart
  Chart.defaults.animation = false
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily
  Chart.defaults.color = '#59636e'
  var blue = '#0969da', red = '#cf222e', green = '#1a7f37', orange = '#bc4c00', purple = '#8250df'
  function draw(id, config) {
    var canvas = document.getElementById(id)
    if (canvas !== null) new Chart(canvas, config)
  }
  function grouped(labels, datasets, options) {
    return {
      type: 'bar',
      data: { labels: labels, datasets: datasets },
      options: Object.assign({ maintainAspectRatio: false, responsive: true }, options)
    }
  }
  var toolBox = document.getElementById('chart-tools-box')
  if (toolBox !== null) toolBox.style.height = Math.max(160, 48 + 22 * data.tools.length) + 'px'
  draw('chart-tools', grouped(
    data.tools.map(function (t) { return t.tool }),
    [
      { label: 'calls', data: data.tools.map(function (t) { return t.calls }), backgroundColor: blue },
      { label: 'errors', data: data.tools.map(function (t) { return t.errors }), backgroundColor: red }
    ],
    { indexAxis: 'y', scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } }
  ))
  draw('chart-days', grouped(
    data.days.map(function (d) { return d.day }),
    [{ label: 'interactions', data: data.days.map(function (d) { return d.interactions }), backgroundColor: blue }],
    { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
  ))
  var models = data.models.map(function (m) { return m.model })
  function tokens(label, key, color) {
    return { label: label, data: data.models.map(function (m) { return m[key] }), backgroundColor: color }
  }
  draw('chart-tokens', grouped(
    models,
    [
      tokens('input', 'input', blue),
      tokens('output', 'output', green),
      tokens('cache writes', 'cacheWrite', orange),
      tokens('cache reads', 'cacheRead', purple)
    ],
    { indexAxis: 'y', scales: { x: { stacked: true, beginAtZero: true }, y: { stacked: true } } }
  ))
  draw('chart-cost', grouped(
    models,
    [{ label: 'US dollars', data: data.models.map(function (m) { return m.costUsd }), backgroundColor: green }],
    { indexAxis: 'y', plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true } } }
  ))
})()
`;

;// CONCATENATED MODULE: ./src/serve/assets.ts
/**
 * The files the page loads, served from memory under fixed names: Chart.js's UMD build (copied
 * next to the bundle by ncc, read from node_modules when run from source), and the page's own
 * script and stylesheet. No request path ever names a file on disk.
 */


function chartJs() {
    const source = (0,external_node_fs_namespaceObject.readFileSync)(__nccwpck_require__.ab + "chart.umd.min.js", 'utf8');
    // Its source map is not shipped: the browser's request for it would only meet a 404.
    return source.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
}
/** The assets by their path on the server. Chart.js is read when first asked for. */
function loadAssets() {
    return new Map([
        ['/assets/chart.umd.min.js', { type: 'js', body: chartJs() }],
        ['/assets/page.js', { type: 'js', body: PAGE_SCRIPT }],
        ['/assets/page.css', { type: 'css', body: PAGE_STYLE }],
    ]);
}

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: ./src/rows/recorder-items.ts
/**
 * Splits a session-recorder log into the JSON text of each entry of its top-level `interactions`
 * array, chunk by chunk, so that a log of any size (even one above the longest string V8 can hold)
 * is read with the memory of its largest entry. Only files the reader already found valid are
 * split: the splitter follows strings and brackets, and leaves checking to `JSON.parse`, which
 * reads each entry.
 */
const recorder_items_QUOTE = 0x22;
const recorder_items_BACKSLASH = 0x5c;
const COMMA = 0x2c;
const recorder_items_COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
/** Bytes of a top-level string kept to compare it with `interactions` (escapes and all). */
const KEY_BYTES = 64;
class RecorderItemSplitter {
    limit;
    depth = 0;
    inString = false;
    escaped = false;
    /** The string being read at the top level, while short enough to be the key looked for. */
    topString = null;
    lastTopString = null;
    key = null;
    /** Inside the `interactions` array (whose members are at depth 2). */
    inList = false;
    /** How many `interactions` arrays were met: JSON.parse keeps the last of repeated keys. */
    lists = 0;
    index = 0;
    itemOpen = false;
    pieces = [];
    itemBytes = 0;
    /** `limit`: the largest entry kept, in bytes; a larger one is given as its size alone. */
    constructor(limit) {
        this.limit = limit;
    }
    /**
     * Reads the next bytes. An entry that lies wholly in `chunk` is given as a view of it, valid
     * until the caller reuses `chunk`; parts kept from earlier chunks are copied.
     */
    push(chunk) {
        const items = [];
        let start = 0;
        const n = chunk.length;
        // Where the next quote and backslash are: inside a string (most of a log's bytes) the scan
        // jumps from one to the next, with the speed of a native search.
        let nextQuote = -1;
        let nextBackslash = -1;
        for (let i = 0; i < n; i++) {
            if (this.inString && !this.escaped && this.topString === null) {
                if (nextQuote < i)
                    nextQuote = indexOf(chunk, recorder_items_QUOTE, i);
                if (nextBackslash < i)
                    nextBackslash = indexOf(chunk, recorder_items_BACKSLASH, i);
                i = Math.min(nextQuote, nextBackslash);
                if (i >= n)
                    break;
            }
            const c = chunk[i];
            if (this.inString) {
                if (this.topString !== null && this.topString.length <= KEY_BYTES)
                    this.topString.push(c);
                if (this.escaped)
                    this.escaped = false;
                else if (c === recorder_items_BACKSLASH)
                    this.escaped = true;
                else if (c === recorder_items_QUOTE) {
                    this.inString = false;
                    if (this.topString !== null) {
                        this.lastTopString = this.topString;
                        this.topString = null;
                    }
                }
                continue;
            }
            if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)
                continue;
            if (this.inList && this.depth === 2) {
                if (c === COMMA || c === CLOSE_ARRAY) {
                    if (this.itemOpen) {
                        items.push(this.finish(chunk, start, i));
                    }
                    if (c === CLOSE_ARRAY) {
                        this.inList = false;
                        this.depth--;
                    }
                    continue;
                }
                if (!this.itemOpen) {
                    this.itemOpen = true;
                    start = i;
                }
            }
            switch (c) {
                case recorder_items_QUOTE:
                    this.inString = true;
                    if (this.depth === 1)
                        this.topString = [c];
                    break;
                case recorder_items_COLON:
                    if (this.depth === 1)
                        this.key = keyOf(this.lastTopString);
                    break;
                case COMMA:
                    if (this.depth === 1)
                        this.key = null;
                    break;
                case OPEN_ARRAY:
                    if (this.depth === 1 && this.key === 'interactions') {
                        this.inList = true;
                        this.lists++;
                    }
                    this.depth++;
                    break;
                case OPEN_OBJECT:
                    this.depth++;
                    break;
                case CLOSE_ARRAY:
                case CLOSE_OBJECT:
                    this.depth--;
                    break;
            }
        }
        if (this.itemOpen)
            this.keep(chunk.subarray(start));
        return items;
    }
    /** Whether the file ended where it should: after the whole top-level value. */
    complete() {
        return this.depth === 0 && !this.inString && !this.itemOpen;
    }
    keep(piece) {
        this.itemBytes += piece.length;
        if (this.itemBytes <= this.limit)
            this.pieces.push(Buffer.from(piece));
        else
            this.pieces = [];
    }
    finish(chunk, start, end) {
        const index = this.index++;
        const whole = this.pieces.length === 0 && this.itemBytes === 0;
        this.itemBytes += end - start;
        const item = this.itemBytes > this.limit
            ? { index, tooLarge: this.itemBytes }
            : whole
                ? { index, bytes: chunk.subarray(start, end) }
                : { index, bytes: Buffer.concat([...this.pieces, chunk.subarray(start, end)]) };
        this.itemOpen = false;
        this.pieces = [];
        this.itemBytes = 0;
        return item;
    }
}
/** The position of `byte` in `chunk` from `from`, or the chunk's length when it is not there. */
function indexOf(chunk, byte, from) {
    const at = chunk.indexOf(byte, from);
    return at === -1 ? chunk.length : at;
}
/** A top-level string's value when it may be the key `interactions` (written with escapes or not). */
function keyOf(bytes) {
    if (bytes === null || bytes.length > KEY_BYTES)
        return null;
    try {
        const value = JSON.parse(Buffer.from(bytes).toString('utf8'));
        return typeof value === 'string' ? value : null;
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./src/rows/row-text.ts

/** Longest text kept in a row, in characters (code points), a cut marked with an ellipsis. */
const ROW_TEXT_MAX = 2000;
/**
 * Characters of a text read before it is redacted and cut to `ROW_TEXT_MAX`. Redaction comes
 * first, on more than is kept, so that a secret the cut falls inside is still matched whole.
 */
const SOURCE_TEXT_MAX = 16 * 1024;
/** Redacts a text, then cuts it to `ROW_TEXT_MAX`. */
function rowText(redact) {
    return (text) => {
        if (text === null)
            return null;
        let source = text.length > SOURCE_TEXT_MAX ? text.slice(0, SOURCE_TEXT_MAX) : text;
        // A character cut in half by the slice is left out.
        const last = source.charCodeAt(source.length - 1);
        if (last >= 0xd800 && last <= 0xdbff)
            source = source.slice(0, -1);
        return truncate(redact(source), ROW_TEXT_MAX);
    };
}

;// CONCATENATED MODULE: ./src/rows/transcript-rows.ts




class TranscriptRows {
    drafts = [];
    responses = new Map();
    toolUseNames = new Map();
    results = new Set();
    /**
     * Adds one line (or message). `value` gives the line parsed, for its text: it is only called
     * for a prompt or a response with text, and may answer undefined when the text is not at hand.
     */
    line(facts, isObject, value) {
        if (!isObject || facts.type === undefined)
            return;
        if (facts.type === 'assistant')
            this.assistant(facts, value);
        else if (facts.type === 'user')
            this.user(facts, value);
    }
    /** The rows, in the order each was first seen, with their text redacted and cut. */
    rows(identity, names, text) {
        return this.drafts.map((draft, index) => ({
            session_id: identity.sessionId,
            file: identity.file,
            index,
            timestamp: draft.timestamp,
            kind: draft.kind,
            tool: draft.tool === null ? null : names(draft.tool),
            model: draft.model === null ? null : names(draft.model),
            agent_id: identity.agentId,
            tokens: draft.tokens,
            text: text(draft.text),
        }));
    }
    assistant(facts, value) {
        const id = facts.messageId;
        const timestamp = instant(facts.timestamp);
        let response;
        if (id !== undefined && facts.model !== SYNTHETIC_MODEL) {
            response = this.responses.get(id);
            const usage = facts.usage;
            const total = usage ? usage.input + usage.output + usage.cacheCreation + usage.cacheRead : 0;
            if (response === undefined) {
                const draft = this.add('assistant_summary', timestamp);
                draft.model = facts.model ?? '';
                draft.tokens = rowTokens(facts);
                response = { draft, total, sidechain: facts.isSidechain, texts: new Set(), textLength: 0 };
                this.responses.set(id, response);
            }
            else if ((response.sidechain && !facts.isSidechain) ||
                (response.sidechain === facts.isSidechain && total > response.total)) {
                response.draft.model = facts.model ?? response.draft.model;
                response.draft.tokens = rowTokens(facts);
                response.total = total;
                response.sidechain = facts.isSidechain;
            }
            if (facts.blocks.some((block) => block.type === 'text'))
                addTexts(response, value());
        }
        for (const block of facts.blocks) {
            if (block.type !== 'tool_use')
                continue;
            if (block.id !== undefined) {
                if (this.toolUseNames.has(block.id))
                    continue;
                this.toolUseNames.set(block.id, block.name || UNKNOWN_TOOL);
            }
            this.add('tool_call', timestamp).tool = block.name || UNKNOWN_TOOL;
        }
    }
    user(facts, value) {
        let results = 0;
        const timestamp = instant(facts.timestamp);
        for (const block of facts.blocks) {
            if (block.type !== 'tool_result')
                continue;
            results++;
            const id = block.toolUseId;
            if (id !== undefined) {
                if (this.results.has(id))
                    continue;
                this.results.add(id);
            }
            this.add('tool_result', timestamp).tool =
                id === undefined ? null : (this.toolUseNames.get(id) ?? null);
        }
        if (results > 0 || facts.isMeta || facts.isCompactSummary || facts.isSidechain)
            return;
        if (isTypedPrompt(facts))
            this.add('user_message', timestamp).text = promptText(value());
    }
    add(kind, timestamp) {
        const draft = { kind, timestamp, tool: null, model: null, tokens: null, text: null };
        this.drafts.push(draft);
        return draft;
    }
}
/** An instant as ISO 8601 UTC, or null when absent or not a valid one. */
function instant(stamp) {
    const ms = parseInstant(stamp);
    return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
function rowTokens(facts) {
    if (facts.usage === undefined)
        return null;
    return (0,src_usage/* exportTokens */.p6)(tokensOf(facts.usage));
}
/** The text a user typed: a string content, or its text blocks. */
function promptText(line) {
    const content = messageOf(line)?.content;
    if (typeof content === 'string')
        return content;
    const texts = textBlocks(content);
    return texts.length === 0 ? null : texts.join('\n');
}
/** Adds a response line's text blocks to what the response said, up to the text kept. */
function addTexts(response, line) {
    for (const text of textBlocks(messageOf(line)?.content)) {
        if (response.textLength >= SOURCE_TEXT_MAX || response.texts.has(text))
            continue;
        const kept = text.slice(0, SOURCE_TEXT_MAX - response.textLength);
        response.texts.add(kept);
        response.textLength += kept.length + 1;
    }
    response.draft.text = [...response.texts].join('\n');
}
function messageOf(line) {
    const message = transcript_rows_record(line)?.message;
    return transcript_rows_record(message);
}
function textBlocks(content) {
    if (!Array.isArray(content))
        return [];
    const texts = [];
    for (const block of content) {
        const fields = transcript_rows_record(block);
        if (fields?.type === 'text' && typeof fields.text === 'string' && fields.text !== '')
            texts.push(fields.text);
    }
    return texts;
}
function transcript_rows_record(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : undefined;
}

;// CONCATENATED MODULE: ./src/interactions.ts
/**
 * One row per interaction, for the exports that keep history (the NDJSON `interactions-file`, the
 * databases, the local API). A session-recorder log gives one row per entry of its `interactions`
 * array; a transcript gives one row per prompt the user typed, assistant response (each
 * `message.id` once), tool use (each `tool_use` id once) and tool result; an execution file the
 * same from its messages. A file's rows by kind are its digest's `kinds`. Every string in a row
 * has been through the run's redactor.
 *
 * Rows are made only when an export asks for them, by reading each readable file again with the
 * plain parsers, one file at a time: a recorder log is split into its interactions as it streams
 * (so a log of any size is read with the memory of its largest interaction), a transcript line by
 * line, an execution file whole (as the reader reads it).
 */











/**
 * The readable files of a run, with the paths to read them again by. `outcomes` are in the order
 * `readFound` gives them (the files found, those refused, then the execution file given, if any).
 */
function rowSources(workspace, found, outcomes, executionFile, runnerTemp) {
    const sources = [];
    found.files.forEach((file, index) => {
        const outcome = outcomes[index];
        if (outcome?.ok)
            sources.push({ file, read: outcome });
    });
    const last = outcomes.at(-1);
    if (executionFile !== '' && last?.ok) {
        const located = locateExecutionFile(executionFile, workspace, runnerTemp);
        if (!('reason' in located))
            sources.push({ file: located.file, read: last });
    }
    return sources;
}
/** An interaction larger than this (in bytes) is not parsed for its row, which is left out. */
const ITEM_LIMIT_BYTES = 64 * 1024 * 1024;
/** A transcript line larger than this gives its row without text. */
const LINE_TEXT_LIMIT_BYTES = 64 * 1024 * 1024;
const CHUNK_BYTES = 1024 * 1024;
const interactions_KNOWN = new Set(KNOWN_KINDS);
/**
 * The rows of every source, file after file, sorted by session id and then path: the rows of one
 * session come one after another (a recorder session spread over daily files included). Each
 * file is read when its turn comes and its file handle closed before the next; a recorder log's
 * rows stream as its interactions are read, a transcript's come once its file is read (each
 * response's row must wait for its most complete line). Never throws for a file: what cannot be
 * read again is told to `onSkipped`.
 */
async function* interactionRows(sources, options) {
    const names = memoised(options.redact);
    const text = rowText(options.redact);
    const skipped = options.onSkipped ?? (() => undefined);
    const limit = options.itemLimitBytes ?? ITEM_LIMIT_BYTES;
    const order = [...sources].sort((a, b) => compare(a.read.digest.sessionId, b.read.digest.sessionId) ||
        compare(a.read.path, b.read.path));
    for (const source of order) {
        const identity = {
            sessionId: source.read.digest.sessionId,
            file: source.read.path,
            agentId: source.read.digest.transcript?.agent?.agentId ?? null,
        };
        const report = (reason) => skipped(source.read.path, reason);
        const reader = source.read.digest.format === 'session-recorder'
            ? recorderRows(source.file, identity, { names, text, report, limit })
            : source.read.digest.format === 'claude-code'
                ? transcriptRows(source.file, identity, names, text)
                : executionRows(source.file, identity, names, text);
        try {
            yield* reader;
        }
        catch (error) {
            report(`${rowsReason(error)}; its rows (or the rest of them) are not exported`);
        }
    }
}
/** Opens a file as the reader does, and hands its descriptor to `use`; closes it after. */
function* withFile(file, use) {
    const fd = (0,external_node_fs_namespaceObject.openSync)(file, READ_FLAGS);
    try {
        const info = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        if (!info.isFile())
            throw new FileProblem(describeNotRegular(info));
        yield* use(fd);
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
function* recorderRows(file, identity, how) {
    const { names, text, report, limit } = how;
    yield* withFile(file, function* (fd) {
        const splitter = new RecorderItemSplitter(limit);
        const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
        let unparsed = 0;
        for (let read = (0,external_node_fs_namespaceObject.readSync)(fd, chunk); read > 0; read = (0,external_node_fs_namespaceObject.readSync)(fd, chunk)) {
            for (const item of splitter.push(chunk.subarray(0, read))) {
                if ('tooLarge' in item) {
                    report(`interactions[${item.index}] is ${mebibytes(item.tooLarge)}, more than the ` +
                        `${mebibytes(limit)} read for one row; its row is not exported`);
                    continue;
                }
                let value;
                try {
                    value = JSON.parse(item.bytes.toString('utf8'));
                }
                catch {
                    unparsed++;
                    continue;
                }
                yield recorderRow(value, item.index, identity, names, text);
            }
        }
        if (unparsed > 0 || !splitter.complete())
            report('changed since it was read (it is no longer valid JSON); rows of the interactions that ' +
                'could be read again are exported');
        if (splitter.lists > 1)
            report('gives "interactions" more than once; the report counts the last one, the export has ' +
                'the rows of each');
    });
}
function recorderRow(item, index, identity, names, text) {
    const fields = interactions_record(item);
    const type = fields?.type;
    const kind = typeof type === 'string' && interactions_KNOWN.has(type) ? type : 'other';
    const content = fields?.content;
    const named = nonEmpty(interactions_record(content)?.tool);
    let tool = null;
    let said = null;
    if (kind === 'tool_call')
        tool = named ?? UNKNOWN_TOOL;
    else if (kind === 'tool_result')
        tool = named;
    else if (kind === 'user_message')
        said = typeof content === 'string' ? content : null;
    else if (kind === 'assistant_summary')
        said = typeof content === 'string' ? content : stringOf(interactions_record(content)?.summary);
    return {
        session_id: identity.sessionId,
        file: identity.file,
        index,
        timestamp: instant(fields?.timestamp),
        kind,
        tool: tool === null ? null : names(tool),
        model: null,
        agent_id: identity.agentId,
        tokens: null,
        text: text(said),
    };
}
/**
 * A transcript's lines go through the reader's own scanner, so that each line's facts (and which
 * lines count) are the digest's; a line is parsed with `JSON.parse` only for the text of a prompt
 * or response.
 */
function* transcriptRows(file, identity, names, text) {
    yield* withFile(file, function* (fd) {
        const rows = new TranscriptRows();
        const utf8 = new TextDecoder('utf-8');
        let pieces = [];
        let lineBytes = 0;
        const parsed = () => {
            if (lineBytes > LINE_TEXT_LIMIT_BYTES)
                return undefined;
            try {
                return JSON.parse(utf8.decode(Buffer.concat(pieces)));
            }
            catch {
                return undefined;
            }
        };
        const scanner = new line_scanner/* TranscriptLineScanner */.p({
            line: (facts, isObject) => rows.line(facts, isObject, parsed),
            badLine: () => undefined,
        });
        const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
        for (let read = (0,external_node_fs_namespaceObject.readSync)(fd, chunk); read > 0; read = (0,external_node_fs_namespaceObject.readSync)(fd, chunk)) {
            let start = 0;
            while (start < read) {
                const newline = chunk.indexOf(0x0a, start);
                const end = newline === -1 || newline >= read ? read : newline;
                lineBytes += end - start;
                if (lineBytes <= LINE_TEXT_LIMIT_BYTES)
                    pieces.push(Buffer.from(chunk.subarray(start, end)));
                else
                    pieces = [];
                if (end === read) {
                    scanner.push(chunk.subarray(start, read));
                    break;
                }
                // The line is whole: the scanner ends it at its newline, and hands its facts over.
                scanner.push(chunk.subarray(start, end + 1));
                pieces = [];
                lineBytes = 0;
                start = end + 1;
            }
        }
        scanner.end();
        yield* rows.rows(identity, names, text);
    });
}
/** An execution file's messages, read whole as the reader reads them. */
function* executionRows(file, identity, names, text) {
    yield* withFile(file, function* (fd) {
        const size = (0,external_node_fs_namespaceObject.fstatSync)(fd).size;
        if (size > EXECUTION_FILE_LIMIT_BYTES)
            throw new FileProblem(`is over ${mebibytes(EXECUTION_FILE_LIMIT_BYTES)} now`);
        const whole = Buffer.allocUnsafe(size);
        const read = (0,external_node_fs_namespaceObject.readSync)(fd, whole, 0, size, 0);
        const data = JSON.parse(new TextDecoder('utf-8').decode(whole.subarray(0, read)));
        if (!Array.isArray(data))
            throw new FileProblem('is no longer a JSON array of messages');
        const rows = new TranscriptRows();
        for (const item of data) {
            const message = interactions_record(item);
            if (message === undefined)
                continue;
            const facts = (0,line_facts/* factsOfValue */.up)(message);
            facts.isSidechain = typeof message.parent_tool_use_id === 'string';
            rows.line(facts, true, () => message);
        }
        yield* rows.rows(identity, names, text);
    });
}
/** A fault that is already worded for the user. */
class FileProblem extends Error {
}
function rowsReason(error) {
    if (error instanceof FileProblem)
        return error.message;
    if (error instanceof SyntaxError)
        return 'changed since it was read (it is no longer valid JSON)';
    if (typeof error?.code === 'string')
        return describeFsError(error);
    return `could not be read again (${error instanceof Error ? error.message : String(error)})`;
}
/**
 * The redactor, remembering each answer: tool and model names repeat in every row. Only short
 * names are remembered, so that a hostile log of endless distinct names cannot fill memory.
 */
function memoised(redact) {
    const seen = new Map();
    return (value) => {
        let shown = seen.get(value);
        if (shown === undefined) {
            shown = redact(value);
            if (value.length <= 200 && seen.size < 100_000)
                seen.set(value, shown);
        }
        return shown;
    };
}
function mebibytes(bytes) {
    if (bytes < 1024 * 1024)
        return `${bytes} bytes`;
    return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`;
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function nonEmpty(value) {
    return typeof value === 'string' && value !== '' ? value : null;
}
function stringOf(value) {
    return typeof value === 'string' ? value : null;
}
function interactions_record(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : undefined;
}

;// CONCATENATED MODULE: ./src/serve/server.ts
/**
 * The read-only HTTP API of the guide, and the report page, with `node:http`: `GET /sessions`,
 * `GET /sessions/<id>`, `GET /sessions/<id>/interactions`, `GET /`, and the page's assets. Ids
 * are compared as exact strings once percent-decoded; nothing a request names is a path on disk,
 * so nothing outside the folder can be reached. Errors are JSON, `{ "error": "..." }`.
 */



const TYPES = {
    json: 'application/json; charset=utf-8',
    html: 'text/html; charset=utf-8',
    js: 'text/javascript; charset=utf-8',
    css: 'text/css; charset=utf-8',
};
/** Scripts, styles and data from this server alone; nothing inline, no frames, no forms. */
const PAGE_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
/** For everything but the page: nothing may run or load. */
const NONE_CSP = "default-src 'none'; frame-ancestors 'none'";
const COMMON_HEADERS = {
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
};
const notFound = (error) => ({
    status: 404,
    type: 'json',
    body: jsonText({ error }),
});
/** Loopback addresses: a server bound to one is reachable from this machine only. */
function isLoopback(host) {
    return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}
async function startServer(options) {
    const { data } = options;
    let allowedHosts = null;
    const server = (0,external_node_http_namespaceObject.createServer)((request, response) => {
        handle(request, response).catch((error) => {
            options.onError?.(error);
            if (!response.headersSent)
                send(response, { status: 500, type: 'json', body: jsonText({ error: 'internal error' }) });
            else
                response.destroy();
        });
    });
    async function handle(request, response) {
        const method = request.method ?? '';
        if (method !== 'GET' && method !== 'HEAD') {
            send(response, {
                status: 405,
                type: 'json',
                body: jsonText({
                    error: `method ${method} not allowed: this API is read-only (GET, HEAD)`,
                }),
                headers: { Allow: 'GET, HEAD' },
            });
            return;
        }
        // A page elsewhere may make a browser ask for a name it points at this machine (DNS
        // rebinding): on loopback, only requests addressed to loopback are answered.
        if (allowedHosts !== null && !allowedHosts.has((request.headers.host ?? '').toLowerCase())) {
            send(response, {
                status: 421,
                type: 'json',
                body: jsonText({
                    error: 'this server answers requests addressed to its loopback address only',
                }),
            });
            return;
        }
        const target = request.url ?? '';
        const rawPath = target.split(/[?#]/, 1)[0];
        if (!rawPath.startsWith('/')) {
            send(response, notFound('not found'));
            return;
        }
        const segments = rawPath.slice(1).split('/').map(decodeSegment);
        const [first, id, third, ...more] = segments;
        if (rawPath === '/') {
            send(response, {
                status: 200,
                type: 'html',
                body: data.page,
                headers: { 'Content-Security-Policy': PAGE_CSP },
            });
            return;
        }
        const asset = data.assets.get(rawPath);
        if (asset !== undefined) {
            send(response, { status: 200, type: asset.type, body: asset.body });
            return;
        }
        if (first !== 'sessions' || more.length > 0 || segments.includes(null)) {
            send(response, notFound('not found'));
            return;
        }
        if (id === undefined) {
            send(response, { status: 200, type: 'json', body: jsonText(data.sessions.list) });
            return;
        }
        const session = data.sessions.byId.get(id);
        if (session === undefined || third === '') {
            send(response, notFound(session === undefined ? 'no session with this id' : 'not found'));
            return;
        }
        if (third === undefined) {
            send(response, { status: 200, type: 'json', body: jsonText(session) });
            return;
        }
        if (third !== 'interactions') {
            send(response, notFound('not found'));
            return;
        }
        await sendRows(request, response, id);
    }
    /** A session's rows as a JSON array, read again from its files and written as they come. */
    async function sendRows(request, response, id) {
        response.writeHead(200, {
            ...COMMON_HEADERS,
            'Content-Type': TYPES.json,
            'Content-Security-Policy': NONE_CSP,
        });
        if (request.method === 'HEAD') {
            response.end();
            return;
        }
        const rows = interactionRows(data.sessions.sources.get(id) ?? [], {
            redact: data.redact,
            ...(options.onRowsSkipped && { onSkipped: options.onRowsSkipped }),
        });
        let separator = '[';
        for await (const row of rows) {
            if (response.destroyed)
                return;
            if (!response.write(`${separator}${jsonText(row)}`))
                await new Promise((resolve) => response.once('drain', resolve));
            separator = ',';
        }
        response.end(separator === '[' ? '[]' : ']');
    }
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port, options.host, () => {
            server.off('error', reject);
            resolve();
        });
    });
    const { port } = server.address();
    if (isLoopback(options.host))
        allowedHosts = new Set([
            '127.0.0.1',
            'localhost',
            '[::1]',
            options.host.includes(':') ? `[${options.host}]` : options.host,
        ].flatMap((name) => [name, `${name}:${port}`]));
    const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;
    return {
        url: `http://${shownHost}:${port}`,
        port,
        close: () => new Promise((resolve, reject) => {
            server.close((error) => (error ? reject(error) : resolve()));
            server.closeAllConnections();
        }),
    };
}
/** A path segment percent-decoded, or null when it is not valid percent-encoded UTF-8. */
function decodeSegment(segment) {
    try {
        return decodeURIComponent(segment);
    }
    catch {
        return null;
    }
}
function send(response, answer) {
    response.writeHead(answer.status, {
        ...COMMON_HEADERS,
        'Content-Type': TYPES[answer.type],
        'Content-Length': Buffer.byteLength(answer.body),
        'Content-Security-Policy': NONE_CSP,
        ...answer.headers,
    });
    response.end(answer.body);
}

;// CONCATENATED MODULE: ./src/serve/sessions.ts



/** Digits of a dollar kept, as the JSON report keeps them. */
const sessions_COST_DIGITS = 6;
function servedSessions(folder, found, outcomes, analysis) {
    const interactions = new Map();
    for (const file of analysis.files)
        interactions.set(file.sessionId, (interactions.get(file.sessionId) ?? 0) + file.interactions);
    const reported = new Map(toJsonReport(analysis, { title: '', commit: null, patterns: [] }).sessions.map((session) => [
        session.sessionId,
        session,
    ]));
    const list = analysis.sessions.map((session) => listItem(session, interactions.get(session.sessionId) ?? 0));
    const byId = new Map(list.map((item) => [item.session_id, { ...item, report: reported.get(item.session_id) }]));
    const sources = new Map();
    for (const source of rowSources(folder, found, outcomes, '', undefined)) {
        const id = source.read.digest.sessionId;
        const forSession = sources.get(id);
        if (forSession === undefined)
            sources.set(id, [source]);
        else
            forSession.push(source);
    }
    return { list, byId, sources };
}
function listItem(session, interactions) {
    const usage = session.usage;
    const priced = usage !== null && usage.models.some((model) => model.costUsd !== null);
    return {
        session_id: session.sessionId,
        start: session.firstActivity,
        end: session.lastActivity,
        interactions,
        ...(usage !== null && {
            tokens: (0,src_usage/* exportTokens */.p6)(usage.tokens),
        }),
        ...(priced && { cost_usd: roundUsd(usage.costUsd, sessions_COST_DIGITS) }),
    };
}

;// CONCATENATED MODULE: ./src/cli/serve.ts
/**
 * `claude-session-report serve [FOLDER]`: the report page and the guide's read-only API for the
 * session logs of a folder, on loopback, until stopped. The logs are read once, at start; a
 * session's interactions are read again from its files when asked for.
 */









const DEFAULT_PORT = 8080;
const DEFAULT_HOST = '127.0.0.1';
const serve_OPTIONS = {
    ...LOG_OPTIONS,
    port: { type: 'string' },
    host: { type: 'string' },
    title: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
};
const serveCommand = {
    name: 'serve',
    summary: 'serve the report page and a read-only JSON API of the session logs in a folder',
    help: `Usage: claude-session-report serve [FOLDER] [options]

Serves, until stopped with Ctrl-C, the report of the session logs in FOLDER as a page with charts
(GET /), and a read-only JSON API:

  GET /sessions                      the sessions: session_id, start, end, interactions, and
                                     tokens and cost_usd when the logs hold usage
  GET /sessions/<id>                 one session, with its entry of the JSON report
  GET /sessions/<id>/interactions    its interactions, one row each (the export's rows)

The logs are read once, at start (restart to see new ones), redacted as the action redacts them.
An unknown id or path gets 404, a method other than GET or HEAD 405, each with
{ "error": "..." }.

${LOG_OPTIONS_HELP}

Server:
  --port N                 the port (default: ${DEFAULT_PORT}; 0 for any free one)
  --host ADDRESS           the address to listen on (default: ${DEFAULT_HOST}, this machine only)
  --title TEXT             the page's heading (default: ${inputs/* DEFAULTS */.zY.title})
  -h, --help               show this help
`,
    async run(args, io) {
        const { values, positionals } = parseCommandArgs(args, serve_OPTIONS);
        if (values.help) {
            io.out(this.help);
            return EXIT_OK;
        }
        const port = parsePort(values.port);
        const host = values.host ?? DEFAULT_HOST;
        if (host === '')
            throw new UsageError('--host: expected an address, got nothing');
        const title = values.title ?? inputs/* DEFAULTS */.zY.title;
        const logs = await readFolderLogs(values, positionals, io);
        const sessions = servedSessions(logs.folder, logs.found, logs.outcomes, logs.analysis);
        const page = renderPage(logs.analysis, sessions.list, chartData(logs.analysis, logs.outcomes), {
            title,
            patterns: logs.patterns,
        });
        let server;
        try {
            server = await startServer({
                host,
                port,
                data: { sessions, page, assets: loadAssets(), redact: logs.redact },
                onRowsSkipped: (file, reason) => io.err(`warning: ${(0,log_text/* unseenEscaped */.i)(file)}: ${(0,log_text/* unseenEscaped */.i)(reason)}\n`),
                onError: (error) => io.err(`error: ${(0,log_text/* unseenEscaped */.i)(String(error))}\n`),
            });
        }
        catch (error) {
            const code = error.code;
            if (code === 'EADDRINUSE')
                throw new Error(`port ${port} of ${host} is in use; choose another with --port`);
            throw new Error(`could not listen on ${host}:${port}: ${code ?? String(error)}`);
        }
        if (!isLoopback(host))
            io.err(`warning: ${(0,log_text/* quoted */.T)(host)} is not a loopback address: anyone who can reach this machine ` +
                `on port ${server.port} can read these logs.\n`);
        io.err(`Serving ${format_plural(sessions.list.length, 'session')} of ${(0,log_text/* unseenEscaped */.i)(logs.folder)} at ` +
            `${server.url}/ (read at start; Ctrl-C stops).\n`);
        await stopped(io.signal);
        await server.close();
        return EXIT_OK;
    },
};
function parsePort(value) {
    if (value === undefined)
        return DEFAULT_PORT;
    if (!/^\d{1,5}$/.test(value) || Number(value) > 65_535)
        throw new UsageError(`--port is ${(0,log_text/* quoted */.T)(value)}: expected a port number from 0 to 65535`);
    return Number(value);
}
/** Resolves when the signal is aborted; never without one. */
function stopped(signal) {
    return new Promise((resolve) => {
        if (signal === undefined)
            return;
        if (signal.aborted)
            resolve();
        else
            signal.addEventListener('abort', () => resolve(), { once: true });
    });
}

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * `claude-session-report COMMAND ...`: finds the command and runs it, turning a usage error into a
 * message and exit code 2, and any other error into a message and exit code 1.
 */






const PROGRAM = 'claude-session-report';
/** Every subcommand, in the order the help lists them. */
const COMMANDS = [
    reportCommand,
    serveCommand,
    redactCommand,
    captureCommand,
];
function programHelp() {
    const width = Math.max(...COMMANDS.map((command) => command.name.length));
    const list = COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
    return `Usage: ${PROGRAM} COMMAND [options]

Reports on Claude Code session logs on this machine, as the GitHub Action does in CI, and
gets them into a repository with their secrets redacted.

Commands:
${list.join('\n')}

Run '${PROGRAM} COMMAND --help' for a command's options.
`;
}
/** Runs the command line given (without `node` and the script); resolves to the exit code. */
async function main(args, io) {
    const [name, ...rest] = args;
    if (name === undefined) {
        io.err(programHelp());
        return EXIT_USAGE;
    }
    if (name === '--help' || name === '-h' || name === 'help') {
        io.out(programHelp());
        return EXIT_OK;
    }
    const command = COMMANDS.find((candidate) => candidate.name === name);
    if (command === undefined) {
        io.err(`${PROGRAM}: unknown command '${(0,log_text/* unseenEscaped */.i)(name)}'\n` +
            `Run '${PROGRAM} --help' for the commands.\n`);
        return EXIT_USAGE;
    }
    try {
        return await command.run(rest, io);
    }
    catch (error) {
        if (error instanceof UsageError) {
            io.err(`${PROGRAM} ${command.name}: ${(0,log_text/* unseenEscaped */.i)(error.message)}\n` +
                `Run '${PROGRAM} ${command.name} --help' for its usage.\n`);
            return EXIT_USAGE;
        }
        io.err(`${PROGRAM} ${command.name}: ${(0,log_text/* unseenEscaped */.i)(error instanceof Error ? error.message : String(error))}\n`);
        return EXIT_FAILED;
    }
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* binding */ emptyLineFacts),
/* harmony export */   OL: () => (/* binding */ emptyBlockFacts),
/* harmony export */   Q$: () => (/* binding */ clearUsageFacts),
/* harmony export */   Rx: () => (/* binding */ TEXT_START_CHARS),
/* harmony export */   U9: () => (/* binding */ count),
/* harmony export */   _Q: () => (/* binding */ emptyUsageFacts),
/* harmony export */   a7: () => (/* binding */ clearBlockFacts),
/* harmony export */   tt: () => (/* binding */ clearLineFacts),
/* harmony export */   up: () => (/* binding */ factsOfValue)
/* harmony export */ });
/* unused harmony export usageOf */
/**
 * What the digest needs from one transcript line: a handful of small fields. Both the streaming
 * scanner and the `JSON.parse` reference fill this shape, so the digest rules exist once.
 */
/** Characters of a prompt's start kept to tell a typed prompt from command output. */
const TEXT_START_CHARS = 32;
/**
 * Empties a line's facts for the next line, in place: a scanner reads tens of thousands of lines,
 * and its sink copies what it keeps. A fresh `blocks` array, when the line had blocks.
 */
function clearLineFacts(facts) {
    facts.type = undefined;
    facts.timestamp = undefined;
    facts.sessionId = undefined;
    facts.agentId = undefined;
    facts.version = undefined;
    facts.gitBranch = undefined;
    facts.cwd = undefined;
    facts.subtype = undefined;
    facts.durationMs = undefined;
    facts.isSidechain = false;
    facts.isMeta = false;
    facts.isCompactSummary = false;
    facts.isApiErrorMessage = false;
    facts.messageId = undefined;
    facts.model = undefined;
    facts.content = 'none';
    facts.contentStart = undefined;
    if (facts.blocks.length > 0)
        facts.blocks = [];
    facts.usage = undefined;
}
function clearBlockFacts(block) {
    block.type = '';
    block.id = undefined;
    block.name = undefined;
    block.toolUseId = undefined;
    block.isError = false;
    block.textStart = undefined;
}
function clearUsageFacts(usage) {
    usage.input = 0;
    usage.output = 0;
    usage.cacheCreation = 0;
    usage.cache5m = undefined;
    usage.cache1h = undefined;
    usage.cacheRead = 0;
    usage.webSearches = 0;
    usage.speed = undefined;
    usage.geo = undefined;
}
function emptyLineFacts() {
    return {
        type: undefined,
        timestamp: undefined,
        sessionId: undefined,
        agentId: undefined,
        version: undefined,
        gitBranch: undefined,
        cwd: undefined,
        subtype: undefined,
        durationMs: undefined,
        isSidechain: false,
        isMeta: false,
        isCompactSummary: false,
        isApiErrorMessage: false,
        messageId: undefined,
        model: undefined,
        content: 'none',
        contentStart: undefined,
        blocks: [],
        usage: undefined,
    };
}
function emptyBlockFacts() {
    return {
        type: '',
        id: undefined,
        name: undefined,
        toolUseId: undefined,
        isError: false,
        textStart: undefined,
    };
}
function emptyUsageFacts() {
    return {
        input: 0,
        output: 0,
        cacheCreation: 0,
        cache5m: undefined,
        cache1h: undefined,
        cacheRead: 0,
        webSearches: 0,
        speed: undefined,
        geo: undefined,
    };
}
/**
 * The facts of a line parsed with `JSON.parse`: the reference the scanner is tested against, and
 * the reader of execution files' messages, which have the same `message` shape.
 */
function factsOfValue(value) {
    const facts = emptyLineFacts();
    if (!isRecord(value))
        return facts;
    facts.type = text(value.type);
    facts.timestamp = text(value.timestamp);
    facts.sessionId = text(value.sessionId);
    facts.agentId = text(value.agentId);
    facts.version = text(value.version);
    facts.gitBranch = text(value.gitBranch);
    facts.cwd = text(value.cwd);
    facts.subtype = text(value.subtype);
    facts.durationMs = typeof value.durationMs === 'number' ? value.durationMs : undefined;
    facts.isSidechain = value.isSidechain === true;
    facts.isMeta = value.isMeta === true;
    facts.isCompactSummary = value.isCompactSummary === true;
    facts.isApiErrorMessage = value.isApiErrorMessage === true;
    const message = value.message;
    if (!isRecord(message))
        return facts;
    facts.messageId = text(message.id);
    facts.model = text(message.model);
    const content = message.content;
    if (typeof content === 'string') {
        facts.content = 'string';
        facts.contentStart = content.slice(0, TEXT_START_CHARS);
    }
    else if (Array.isArray(content)) {
        facts.content = 'array';
        for (const item of content) {
            if (!isRecord(item))
                continue;
            const block = emptyBlockFacts();
            block.type = text(item.type) ?? '';
            block.id = text(item.id);
            block.name = text(item.name);
            block.toolUseId = text(item.tool_use_id);
            block.isError = item.is_error === true;
            const body = text(item.text);
            block.textStart = body?.slice(0, TEXT_START_CHARS);
            facts.blocks.push(block);
        }
    }
    if (isRecord(message.usage))
        facts.usage = usageOf(message.usage);
    return facts;
}
/** Tokens of an API `usage` object (a message's, or an execution result's). */
function usageOf(usage) {
    const facts = emptyUsageFacts();
    facts.input = count(usage.input_tokens);
    facts.output = count(usage.output_tokens);
    facts.cacheCreation = count(usage.cache_creation_input_tokens);
    facts.cacheRead = count(usage.cache_read_input_tokens);
    if (isRecord(usage.cache_creation)) {
        const split = usage.cache_creation;
        if (typeof split.ephemeral_5m_input_tokens === 'number')
            facts.cache5m = count(split.ephemeral_5m_input_tokens);
        if (typeof split.ephemeral_1h_input_tokens === 'number')
            facts.cache1h = count(split.ephemeral_1h_input_tokens);
    }
    if (isRecord(usage.server_tool_use))
        facts.webSearches = count(usage.server_tool_use.web_search_requests);
    facts.speed = text(usage.speed);
    facts.geo = text(usage.inference_geo);
    return facts;
}
/** A token count: a finite number of zero or more, anything else 0. */
function count(value) {
    return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}
function text(value) {
    return typeof value === 'string' ? value : undefined;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 51:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  p: () => (/* binding */ TranscriptLineScanner)
});

// UNUSED EXPORTS: KEPT_STRING_LIMIT

// EXTERNAL MODULE: ./src/formats/claude-code/line-facts.ts
var line_facts = __nccwpck_require__(311);
// EXTERNAL MODULE: ./src/formats/structural-index.ts + 1 modules
var structural_index = __nccwpck_require__(781);
;// CONCATENATED MODULE: ./src/formats/json-bytes.ts
/**
 * Byte-level steps of the transcript scanner, which goes byte by byte: finding the quote that
 * closes a string, with SIMD in the structural index's memory (where files are read), four bytes
 * at a time elsewhere.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
/** Strings up to this long are searched in JavaScript: a native search costs more to start. */
const SHORT = 48;
/** A view of a chunk's bytes for reading four of them at once. */
function viewOf(b) {
    return new DataView(b.buffer, b.byteOffset, b.length);
}
/**
 * The index of the quote that closes a string whose content starts at `from` (a byte no backslash
 * escapes), before `end`, or -1. Backslashes before a quote are counted back to `floor` (where the
 * string's bytes begin in this chunk). `view` is `viewOf(b)`.
 */
function closingQuote(b, view, from, floor, end) {
    const index = (0,structural_index/* structuralIndex */.Gx)();
    if (index.holds(b))
        return index.stringEnd(b, from, end);
    const near = Math.min(end, from + SHORT);
    let j = from;
    // Four bytes at a time while none is a quote or a backslash (a zero byte of `word ^ 0x22…`).
    while (j + 4 <= near) {
        const word = view.getInt32(j, true);
        const quote = word ^ 0x22222222;
        const backslash = word ^ 0x5c5c5c5c;
        if ((((quote - 0x01010101) & ~quote) | ((backslash - 0x01010101) & ~backslash)) & 0x80808080)
            break;
        j += 4;
    }
    // An escaped byte is stepped over with its backslash, so `j` ends on a byte not escaped.
    for (; j < near; j++) {
        const c = b[j];
        if (c === QUOTE)
            return j;
        if (c === BACKSLASH)
            j++;
    }
    if (j >= end)
        return -1;
    for (;;) {
        j = b.indexOf(QUOTE, j);
        if (j === -1 || j >= end)
            return -1;
        let k = j - 1;
        while (k >= floor && b[k] === BACKSLASH)
            k--;
        if (((j - 1 - k) & 1) === 0)
            return j;
        j++;
    }
}
/** Whether the bytes end with an odd run of backslashes, so the next byte is escaped. */
function trailingEscape(b, floor, end) {
    let k = end - 1;
    while (k >= floor && b[k] === BACKSLASH)
        k--;
    return ((end - 1 - k) & 1) === 1;
}

// EXTERNAL MODULE: ./src/formats/key-table.ts
var key_table = __nccwpck_require__(374);
// EXTERNAL MODULE: ./src/formats/recent-strings.ts
var recent_strings = __nccwpck_require__(90);
;// CONCATENATED MODULE: ./src/formats/claude-code/line-scanner.ts





// What the scanner expects next, as in the JSON grammar.
const VALUE = 0;
const KEY_OR_END = 1;
const KEY = 2;
const COLON = 3;
const VALUE_OR_END = 4;
const COMMA_OR_END = 5;
const AFTER_END = 6;
// The role of an open container whose members feed facts. Odd roles are objects.
const LINE = 1;
const CONTENT = 2;
const MESSAGE = 3;
const BLOCK = 5;
const USAGE = 7;
const CACHE_SPLIT = 9;
const SERVER_TOOL = 11;
// Where a value goes: the slot set by its key (or by the array it is in).
const NOWHERE = 0;
const ROOT = 1;
const TYPE = 2;
const TIMESTAMP = 3;
const SESSION_ID = 4;
const AGENT_ID = 5;
const VERSION = 6;
const BRANCH = 7;
const CWD = 8;
const SUBTYPE = 9;
const MODEL = 10;
const MESSAGE_ID = 11;
const BLOCK_TYPE = 12;
const BLOCK_ID = 13;
const BLOCK_NAME = 14;
const TOOL_USE_ID = 15;
const SPEED = 16;
const GEO = 17;
/** Slots below this one keep their whole string; the next two keep only its start. */
const LAST_WHOLE_STRING = GEO;
const CONTENT_VALUE = 18;
const BLOCK_TEXT = 19;
const DURATION = 20;
const IS_SIDECHAIN = 21;
const IS_META = 22;
const IS_COMPACT = 23;
const IS_API_ERROR = 24;
const IS_ERROR = 25;
const MESSAGE_VALUE = 26;
const USAGE_VALUE = 27;
const BLOCK_ITEM = 28;
const INPUT = 29;
const OUTPUT = 30;
const CACHE_CREATION = 31;
const CACHE_READ = 32;
const CACHE_SPLIT_VALUE = 33;
const CACHE_5M = 34;
const CACHE_1H = 35;
const SERVER_TOOL_VALUE = 36;
const WEB_SEARCHES = 37;
const TOOL_USE_RESULT = 38;
// A token cut by the end of a chunk, resumed with the next one.
const NO_TOKEN = 0;
const STRING_TOKEN = 1;
const NUMBER_TOKEN = 2;
const LITERAL_TOKEN = 3;
const line_scanner_QUOTE = 0x22;
const line_scanner_BACKSLASH = 0x5c;
const NEWLINE = 0x0a;
const KEYS_OF = {
    [LINE]: [
        ['type', TYPE],
        ['timestamp', TIMESTAMP],
        ['sessionId', SESSION_ID],
        ['agentId', AGENT_ID],
        ['version', VERSION],
        ['gitBranch', BRANCH],
        ['cwd', CWD],
        ['subtype', SUBTYPE],
        ['durationMs', DURATION],
        ['isSidechain', IS_SIDECHAIN],
        ['isMeta', IS_META],
        ['isCompactSummary', IS_COMPACT],
        ['isApiErrorMessage', IS_API_ERROR],
        ['message', MESSAGE_VALUE],
        ['toolUseResult', TOOL_USE_RESULT],
    ],
    [MESSAGE]: [
        ['id', MESSAGE_ID],
        ['model', MODEL],
        ['content', CONTENT_VALUE],
        ['usage', USAGE_VALUE],
    ],
    [BLOCK]: [
        ['type', BLOCK_TYPE],
        ['id', BLOCK_ID],
        ['name', BLOCK_NAME],
        ['tool_use_id', TOOL_USE_ID],
        ['is_error', IS_ERROR],
        ['text', BLOCK_TEXT],
    ],
    [USAGE]: [
        ['input_tokens', INPUT],
        ['output_tokens', OUTPUT],
        ['cache_creation_input_tokens', CACHE_CREATION],
        ['cache_read_input_tokens', CACHE_READ],
        ['cache_creation', CACHE_SPLIT_VALUE],
        ['server_tool_use', SERVER_TOOL_VALUE],
        ['speed', SPEED],
        ['inference_geo', GEO],
    ],
    [CACHE_SPLIT]: [
        ['ephemeral_5m_input_tokens', CACHE_5M],
        ['ephemeral_1h_input_tokens', CACHE_1H],
    ],
    [SERVER_TOOL]: [['web_search_requests', WEB_SEARCHES]],
};
/** Per role, the keys it reads, looked up from their bytes. */
const KEY_TABLES = (0,key_table/* keyTables */.RO)(KEYS_OF);
/** The container role a slot opens, when its value is an object (odd) or an array (even). */
const OPENS = {
    [ROOT]: LINE,
    [MESSAGE_VALUE]: MESSAGE,
    [CONTENT_VALUE]: CONTENT,
    [BLOCK_ITEM]: BLOCK,
    [USAGE_VALUE]: USAGE,
    [CACHE_SPLIT_VALUE]: CACHE_SPLIT,
    [SERVER_TOOL_VALUE]: SERVER_TOOL,
};
/**
 * The same reading, for a whole line walked in the structural index's module: `toolUseResult`
 * ends what is read of a line once its type and timestamp came (`skipsRest`).
 */
const SCHEMA = {
    root: ROOT,
    keysOf: KEYS_OF,
    opens: OPENS,
    itemSlot: { [CONTENT]: BLOCK_ITEM },
    rest: { slot: TOOL_USE_RESULT, after: [TYPE, TIMESTAMP] },
};
const LITERALS = [encode('true'), encode('false'), encode('null')];
/**
 * Per slot, its last few values, shared by the files a thread reads: a session's id, versions,
 * branch, models and types repeat from line to line and from file to file.
 */
const RECENT = Array.from({ length: LAST_WHOLE_STRING + 1 }, (_, slot) => new recent_strings/* RecentStrings */.c(slot === MESSAGE_ID ? 2 : 4));
/** Longest string a whole-string slot keeps (an id, a model, a path): a longer one breaks the line. */
const KEPT_STRING_LIMIT = 64 * 1024;
/** Longer than any key read, so that a long key is never kept whole. */
const KEY_LIMIT = 64;
/** Bytes of a prompt kept to read its first `TEXT_START_CHARS` characters. */
const START_BYTES = line_facts/* TEXT_START_CHARS */.Rx * 4;
/** A line found not to be JSON: the rest of it is passed over. */
class BadLine {
    reason;
    constructor(reason) {
        this.reason = reason;
    }
}
/**
 * A streaming reader of Claude Code transcripts (JSON lines). It finds each line's end with a
 * native search for the newline, then walks the line's JSON chunk by chunk, reading only the
 * fields `LineFacts` holds: every other value (tool results, `toolUseResult` copies, thinking,
 * inputs) is stepped over, strings by a native search for their closing quote, without ever being
 * decoded. A line of any size streams through in the memory of one chunk.
 *
 * A whole line in the structural index's memory (where files are read) is walked there first, in
 * one call that hands back only the values read (`walkLine`); a line it leaves alone (cut by the
 * chunk's end, not valid, with a float or an escaped key) is read here, byte by byte, as any line
 * elsewhere is.
 *
 * Deliberately lenient inside what is stepped over: a skipped value is only followed far enough
 * to find its end (its strings and brackets), so an invalid escape or number there goes unnoticed
 * where `JSON.parse` would refuse the line, as does an invalid escape in a key it does not read.
 * Everything the report reads is checked strictly.
 */
class TranscriptLineScanner {
    sink;
    facts = (0,line_facts/* emptyLineFacts */.$2)();
    block = (0,line_facts/* emptyBlockFacts */.OL)();
    usage = (0,line_facts/* emptyUsageFacts */._Q)();
    /** The block objects of the line's blocks, reused from line to line. */
    blocks = [];
    blockCount = 0;
    lineNumber = 1;
    /** Anything but whitespace seen on this line. */
    started = false;
    bad = null;
    /** The rest of the line holds nothing the report reads: only its end is looked for. */
    restSkipped = false;
    topIsObject = false;
    bomBytes = 0;
    /** Nothing of this line was read yet. */
    fresh = true;
    expect = VALUE;
    slot = ROOT;
    /** Roles of the open containers whose members are read, `depth` of them, innermost last. */
    roles = [];
    depth = 0;
    role = 0;
    /** Depth inside a value that is stepped over (0 when reading). */
    skipDepth = 0;
    /** The current chunk, to read four bytes at once. */
    view = viewOf(Buffer.alloc(0));
    // The token cut by the end of the previous chunk, if any.
    token = NO_TOKEN;
    stringIsKey = false;
    stringKept = false;
    escapePending = false;
    pieces = [];
    keptBytes = 0;
    numberText = '';
    literal = 0;
    literalAt = 0;
    constructor(sink) {
        this.sink = sink;
    }
    /** Feeds the next bytes of the file. */
    push(chunk) {
        this.view = viewOf(chunk);
        let i = 0;
        // A leading byte-order mark is dropped, as TextDecoder drops it.
        while (this.bomBytes < 3 && i < chunk.length) {
            if (chunk[i] !== [0xef, 0xbb, 0xbf][this.bomBytes]) {
                this.bomBytes = 3;
                break;
            }
            this.bomBytes++;
            i++;
        }
        const n = chunk.length;
        while (i < n) {
            const newline = chunk.indexOf(NEWLINE, i);
            const end = newline === -1 ? n : newline;
            if (this.bad === null && !this.restSkipped && i < end) {
                try {
                    if (newline === -1 || !this.fresh || !this.walk(chunk, i, end)) {
                        this.fresh = false;
                        this.scan(chunk, i, end);
                    }
                }
                catch (error) {
                    if (!(error instanceof BadLine))
                        throw error;
                    this.bad = error;
                }
            }
            if (newline === -1)
                return;
            this.endLine();
            i = newline + 1;
        }
    }
    /** The top-level `type` of the line being read, when it is an object and the type came already. */
    typeSoFar() {
        return this.topIsObject && this.bad === null ? this.facts.type : undefined;
    }
    /** Ends the file: a last line without a newline is a line too. */
    end() {
        if (this.restSkipped)
            this.bad = new BadLine('the line ends before its JSON value does (truncated?)');
        this.endLine();
    }
    endLine() {
        const number = this.lineNumber++;
        if (this.restSkipped) {
            this.token = NO_TOKEN;
            this.expect = AFTER_END;
        }
        if (this.bad === null && this.started) {
            if (this.token === NUMBER_TOKEN && this.depth === 0 && this.skipDepth === 0) {
                // A line that is only a number ends with it.
                this.token = NO_TOKEN;
                this.expect = AFTER_END;
            }
            if (this.token !== NO_TOKEN || this.expect !== AFTER_END)
                this.bad = new BadLine(this.token === STRING_TOKEN
                    ? 'the line ends inside a string (truncated?)'
                    : 'the line ends before its JSON value does (truncated?)');
        }
        if (this.bad !== null)
            this.sink.badLine(number, this.bad.reason);
        else if (this.started)
            this.sink.line(this.facts, this.topIsObject, number);
        this.reset();
    }
    reset() {
        if (this.started) {
            (0,line_facts/* clearLineFacts */.tt)(this.facts);
            this.blockCount = 0;
            this.started = false;
        }
        this.bad = null;
        this.fresh = true;
        this.restSkipped = false;
        this.topIsObject = false;
        this.expect = VALUE;
        this.slot = ROOT;
        this.depth = 0;
        this.role = 0;
        this.skipDepth = 0;
        this.token = NO_TOKEN;
        this.escapePending = false;
        if (this.pieces.length > 0)
            this.pieces = [];
        this.keptBytes = 0;
    }
    /** Reads the bytes `from..end` of one line (end is the line's end, or the chunk's). */
    scan(b, from, end) {
        let i = from;
        if (this.token !== NO_TOKEN) {
            i = this.resume(b, i, end);
            if (i < 0)
                return;
        }
        if (this.skipDepth > 0) {
            i = this.skip(b, i, end);
            if (i < 0)
                return;
            this.afterValue();
        }
        while (i < end) {
            const c = b[i];
            if (c === 0x20 || c === 0x0d || c === 0x09) {
                i++;
                continue;
            }
            this.started = true;
            switch (this.expect) {
                case COMMA_OR_END:
                    if (c === 0x2c) {
                        i++;
                        this.expect = this.role & 1 ? KEY : VALUE;
                        this.slot = this.role === CONTENT ? BLOCK_ITEM : NOWHERE;
                        continue;
                    }
                    if (c === (this.role & 1 ? 0x7d : 0x5d)) {
                        i++;
                        this.close();
                        continue;
                    }
                    throw unexpected(b, i, `expected ',' or '${this.role & 1 ? '}' : ']'}'`);
                case KEY_OR_END:
                    if (c === 0x7d) {
                        i++;
                        this.close();
                        continue;
                    }
                    this.expect = KEY;
                    continue;
                case KEY: {
                    if (c !== line_scanner_QUOTE)
                        throw unexpected(b, i, 'expected a property name in double quotes');
                    const close = closingQuote(b, this.view, i + 1, i + 1, end);
                    if (close === -1)
                        return this.cut(b, i + 1, end, true);
                    this.keyDone(b, i + 1, close);
                    if (this.slot === TOOL_USE_RESULT && this.skipsRest())
                        return;
                    i = close + 1;
                    // The colon usually follows at once: take it here rather than on another turn.
                    if (b[i] === 0x3a) {
                        i++;
                        this.expect = VALUE;
                    }
                    else {
                        this.expect = COLON;
                    }
                    continue;
                }
                case COLON:
                    if (c !== 0x3a)
                        throw unexpected(b, i, "expected ':' after a property name");
                    i++;
                    this.expect = VALUE;
                    continue;
                case VALUE_OR_END:
                    if (c === 0x5d) {
                        i++;
                        this.close();
                        continue;
                    }
                    this.expect = VALUE;
                    continue;
                case VALUE:
                    if (c === line_scanner_QUOTE) {
                        const close = closingQuote(b, this.view, i + 1, i + 1, end);
                        if (close === -1)
                            return this.cut(b, i + 1, end, false);
                        if (keepsString(this.slot))
                            this.stringDone(b, i + 1, close);
                        this.afterValue();
                        i = close + 1;
                        continue;
                    }
                    if (c === 0x7b || c === 0x5b) {
                        i++;
                        const role = OPENS[this.slot];
                        if (role !== undefined && (role & 1) === (c === 0x7b ? 1 : 0)) {
                            this.open(role);
                            continue;
                        }
                        this.skipDepth = 1;
                        i = this.skip(b, i, end);
                        if (i < 0)
                            return;
                        this.afterValue();
                        continue;
                    }
                    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
                        const stop = numberEnd(b, i + 1, end);
                        if (stop === end) {
                            this.token = NUMBER_TOKEN;
                            this.numberText = b.toString('latin1', i, end);
                            return;
                        }
                        this.numberDone(stop - i <= 15 ? integerAt(b, i, stop) : -1, b, i, stop);
                        i = stop;
                        continue;
                    }
                    this.literal = c === 0x74 ? 0 : c === 0x66 ? 1 : c === 0x6e ? 2 : -1;
                    if (this.literal === -1)
                        throw unexpected(b, i, 'expected a value');
                    this.literalAt = 0;
                    {
                        const stop = this.literalFrom(b, i, end);
                        if (stop === -1) {
                            this.token = LITERAL_TOKEN;
                            return;
                        }
                        this.literalDone();
                        i = stop;
                    }
                    continue;
                default:
                    throw unexpected(b, i, 'unexpected text after the end of the JSON value');
            }
        }
    }
    /**
     * Reads the whole line `b[start..end)` from the events of its walk in the module; false, with
     * nothing read, when the walk leaves the line to `scan`.
     */
    walk(b, start, end) {
        const index = (0,structural_index/* structuralIndex */.Gx)();
        if (!index.holds(b))
            return false;
        const count = index.walkLine(b, start, end, SCHEMA);
        if (count < 0)
            return false;
        this.fresh = false;
        this.started = true;
        const events = index.events;
        const offset = b.byteOffset;
        for (let e = 0; e < count * 3; e += 3) {
            const word = events[e];
            const slot = word & 0xff;
            switch (word >> 8) {
                case structural_index/* WALK_STRING */.kb:
                    if (keepsString(slot)) {
                        this.slot = slot;
                        this.stringDone(b, events[e + 1] - offset, events[e + 2] - offset);
                    }
                    break;
                case structural_index/* WALK_NUMBER */.q8: {
                    const from = events[e + 1] - offset;
                    const to = events[e + 2] - offset;
                    this.slot = slot;
                    this.numberDone(integerAt(b, from, to), b, from, to);
                    break;
                }
                case structural_index/* WALK_TRUE */.ZM:
                    this.slot = slot;
                    this.literal = 0;
                    this.literalDone();
                    break;
                case structural_index/* WALK_OPEN */.le:
                    this.open(slot);
                    break;
                case structural_index/* WALK_CLOSE */.Ft:
                    this.close();
                    break;
                case structural_index/* WALK_REST */.vK:
                    this.restSkipped = true;
                    break;
            }
        }
        return true;
    }
    /** Finishes the token cut by the previous chunk; returns where reading goes on, or -1. */
    resume(b, from, end) {
        if (this.token === STRING_TOKEN) {
            let start = from;
            if (this.escapePending) {
                if (start >= end)
                    return -1;
                start++;
                this.escapePending = false;
            }
            const close = closingQuote(b, this.view, start, start, end);
            if (close === -1) {
                this.escapePending = trailingEscape(b, start, end);
                if (this.stringKept)
                    this.keep(b.subarray(from, end));
                return -1;
            }
            this.token = NO_TOKEN;
            if (this.stringKept)
                this.keep(b.subarray(from, close));
            if (this.stringKept) {
                const bytes = Buffer.concat(this.pieces);
                this.pieces = [];
                this.keptBytes = 0;
                if (this.stringIsKey) {
                    this.keyDone(bytes, 0, bytes.length);
                    this.expect = COLON;
                    if (this.slot === TOOL_USE_RESULT && this.skipsRest())
                        return -1;
                }
                else {
                    this.stringDone(bytes, 0, bytes.length);
                    this.afterValue();
                }
            }
            else if (this.stringIsKey) {
                this.slot = NOWHERE;
                this.expect = COLON;
            }
            else if (this.skipDepth === 0) {
                this.afterValue();
            }
            return close + 1;
        }
        if (this.token === NUMBER_TOKEN) {
            const stop = numberEnd(b, from, end);
            this.numberText += b.toString('latin1', from, stop);
            if (stop === end)
                return -1;
            this.token = NO_TOKEN;
            const text = Buffer.from(this.numberText, 'latin1');
            this.numberDone(-1, text, 0, text.length);
            return stop;
        }
        const stop = this.literalFrom(b, from, end);
        if (stop === -1)
            return -1;
        this.token = NO_TOKEN;
        this.literalDone();
        return stop;
    }
    /**
     * Steps over the inside of a skipped object or array up to its closing bracket: only strings
     * and brackets matter. Returns the index after it, or -1 when the bytes end first.
     */
    skip(b, from, end) {
        let depth = this.skipDepth;
        let i = from;
        while (i < end) {
            const c = b[i];
            if (c === line_scanner_QUOTE) {
                const close = closingQuote(b, this.view, i + 1, i + 1, end);
                if (close === -1) {
                    this.skipDepth = depth;
                    this.cut(b, i + 1, end, false);
                    return -1;
                }
                i = close + 1;
                continue;
            }
            if (c === 0x7b || c === 0x5b)
                depth++;
            else if ((c === 0x7d || c === 0x5d) && --depth === 0) {
                this.skipDepth = 0;
                return i + 1;
            }
            i++;
        }
        this.skipDepth = depth;
        return -1;
    }
    /** Remembers a string cut by the bytes' end: kept bytes, and whether a backslash is pending. */
    cut(b, start, end, isKey) {
        this.token = STRING_TOKEN;
        this.stringIsKey = isKey;
        this.escapePending = trailingEscape(b, start, end);
        this.pieces = [];
        this.keptBytes = 0;
        this.stringKept = isKey || (this.skipDepth === 0 && keepsString(this.slot));
        if (this.stringKept)
            this.keep(b.subarray(start, end));
    }
    keep(piece) {
        if (this.stringIsKey) {
            // No key read is longer than this: a longer one is stepped over, and so is its value.
            if (this.keptBytes + piece.length > KEY_LIMIT) {
                this.stringKept = false;
                this.pieces = [];
                return;
            }
        }
        else if (this.slot > LAST_WHOLE_STRING) {
            // Only the start of a prompt is read.
            if (this.keptBytes >= START_BYTES)
                return;
            piece = piece.subarray(0, START_BYTES - this.keptBytes);
        }
        else if (this.keptBytes + piece.length > KEPT_STRING_LIMIT) {
            throw new BadLine(`a field the report reads is over ${KEPT_STRING_LIMIT / 1024} KiB`);
        }
        this.keptBytes += piece.length;
        this.pieces.push(Buffer.from(piece));
    }
    keyDone(b, start, end) {
        const table = KEY_TABLES[this.role];
        const slot = table === undefined ? NOWHERE : table.slotOf(b, start, end);
        this.slot = slot === key_table/* ESCAPED_KEY */.el ? table.slotOfName(decode(b, start, end)) : slot;
    }
    /**
     * `toolUseResult` repeats a tool's result in a structure of its own, often the largest part of
     * the line, and comes after the fields the report reads (`type`, `timestamp`, the message): once
     * those were seen, the rest of the line is passed over to its newline, unchecked. The fields some
     * versions write after it (`cwd`, `sessionId`, `version`, `gitBranch`) are on every other line.
     */
    skipsRest() {
        if (this.depth !== 1 || this.facts.type === undefined || this.facts.timestamp === undefined)
            return false;
        this.restSkipped = true;
        return true;
    }
    stringDone(b, start, end) {
        const slot = this.slot;
        if (slot > LAST_WHOLE_STRING) {
            if (slot === CONTENT_VALUE) {
                this.facts.content = 'string';
                this.facts.contentStart = startOf(b, start, end);
            }
            else if (slot === BLOCK_TEXT) {
                this.block.textStart = startOf(b, start, end);
            }
            return;
        }
        const value = this.text(slot, b, start, end);
        const facts = this.facts;
        switch (slot) {
            case TYPE:
                facts.type = value;
                return;
            case TIMESTAMP:
                facts.timestamp = value;
                return;
            case SESSION_ID:
                facts.sessionId = value;
                return;
            case AGENT_ID:
                facts.agentId = value;
                return;
            case VERSION:
                facts.version = value;
                return;
            case BRANCH:
                facts.gitBranch = value;
                return;
            case CWD:
                facts.cwd = value;
                return;
            case SUBTYPE:
                facts.subtype = value;
                return;
            case MODEL:
                facts.model = value;
                return;
            case MESSAGE_ID:
                facts.messageId = value;
                return;
            case BLOCK_TYPE:
                this.block.type = value;
                return;
            case BLOCK_ID:
                this.block.id = value;
                return;
            case BLOCK_NAME:
                this.block.name = value;
                return;
            case TOOL_USE_ID:
                this.block.toolUseId = value;
                return;
            case SPEED:
                this.usage.speed = value;
                return;
            case GEO:
                this.usage.geo = value;
                return;
        }
    }
    /** A kept string's text: decoded, or the same bytes' text decoded lately. */
    text(slot, b, start, end) {
        // Timestamps and block ids are new on every line.
        if (end - start > recent_strings/* RecentStrings */.c.LONGEST ||
            slot === TIMESTAMP ||
            slot === BLOCK_ID ||
            slot === TOOL_USE_ID)
            return decode(b, start, end);
        const recent = RECENT[slot];
        const known = recent.find(b, start, end);
        if (known !== undefined)
            return known;
        const text = decode(b, start, end);
        recent.add(b, start, end, text);
        return text;
    }
    /** A number ends: `integer` is its value when it is a plain integer (-1 when not known). */
    numberDone(integer, b, start, end) {
        let value = integer;
        if (value < 0) {
            const text = b.toString('latin1', start, end);
            if (!/^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(text))
                throw new BadLine('invalid number');
            value = Number(text);
        }
        const tokens = value > 0 && Number.isFinite(value) ? value : 0;
        switch (this.slot) {
            case DURATION:
                this.facts.durationMs = value;
                break;
            case INPUT:
                this.usage.input = tokens;
                break;
            case OUTPUT:
                this.usage.output = tokens;
                break;
            case CACHE_CREATION:
                this.usage.cacheCreation = tokens;
                break;
            case CACHE_READ:
                this.usage.cacheRead = tokens;
                break;
            case CACHE_5M:
                this.usage.cache5m = tokens;
                break;
            case CACHE_1H:
                this.usage.cache1h = tokens;
                break;
            case WEB_SEARCHES:
                this.usage.webSearches = tokens;
                break;
        }
        this.afterValue();
    }
    literalDone() {
        if (this.literal === 0) {
            switch (this.slot) {
                case IS_SIDECHAIN:
                    this.facts.isSidechain = true;
                    break;
                case IS_META:
                    this.facts.isMeta = true;
                    break;
                case IS_COMPACT:
                    this.facts.isCompactSummary = true;
                    break;
                case IS_API_ERROR:
                    this.facts.isApiErrorMessage = true;
                    break;
                case IS_ERROR:
                    this.block.isError = true;
                    break;
            }
        }
        this.afterValue();
    }
    afterValue() {
        this.expect = this.depth === 0 ? AFTER_END : COMMA_OR_END;
    }
    open(role) {
        switch (role) {
            case LINE:
                this.topIsObject = true;
                break;
            case CONTENT:
                this.facts.content = 'array';
                break;
            case BLOCK:
                this.block = this.blocks[this.blockCount++] ??= (0,line_facts/* emptyBlockFacts */.OL)();
                (0,line_facts/* clearBlockFacts */.a7)(this.block);
                break;
            case USAGE:
                (0,line_facts/* clearUsageFacts */.Q$)(this.usage);
                break;
        }
        this.roles[this.depth++] = role;
        this.role = role;
        const object = (role & 1) === 1;
        this.expect = object ? KEY_OR_END : VALUE_OR_END;
        this.slot = role === CONTENT ? BLOCK_ITEM : NOWHERE;
    }
    close() {
        const role = this.roles[--this.depth];
        this.role = this.depth === 0 ? 0 : this.roles[this.depth - 1];
        if (role === BLOCK)
            this.facts.blocks.push(this.block);
        else if (role === USAGE)
            this.facts.usage = this.usage;
        this.afterValue();
    }
    /** Matches the rest of `true`, `false` or `null`; returns the index after it, or -1. */
    literalFrom(b, at, end) {
        const bytes = LITERALS[this.literal];
        let i = at;
        while (this.literalAt < bytes.length) {
            if (i >= end)
                return -1;
            if (b[i] !== bytes[this.literalAt])
                throw unexpected(b, i, 'expected a value');
            i++;
            this.literalAt++;
        }
        return i;
    }
}
/**
 * The value of the digits `start..end` when they are a plain integer without a leading zero, or
 * -1 (a sign, fraction or exponent is read by the slow path, which also checks the grammar).
 */
function integerAt(b, start, end) {
    if (b[start] === 0x30 && end - start > 1)
        return -1;
    let value = 0;
    for (let k = start; k < end; k++) {
        const digit = b[k] - 0x30;
        if (digit < 0 || digit > 9)
            return -1;
        value = value * 10 + digit;
    }
    return value;
}
/** Where the number starting before `from` ends: the first byte no number has, or `end`. */
function numberEnd(b, from, end) {
    let i = from;
    while (i < end) {
        const c = b[i];
        if ((c >= 0x30 && c <= 0x39) ||
            c === 0x2e ||
            c === 0x65 ||
            c === 0x45 ||
            c === 0x2b ||
            c === 0x2d)
            i++;
        else
            break;
    }
    return i;
}
/** Whether a string in this slot is read (the rest are stepped over, or of the wrong kind). */
function keepsString(slot) {
    return slot >= TYPE && slot <= BLOCK_TEXT;
}
/** Decodes a kept string's bytes, checking them as JSON.parse would. */
function decode(b, start, end) {
    let plain = true;
    for (let k = start; k < end; k++) {
        const c = b[k];
        if (c < 0x20 || c === line_scanner_BACKSLASH) {
            plain = false;
            break;
        }
    }
    const raw = b.toString('utf8', start, end);
    if (plain)
        return raw;
    try {
        return JSON.parse(`"${raw}"`);
    }
    catch {
        throw new BadLine('invalid escape or control character in a string');
    }
}
/**
 * The first characters of a prompt, read leniently: an escape cut short or a character cut in
 * two at the end is dropped, since only the start is compared.
 */
function startOf(b, start, end) {
    // Plain ASCII, the usual start, is its own text.
    const ascii = Math.min(end, start + line_facts/* TEXT_START_CHARS */.Rx);
    let k = start;
    while (k < ascii && b[k] >= 0x20 && b[k] < 0x7f && b[k] !== line_scanner_BACKSLASH)
        k++;
    if (k === ascii)
        return b.toString('latin1', start, k);
    const raw = b.toString('utf8', start, Math.min(end, start + START_BYTES));
    let text;
    try {
        text = JSON.parse(`"${raw.replace(/\\u?[0-9a-fA-F]{0,3}$|\\$/, '')}"`);
    }
    catch {
        text = raw;
    }
    return text.slice(0, line_facts/* TEXT_START_CHARS */.Rx);
}
function unexpected(b, i, expected) {
    const byte = b[i];
    const found = byte < 0x20 || byte === 0x7f
        ? `control character U+${byte.toString(16).toUpperCase().padStart(4, '0')}`
        : byte < 0x7f
            ? `'${String.fromCharCode(byte)}'`
            : 'a non-ASCII character';
    return new BadLine(`${expected}, found ${found}`);
}
function encode(text) {
    return new TextEncoder().encode(text);
}


/***/ }),

/***/ 445:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Tz: () => (/* binding */ detectFormat),
/* harmony export */   pG: () => (/* binding */ FORMAT_CHOICES),
/* harmony export */   pI: () => (/* binding */ KNOWN_FORMATS_HINT)
/* harmony export */ });
/* unused harmony export SNIFF_BYTES */
/* harmony import */ var _claude_code_line_scanner_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(51);

/** The `format` input: decide per file from its content, or read every file as one format. */
const FORMAT_CHOICES = ['auto', 'session-recorder', 'claude-code'];
/** Added to what is wrong with a file read in `auto`: the formats read, and how to choose one. */
const KNOWN_FORMATS_HINT = 'the formats read are session-recorder logs (a JSON object with "interactions"), Claude Code ' +
    'transcripts (JSON lines, each an object with a "type") and claude-code-action execution files ' +
    '(a JSON array of messages); the format input reads every file as one of them';
/** Bytes of a file's start looked at to tell its format. */
const SNIFF_BYTES = 64 * 1024;
/** Lines of a file's start looked at for a transcript line. */
const SNIFF_LINES = 32;
/**
 * The format of a file from its first bytes, never from its name: an array is an execution file
 * of claude-code-action; JSON lines, most of the first ones with a top-level `type`, a Claude
 * Code transcript; anything else is read as a session-recorder log (which says what is wrong with it).
 */
function detectFormat(head) {
    let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
    while (i < head.length && isSpace(head[i]))
        i++;
    if (head[i] === 0x5b)
        return 'execution-file';
    return hasTranscriptLines(head.subarray(0, SNIFF_BYTES)) ? 'claude-code' : 'session-recorder';
}
/**
 * Whether the first lines are mostly transcript lines (JSON objects with a string `type`): a
 * pretty-printed log has some lines that look like one (an interaction alone on its line), but
 * more that are no JSON on their own. A first line longer than what is looked at counts when its
 * `type` came before the cut.
 */
function hasTranscriptLines(head) {
    let transcript = 0;
    let other = 0;
    const scanner = new _claude_code_line_scanner_js__WEBPACK_IMPORTED_MODULE_0__/* .TranscriptLineScanner */ .p({
        line(facts, isObject) {
            if (isObject && facts.type !== undefined)
                transcript++;
            else
                other++;
        },
        badLine() {
            other++;
        },
    });
    let start = 0;
    while (start < head.length && transcript + other < SNIFF_LINES) {
        const newline = head.indexOf(0x0a, start);
        if (newline === -1) {
            if (transcript + other > 0)
                break;
            scanner.push(head.subarray(start));
            return scanner.typeSoFar() !== undefined;
        }
        scanner.push(head.subarray(start, newline + 1));
        start = newline + 1;
        // The usual case: the first line is a transcript line (a recorder log's never is).
        if (transcript === 1 && other === 0)
            return true;
    }
    return transcript > other;
}
function isSpace(byte) {
    return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}


/***/ }),

/***/ 374:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RO: () => (/* binding */ keyTables),
/* harmony export */   el: () => (/* binding */ ESCAPED_KEY)
/* harmony export */ });
/* unused harmony export KeyTable */
/**
 * The keys a scanner reads in one kind of object, looked up from their bytes as written: most keys
 * are ruled out by their first byte or their length, the rest by their bytes. Shared by the
 * scanners of both formats.
 */
const BACKSLASH = 0x5c;
/** What `slotOf` answers for a key that may be one read, written with escapes. */
const ESCAPED_KEY = -1;
class KeyTable {
    keys;
    /** 1 for each byte a key can start with as written: its first letter, or a backslash. */
    firstBytes;
    /** By length in bytes, the names and their slots side by side. */
    names = [];
    slots = [];
    /** `keys`: each name with its slot, a number above 0. */
    constructor(keys) {
        this.keys = keys;
        for (const [name, slot] of keys) {
            ;
            (this.names[name.length] ??= []).push(new TextEncoder().encode(name));
            (this.slots[name.length] ??= []).push(slot);
        }
        this.firstBytes = Uint8Array.from({ length: 256 }, (_, byte) => byte === BACKSLASH || keys.some(([name]) => name.charCodeAt(0) === byte) ? 1 : 0);
    }
    /**
     * The slot of the key written as `b[start..end)`: 0 when it is no key read, `ESCAPED_KEY` when it
     * may be one written with escapes (`"typ\u0065"`): decode it then, and ask `slotOfName`.
     */
    slotOf(b, start, end) {
        if (this.firstBytes[b[start]] !== 1)
            return 0;
        const length = end - start;
        const names = this.names[length];
        if (names !== undefined) {
            for (let e = 0; e < names.length; e++) {
                const bytes = names[e];
                let k = 0;
                while (k < length && b[start + k] === bytes[k])
                    k++;
                if (k === length)
                    return this.slots[length][e];
            }
        }
        // The names read are letters: one written with escapes holds a `\uXXXX`, six bytes at least.
        if (length < 6)
            return 0;
        for (let k = start; k < end; k++)
            if (b[k] === BACKSLASH)
                return ESCAPED_KEY;
        return 0;
    }
    /** The slot of a key already decoded, or 0. */
    slotOfName(name) {
        return this.keys.find(([key]) => key === name)?.[1] ?? 0;
    }
}
/** A scanner's tables, indexed by role, from its keys by role. */
function keyTables(keysOf) {
    const tables = [];
    for (const [role, keys] of Object.entries(keysOf))
        tables[Number(role)] = new KeyTable(keys);
    return tables;
}


/***/ }),

/***/ 90:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ RecentStrings)
/* harmony export */ });
/** The last few short strings decoded, by their bytes: most values of a slot repeat. */
class RecentStrings {
    /** Strings up to this many bytes are remembered. */
    static LONGEST = 64;
    size;
    /** Entry `e`'s bytes are `bytes[e * LONGEST ..]`, `lengths[e]` of them. */
    bytes;
    lengths = [];
    texts = [];
    next = 0;
    constructor(size) {
        this.size = size;
        this.bytes = new Uint8Array(size * RecentStrings.LONGEST);
    }
    find(b, start, end) {
        const length = end - start;
        const bytes = this.bytes;
        for (let e = 0; e < this.lengths.length; e++) {
            if (this.lengths[e] !== length)
                continue;
            // From the end: timestamps and ids that differ, differ there.
            const base = e * RecentStrings.LONGEST - start;
            let k = end - 1;
            while (k >= start && bytes[base + k] === b[k])
                k--;
            if (k < start)
                return this.texts[e];
        }
        return undefined;
    }
    add(b, start, end, text) {
        const e = this.next;
        const base = e * RecentStrings.LONGEST - start;
        for (let k = start; k < end; k++)
            this.bytes[base + k] = b[k];
        this.lengths[e] = end - start;
        this.texts[e] = text;
        this.next = (e + 1) % this.size;
    }
}


/***/ }),

/***/ 781:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  d6: () => (/* binding */ START_STATE),
  Ft: () => (/* binding */ WALK_CLOSE),
  q8: () => (/* binding */ WALK_NUMBER),
  le: () => (/* binding */ WALK_OPEN),
  vK: () => (/* binding */ WALK_REST),
  kb: () => (/* binding */ WALK_STRING),
  ZM: () => (/* binding */ WALK_TRUE),
  jf: () => (/* binding */ WINDOW),
  Gx: () => (/* binding */ structuralIndex)
});

// UNUSED EXPORTS: StructuralIndex

;// CONCATENATED MODULE: ./src/formats/structural-index-wasm.ts
// Assembled from structural-index.wat by `node scripts/wasm.ts`: do not edit.
const STRUCTURAL_INDEX_WASM = 'AGFzbQEAAAABJwZgAnt/AXtgAnt/AX5gAX8Efn5+fmADf39/AX9gAn9/AX9gAX8BfwMLCgABAgMEBQQDBAMFBAEBDAwGFQR/' +
    'AUEAC38BQX8LfwFBAAt/AUEACwdMCAZtZW1vcnkCAAVzdGF0ZQMABWluZGV4AAMJc3RyaW5nRW5kAAQIcmVzdFNsb3QDAQVu' +
    'ZWVkQQMCBW5lZWRCAwMId2Fsa0xpbmUACQqcEwoKACAAIAH9D/0jCwsAIAD9ZK0gAa2GC6YBAwF/AnsEfgNAIAAgAWr9AAQA' +
    'IQIgAkEg/Q/9UCEDIAQgAkEiEAAgARABhCEEIAUgAkHcABAAIAEQAYQhBSAGIANB+wAQACADQf0AEAD9UCACQToQACACQSwQ' +
    'AP1Q/VAgARABhCEGIAcgAkEgEAAgAkEKEAD9UCACQQ0QACACQQkQAP1Q/VAgARABhCEHIAFBEGohASABQcAASQ0ACyAEIAUg' +
    'BiAHC8IDBAN/DX4BfwF+IwBBAXGtIRIjAEEBdkEBcSETIwBBAnZBAXGtIRQgAiEFAkADQCADIAFPDQEgASADayEEIARBwABP' +
    'BEBBwAAhBEJ/IQYFQgEgBK2GQgF9IQYLIAAgA2oQAiAGgyEKIAaDIQkgBoMhCCAGgyEHQgAhCyATBEBCASELIAhCfoMhCAtB' +
    'ACETAkADQCAIUA0BIAh6IQwgDEIBfCAErVEEQEEBIRNCACENBUIBIAxCAXyGIQ0LIAsgDYQhCyAIIA1CASAMhoRCf4WDIQgM' +
    'AAsLIAcgC0J/hYMhByAHIQ4gDiAOQgGGhSEOIA4gDkIChoUhDiAOIA5CBIaFIQ4gDiAOQgiGhSEOIA4gDkIQhoUhDiAOIA5C' +
    'IIaFIQ4gDkIAIBJ9hSEOIA5CP4ghEiAGIAogCYQgByAOhIRCf4WDIQ8gDyAPQgGGIBSEQn+FgyEQIA8gBEEBa62IQgGDIRQg' +
    'ByAQhCAJIA5Cf4WDhCERAkADQCARUA0BIAUgAyAReqdqNgIAIAVBBGohBSARIBFCAX2DIREMAAsLIANBwABqIQMMAAsLIBKn' +
    'IBNBAXQgFKdBAnRyciQAIAUgAmtBAnYLkgECAXsDfwJAA0AgAEEQaiABSw0BIAD9AAQAIQIgAkEiEAAgAkHcABAA/VD9ZCED' +
    'IANFBEAgAEEQaiEADAELIAAgA2hqIQQgBC0AAEEiRgRAIAQPCyAEQQJqIQAMAAsLAkADQCAAIAFPDQEgAC0AACEFIAVBIkYE' +
    'QCAADwsgAEECQQEgBUHcAEYbaiEADAALC0F/CxMAIABBIEYgAEEJRnIgAEENRnILJAACQANAIAAgAU8NASAALQAAEAVFDQEg' +
    'AEEBaiEADAALCyAAC+EBAwR/AX4Cf0GAoSggAEEIdGohAyADKAIAIQQgASkDACEHIAJBCEkEQCAHQgEgAkEDdK2GQgF9gyEH' +
    'CwJAA0AgBSAETw0BIANBBGogBUEEdGohBiAFQQFqIQUgBi0AACACRw0AIAZBCGopAwAgB1INACAGQQRqKAIAIQlBCCEIAkAD' +
    'QCAIIAJPDQEgASAIai0AACAJIAhqLQAARw0CIAhBAWohCAwACwsgBkEBai0AAA8LC0EAIQgCQANAIAggAk8NASABIAhqLQAA' +
    'QdwARgRAQX8PCyAIQQFqIQgMAAsLQQAL9QEDAX8CewJ/QQEhAgNAIABBEGogAU0EQCAA/QAEACEDIANBIP0P/VAhBCADQSIQ' +
    'ACAEQfsAEAAgBEH9ABAA/VD9UP1kIQUgBUUEQCAAQRBqIQAMAgsgACAFaGohAAUCQANAIAAgAU8EQEF/DwsgAC0AACEGIAZB' +
    'IkYNASAGQSByIQYgBkH7AEYgBkH9AEZyDQEgAEEBaiEADAALCwsgAC0AACEGIAZBIkYEQCAAQQFqIAEQBCEAIABBAEgEQEF/' +
    'DwsgAEEBaiEADAELIABBAWohACAGQSByQfsARgRAIAJBAWohAgwBCyACQQFrIQIgAg0ACyAAC+8IAwZ/AX4Ef0GAwCghBiAA' +
    'IAEQBiEDIAMgAU8EQEF/DwsgAy0AAEH7AEcEQEF/DwsgAiEHA0AgBUGQzgBPBEBBfw8LAkACQCADIAEQBiEDIAMgAU8EQEF/' +
    'DwsgAy0AACEEIARBIkYEQCADQQFqIAEQBCELIAtBAEgEQEF/DwsgBwRAIAZBgAIgB3I2AgAgBiADQQFqNgIEIAYgCzYCCCAG' +
    'QQxqIQYgBUEBaiEFIApBAUYEQCAHIwJGBEAgDUEBciENCyAHIwNGBEAgDUECciENCwsLIAtBAWohAwwBCyAEQSByQfsARgRA' +
    'IANBAWohA0GAoCggB2otAAAhCCAIRSAIQQFxIARB+wBGR3IEQCADIAEQCCEDIANBAEgEQEF/DwsMAgsgCkEPTwRAQX8PCyAJ' +
    'QgSGIAithCEJIApBAWohCiAGQYAIIAhyNgIAIAZBDGohBiAFQQFqIQUgAyABEAYhAyADIAFPBEBBfw8LIAMtAABB/QBB3QAg' +
    'CEEBcRtGDQEgCEEBcQ0CQcCgKCAIai0AACEHDAMLIARBLUYgBEEwa0EKSXIEQCADIQwCQANAIAwgAU8NASAMLQAAQTBrQQpP' +
    'DQEgDEEBaiEMDAALCyAMIANGIAwgA2tBD0tyBEBBfw8LIARBMEYgDCADa0EBS3EEQEF/DwsgDCABSQRAIAwtAAAhBCAEQS5G' +
    'IARBIHJB5QBGciAEQStGIARBLUZycgRAQX8PCwsgBwRAIAZBgAQgB3I2AgAgBiADNgIEIAYgDDYCCCAGQQxqIQYgBUEBaiEF' +
    'CyAMIQMMAQsgBEH0AEYEQCADQQRqIAFLBEBBfw8LIAMoAgBB9OTVqwZHBEBBfw8LIAcEQCAGQYAGIAdyNgIAIAZBDGohBiAF' +
    'QQFqIQULIANBBGohAwwBCyAEQe4ARgRAIANBBGogAUsEQEF/DwsgAygCAEHu6rHjBkcEQEF/DwsgA0EEaiEDDAELIARB5gBG' +
    'BEAgA0EFaiABSwRAQX8PCyADKAIAQebCsZsHRwRAQX8PCyADLQAEQeUARwRAQX8PCyADQQVqIQMMAQtBfw8LA0AgCkUEQCAD' +
    'IAEQBiABRwRAQX8PCyAFDwsgCUIPg6chCCADIAEQBiEDIAMgAU8EQEF/DwsgAy0AACEEIANBAWohAyAEQf0AQd0AIAhBAXEb' +
    'RgRAIAlCBIghCSAKQQFrIQogBUGQzgBPBEBBfw8LIAZBgAo2AgAgBkEMaiEGIAVBAWohBQwBCyAEQSxHBEBBfw8LIAhBAXEN' +
    'AUHAoCggCGotAAAhBwwCCwsgAyABEAYhAyADIAFPBEBBfw8LIAMtAABBIkcEQEF/DwsgA0EBaiABEAQhCyALQQBIBEBBfw8L' +
    'IAggA0EBaiALIANBAWprEAchByAHQQBIBEBBfw8LIAcjAUYgCkEBRiANQQNGcXEEQCAGQYAMNgIAIAVBAWoPCyALQQFqIAEQ' +
    'BiEDIAMgAU8EQEF/DwsgAy0AAEE6RwRAQX8PCyADQQFqIQMMAAsACw==';

;// CONCATENATED MODULE: ./src/formats/structural-index.ts

/**
 * Where tokens start in JSON bytes, found 64 bytes at a time by a WebAssembly SIMD module
 * (`structural-index.wat`): each quote that opens or closes a string, each of `{}[]:,` outside
 * strings, and the first byte of every other run of non-whitespace outside strings (a number, a
 * literal, a stray byte). A scanner then goes from token to token, never looking at whitespace or
 * at the inside of a string it does not use.
 *
 * One instance serves every scanner of a thread: `index` leaves its entries in `entries` until the
 * next call, and what carries over from one window of a text to the next is the caller's `state`.
 * Bytes read straight into `window` are indexed where they lie; any others are copied there first.
 */
/** Bytes indexed in one call, at most. */
const WINDOW = 128 * 1024;
/** Where the entries start in the module's memory (after the window and 64 bytes read past it). */
const ENTRIES = WINDOW + 4096;
/** Where a line walk's schema lies, after the entries; its keys' bytes from `KEY_BYTES`. */
const TABLES = ENTRIES + WINDOW * 4;
const KEY_BYTES = TABLES + 3328;
/** Where a line walk writes its events, three numbers each; at most `MAX_EVENTS` of them. */
const EVENTS = TABLES + 4096;
const MAX_EVENTS = 10_240;
// The kinds of a line walk's events: each is kind × 256 + slot (or role), then two offsets.
/** A string in a slot: where its content starts and ends. */
const WALK_STRING = 1;
/** A plain integer (up to 15 digits) in a slot: where it starts and ends. */
const WALK_NUMBER = 2;
/** `true` in a slot. */
const WALK_TRUE = 3;
/** An object or array of a role opens. */
const WALK_OPEN = 4;
/** The innermost one open closes. */
const WALK_CLOSE = 5;
/** The rest of the line is not read. */
const WALK_REST = 6;
const wasm = globalThis.WebAssembly;
/** The state of a text before its first window. */
const START_STATE = 0;
class StructuralIndex {
    /** Token offsets from the first byte indexed, `count` of them after `index`. */
    entries;
    /** The module's own `WINDOW` bytes, to read into: bytes there are indexed without a copy. */
    window;
    /** A line walk's events, as `walkLine` left them: offsets are from the start of the memory. */
    events;
    exports;
    memory;
    lastAsked = null;
    lastHeld = false;
    schema = null;
    constructor() {
        const module = new wasm.Module(Buffer.from(STRUCTURAL_INDEX_WASM, 'base64'));
        this.exports = new wasm.Instance(module).exports;
        this.memory = this.exports.memory.buffer;
        // The memory's size is fixed (minimum and maximum alike), so these views stay valid.
        this.window = Buffer.from(this.memory, 0, WINDOW);
        this.entries = new Uint32Array(this.memory, ENTRIES, WINDOW);
        this.events = new Int32Array(this.memory, EVENTS, MAX_EVENTS * 3);
    }
    /**
     * Indexes `b[start..end)` (at most `WINDOW` bytes) as the continuation of a text left in
     * `state`; returns the number of entries. `stateAfter` is then the state to pass for the next
     * window.
     */
    index(b, start, end, state) {
        let from = b.byteOffset + start;
        if (!this.holds(b)) {
            this.window.set(b.subarray(start, end));
            from = 0;
        }
        this.exports.state.value = state;
        return this.exports.index(from, end - start, ENTRIES);
    }
    get stateAfter() {
        return this.exports.state.value;
    }
    /**
     * Whether `b`'s bytes lie in the module's memory (read into `window`), for `stringEnd`. The
     * answer for the last array asked about is kept: reading an array's `buffer` is not free, and a
     * scanner asks about the same chunk for every string in it.
     */
    holds(b) {
        if (b !== this.lastAsked) {
            this.lastAsked = b;
            this.lastHeld = b.buffer === this.memory;
        }
        return this.lastHeld;
    }
    /**
     * The index of the quote that closes a string in `b[from..end)`, where `b[from]` is not
     * escaped, or -1; 16 bytes at a time. `b` must be one that `holds` says yes to.
     */
    stringEnd(b, from, end) {
        const found = this.exports.stringEnd(b.byteOffset + from, b.byteOffset + end);
        return found === -1 ? -1 : found - b.byteOffset;
    }
    /**
     * Walks the whole JSON line `b[start..end)` (newline excluded; `b` one that `holds` says yes to)
     * as `schema` reads it, leaving in `events` only what the schema reads, in order; answers their
     * number, or -1 when the line is one to read another way: not a JSON object, not valid, or with
     * a number other than a plain integer or a key written with escapes. Within values in no slot
     * only strings and brackets are followed.
     */
    walkLine(b, start, end, schema) {
        if (schema !== this.schema)
            this.install(schema);
        return this.exports.walkLine(b.byteOffset + start, b.byteOffset + end, schema.root);
    }
    install(schema) {
        const memory = new Uint8Array(this.memory);
        const view = new DataView(this.memory);
        memory.fill(0, TABLES, EVENTS);
        for (const [slot, role] of Object.entries(schema.opens))
            memory[TABLES + Number(slot)] = role;
        for (const [role, slot] of Object.entries(schema.itemSlot))
            memory[TABLES + 64 + Number(role)] = slot;
        let bytesAt = KEY_BYTES;
        for (const [role, keys] of Object.entries(schema.keysOf)) {
            // The layout's bounds (structural-index.wat): a mistake here would corrupt another table.
            if (Number(role) > 12 || keys.length > 15)
                throw new Error(`schema too large: role ${role}`);
            const table = TABLES + 128 + Number(role) * 256;
            view.setUint32(table, keys.length, true);
            keys.forEach(([name, slot], k) => {
                const bytes = new TextEncoder().encode(name);
                if (slot > 63 || bytes.length > 255 || bytesAt + bytes.length > EVENTS)
                    throw new Error(`schema too large: ${name}`);
                const entry = table + 4 + k * 16;
                memory[entry] = bytes.length;
                memory[entry + 1] = slot;
                view.setUint32(entry + 4, bytesAt, true);
                memory.set(bytes.subarray(0, 8), entry + 8);
                memory.set(bytes, bytesAt);
                bytesAt += bytes.length;
            });
        }
        this.exports.restSlot.value = schema.rest.slot;
        this.exports.needA.value = schema.rest.after[0];
        this.exports.needB.value = schema.rest.after[1];
        this.schema = schema;
    }
}
let shared;
/** The thread's index, made on first use. */
function structuralIndex() {
    return (shared ??= new StructuralIndex());
}


/***/ }),

/***/ 260:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  zY: () => (/* binding */ DEFAULTS),
  pd: () => (/* binding */ Input)
});

// UNUSED EXPORTS: SECRET_INPUTS, parseInputs

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 10 modules
var schemas = __nccwpck_require__(798);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __nccwpck_require__(532);
// EXTERNAL MODULE: ./src/formats/detect.ts
var detect = __nccwpck_require__(445);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(455);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/publish/files.ts
/**
 * Every file the action writes goes through here, and stays inside the workspace. The workspace
 * may be a checkout the action does not trust: any file or folder in it, links included, may have
 * been put there to make the action write somewhere else.
 */




/**
 * Why a path given in an input cannot name a file inside the workspace, or null when it can.
 * Checked on the text alone, at start-up, before anything is read. Pure.
 */
function workspacePathProblem(file) {
    if (external_node_path_default().parse(file).root !== '')
        return 'expected a path relative to the workspace, not an absolute one';
    const normal = external_node_path_default().normalize(file);
    if (normal === '..' || normal.startsWith(`..${(external_node_path_default()).sep}`))
        return "expected a path inside the workspace, with no '..' that leaves it";
    if (normal === '.' || normal.endsWith((external_node_path_default()).sep))
        return 'expected the path of a file, not of a folder';
    return null;
}
/**
 * Writes a file at a path relative to the workspace, creating the folders it needs. The folder's
 * real path must lie inside the real workspace, so a linked folder on the way may not lead out;
 * the file itself is written under a temporary name and renamed over the path, so a link there is
 * never followed. Never throws: a path that cannot be written is a reason, for a warning.
 */
async function writeWorkspaceFile(workspace, file, content) {
    const target = await workspaceTarget(workspace, file);
    if (!target.ok)
        return target;
    const final = target.path;
    const temporary = path.join(path.dirname(final), `.${path.basename(final)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
        // `wx` creates a new file and never opens one that is there, a link least of all.
        if (typeof content === 'string' || content instanceof Uint8Array)
            await writeFile(temporary, content, { flag: 'wx' });
        else {
            const handle = await open(temporary, 'wx');
            try {
                for await (const piece of content)
                    await handle.write(piece);
            }
            finally {
                await handle.close();
            }
        }
        await rename(temporary, final);
        return { ok: true, path: path.resolve(workspace, file) };
    }
    catch (error) {
        await rm(temporary, { force: true });
        return { ok: false, reason: reasonOf(error) };
    }
}
/**
 * Where a file at a path relative to the workspace may be written or opened: its path under the
 * real folder (created if missing) inside the real workspace, when nothing but a regular file (or
 * nothing) is there; or why not. Never throws.
 */
async function workspaceTarget(workspace, file) {
    const problem = workspacePathProblem(file);
    if (problem !== null)
        return { ok: false, reason: problem };
    const target = path.resolve(workspace, file);
    try {
        const folder = await realFolder(workspace, path.dirname(target));
        if (typeof folder !== 'string')
            return { ok: false, reason: folder.refused };
        const final = path.join(folder, path.basename(target));
        const existing = await lstat(final).catch(ifMissing(null));
        if (existing !== null && !existing.isFile()) {
            if (existing.isSymbolicLink())
                return { ok: false, reason: 'a symbolic link is at that path, and links are not followed' };
            if (existing.isDirectory())
                return { ok: false, reason: 'a folder is at that path' };
            return { ok: false, reason: 'something other than a regular file is at that path' };
        }
        return { ok: true, path: final };
    }
    catch (error) {
        return { ok: false, reason: reasonOf(error) };
    }
}
/**
 * The real path of a folder inside the workspace, its missing part created; or why not. The
 * missing part is made under the real path of the part that exists, so nothing made follows a link.
 */
async function realFolder(workspace, folder) {
    const realWorkspace = await realpath(workspace);
    const missing = [];
    let existing = folder;
    while ((await lstat(existing).catch(ifMissing(null))) === null &&
        existing !== path.dirname(existing)) {
        missing.unshift(path.basename(existing));
        existing = path.dirname(existing);
    }
    const real = await realpath(existing).catch(ifMissing(null));
    if (real === null)
        return { refused: `${shown(workspace, existing)} is a symbolic link to nothing` };
    if (!isInside(realWorkspace, real))
        return { refused: `${shown(workspace, existing)} leads outside the workspace` };
    if (!(await lstat(real)).isDirectory())
        return { refused: `${shown(workspace, existing)} is a file, not a folder` };
    const made = path.join(real, ...missing);
    await mkdir(made, { recursive: true });
    return made;
}
function isInside(folder, candidate) {
    const relative = path.relative(folder, candidate);
    return (relative === '' ||
        (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative)));
}
/** A folder as the user named it: relative to the workspace. */
function shown(workspace, folder) {
    return `the folder ${quoted(path.relative(workspace, folder))}`;
}
/** For `.catch`: the given value when the path does not exist (or a file is on its way). */
function ifMissing(value) {
    return (error) => {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return value;
        throw error;
    };
}
/** Why a file could not be written, in words. */
function reasonOf(error) {
    const code = error?.code;
    if (code === 'EACCES' || code === 'EPERM')
        return 'permission was denied';
    if (code === 'ENOTDIR')
        return 'a file is where a folder of the path should be';
    if (code === 'EISDIR')
        return 'a folder is at that path';
    if (code === 'ELOOP')
        return 'symbolic links on the way form a loop';
    if (code === 'ENOSPC')
        return 'the disk is full';
    return error instanceof Error ? error.message : String(error);
}

// EXTERNAL MODULE: ./src/usage.ts
var usage = __nccwpck_require__(980);
;// CONCATENATED MODULE: ./src/publish/http.ts
/**
 * One HTTP request to a service outside GitHub (a Pushgateway, a webhook), sent with a timeout and
 * retried as the API calls are: network errors, timeouts, 5xx and 429 again after an exponential
 * back-off with jitter, or after the wait a 429 asks for when it is short; any other answer is
 * final. The URL is a secret: it is never part of a reason given back.
 */
/** Four attempts, after about 1, 2 and 4 s; 10 s each; a 429's wait honoured up to 60 s. */
const DEFAULT_RETRY = {
    attempts: 4,
    timeoutMs: 10_000,
    backoffMs: 1_000,
    maxRetryAfterMs: 60_000,
};
const REAL_CLOCK = {
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: Math.random,
};
/**
 * Sends the request until it gets a final answer or the policy gives up. Never throws. A user and
 * password in the URL are sent as Basic authorization (fetch refuses a URL that holds them).
 */
async function http_send(request, policy = DEFAULT_RETRY, clock = REAL_CLOCK) {
    const { url, headers } = withoutCredentials(request.url, request.headers);
    let last = { status: null, reason: 'not sent' };
    for (let attempt = 1; attempt <= policy.attempts; attempt++) {
        let waitMs = null;
        try {
            const response = await fetch(url, {
                method: request.method,
                headers,
                body: request.body,
                redirect: 'manual',
                signal: AbortSignal.timeout(policy.timeoutMs),
            });
            const body = await response.text().catch(() => '');
            if (response.status < 300)
                return { ok: true, status: response.status, attempts: attempt };
            last = { status: response.status, reason: `it answered ${response.status}` };
            if (response.status === 429) {
                waitMs = retryAfterMs(response.headers.get('retry-after'), body);
                if (waitMs !== null && waitMs > policy.maxRetryAfterMs)
                    return {
                        ok: false,
                        ...last,
                        reason: `${last.reason} and asked to wait ${Math.ceil(waitMs / 1000)} s, longer than ${policy.maxRetryAfterMs / 1000} s`,
                        attempts: attempt,
                    };
            }
            else if (response.status < 500)
                return { ok: false, ...last, attempts: attempt };
        }
        catch (error) {
            last = { status: null, reason: networkReason(error, policy.timeoutMs) };
        }
        if (attempt === policy.attempts)
            break;
        await clock.sleep(waitMs ?? policy.backoffMs * 2 ** (attempt - 1) * (0.5 + clock.random() / 2));
    }
    return {
        ok: false,
        ...last,
        reason: `${last.reason} (${policy.attempts} attempts)`,
        attempts: policy.attempts,
    };
}
/**
 * The wait a 429 asks for: the `Retry-After` header (seconds, or an HTTP date), else Discord's
 * `retry_after` in the body (seconds, a float); null when neither says.
 */
function retryAfterMs(header, body, now = Date.now()) {
    if (header !== null && header.trim() !== '') {
        const value = header.trim();
        if (/^\d+(\.\d+)?$/.test(value))
            return Number(value) * 1000;
        const date = Date.parse(value);
        if (!Number.isNaN(date))
            return Math.max(0, date - now);
    }
    try {
        const seconds = JSON.parse(body)?.retry_after;
        if (typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0)
            return seconds * 1000;
    }
    catch {
        // Not JSON: no wait given.
    }
    return null;
}
function withoutCredentials(url, headers) {
    if (url.username === '' && url.password === '')
        return { url, headers: { ...headers } };
    const plain = new URL(url);
    const user = decodeURIComponent(url.username);
    const password = decodeURIComponent(url.password);
    plain.username = '';
    plain.password = '';
    return {
        url: plain,
        headers: {
            ...headers,
            authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
        },
    };
}
/** Why no answer came, in words, without the URL (undici's messages can hold the host). */
function networkReason(error, timeoutMs) {
    const name = error?.name;
    if (name === 'TimeoutError' || name === 'AbortError')
        return `no answer within ${timeoutMs / 1000} s`;
    const cause = error?.cause;
    const code = typeof cause?.code === 'string' ? cause.code : null;
    return code === null ? 'the request failed' : `the request failed (${code})`;
}

;// CONCATENATED MODULE: ./src/publish/webhooks.ts



const WEBHOOK_FORMATS = ['json', 'slack', 'discord'];
/** Slack: at most 50 blocks, 3,000 characters a section, about 13,000 over all blocks. */
const SLACK_LIMITS = { blocks: 50, sectionText: 3_000, allBlocks: 12_000, text: 40_000 };
/** Discord: `content` at most 2,000 characters. */
const DISCORD_CONTENT_LIMIT = 2_000;
/** The payloads to post for the sessions of an analysis, in the given format. Pure. */
function webhookPayloads(analysis, format, context) {
    if (format === 'json')
        return analysis.sessions.map((session) => sessionComplete(analysis, session));
    if (analysis.sessions.length === 0)
        return [];
    return [format === 'slack' ? slackMessage(analysis, context) : discordMessage(analysis, context)];
}
function sessionComplete(analysis, session) {
    const total = analysis.files
        .filter((file) => file.sessionId === session.sessionId)
        .reduce((sum, file) => sum + file.interactions, 0);
    const { usage } = session;
    return {
        event: 'session_complete',
        session_id: session.sessionId,
        format: session.format,
        start: session.firstActivity,
        end: session.lastActivity,
        stats: {
            total,
            user_messages: session.prompts,
            tool_calls: session.toolCalls,
            summaries: session.responses,
        },
        tools_used: session.tools.map(({ tool }) => tool).sort(),
        ...(usage !== null && {
            tokens: exportTokens(usage.tokens),
            cost_usd: usage.unpricedModels.length > 0 ? null : roundUsd(usage.costUsd, 4),
        }),
    };
}
/** One line of plain facts about a session, before any markup. */
function sessionFacts(session) {
    const parts = [
        `${session.prompts} prompts`,
        `${session.toolCalls} tool calls`,
        ...(session.toolErrors > 0 ? [`${session.toolErrors} tool errors`] : []),
        ...(session.durationMs !== null ? [`${Math.round(session.durationMs / 60_000)} min`] : []),
        ...(session.usage !== null && session.usage.unpricedModels.length === 0
            ? [`$${roundUsd(session.usage.costUsd, 2).toFixed(2)}`]
            : []),
    ];
    return parts.join(' · ');
}
function totalsLine(analysis) {
    const { totals, usage } = analysis;
    return [
        `${totals.sessions} sessions`,
        `${totals.interactions} interactions`,
        `${totals.toolCalls} tool calls`,
        ...(totals.toolErrors > 0 ? [`${totals.toolErrors} tool errors`] : []),
        ...(usage !== null ? [`$${roundUsd(usage.costUsd, 2).toFixed(2)}`] : []),
    ].join(' · ');
}
/** Slack's mrkdwn: `&`, `<` and `>` escaped, so no text can become a link or a mention. */
function slackEscape(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/**
 * Discord's markdown: its markup characters escaped; mentions are also switched off by the
 * payload's `allowed_mentions`.
 */
function discordEscape(text) {
    return text.replace(/[\\*_~`|>#[\]()@<-]/g, (char) => `\\${char}`);
}
/** Text cut to a length, with an ellipsis, never in the middle of a surrogate pair. */
function cut(text, max) {
    if (text.length <= max)
        return text;
    let end = max - 1;
    if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? ''))
        end -= 1;
    return `${text.slice(0, end)}…`;
}
function slackMessage(analysis, context) {
    const header = `*${slackEscape(cut(context.title, 150))}*\n${slackEscape(totalsLine(analysis))}`;
    const blocks = [{ type: 'section', text: { type: 'mrkdwn', text: header } }];
    let size = header.length;
    // Room for the header, and the note of what is left out.
    const room = SLACK_LIMITS.blocks - 2;
    let shown = 0;
    for (const session of analysis.sessions) {
        const text = cut(`*${slackEscape(session.sessionId)}*\n${slackEscape(sessionFacts(session))}` +
            (session.tools.length > 0
                ? `\n${slackEscape(session.tools.map(({ tool }) => tool).join(', '))}`
                : ''), SLACK_LIMITS.sectionText);
        if (shown >= room || size + text.length > SLACK_LIMITS.allBlocks)
            break;
        blocks.push({ type: 'section', text: { type: 'mrkdwn', text } });
        size += text.length;
        shown += 1;
    }
    const notes = [
        ...(shown < analysis.sessions.length
            ? [`${analysis.sessions.length - shown} more sessions are not shown.`]
            : []),
        ...(context.runUrl !== undefined ? [`<${context.runUrl}|Full report>`] : []),
    ];
    if (notes.length > 0)
        blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: notes.join(' ') }] });
    return {
        text: cut(`${context.title}: ${totalsLine(analysis)}`, SLACK_LIMITS.text),
        blocks,
    };
}
function discordMessage(analysis, context) {
    const head = `**${discordEscape(cut(context.title, 150))}**\n${discordEscape(totalsLine(analysis))}`;
    const lines = [];
    let length = head.length;
    // Room kept for the note of what is left out and the link.
    const reserve = 200;
    for (const session of analysis.sessions) {
        const line = cut(`• ${discordEscape(session.sessionId)}: ${discordEscape(sessionFacts(session))}`, 400);
        if (length + 1 + line.length > DISCORD_CONTENT_LIMIT - reserve)
            break;
        lines.push(line);
        length += 1 + line.length;
    }
    const left = analysis.sessions.length - lines.length;
    const tail = [
        ...(left > 0 ? [`${left} more sessions are not shown.`] : []),
        ...(context.runUrl !== undefined ? [`Full report: <${context.runUrl}>`] : []),
    ];
    return {
        content: cut([head, ...lines, ...tail].join('\n'), DISCORD_CONTENT_LIMIT),
        allowed_mentions: { parse: [] },
    };
}
/**
 * Posts the payloads one after another. An endpoint that stays down for one is not tried for the
 * rest: hundreds of sessions must not become hundreds of retried requests to a dead endpoint.
 */
async function deliverWebhooks(url, payloads, policy, clock) {
    let sent = 0;
    for (const payload of payloads) {
        const outcome = await send({
            url,
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(payload),
        }, policy, clock);
        if (!outcome.ok)
            return { sent, failed: outcome, notSent: payloads.length - sent };
        sent += 1;
    }
    return { sent, failed: null, notSent: 0 };
}

;// CONCATENATED MODULE: ./src/inputs.ts





/** Every input name, written once. */
const Input = {
    path: 'path',
    ifNoFilesFound: 'if-no-files-found',
    jobSummary: 'job-summary',
    failOnParseError: 'fail-on-parse-error',
    followSymbolicLinks: 'follow-symbolic-links',
    reportFile: 'report-file',
    title: 'title',
    commentOnPr: 'comment-on-pr',
    githubToken: 'github-token',
    commentTag: 'comment-tag',
    commentMode: 'comment-mode',
    commentScope: 'comment-scope',
    prNumber: 'pr-number',
    redactPatterns: 'redact-patterns',
    format: 'format',
    executionFile: 'execution-file',
    pricingFile: 'pricing-file',
    commentLayout: 'comment-layout',
    costWarningUsd: 'cost-warning-usd',
    failOnCostWarning: 'fail-on-cost-warning',
    metricsFile: 'metrics-file',
    pushgatewayUrl: 'pushgateway-url',
    pushgatewayJob: 'pushgateway-job',
    webhookUrl: 'webhook-url',
    webhookFormat: 'webhook-format',
    failOnWebhookError: 'fail-on-webhook-error',
    interactionsFile: 'interactions-file',
    sqliteFile: 'sqlite-file',
    postgresUrl: 'postgres-url',
    failOnDatabaseError: 'fail-on-database-error',
};
/** Inputs whose values are secrets: masked in the log at start-up, and never shown in a message. */
const SECRET_INPUTS = [
    Input.githubToken,
    Input.pushgatewayUrl,
    Input.webhookUrl,
    Input.postgresUrl,
];
const DEFAULTS = {
    path: '.claude/session_logs/session_*.json\n.claude/projects/**/*.jsonl',
    'if-no-files-found': 'warn',
    'job-summary': 'true',
    'fail-on-parse-error': 'false',
    'follow-symbolic-links': 'false',
    'report-file': '',
    title: 'Claude Code sessions',
    'comment-on-pr': 'false',
    'github-token': '',
    'comment-tag': 'default',
    'comment-mode': 'update',
    'comment-scope': 'changed',
    'pr-number': '',
    'redact-patterns': '',
    format: 'auto',
    'execution-file': '',
    'pricing-file': '',
    'comment-layout': 'compact',
    'cost-warning-usd': '',
    'fail-on-cost-warning': 'false',
    'metrics-file': '',
    'pushgateway-url': '',
    'pushgateway-job': '',
    'webhook-url': '',
    'webhook-format': 'json',
    'fail-on-webhook-error': 'false',
    'interactions-file': '',
    'sqlite-file': '',
    'postgres-url': '',
    'fail-on-database-error': 'false',
};
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
/** A YAML 1.2 core boolean, as `core.getBooleanInput` accepts. */
const inputs_boolean = schemas/* string */.YjP()
    .refine((value) => [...TRUE, ...FALSE].includes(value), {
    message: 'expected true or false',
})
    .transform((value) => TRUE.includes(value));
/** The lines of a multi-line input, trimmed, without blank ones. */
function nonEmptyLines(value) {
    return value
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '');
}
/**
 * The path of a file the action writes, or empty for none: refused at start-up unless it names a
 * file inside the workspace. Every input that names a file to write is of this kind.
 */
const fileToWrite = schemas/* string */.YjP().superRefine((value, context) => {
    const problem = value === '' ? null : workspacePathProblem(value);
    if (problem !== null)
        context.addIssue({ code: 'custom', message: problem });
});
/** The URL of a service to send to, or empty for none. */
const httpUrl = schemas/* string */.YjP().transform((value, context) => {
    if (value === '')
        return null;
    const url = URL.canParse(value) ? new URL(value) : null;
    if (url === null || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
        context.addIssue({ code: 'custom', message: 'expected an http or https URL' });
        return core/* NEVER */.tm;
    }
    return url;
});
const InputsSchema = schemas/* object */.Ikc({
    [Input.path]: schemas/* string */.YjP()
        .transform((value) => nonEmptyLines(value).filter((line) => !line.startsWith('#')))
        .refine((patterns) => patterns.some((pattern) => !pattern.startsWith('!')), {
        message: 'expected at least one glob pattern that is not an exclusion',
    }),
    [Input.ifNoFilesFound]: schemas/* enum */.k5n(['warn', 'error', 'ignore'], {
        message: 'expected one of warn, error, ignore',
    }),
    [Input.jobSummary]: inputs_boolean,
    [Input.failOnParseError]: inputs_boolean,
    [Input.followSymbolicLinks]: inputs_boolean,
    [Input.reportFile]: fileToWrite,
    [Input.title]: schemas/* string */.YjP()
        .min(1, { message: 'expected a non-empty heading' })
        .max(200, { message: 'expected at most 200 characters' }),
    [Input.commentOnPr]: inputs_boolean,
    [Input.githubToken]: schemas/* string */.YjP(),
    // The tag goes inside an HTML comment: nothing that could end it or need escaping.
    [Input.commentTag]: schemas/* string */.YjP().regex(/^[A-Za-z0-9._:/-]{1,100}$/, {
        message: "expected 1 to 100 letters, digits, '.', '_', ':', '/' or '-'",
    }),
    [Input.commentMode]: schemas/* enum */.k5n(['update', 'recreate', 'new'], {
        message: 'expected one of update, recreate, new',
    }),
    [Input.commentScope]: schemas/* enum */.k5n(['changed', 'all'], { message: 'expected one of changed, all' }),
    [Input.prNumber]: schemas/* string */.YjP()
        .regex(/^(|[1-9][0-9]{0,9})$/, { message: 'expected a pull request number, or nothing' })
        .transform((value) => (value === '' ? null : Number(value))),
    // Compiled (and so checked) by user-patterns.ts, loaded only when there are patterns.
    [Input.redactPatterns]: schemas/* string */.YjP().transform(nonEmptyLines),
    [Input.format]: schemas/* enum */.k5n(detect/* FORMAT_CHOICES */.pG, {
        message: `expected one of ${detect/* FORMAT_CHOICES */.pG.join(', ')}`,
    }),
    [Input.executionFile]: schemas/* string */.YjP(),
    // Read and checked by pricing-file.ts, once the workspace is known.
    [Input.pricingFile]: schemas/* string */.YjP(),
    [Input.commentLayout]: schemas/* enum */.k5n(['compact', 'full'], { message: 'expected one of compact, full' }),
    [Input.costWarningUsd]: schemas/* string */.YjP()
        .regex(/^(|\d{1,9}(\.\d+)?)$/, {
        message: 'expected an amount in US dollars, such as 25 or 7.50, or nothing',
    })
        .transform((value) => (value === '' ? null : Number(value))),
    [Input.failOnCostWarning]: inputs_boolean,
    [Input.metricsFile]: fileToWrite,
    [Input.pushgatewayUrl]: httpUrl,
    [Input.pushgatewayJob]: schemas/* string */.YjP().max(200, { message: 'expected at most 200 characters' }),
    [Input.webhookUrl]: httpUrl,
    [Input.webhookFormat]: schemas/* enum */.k5n(WEBHOOK_FORMATS, {
        message: `expected one of ${WEBHOOK_FORMATS.join(', ')}`,
    }),
    [Input.failOnWebhookError]: inputs_boolean,
    [Input.interactionsFile]: fileToWrite,
    [Input.sqliteFile]: fileToWrite,
    // Read whole by the PostgreSQL client when the sessions are written; a URL it cannot read then
    // is a warning like an unreachable server.
    [Input.postgresUrl]: schemas/* string */.YjP()
        .refine((value) => value === '' || /^postgres(ql)?:\/\//.test(value), {
        message: 'expected a postgres:// or postgresql:// URL',
    })
        .transform((value) => (value === '' ? null : value)),
    [Input.failOnDatabaseError]: inputs_boolean,
});
/**
 * Parses and checks every input once. Throws an Error naming each bad input, the value given and
 * what is accepted, so the step fails with a message the user can act on.
 */
function parseInputs(read) {
    const raw = Object.fromEntries(Object.values(Input).map((name) => {
        const value = read(name).trim();
        return [name, value === '' ? DEFAULTS[name] : value];
    }));
    const parsed = InputsSchema.safeParse(raw);
    if (!parsed.success) {
        const problems = parsed.error.issues.map((issue) => {
            const name = String(issue.path[0]);
            const shown = SECRET_INPUTS.includes(name) ? '(a secret, not shown)' : quoted(raw[name]);
            return `input '${name}' is ${shown}: ${issue.message}`;
        });
        throw new Error(`Invalid ${problems.length === 1 ? 'input' : 'inputs'}: ${problems.join('; ')}`);
    }
    const values = parsed.data;
    if (values[Input.failOnCostWarning] && values[Input.costWarningUsd] === null)
        throw new Error(`Invalid input: input '${Input.failOnCostWarning}' is true but '${Input.costWarningUsd}' is empty: ` +
            'set the cost above which the step fails.');
    return {
        patterns: values[Input.path],
        ifNoFilesFound: values[Input.ifNoFilesFound],
        jobSummary: values[Input.jobSummary],
        failOnParseError: values[Input.failOnParseError],
        followSymbolicLinks: values[Input.followSymbolicLinks],
        reportFile: values[Input.reportFile],
        title: values[Input.title],
        comment: {
            enabled: values[Input.commentOnPr],
            token: values[Input.githubToken],
            tag: values[Input.commentTag],
            mode: values[Input.commentMode],
            scope: values[Input.commentScope],
            prNumber: values[Input.prNumber],
            layout: values[Input.commentLayout],
        },
        redactPatterns: values[Input.redactPatterns],
        format: values[Input.format],
        executionFile: values[Input.executionFile],
        pricingFile: values[Input.pricingFile],
        costWarningUsd: values[Input.costWarningUsd],
        failOnCostWarning: values[Input.failOnCostWarning],
        metrics: {
            file: values[Input.metricsFile],
            pushgatewayUrl: values[Input.pushgatewayUrl],
            job: values[Input.pushgatewayJob],
        },
        webhook: {
            url: values[Input.webhookUrl],
            format: values[Input.webhookFormat],
            failOnError: values[Input.failOnWebhookError],
        },
        interactionsFile: values[Input.interactionsFile],
        sqliteFile: values[Input.sqliteFile],
        database: {
            postgresUrl: values[Input.postgresUrl],
            failOnError: values[Input.failOnDatabaseError],
        },
    };
}


/***/ }),

/***/ 288:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ withoutInvisible),
/* harmony export */   k: () => (/* binding */ INVISIBLE)
/* harmony export */ });
/**
 * Characters that show nothing: controls (other than the line breaks and tabs that separate
 * words), format characters (zero-width spaces and joiners, bidirectional marks and overrides,
 * soft hyphens) and every other default-ignorable code point (variation selectors, tags, fillers).
 * Text from a log is published with them removed, and redacted after they are removed: otherwise
 * one of them inside a token would hide the token from redaction, and the reader would see it whole.
 */
const INVISIBLE = /(?![\t-\r])[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;
/** The text as it reads: without invisible characters. */
function withoutInvisible(text) {
    return text.replace(INVISIBLE, '');
}


/***/ }),

/***/ 529:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ quoted),
/* harmony export */   i: () => (/* binding */ unseenEscaped)
/* harmony export */ });
/**
 * Line breaks, controls and characters that show nothing (format characters such as bidirectional
 * overrides and zero-width spaces, and every other default-ignorable code point).
 */
const UNSEEN = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\p{Zl}\p{Zp}]/gu;
/**
 * A value from outside the action (an input, a path, a pattern) as it may be written to the log:
 * in double quotes, with quotes, backslashes, line breaks, controls and characters that show
 * nothing escaped as JavaScript escapes them (`\n`, `\u202e`). The value can then neither start a
 * line of its own, which the runner would take for a workflow command (`::error::`), nor hide or
 * reorder the text around it.
 */
function quoted(value) {
    return unseenEscaped(JSON.stringify(value));
}
/**
 * Text for one line of a terminal or a log: line breaks, controls (an escape sequence's ESC) and
 * characters that show nothing escaped as JavaScript escapes them, the rest as it is.
 */
function unseenEscaped(value) {
    // One escape per UTF-16 unit, as JSON writes a character outside the first plane.
    const escape = (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;
    return value.replace(UNSEEN, (char) => char.split('').map(escape).join(''));
}


/***/ }),

/***/ 309:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Kx: () => (/* binding */ SYNTHETIC_MODEL),
/* harmony export */   ho: () => (/* binding */ costOf),
/* harmony export */   wE: () => (/* binding */ BUILT_IN_PRICES)
/* harmony export */ });
/* unused harmony exports baseModelId, priceOf, requestInput */
/** The model id Claude Code writes on lines it makes itself (API errors, interruptions). */
const SYNTHETIC_MODEL = '<synthetic>';
/** Cache prices as multiples of the input price: 5-minute writes, 1-hour writes, reads. */
const WRITE_5M = 1.25;
const WRITE_1H = 2;
const READ = 0.1;
/** Every token price of a model, from its input and output prices and the cache multiples. */
function listPrices(input, output) {
    return {
        input,
        output,
        cacheWrite5m: input * WRITE_5M,
        cacheWrite1h: input * WRITE_1H,
        cacheRead: input * READ,
    };
}
/** $10 per 1,000 web searches, the same on every model. */
const WEB_SEARCH = 0.01;
/** US-only inference exists from Opus 4.6 on (older models refuse `inference_geo`), at 1.1×. */
const US_ONLY = 1.1;
/** Sonnet 4 and 4.5: above 200,000 input tokens a request pays $6 / $22.50, caches scaled alike. */
const SONNET_LONG_CONTEXT = { ...listPrices(6, 22.5), aboveTokens: 200_000 };
/**
 * One entry per model; the date is the day the price took effect (the model's release). Opus 4.6
 * and 4.7 in fast mode cost 6×; Opus 4.8 and 5 in fast mode cost 2× (Claude Code's fast-mode
 * page: $10 / $50 on Opus 4.8, $30 / $150 on Opus 4.7 and 4.6).
 */
const BUILT_IN_ENTRIES = [
    // Claude 3 Haiku's cache prices are rounded, not exact multiples of its input price.
    [
        'claude-3-haiku',
        { since: '2024-03-13', ...listPrices(0.25, 1.25), cacheWrite5m: 0.3, cacheRead: 0.03 },
    ],
    ['claude-3-5-sonnet', { since: '2024-06-20', ...listPrices(3, 15) }],
    ['claude-3-5-haiku', { since: '2024-11-04', ...listPrices(0.8, 4) }],
    ['claude-3-7-sonnet', { since: '2025-02-24', ...listPrices(3, 15) }],
    ['claude-opus-4', { since: '2025-05-22', ...listPrices(15, 75) }],
    [
        'claude-sonnet-4',
        { since: '2025-05-22', ...listPrices(3, 15), longContext: SONNET_LONG_CONTEXT },
    ],
    ['claude-opus-4-1', { since: '2025-08-05', ...listPrices(15, 75) }],
    [
        'claude-sonnet-4-5',
        { since: '2025-09-29', ...listPrices(3, 15), longContext: SONNET_LONG_CONTEXT },
    ],
    ['claude-haiku-4-5', { since: '2025-10-15', ...listPrices(1, 5) }],
    ['claude-opus-4-5', { since: '2025-11-24', ...listPrices(5, 25) }],
    [
        'claude-opus-4-6',
        { since: '2026-02-05', ...listPrices(5, 25), fastMultiplier: 6, usOnlyMultiplier: US_ONLY },
    ],
    ['claude-sonnet-4-6', { since: '2026-02-17', ...listPrices(3, 15), usOnlyMultiplier: US_ONLY }],
    [
        'claude-opus-4-7',
        { since: '2026-04-16', ...listPrices(5, 25), fastMultiplier: 6, usOnlyMultiplier: US_ONLY },
    ],
    [
        'claude-opus-4-8',
        { since: '2026-05-28', ...listPrices(5, 25), fastMultiplier: 2, usOnlyMultiplier: US_ONLY },
    ],
    ['claude-sonnet-5', { since: '2026-06-30', ...listPrices(2, 10), usOnlyMultiplier: US_ONLY }],
    [
        'claude-opus-5',
        { since: '2026-07-24', ...listPrices(5, 25), fastMultiplier: 2, usOnlyMultiplier: US_ONLY },
    ],
    ['claude-sonnet-5-5', { since: '2026-09-29', ...listPrices(2, 10), usOnlyMultiplier: US_ONLY }],
];
/**
 * The built-in price table: Anthropic's list prices in US dollars per million tokens, checked
 * on the table's date. A pricing file adds models or replaces these.
 */
const BUILT_IN_PRICES = {
    date: '2026-12-01',
    source: 'built-in',
    models: new Map(BUILT_IN_ENTRIES.map(([model, price]) => [model, { webSearch: WEB_SEARCH, ...price }])),
};
/** A snapshot date at the end of a model id: `-20250929` (Anthropic) or `@20250929` (Vertex). */
const DATE_SUFFIX = /[-@]\d{8}$/;
/** The model id a table is keyed by: the id as written, without its snapshot date. */
function baseModelId(model) {
    return model.replace(DATE_SUFFIX, '');
}
/**
 * The price of a model: the table's entry for the id as written (a dated snapshot priced on its
 * own), else for the id without its date. Null when there is none, and always for `<synthetic>`.
 */
function priceOf(model, table) {
    if (model === SYNTHETIC_MODEL)
        return null;
    let found = resolved.get(table);
    if (found === undefined)
        resolved.set(table, (found = new Map()));
    let price = found.get(model);
    if (price === undefined) {
        price = table.models.get(model) ?? table.models.get(baseModelId(model)) ?? null;
        found.set(model, price);
    }
    return price;
}
/**
 * Each table's price of each model id met, once looked up: every response is priced, and a run's
 * thousands of responses name a few models (most with a date, looked up twice).
 */
const resolved = new WeakMap();
/** The input tokens of one request: what the long-context threshold is measured on. */
function requestInput(tokens) {
    return tokens.input + tokens.cacheWrite5m + tokens.cacheWrite1h + tokens.cacheRead;
}
/**
 * The cost of one API response in US dollars, or null when its model has no price (the report
 * lists it as unpriced; it is never counted as $0). Pure.
 */
function costOf(response, table) {
    const price = priceOf(response.model, table);
    if (price === null)
        return null;
    const { tokens } = response;
    const long = price.longContext;
    const rates = long && requestInput(tokens) > long.aboveTokens ? long : price;
    const perMillion = tokens.input * rates.input +
        tokens.output * rates.output +
        tokens.cacheWrite5m * rates.cacheWrite5m +
        tokens.cacheWrite1h * rates.cacheWrite1h +
        tokens.cacheRead * rates.cacheRead;
    const multiplier = (response.fast ? (price.fastMultiplier ?? 1) : 1) *
        (response.inferenceGeo === 'us' ? (price.usOnlyMultiplier ?? 1) : 1);
    return (perMillion / 1_000_000) * multiplier + tokens.webSearches * (price.webSearch ?? 0);
}


/***/ }),

/***/ 670:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J2: () => (/* binding */ redactOutcomes),
/* harmony export */   L4: () => (/* binding */ namesSecret),
/* harmony export */   XF: () => (/* binding */ REDACTED),
/* harmony export */   lY: () => (/* binding */ createRedactor)
/* harmony export */ });
/* harmony import */ var _invisible_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(288);

/** What a secret is replaced with. */
const REDACTED = '[REDACTED]';
/** What a name given a value holds: `password`, `client_secret`, `GITHUB_TOKEN`, `aws_secret_access_key`. */
const SECRET_WORD = String.raw `password|passwd|passphrase|secret|api[_-]?key|token|access[_-]?key`;
const SECRET_NAME = String.raw `(?:${SECRET_WORD})(?:[_-]?access)?(?:[_-]?key)?`;
/** A value: quoted (spaces and all, on one line; the quotes are kept), or up to the next space. */
const VALUE = String.raw `(?:(?<dq>")[^"\r\n]{0,256}"|(?<sq>')[^'\r\n]{0,256}'|\S+)`;
const VALUE_REDACTED = `$<dq>$<sq>${REDACTED}$<dq>$<sq>`;
/**
 * Credentials redacted from every piece of log text before anything is published. Each pattern
 * matches wherever it starts, even glued to a word (`MY_ghp_…`, `mcp__sk-ant-…`): no `\b`.
 * Where a label precedes the secret (`password=`, `Bearer `, `https://`), the label is kept.
 *
 * Matching stays linear in the text's length: each pattern starts with a literal, and each
 * unbounded run either always succeeds once entered (`ghp_` then 30 or more characters) or cannot
 * hold the start of another attempt (the JWT header stops at the next `eyJ`, a name's spaces stop
 * at the next letter), so no stretch of text is scanned again for each position in it.
 *
 * The rules run in order, private keys first: a later rule (`secret: …`) taking a key's BEGIN line
 * would leave its body unmatched.
 *
 * Each rule names a `trigger` that every match of it contains: text with none of them (most tool
 * names, most summaries) is passed by one search instead of one per rule.
 *
 * A hand list rather than a rule set from a package: secretlint's rules and gitleaks' (the
 * maintained sets) come as backtracking regular expressions anchored on word boundaries, or as
 * some hundreds of RE2 rules whose pure-JavaScript engine would take seconds per megabyte here.
 */
const BUILT_IN = [
    // PEM and PGP private keys, including one cut off before its END line (results are truncated).
    {
        pattern: /-----BEGIN[A-Z0-9 ]{0,40} PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END[A-Z0-9 ]{0,40} PRIVATE KEY(?: BLOCK)?-----|$)/g,
        replacement: REDACTED,
        trigger: '-----BEGIN',
    },
    // `password=…`, `client_secret: …`, `"api_key": "…"`, `password => '…'`, `token := …`.
    {
        pattern: new RegExp(String.raw `(${SECRET_NAME}["']?\s*(?:=>|:=|[=:])\s*)${VALUE}`, 'gi'),
        replacement: `$1${VALUE_REDACTED}`,
        trigger: SECRET_WORD,
    },
    // `--password x`, `--db-password "x y"`, `--github-token x`.
    {
        pattern: new RegExp(String.raw `(--[\w-]{0,30}?${SECRET_NAME}\s+)${VALUE}`, 'gi'),
        replacement: `$1${VALUE_REDACTED}`,
        trigger: SECRET_WORD,
    },
    // 16 characters at least, so that prose ("Bearer authentication") is left alone.
    { pattern: /(Bearer\s+)[\w\-.~+/]{16,}=*/gi, replacement: `$1${REDACTED}`, trigger: 'bearer' },
    {
        pattern: /(Authorization["']?\s*[:=]\s*["']?(?:Basic|Digest|Token)\s+)[^\s"',]+/gi,
        replacement: `$1${REDACTED}`,
        trigger: 'authorization',
    },
    // user:password@ in a URL, whatever the scheme (the user alone is no secret, but goes with it).
    {
        pattern: /(\/\/)[^\s/?#@:]{1,256}:[^\s/?#]{0,256}@/g,
        replacement: `$1${REDACTED}@`,
        trigger: '//',
    },
    { pattern: /gh[pousr]_[A-Za-z0-9]{30,}/g, replacement: REDACTED, trigger: 'gh[pousr]_' },
    { pattern: /github_pat_[A-Za-z0-9_]{30,}/g, replacement: REDACTED, trigger: 'github_pat_' },
    {
        pattern: /gl(?:pat|dt|rt|cbt|ptt|ft|imt|oas|soat|ffct|agent)-[\w-]{20,}/g,
        replacement: REDACTED,
        trigger: 'gl(?:pat|dt|rt|cbt|ptt|ft|imt|oas|soat|ffct|agent)-',
    },
    {
        pattern: /(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}/g,
        replacement: REDACTED,
        trigger: 'A3T|AKIA|ASIA|ABIA|ACCA',
    },
    // Anthropic (sk-ant-…) and OpenAI (sk-proj-…, sk-svcacct-…, sk-admin-…, and the older sk-…).
    { pattern: /sk-(?:ant|proj|svcacct|admin)-[\w-]{20,}/g, replacement: REDACTED, trigger: 'sk-' },
    { pattern: /sk-[A-Za-z0-9]{32,}/g, replacement: REDACTED, trigger: 'sk-' },
    {
        pattern: /[rs]k_(?:live|test|prod)_[A-Za-z0-9]{10,}/g,
        replacement: REDACTED,
        trigger: '[rs]k_',
    },
    { pattern: /xox[abeoprs]-[A-Za-z0-9-]{10,}/g, replacement: REDACTED, trigger: 'xox' },
    { pattern: /xapp-\d-[A-Za-z0-9-]{10,}/g, replacement: REDACTED, trigger: 'xapp-' },
    {
        pattern: /hooks\.slack\.com\/services\/[A-Za-z0-9/_-]+/g,
        replacement: REDACTED,
        trigger: String.raw `hooks\.slack\.com`,
    },
    {
        pattern: /eyJ(?:(?!eyJ)[\w-]){8,}\.eyJ[\w-]{8,}\.[\w-]*/g,
        replacement: REDACTED,
        trigger: 'eyJ',
    },
    { pattern: /npm_[A-Za-z0-9]{36}/g, replacement: REDACTED, trigger: 'npm_' },
    { pattern: /AIza[\w-]{35}/g, replacement: REDACTED, trigger: 'AIza' },
    { pattern: /hf_[A-Za-z0-9]{30,}/g, replacement: REDACTED, trigger: 'hf_' },
];
const SECRET_NAME_AT_END = new RegExp(String.raw `(?:${SECRET_NAME})$`, 'i');
/**
 * Whether a name says that its value is a secret, as the `password=…` rule reads a name: it ends
 * with one of the words (`password`, `GITHUB_TOKEN`, `apiKey`, `client_secret`). For data whose
 * names and values are apart, as a JSON object's keys and values are.
 */
function namesSecret(name) {
    return name.length <= 256 && SECRET_NAME_AT_END.test(name);
}
const ANY_TRIGGER = new RegExp([...new Set(BUILT_IN.map(({ trigger }) => trigger))].join('|'), 'i');
/**
 * The redactor for the built-in credential patterns, then any further rules (the user's own).
 * Invisible characters are removed first, as the renderers would remove them: a token they split
 * is matched whole, and the text published is the text that was redacted.
 */
function createRedactor(userRules = []) {
    return (text) => {
        let result = (0,_invisible_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutInvisible */ .O)(text);
        if (ANY_TRIGGER.test(result))
            for (const { pattern, replacement } of BUILT_IN)
                result = result.replace(pattern, replacement);
        for (const rule of userRules)
            result = rule(result);
        return result;
    };
}
/**
 * Every outcome with the text that came from its log redacted: session ids, tool names, summaries,
 * problems, the reasons a file was not read, and what transcripts say (agents, models, versions,
 * branches). Paths stay as they are: they name files of the repository and link to them; ids that
 * are only matched, never shown (responses' `message.id`), stay too.
 *
 * Everything published is made from the result, so the step summary, comment, JSON report, outputs
 * and annotations all show the same text; and since the analysis aggregates by these redacted names,
 * two names that redact alike are counted as one, in the analysis's own maps. Pure.
 */
function redactOutcomes(outcomes, redact) {
    const names = memoised(redact);
    return outcomes.map((outcome) => outcome.ok
        ? { ...outcome, digest: redactDigest(outcome.digest, redact, names) }
        : { ...outcome, reason: redact(outcome.reason) });
}
/**
 * The same redactor, remembering each answer: a transcript names the same few models and tools in
 * every one of its responses, a session's id is in each of its files, and each distinct name need
 * only be redacted once per run. Meant for names; long texts (summaries, problems) go through the
 * plain redactor and are not kept twice.
 */
function memoised(redact) {
    const seen = new Map();
    return (text) => {
        let shown = seen.get(text);
        if (shown === undefined)
            seen.set(text, (shown = redact(text)));
        return shown;
    };
}
function redactDigest(digest, redact, names) {
    return {
        ...digest,
        sessionId: names(digest.sessionId),
        projectPath: digest.projectPath === null ? null : redact(digest.projectPath),
        tools: redactKeys(digest.tools, names),
        summaries: digest.summaries.map((summary) => ({ ...summary, text: redact(summary.text) })),
        problems: digest.problems.map(redact),
        transcript: digest.transcript === null ? null : redactTranscript(digest.transcript, redact, names),
    };
}
function redactTranscript(facts, redact, names) {
    const orNull = (value) => (value === null ? null : redact(value));
    return {
        ...facts,
        agent: facts.agent && {
            agentId: redact(facts.agent.agentId),
            type: orNull(facts.agent.type),
            description: orNull(facts.agent.description),
        },
        responses: facts.responses.map((response) => redactResponse(response, names)),
        toolErrors: redactKeys(facts.toolErrors, names),
        versions: [...new Set(facts.versions.map(names))],
        branches: [...new Set(facts.branches.map(names))],
        run: facts.run && {
            ...facts.run,
            models: facts.run.models.map((model) => ({ ...model, model: redact(model.model) })),
            subtype: orNull(facts.run.subtype),
        },
    };
}
/**
 * A response with its model and tool names redacted: the same object when redaction changes none
 * of them, as it almost never does (a transcript holds thousands of responses, and names repeat).
 */
function redactResponse(response, names) {
    const model = names(response.model);
    const toolUses = redactNames(response.toolUses, names);
    return model === response.model && toolUses === response.toolUses
        ? response
        : { ...response, model, toolUses };
}
/** The names redacted, or the same array when none of them changes. */
function redactNames(values, redact) {
    for (let index = 0; index < values.length; index++)
        if (redact(values[index]) !== values[index])
            return values.map(redact);
    return values;
}
/** Counts by name, with the names redacted: names that redact alike add up, in one pass. */
function redactKeys(counts, redact) {
    const result = new Map();
    for (const [name, count] of counts) {
        const shown = redact(name);
        result.set(shown, (result.get(shown) ?? 0) + count);
    }
    return result;
}


/***/ }),

/***/ 980:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ee: () => (/* binding */ UsageTally),
/* harmony export */   L0: () => (/* binding */ keepEachResponseOnce),
/* harmony export */   p6: () => (/* binding */ exportTokens)
/* harmony export */ });
/* unused harmony exports tokenTotal, summaryOf, addTokens */
/* harmony import */ var _pricing_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(309);

/**
 * Each response once, by `message.id`, across every source: the most complete copy is kept, and
 * counted in the source that holds it. A response is billed once, whatever its copies (a resumed
 * session rewrites the earlier conversation into its file, a subagent's file can replay its
 * parent's responses). Returns, per source and in its order, the responses kept there.
 * Sources should come in a fixed order (by path), which settles copies that are equal in all else.
 */
function keepEachResponseOnce(sources) {
    // A copy that wins is put last, so the map holds each source's kept responses in its order.
    const kept = new Map();
    sources.forEach((source, index) => {
        for (const record of source.responses) {
            const seen = kept.get(record.id);
            if (seen === undefined)
                kept.set(record.id, { record, source: index });
            else if (isBetterCopy(sources, record, index, seen.record, seen.source)) {
                kept.delete(record.id);
                kept.set(record.id, { record, source: index });
            }
        }
    });
    const bySource = sources.map(() => []);
    for (const { record, source } of kept.values())
        bySource[source].push(record);
    return bySource;
}
/**
 * A copy in an execution file with a run wins (the run's totals already hold it); then a
 * non-sidechain copy over a sidechain one; then the larger token total (streaming lines carry a
 * partial output count); then the copy in the file that started earlier.
 */
function isBetterCopy(sources, record, index, seen, seenIndex) {
    const [source, seenSource] = [sources[index], sources[seenIndex]];
    if (source.fromRun !== seenSource.fromRun)
        return source.fromRun;
    if (record.sidechain !== seen.sidechain)
        return !record.sidechain;
    const [total, seenTotal] = [tokenTotal(record.tokens), tokenTotal(seen.tokens)];
    if (total !== seenTotal)
        return total > seenTotal;
    const [first, seenFirst] = [source.firstActivity, seenSource.firstActivity];
    return first !== null && (seenFirst === null || first < seenFirst);
}
function exportTokens(tokens) {
    return {
        input: tokens.input,
        output: tokens.output,
        cache_creation: tokens.cacheWrite5m + tokens.cacheWrite1h,
        cache_read: tokens.cacheRead,
    };
}
/** Every token of a response, whatever its kind (web searches are requests, not tokens). */
function tokenTotal(tokens) {
    return tokens.input + tokens.output + tokens.cacheWrite5m + tokens.cacheWrite1h + tokens.cacheRead;
}
/** Usage adding up, one model at a time. */
class UsageTally {
    models = new Map();
    cost = 0;
    /**
     * Kept responses, each with its cost (`costOf`, at the same index), or null when its model has no
     * price.
     */
    addResponses(responses, costs) {
        for (let index = 0; index < responses.length; index++) {
            const response = responses[index];
            // Claude Code's own lines for API errors and interruptions: no usage, no price.
            if (response.model === _pricing_js__WEBPACK_IMPORTED_MODULE_0__/* .SYNTHETIC_MODEL */ .Kx)
                continue;
            const model = this.model(response.model);
            model.responses += 1;
            addTokens(model.tokens, response.tokens);
            this.addCost(model, costs[index]);
        }
    }
    /**
     * An execution file's run: its tokens and cost per model and its total cost, as Claude Code
     * computed them. `responses` counts the run's responses by model.
     */
    addRun(run, responses) {
        let modelsCost = 0;
        for (const usage of run.models) {
            const model = this.model(usage.model);
            model.responses += responses.get(usage.model) ?? 0;
            addTokens(model.tokens, usage.tokens);
            if (usage.costUsd === null)
                model.unpriced = true;
            else {
                model.cost += usage.costUsd;
                modelsCost += usage.costUsd;
            }
        }
        // The run's own total is its cost, even where it differs from the sum of its models.
        this.cost += run.costUsd ?? modelsCost;
    }
    summary() {
        const models = [...this.models].map(([model, tally]) => ({
            model,
            responses: tally.responses,
            tokens: { ...tally.tokens },
            costUsd: tally.unpriced ? null : tally.cost,
        }));
        return summaryOf(models, this.cost);
    }
    model(name) {
        let tally = this.models.get(name);
        if (tally === undefined) {
            tally = { responses: 0, tokens: zeroTokens(), cost: 0, unpriced: false };
            this.models.set(name, tally);
        }
        return tally;
    }
    addCost(model, costUsd) {
        if (costUsd === null)
            model.unpriced = true;
        else {
            model.cost += costUsd;
            this.cost += costUsd;
        }
    }
}
/**
 * A usage summary of models (sorted here: highest cost first, unpriced last, ties by name), its
 * tokens the sum of theirs. `costUsd` is the priced part, given apart because an execution run's
 * own total may differ from its models' sum.
 */
function summaryOf(models, costUsd) {
    const tokens = zeroTokens();
    for (const usage of models)
        addTokens(tokens, usage.tokens);
    const sorted = models.toSorted(byCost);
    return {
        models: sorted,
        tokens,
        costUsd,
        unpricedModels: sorted.filter((usage) => usage.costUsd === null).map((usage) => usage.model),
    };
}
function byCost(a, b) {
    if ((a.costUsd === null) !== (b.costUsd === null))
        return a.costUsd === null ? 1 : -1;
    const byDollars = (b.costUsd ?? 0) - (a.costUsd ?? 0);
    if (byDollars !== 0)
        return byDollars;
    return a.model < b.model ? -1 : a.model > b.model ? 1 : 0;
}
function zeroTokens() {
    return { input: 0, output: 0, cacheWrite5m: 0, cacheWrite1h: 0, cacheRead: 0, webSearches: 0 };
}
function addTokens(sum, tokens) {
    sum.input += tokens.input;
    sum.output += tokens.output;
    sum.cacheWrite5m += tokens.cacheWrite5m;
    sum.cacheWrite1h += tokens.cacheWrite1h;
    sum.cacheRead += tokens.cacheRead;
    sum.webSearches += tokens.webSearches;
}


/***/ }),

/***/ 598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 798:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Brp: () => (/* binding */ ZodISODate),
  YOg: () => (/* binding */ array),
  k5n: () => (/* binding */ _enum),
  aig: () => (/* binding */ number),
  Ikc: () => (/* binding */ object),
  g1P: () => (/* binding */ record),
  rej: () => (/* binding */ strictObject),
  YjP: () => (/* binding */ string),
  L5J: () => (/* binding */ unknown)
});

// UNUSED EXPORTS: ZodAny, ZodArray, ZodBase64, ZodBase64URL, ZodBigInt, ZodBigIntFormat, ZodBoolean, ZodCIDRv4, ZodCIDRv6, ZodCUID, ZodCUID2, ZodCatch, ZodCodec, ZodCreditCard, ZodCustom, ZodCustomStringFormat, ZodDate, ZodDefault, ZodDiscriminatedUnion, ZodE164, ZodEmail, ZodEmoji, ZodEnum, ZodExactOptional, ZodFile, ZodFunction, ZodGUID, ZodIBAN, ZodIPv4, ZodIPv6, ZodISODateTime, ZodISODuration, ZodISOTime, ZodInstanceOf, ZodIntersection, ZodJWT, ZodKSUID, ZodLazy, ZodLiteral, ZodMAC, ZodMap, ZodNaN, ZodNanoID, ZodNever, ZodNonOptional, ZodNull, ZodNullable, ZodNumber, ZodNumberFormat, ZodObject, ZodOptional, ZodPipe, ZodPrefault, ZodPreprocess, ZodPromise, ZodReadonly, ZodRecord, ZodSet, ZodString, ZodStringFormat, ZodSuccess, ZodSymbol, ZodTemplateLiteral, ZodTransform, ZodTuple, ZodType, ZodULID, ZodURL, ZodUUID, ZodUndefined, ZodUnion, ZodUnknown, ZodVoid, ZodXID, ZodXor, _ZodString, _default, _function, any, base64, base64url, bigint, boolean, catch, check, cidrv4, cidrv6, codec, creditCard, cuid, cuid2, currencyCode, custom, date, describe, discriminatedUnion, e164, email, emoji, exactOptional, file, float32, float64, function, guid, hash, hex, hostname, httpUrl, iban, instanceof, int, int32, int64, intersection, invertCodec, ipv4, ipv6, json, jwt, keyof, ksuid, lazy, literal, looseObject, looseRecord, mac, map, meta, nan, nanoid, nativeEnum, never, nonoptional, null, nullable, nullish, optional, partialRecord, pipe, prefault, preprocess, promise, readonly, refine, set, stringFormat, stringbool, success, superRefine, symbol, templateLiteral, transform, tuple, uint32, uint64, ulid, undefined, union, url, uuid, uuidv4, uuidv6, uuidv7, void, xid, xor

// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core_core = __nccwpck_require__(532);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/util.js
var core_util = __nccwpck_require__(723);
;// CONCATENATED MODULE: ./node_modules/zod/v4/core/memoizer.js

class $ZodCyclicError extends Error {
    constructor() {
        super(`Cannot parse a reference cycle that closes through a transform`);
        this.name = "ZodCyclicError";
    }
}
/** Keyed off the context object every schema in one parse call already shares. */
const STATE = "~memo";
const NO_ISSUES = [];
// a value a cycle can close through
function isRef(value) {
    return value !== null && typeof value === "object";
}
// Receivers prefix paths in place, so the cache and every hand-out need their own copies.
function cloneIssues(issues) {
    return issues.map((iss) => (iss.path ? { ...iss, path: iss.path.slice() } : { ...iss }));
}
const recursive = /*@__PURE__*/ new WeakMap();
/** What the walk established, in order of certainty: ordered so the strongest answer among children wins. */
const NONE = 0;
const ASSUMED = 1;
const PROVEN = 2;
/** Whether this schema's subtree contains a cycle, so one parse can re-enter it. */
function isRecursive(inst, stack, resolve) {
    const cached = recursive.get(inst);
    if (cached !== undefined)
        return cached ? PROVEN : NONE;
    // Relative to the walk in progress, so not cached.
    if (stack.has(inst))
        return PROVEN;
    stack.add(inst);
    let result = NONE;
    const check = (child) => {
        if (result !== PROVEN && child?._zod) {
            const answer = isRecursive(child, stack, resolve);
            if (answer > result)
                result = answer;
        }
    };
    // `Reflect.ownKeys` rather than `Object.keys`, so a cycle through a declared symbol key is still seen
    const shape = (sh, spread) => {
        let answer = NONE;
        for (const key of Reflect.ownKeys(sh)) {
            const desc = Object.getOwnPropertyDescriptor(sh, key);
            // an object resolves its shape by spread, so a key it does not enumerate is never parsed; `z.properties` reads every own key and so keeps them all
            if (spread && !desc.enumerable)
                continue;
            // resolving runs user code, and a factory mints a fresh subtree per read, so an edge the walk can't follow counts as a cycle
            const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
            if (child > answer)
                answer = child;
        }
        return answer;
    };
    const merge = (answer) => {
        if (answer > result)
            result = answer;
    };
    const def = inst._zod.def;
    const kind = def.type;
    switch (kind) {
        case "object": {
            const raw = core_util/* rawShape */.MO(def);
            // a def with no raw shape answers `shape` from an accessor of its own, and running that can mint a whole fresh subtree
            merge(raw ? shape(raw, true) : ASSUMED);
            check(def.catchall);
            break;
        }
        case "array":
            check(def.element);
            break;
        case "tuple":
            for (const el of def.items)
                check(el);
            check(def.rest);
            break;
        case "record":
        case "map":
            check(def.keyType);
            check(def.valueType);
            break;
        case "set":
            check(def.valueType);
            break;
        case "union":
            for (const el of def.options)
                check(el);
            break;
        case "intersection":
            check(def.left);
            check(def.right);
            break;
        case "optional":
        case "nullable":
        case "default":
        case "prefault":
        case "catch":
        case "readonly":
        case "nonoptional":
        case "promise":
        case "success":
            check(def.innerType);
            break;
        case "pipe":
            check(def.in);
            check(def.out);
            break;
        case "function":
            check(def.input);
            check(def.output);
            break;
        // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
        case "lazy": {
            const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : undefined);
            // walked with resolution off: one hop sees past the deferral, and a lazy that yields only another unresolved lazy is generative, so it stops there
            merge(inner ? isRecursive(inner, stack, false) : ASSUMED);
            break;
        }
        // a leaf by choice: `parts` are regex fragments, not data positions
        case "template_literal":
        // leaves
        case "string":
        case "number":
        case "int":
        case "boolean":
        case "bigint":
        case "symbol":
        case "undefined":
        case "null":
        case "void":
        case "never":
        case "any":
        case "unknown":
        case "date":
        case "nan":
        case "enum":
        case "literal":
        case "file":
        case "transform":
        case "custom":
            break;
        default: {
            // a new built-in kind becomes a compile error here
            kind;
            // a user-defined kind can still hold children, and only its author knows where, so fall back to scanning the def — skipping accessors, since reading one can run user code
            for (const key in def) {
                const desc = Object.getOwnPropertyDescriptor(def, key);
                if (!desc || desc.get)
                    continue;
                const value = desc.value;
                if (!value || typeof value !== "object")
                    continue;
                if (value._zod)
                    check(value);
                else if (Array.isArray(value))
                    for (const el of value)
                        check(el);
            }
        }
    }
    stack.delete(inst);
    return settle(inst, result);
}
/** An assumed answer must not outlive the resolution that settles it, so only a certain one is cached. */
function settle(inst, answer) {
    if (answer !== ASSUMED)
        recursive.set(inst, answer === PROVEN);
    return answer;
}
/**
 * Whether one parse can re-enter this schema, i.e. its subtree contains a cycle.
 * Exported for `z.compile`, which refuses to compile such a schema: cycle
 * breaking is driven from here off state keyed on the parse context, and a
 * generated fast path has no context to key on.
 */
function isRecursiveSchema(inst) {
    // z.compile never parses, so nothing would ever resolve a lazy for it; it runs once and already treats a throw here as recursive
    return isRecursive(inst, new Set(), true) !== NONE;
}
function bucketFor(state, inst) {
    let bucket = state.buckets.get(inst);
    if (!bucket) {
        bucket = new WeakMap();
        state.buckets.set(inst, bucket);
    }
    return bucket;
}
// Set immediately before delegating to core and cleared immediately after, so `alloc` registers only for a visit this module is driving.
let handoff;
// Allocated but unfinished entries. `alloc` and the matching pop both happen in the synchronous part of a parse, so they nest even when children are async, and one stack serves every schema.
const memoizer_open = [];
const memo = {
    alloc(_inst, payload, empty) {
        const bucket = handoff;
        if (!bucket)
            return empty;
        handoff = undefined;
        const entry = { value: empty, issues: null };
        bucket.set(payload.value, entry);
        memoizer_open.push(entry);
        return empty;
    },
    guard(inst) {
        var _a;
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                // The value is a placeholder a back-edge is still waiting on, so the cycle closes through this transform. Its output can't exist in time to bind.
                if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
                    throw new $ZodCyclicError();
                return base(payload, ctx);
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
    attach(inst) {
        var _a;
        let isRecursiveInst;
        let rechecked = false;
        // a recursive schema is re-entered many times per parse and its bucket never changes
        let lastCtx;
        let lastBucket;
        // Wraps `parse` in a deferred so it sees the container's final parse. Core's own deferred copies `parse` into `run` when there are no checks, and it ran first, so `run` is patched to match; with checks, `run` reads `parse` dynamically.
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                if (isRecursiveInst === undefined) {
                    const walked = isRecursive(inst, new Set(), false);
                    if (walked === NONE) {
                        // Nothing here can ever fire, so take it back out.
                        inst._zod.parse = base;
                        if (inst._zod.run === wrapped)
                            inst._zod.run = base;
                        return base(payload, ctx);
                    }
                    // this parse resolves the deferred edges on its own path, so ask once more before latching
                    if (walked === PROVEN || rechecked)
                        isRecursiveInst = true;
                    else
                        rechecked = true;
                }
                const input = payload.value;
                if (!isRef(input))
                    return base(payload, ctx);
                let state = ctx[STATE];
                if (!state) {
                    state = { buckets: new WeakMap(), backEdges: undefined };
                    ctx[STATE] = state;
                }
                let bucket;
                if (lastCtx === ctx) {
                    bucket = lastBucket;
                }
                else {
                    bucket = bucketFor(state, inst);
                    lastCtx = ctx;
                    lastBucket = bucket;
                }
                const hit = bucket.get(input);
                if (hit) {
                    payload.value = hit.value;
                    if (hit.issues) {
                        if (hit.issues.length)
                            payload.issues.push(...cloneIssues(hit.issues));
                    }
                    else {
                        // Still being parsed: its own checks cover it, so skip them here.
                        payload.memo = true;
                        state.backEdges ?? (state.backEdges = new WeakSet());
                        state.backEdges.add(hit.value);
                    }
                    return payload;
                }
                handoff = bucket;
                const depth = memoizer_open.length;
                const result = base(payload, ctx);
                handoff = undefined;
                // A container that rejected its input outright allocated nothing.
                const entry = memoizer_open.length > depth ? memoizer_open.pop() : undefined;
                // Both paths written out so the sync one allocates no closure. It runs once per node, and capturing here cost more than everything else combined.
                if (result instanceof Promise) {
                    return result.then((r) => {
                        if (entry)
                            entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
                        return r;
                    });
                }
                if (entry)
                    entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
                return result;
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
};
/** The memoizer that gives containers cycle support. `zod` installs it by default; `zod/mini` opts in with `config({ memoizer: memoizer() })`. */
function memoizer() {
    return memo;
}
/** Whether this value is a node a back-edge resolved to before it finished. */
function isBackEdge(ctx, value) {
    const backEdges = ctx[STATE]?.backEdges;
    return backEdges !== undefined && isRef(value) && backEdges.has(value);
}

// EXTERNAL MODULE: ./node_modules/zod/v4/core/checks.js
var core_checks = __nccwpck_require__(890);
;// CONCATENATED MODULE: ./node_modules/zod/v4/core/doc.js
class Doc {
    constructor(args = [], closed = {}) {
        this.content = [];
        this.indent = 0;
        this.args = args;
        this.closed = closed;
    }
    // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
    indented(fn) {
        this.indent += 1;
        try {
            fn(this);
        }
        finally {
            this.indent -= 1;
        }
    }
    write(arg) {
        if (typeof arg === "function") {
            arg(this, { execution: "sync" });
            arg(this, { execution: "async" });
            return;
        }
        const content = arg;
        const lines = content.split("\n").filter((x) => x);
        const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
        const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
        for (const line of dedented) {
            this.content.push(line);
        }
    }
    compile() {
        const F = Function;
        const content = this?.content ?? [``];
        const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\n${content.join("\n")}\n};`);
        return factory(...Object.values(this.closed));
    }
}

// EXTERNAL MODULE: ./node_modules/zod/v4/core/regexes.js
var core_regexes = __nccwpck_require__(908);
;// CONCATENATED MODULE: ./node_modules/zod/v4/core/versions.js
const version = {
    major: 4,
    minor: 6,
    patch: 7,
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/schemas.js







const $ZodType = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodType", (inst, def) => {
    var _a;
    inst ?? (inst = {});
    inst._zod.def = def; // set _def property
    inst._zod.bag = inst._zod.bag || {}; // initialize _bag object
    inst._zod.version = version;
    const defChecks = inst._zod.def.checks;
    // if inst is itself a checks.$ZodCheck, run it as a check
    const checks = inst._zod.traits.has("$ZodCheck")
        ? [inst, ...(defChecks ?? [])]
        : defChecks?.length
            ? [...defChecks]
            : [];
    for (const ch of checks) {
        for (const fn of ch._zod.onattach) {
            fn(inst);
        }
    }
    if (checks.length === 0) {
        // deferred initializer inst._zod.parse is not yet defined
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred?.push(() => {
            inst._zod.run = inst._zod.parse;
        });
    }
    else {
        const runChecks = (payload, checks, ctx) => {
            if (payload.memo)
                return payload;
            let isAborted = core_util/* aborted */.QH(payload);
            let asyncResult;
            for (const ch of checks) {
                if (ch._zod.def.when) {
                    if (core_util/* explicitlyAborted */.rL(payload))
                        continue;
                    const shouldRun = ch._zod.def.when(payload);
                    if (!shouldRun)
                        continue;
                }
                else if (isAborted) {
                    continue;
                }
                const currLen = payload.issues.length;
                const _ = ch._zod.check(payload);
                if (_ instanceof Promise && ctx?.async === false) {
                    throw new core_core/* $ZodAsyncError */.GT();
                }
                if (asyncResult || _ instanceof Promise) {
                    asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                        await _;
                        const nextLen = payload.issues.length;
                        if (nextLen === currLen)
                            return;
                        core_util/* attachSchema */.d3(payload.issues, currLen, inst);
                        if (!isAborted)
                            isAborted = core_util/* aborted */.QH(payload, currLen);
                    });
                }
                else {
                    const nextLen = payload.issues.length;
                    if (nextLen === currLen)
                        continue;
                    core_util/* attachSchema */.d3(payload.issues, currLen, inst);
                    if (!isAborted)
                        isAborted = core_util/* aborted */.QH(payload, currLen);
                }
            }
            if (asyncResult) {
                return asyncResult.then(() => {
                    return payload;
                });
            }
            return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
            // abort if the canary is aborted
            if (core_util/* aborted */.QH(canary)) {
                canary.aborted = true;
                return canary;
            }
            // run checks first, then
            const checkResult = runChecks(payload, checks, ctx);
            if (checkResult instanceof Promise) {
                if (ctx.async === false)
                    throw new core_core/* $ZodAsyncError */.GT();
                return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
            }
            return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
            if (ctx.skipChecks) {
                return inst._zod.parse(payload, ctx);
            }
            if (ctx.direction === "backward") {
                // run canary initial pass (no checks)
                const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
                if (canary instanceof Promise) {
                    return canary.then((canary) => {
                        return handleCanaryResult(canary, payload, ctx);
                    });
                }
                return handleCanaryResult(canary, payload, ctx);
            }
            // forward
            const result = inst._zod.parse(payload, ctx);
            if (result instanceof Promise) {
                if (ctx.async === false)
                    throw new core_core/* $ZodAsyncError */.GT();
                return result.then((result) => runChecks(result, checks, ctx));
            }
            return runChecks(result, checks, ctx);
        };
    }
}, {
    // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
    get "~standard"() {
        return core_util/* hide */.jD(this, "~standard", standardProps(this));
    },
    set "~standard"(value) {
        core_util/* own */.qh(this, "~standard", value);
    },
});
/** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
// a Standard Schema result only reports issues, so a failure finalizes them straight off the raw payload: no ZodError, and no lazy result to read through
const toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())) } : { value: r.value };
async function validateAsync(inst, value) {
    const ctx = { async: true };
    return toStandardResult((await inst._zod.run({ value, issues: [] }, ctx)), ctx);
}
function standardProps(inst) {
    return {
        validate: (value) => {
            const ctx = { async: false };
            try {
                const r = inst._zod.run({ value, issues: [] }, ctx);
                if (!(r instanceof Promise))
                    return toStandardResult(r, ctx);
            }
            catch (_) { }
            // async function so a synchronously throwing check rejects instead of escaping validate
            return validateAsync(inst, value);
        },
        vendor: "zod",
        version: 1,
    };
}

const $ZodString = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodString", (inst, def) => {
    $ZodType.init(inst, def);
    // a format's own pattern, else unbounded; a template literal derives the check-aware form itself
    inst._zod.pattern = def.pattern ?? core_regexes/* anyString */.gp;
    inst._zod.parse = (payload, _) => {
        if (def.coerce)
            try {
                payload.value = String(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "string")
            return payload;
        payload.issues.push({
            expected: "string",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodStringFormat = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodStringFormat", (inst, def) => {
    // check initialization must come first
    core_checks/* $ZodCheckStringFormat */.ql.init(inst, def);
    $ZodString.init(inst, def);
});
const $ZodGUID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodGUID", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* guid */.Os);
    $ZodStringFormat.init(inst, def);
});
const $ZodUUID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodUUID", (inst, def) => {
    if (def.version) {
        const versionMap = {
            v1: 1,
            v2: 2,
            v3: 3,
            v4: 4,
            v5: 5,
            v6: 6,
            v7: 7,
            v8: 8,
        };
        const v = versionMap[def.version];
        if (v === undefined)
            throw new Error(`Invalid UUID version: "${def.version}"`);
        def.pattern ?? (def.pattern = core_regexes/* uuid */.uR(v));
    }
    else
        def.pattern ?? (def.pattern = core_regexes/* uuid */.uR());
    $ZodStringFormat.init(inst, def);
});
const $ZodEmail = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodEmail", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* email */.Rp);
    $ZodStringFormat.init(inst, def);
});
/** The `://` guard rejected the input before the URL constructor saw it. */
const URL_BAD_FORMAT = 1;
/** The URL parser rejected the input. */
const URL_UNPARSEABLE = 2;
function canParseURL(input) {
    try {
        if (typeof URL !== "undefined" && typeof URL.canParse === "function")
            return URL.canParse(input);
        new URL(input);
        return true;
    }
    catch {
        return false;
    }
}
function validateURL(trimmed, def) {
    if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
        return canParseURL(trimmed) || URL_UNPARSEABLE;
    }
    return parseURLObject(trimmed, def);
}
/** Parses a URL while preserving the non-normalizing HTTP guard. */
function parseURLObject(trimmed, def) {
    // When normalize is off, require :// for http/https URLs. This prevents strings like "http:example.com" or "https:/path" from being silently accepted
    if (!def.normalize && def.protocol?.source === core_regexes/* httpProtocol */.F.source && !/^https?:\/\//i.test(trimmed)) {
        return URL_BAD_FORMAT;
    }
    try {
        if (typeof URL !== "undefined") {
            const URLStatic = URL;
            if (typeof URLStatic.parse === "function")
                return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
        }
        // @ts-ignore
        return new URL(trimmed);
    }
    catch {
        return URL_UNPARSEABLE;
    }
}
const asciiTabOrNewline = /[\t\n\r]/g;
/** The URL parser deletes every ASCII tab, LF and CR from its input before it parses, so `new URL("https://exa\nmple.com")` reports on `example.com`. Applying the same deletion to the returned value closes the half of that divergence which can move the host; the parser's other rewrite, stripping C0 controls at the edges, cannot. */
function stripTabAndNewline(value) {
    return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
    hostname.lastIndex = 0;
    return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
    protocol.lastIndex = 0;
    return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
const $ZodURL = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodURL", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        try {
            // Trim whitespace from input
            const trimmed = payload.value.trim();
            const url = validateURL(trimmed, def);
            if (url === URL_BAD_FORMAT) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid URL format",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === URL_UNPARSEABLE) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === true) {
                payload.value = stripTabAndNewline(trimmed);
                return;
            }
            if (def.hostname && !urlHostnameOk(url, def.hostname)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid hostname",
                    pattern: def.hostname.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            if (def.protocol && !urlProtocolOk(url, def.protocol)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid protocol",
                    pattern: def.protocol.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            // Set the output value based on normalize flag
            payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
            return;
        }
        catch (_) {
            payload.issues.push({
                code: "invalid_format",
                format: "url",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodEmoji = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodEmoji", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* emoji */.Zg());
    $ZodStringFormat.init(inst, def);
});
const $ZodNanoID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNanoID", (inst, def) => {
    if (def.length !== undefined && (!Number.isInteger(def.length) || def.length < 1))
        throw new Error(`Invalid nanoid length: ${def.length}`);
    def.pattern ?? (def.pattern = def.length === undefined ? core_regexes/* nanoid */.Ak : core_regexes/* nanoidOfLength */.D2(def.length));
    $ZodStringFormat.init(inst, def);
});
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link $ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const $ZodCUID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCUID", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* cuid */.gF);
    $ZodStringFormat.init(inst, def);
});
const $ZodCUID2 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCUID2", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* cuid2 */.Gl);
    $ZodStringFormat.init(inst, def);
});
const $ZodULID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodULID", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* ulid */.Z0);
    $ZodStringFormat.init(inst, def);
});
const $ZodXID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodXID", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* xid */.kM);
    $ZodStringFormat.init(inst, def);
});
const $ZodKSUID = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodKSUID", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* ksuid */.fO);
    $ZodStringFormat.init(inst, def);
});
const $ZodISODateTime = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodISODateTime", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* datetime */.w$(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODate = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodISODate", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* date */.p6);
    $ZodStringFormat.init(inst, def);
});
const $ZodISOTime = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodISOTime", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* time */.kB(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODuration = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodISODuration", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* duration */.p0);
    $ZodStringFormat.init(inst, def);
});
const $ZodIPv4 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodIPv4", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* ipv4 */.uX);
    $ZodStringFormat.init(inst, def);
});
/** An IPv6 address is written with hex digits, colons and dots, and nothing else. The guard is what makes the check below an IPv6 check: `new URL("http://[...]")` parses an authority, not an address, so `@` and `\` re-delimit it and `"::@1\\"` validates against the host `0.0.0.1`. The URL parser also deletes ASCII tab, LF and CR rather than failing, which is how `"::1\n"` validated as `::1`. */
const ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
    if (!ipv6Alphabet.test(value))
        return false;
    return canParseURL(`http://[${value}]`);
}
const $ZodIPv6 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodIPv6", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* ipv6 */.ug);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidIPv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "ipv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMAC", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.mac(def.delimiter));
    $ZodStringFormat.init(inst, def);
})));
const $ZodCIDRv4 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCIDRv4", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* cidrv4 */.zr);
    $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
    const parts = value.split("/");
    if (parts.length !== 2)
        return false;
    const [address, prefix] = parts;
    if (!prefix)
        return false;
    const prefixNum = Number(prefix);
    if (`${prefixNum}` !== prefix)
        return false;
    if (prefixNum < 0 || prefixNum > 128)
        return false;
    return isValidIPv6(address);
}
const $ZodCIDRv6 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCIDRv6", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* cidrv6 */.l7); // not used for validation
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidCIDRv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "cidrv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
//////////////////////////////   ZodBase64   //////////////////////////////
function isValidBase64(data) {
    if (data === "")
        return true;
    // atob ignores whitespace, so reject it up front.
    if (/\s/.test(data))
        return false;
    if (data.length % 4 !== 0)
        return false;
    try {
        // @ts-ignore
        atob(data);
        return true;
    }
    catch {
        return false;
    }
}
// lax on purpose: the quantified regexes.base64 overflows the regex stack on multi-MB input and its leading ^$| alternation leaks through template-literal composition; isValidBase64 enforces length and padding
const base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
const $ZodBase64 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodBase64", (inst, def) => {
    def.pattern ?? (def.pattern = base64Charset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
//////////////////////////////   ZodBase64URL   //////////////////////////////
// lax on purpose: the quantified regexes.base64url overflows the regex stack on multi-MB input; isValidBase64 enforces length on the padded string
const base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
    if (!base64urlCharset.test(data))
        return false;
    const base64 = data.replace(/[-_]/g, (c) => (c === "-" ? "+" : "/"));
    const padded = base64.padEnd(Math.ceil(base64.length / 4) * 4, "=");
    return isValidBase64(padded);
}
const $ZodBase64URL = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodBase64URL", (inst, def) => {
    def.pattern ?? (def.pattern = base64urlCharset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64URL(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64url",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodE164 = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodE164", (inst, def) => {
    def.pattern ?? (def.pattern = core_regexes/* e164 */.hQ);
    $ZodStringFormat.init(inst, def);
});
//////////////////////////////   ZodCreditCard   //////////////////////////////
const CC_SANITIZE = /[- ]/g;
/** Luhn checksum on a digit-only string. Adapted from valibot (MIT). */
function isLuhnAlgo(digits) {
    let length = digits.length;
    let bit = 1;
    let sum = 0;
    while (length) {
        const value = digits.charCodeAt(--length) - 48;
        bit ^= 1;
        sum += bit ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][value] : value;
    }
    return sum % 10 === 0;
}
function isValidCreditCard(input) {
    if (!regexes.creditCard.test(input))
        return false;
    return isLuhnAlgo(input.replace(CC_SANITIZE, ""));
}
const $ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCreditCard", (inst, def) => {
    // Shape only — the Luhn check below is not expressible as a pattern, so consumers of `pattern` (JSON Schema, template literals) get the length and separator rules alone.
    def.pattern ?? (def.pattern = regexes.creditCard);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidCreditCard(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "credit_card",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodIBAN   //////////////////////////////
// iso 7064 mod 97-10 checksum without BigInt
function isIso7064Mod97(iban) {
    let remainder = 0;
    const len = iban.length;
    for (let i = 4; i < len; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    for (let i = 0; i < 4; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    return remainder === 1;
}
function isValidIBAN(input) {
    if (!regexes.iban.test(input))
        return false;
    return isIso7064Mod97(input);
}
const $ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodIBAN", (inst, def) => {
    // shape only — checksum is not expressible as a pattern
    def.pattern ?? (def.pattern = regexes.iban);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidIBAN(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "iban",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodJWT   //////////////////////////////
function isValidJWT(token, algorithm = null) {
    try {
        const tokensParts = token.split(".");
        if (tokensParts.length !== 3)
            return false;
        const [header] = tokensParts;
        if (!header)
            return false;
        // @ts-ignore
        const parsedHeader = JSON.parse(atob(header));
        if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
            return false;
        if (!parsedHeader.alg)
            return false;
        if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
            return false;
        return true;
    }
    catch {
        return false;
    }
}
const $ZodJWT = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodJWT", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidJWT(payload.value, def.alg))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "jwt",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCustomStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (def.fn(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: def.format,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodNumber = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNumber", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = core_regexes/* number */.ai;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Number(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
            return payload;
        }
        const received = typeof input === "number"
            ? Number.isNaN(input)
                ? "NaN"
                : !Number.isFinite(input)
                    ? String(input)
                    : undefined
            : undefined;
        payload.issues.push({
            expected: "number",
            code: "invalid_type",
            input,
            inst,
            ...(received ? { received } : {}),
        });
        return payload;
    };
});
const $ZodNumberFormat = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNumberFormat", (inst, def) => {
    core_checks/* $ZodCheckNumberFormat */.KH.init(inst, def);
    $ZodNumber.init(inst, def); // no format checks
});
const $ZodBoolean = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodBoolean", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.boolean;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Boolean(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "boolean")
            return payload;
        payload.issues.push({
            expected: "boolean",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodBigInt = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodBigInt", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = core_regexes/* bigint */.o;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = BigInt(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "bigint")
            return payload;
        payload.issues.push({
            expected: "bigint",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodBigIntFormat", (inst, def) => {
    checks.$ZodCheckBigIntFormat.init(inst, def);
    $ZodBigInt.init(inst, def); // no format checks
})));
const $ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSymbol", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "symbol")
            return payload;
        payload.issues.push({
            expected: "symbol",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodUndefined", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.undefined;
    inst._zod.values = new Set([undefined]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "undefined",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNull", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.null;
    inst._zod.values = new Set([null]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (input === null)
            return payload;
        payload.issues.push({
            expected: "null",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodAny", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
})));
const $ZodUnknown = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodUnknown", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
});
const $ZodNever = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNever", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        payload.issues.push({
            expected: "never",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodVoid", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "void",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodDate = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodDate", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce) {
            try {
                payload.value = new Date(payload.value);
            }
            catch (_err) { }
        }
        const input = payload.value;
        const isDate = input instanceof Date;
        const isValidDate = isDate && !Number.isNaN(input.getTime());
        if (isValidDate)
            return payload;
        payload.issues.push({
            expected: "date",
            code: "invalid_type",
            input,
            ...(isDate ? { received: "Invalid Date" } : {}),
            inst,
        });
        return payload;
    };
});
// an oversized container fails its leading size checks before any element is parsed
function capSize(inst, size) {
    const caps = core_util/* sizeCaps */.hi(inst._zod.def.checks);
    if (!caps.length)
        return;
    const cap = Math.min(...caps.map((c) => c[0]));
    const parse = inst._zod.parse;
    inst._zod.parse = (payload, ctx) => {
        const n = size(payload.value);
        if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
            for (const [max, ch] of core_util/* sizeCaps */.hi(inst._zod.def.checks)) {
                if (n > max && ch._zod.def.when(payload)) {
                    const start = payload.issues.length;
                    ch._zod.check(payload);
                    // the value is still the raw input, so no later check may read it
                    payload.issues[start].continue = false;
                    core_util/* attachSchema */.d3(payload.issues, start, inst);
                    return payload;
                }
            }
        }
        return parse(payload, ctx);
    };
}
const arraySize = (input) => (Array.isArray(input) ? input.length : -1);
const mapSize = (input) => (input instanceof Map ? input.size : -1);
const setSize = (input) => (input instanceof Set ? input.size : -1);
function handleArrayResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...core_util/* prefixIssues */.lQ(index, result.issues));
    }
    final.value[index] = result.value;
}
const $ZodArray = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodArray", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core_core/* globalConfig */.cr.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                expected: "array",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
            const item = input[i];
            const result = def.element._zod.run({
                value: item,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleArrayResult(result, payload, i)));
            }
            else {
                handleArrayResult(result, payload, i);
                // the element's payload is authoritative here, since handleArrayResult forwards every issue; an object's is not, because it drops a failed absent optional
                if (abortEarly && result.issues.length !== 0 && core_util/* aborted */.QH(result))
                    break;
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload; //handleArrayResultsAsync(parseResults, final);
    };
    capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
    const isPresent = key in input;
    const isOptionalOut = optout === "optional";
    // The middle rung means "absence permitted, nothing supplied in its place", so an absent key contributes nothing — whatever the schema made of `undefined` is invented, not substituted. Only `optional` reaches this with a value: `defaulted` substitutes, and a schema that isn't optional-out has to keep the key.
    if (!isPresent && isOptionalOut && optin === "optional") {
        return;
    }
    if (result.issues.length) {
        // For optional-in/out schemas, ignore errors on absent keys.
        if (optin !== undefined && isOptionalOut && !isPresent) {
            return;
        }
        final.issues.push(...core_util/* prefixIssues */.lQ(key, result.issues));
    }
    if (!isPresent && optin === undefined) {
        if (!result.issues.length) {
            final.issues.push({
                code: "invalid_type",
                expected: "nonoptional",
                input: undefined,
                path: [key],
            });
        }
        return;
    }
    if (result.value === undefined) {
        if (isPresent || (optin === "defaulted" && !isOptionalOut)) {
            final.value[key] = undefined;
        }
    }
    else {
        final.value[key] = result.value;
    }
}
// one shared instance; a fresh [] per schema cost 56 bytes retained
const NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
    const keys = Object.keys(def.shape);
    const ownSymbols = Object.getOwnPropertySymbols(def.shape);
    const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
    // aliases `keys` when there are no symbols, so a string-only shape keeps one array
    const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
    for (const k of allKeys) {
        if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
            throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
        }
    }
    const okeys = core_util/* optionalKeys */.NM(def.shape);
    return {
        ...def,
        allKeys,
        symbolKeys,
        // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
        keySet: new Set(keys),
        numKeys: keys.length,
        optionalKeys: new Set(okeys),
    };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
    const unrecognized = [];
    const keySet = def.keySet;
    const _catchall = def.catchall._zod;
    const t = _catchall.def.type;
    const optin = _catchall.optin;
    const optout = _catchall.optout;
    // starts at 0, not the current length: the shape phase already ran and may have aborted
    let seen = 0;
    for (const key in input) {
        if (abortEarly && payload.issues.length !== seen) {
            if (core_util/* aborted */.QH(payload, seen))
                break;
            seen = payload.issues.length;
        }
        // Must precede the __proto__ branch: a declared key is not unrecognized, even though the shape loop deliberately strips __proto__ from the parsed output.
        if (keySet.has(key))
            continue;
        // Don't copy an undeclared __proto__ into the result; assignment to a plain {} would replace the result prototype. But in strict mode it is still an unknown key, so report it before skipping.
        if (key === "__proto__") {
            if (t === "never")
                unrecognized.push(key);
            continue;
        }
        if (t === "never") {
            unrecognized.push(key);
            continue;
        }
        const r = _catchall.run({ value: input[key], issues: [] }, ctx);
        if (r instanceof Promise) {
            proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
        }
        else {
            handlePropertyResult(r, payload, key, input, optin, optout);
        }
    }
    if (unrecognized.length) {
        payload.issues.push({
            code: "unrecognized_keys",
            keys: unrecognized,
            input,
            inst,
            // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
            continue: true,
        });
    }
    if (!proms.length)
        return payload;
    return Promise.all(proms).then(() => {
        return payload;
    });
}
const $ZodObject = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodObject", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodType.init(inst, def);
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    // a cloned def carries its source's accessor, which knows the shape it answers from; adopting that keeps the clone's keys readable without running it
    const sh = desc?.get ? desc.get.raw : (def.shape ?? {});
    if (sh) {
        // Freezes the shape on first read, so its getters resolve once and every later read sees the same schemas.
        const get = () => {
            const newSh = { ...sh };
            Object.defineProperty(def, "shape", { value: newSh });
            get.raw = newSh;
            return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", { get });
    }
    const _normalized = core_util/* cached */.PO(() => normalizeDef(def));
    core_util/* defineLazyInternal */.v5(inst, "propValues", (zod) => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
            const field = shape[key]._zod;
            if (field.values) {
                if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
                    core_util/* assignProp */.Vy(propValues, key, new Set());
                }
                for (const v of field.values)
                    propValues[key].add(v);
                // An omittable slot reads back as undefined at a discriminator lookup, so it has to claim undefined: two options that can both omit the key are not discriminable on it.
                if (field.optin !== undefined)
                    propValues[key].add(undefined);
            }
        }
        return propValues;
    });
    const isObject = core_util/* isObject */.Gv;
    const catchall = def.catchall;
    let value;
    const memo = core_core/* globalConfig */.cr.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
            if (abortEarly && payload.issues.length !== seen) {
                if (core_util/* aborted */.QH(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            if (key === "__proto__")
                continue;
            const el = shape[key];
            const optin = el._zod.optin;
            const optout = el._zod.optout;
            const r = el._zod.run({ value: input[key], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
            }
            else {
                handlePropertyResult(r, payload, key, input, optin, optout);
            }
        }
        if (!catchall) {
            return proms.length ? Promise.all(proms).then(() => payload) : payload;
        }
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
    };
});
const $ZodObjectJIT = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodObjectJIT", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodObject.init(inst, def);
    const superParse = inst._zod.parse;
    const _normalized = core_util/* cached */.PO(() => normalizeDef(def));
    const memo = core_core/* globalConfig */.cr.memoizer;
    const generateFastpass = (shape) => {
        const normalized = _normalized.value;
        const syms = normalized.symbolKeys;
        // a symbol has no source literal, so it is read as `syms[i]` off the closed-over scope
        const doc = new Doc(["payload", "ctx"], { shape, inst, memo, syms });
        const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
        // prefixes in place, like util.prefixIssues. newResult must land before the early return: a catchall runs after this and would otherwise write onto the caller's input
        const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
        doc.write(`const input = payload.value;`);
        const ids = Object.create(null);
        let counter = 0;
        for (const key of normalized.allKeys) {
            ids[key] = `key_${counter++}`;
        }
        // A: preserve key order {
        doc.write(memo ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
        for (const key of normalized.allKeys) {
            if (key === "__proto__")
                continue;
            const id = ids[key];
            const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : core_util/* esc */.UQ(key);
            const isPresent = `${k} in input`;
            const schema = shape[key];
            const optin = schema?._zod?.optin;
            const isOptionalIn = optin !== undefined;
            const isOptionalOut = schema?._zod?.optout === "optional";
            doc.write(`const ${id} = ${parseStr(k)};`);
            if (isOptionalIn && isOptionalOut) {
                // For optional-in/out schemas, ignore errors on absent keys — and, like the interpreted path, drop the value produced alongside them. The middle rung goes further: it permits absence without supplying anything in its place, so an absent key contributes nothing at all.
                const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
                doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
            }
            else if (!isOptionalIn) {
                doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
            }
            else {
                doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
                if (optin === "defaulted") {
                    doc.write(`newResult[${k}] = ${id}.value;`);
                }
                else {
                    doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
                }
            }
        }
        doc.write(`payload.value = newResult;`);
        doc.write(`return payload;`);
        // closing `shape` in is what pays: turbofan specializes the parser against that one shape object, so every `shape[k]._zod.run` folds to a known callee. as a parameter it stays a generic load and measures 13% slower even with the forwarding frame gone
        return doc.compile();
    };
    let fastpass;
    const isObject = core_util/* isObject */.Gv;
    const jit = !core_core/* globalConfig */.cr.jitless;
    const allowsEval = core_util/* allowsEval */.hI;
    const fastEnabled = jit && allowsEval.value; // && !def.catchall;
    const catchall = def.catchall;
    let value;
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
            // always synchronous
            if (!fastpass)
                fastpass = generateFastpass(def.shape);
            payload = fastpass(payload, ctx);
            if (!catchall)
                return payload;
            return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
        }
        return superParse(payload, ctx);
    };
});
function handleUnionResults(results, final, inst, ctx) {
    for (const result of results) {
        if (result.issues.length === 0) {
            final.value = result.value;
            return final;
        }
    }
    const nonaborted = results.filter((r) => !core_util/* aborted */.QH(r));
    if (nonaborted.length === 1) {
        final.value = nonaborted[0].value;
        return nonaborted[0];
    }
    final.issues.push({
        code: "invalid_union",
        input: final.value,
        inst,
        errors: results.map((result) => result.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W()))),
    });
    return final;
}
const $ZodUnion = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodUnion", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted")
        ? "defaulted"
        : zod.def.options.some((o) => o._zod.optin !== undefined)
            ? "optional"
            : undefined);
    core_util/* defineLazyInternal */.v5(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : undefined);
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => {
        if (zod.def.options.every((o) => o._zod.values)) {
            return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
        }
        return undefined;
    });
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => {
        if (zod.def.options.every((o) => o._zod.pattern)) {
            const patterns = zod.def.options.map((o) => o._zod.pattern);
            return new RegExp(`^(${patterns.map((p) => core_util/* cleanRegex */.p6(p.source)).join("|")})$`);
        }
        return undefined;
    });
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                if (result.issues.length === 0)
                    return result;
                results.push(result);
            }
        }
        if (!async)
            return handleUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleUnionResults(results, payload, inst, ctx);
        });
    };
});
function handleExclusiveUnionResults(results, final, inst, ctx) {
    const matches = [];
    for (let i = 0; i < results.length; i++) {
        if (results[i].issues.length === 0)
            matches.push(i);
    }
    if (matches.length === 1) {
        final.value = results[matches[0]].value;
        return final;
    }
    if (matches.length === 0) {
        // No matches - same as regular union
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: results.map((result) => result.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config()))),
        });
    }
    else {
        // Multiple matches - exclusive union failure
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: [],
            inclusive: false,
            matches,
        });
    }
    return final;
}
const $ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodXor", (inst, def) => {
    $ZodUnion.init(inst, def);
    def.inclusive = false;
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                results.push(result);
            }
        }
        if (!async)
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        });
    };
})));
/** Returns the option whose discriminator claims `value`, or throws if ambiguous. */
function getDiscriminatedOption(union, value) {
    const internals = union._zod;
    let map = internals.bag.optionsMap;
    if (!map) {
        map = discriminatorMap(internals.def);
        internals.bag.optionsMap = map;
    }
    const option = map.get(value);
    if (option === null)
        throw new Error(`Ambiguous discriminator value "${String(value)}"`);
    return option;
}
function discriminatorMap(def) {
    const map = new Map();
    for (const option of def.options) {
        const values = option._zod.propValues?.[def.discriminator];
        if (!values || values.size === 0)
            throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
        for (const value of values) {
            if (map.has(value)) {
                if (value !== undefined)
                    throw new Error(`Duplicate discriminator value "${String(value)}"`);
                // keep the collision marked so a later member cannot reclaim it
                map.set(value, null);
            }
            else {
                map.set(value, option);
            }
        }
    }
    return map;
}
const $ZodDiscriminatedUnion = 
/*@__PURE__*/
(/* unused pure expression or super */ null && (core.$constructor("$ZodDiscriminatedUnion", (inst, def) => {
    def.inclusive = false;
    $ZodUnion.init(inst, def);
    const _super = inst._zod.parse;
    util.defineLazyInternal(inst, "propValues", (zod) => {
        const propValues = {};
        let undefinedCount = 0;
        for (const option of zod.def.options) {
            const pv = option._zod.propValues;
            if (!pv || Object.keys(pv).length === 0)
                throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
            if (pv[zod.def.discriminator]?.has(undefined))
                undefinedCount++;
            for (const [k, v] of Object.entries(pv)) {
                if (!Object.prototype.hasOwnProperty.call(propValues, k)) {
                    util.assignProp(propValues, k, new Set());
                }
                for (const val of v) {
                    propValues[k].add(val);
                }
            }
        }
        if (!zod.def.unionFallback && undefinedCount > 1)
            propValues[zod.def.discriminator]?.delete(undefined);
        return propValues;
    });
    // Checked now rather than in the lookup map below, so an option that lacks the discriminator fails at the `discriminatedUnion` call instead of on the first object parsed. Options whose shape cannot be enumerated without resolving it — pipes and lazies — are left to the map.
    def.options.forEach((option, i) => {
        const propShape = util.rawShape(option._zod.def);
        if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator)) {
            throw new Error(`Invalid discriminated union option at index "${i}"`);
        }
    });
    const disc = util.cached(() => discriminatorMap(def));
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!util.isObject(input)) {
            payload.issues.push({
                code: "invalid_type",
                expected: "object",
                input,
                inst,
            });
            return payload;
        }
        const value = input?.[def.discriminator];
        const opt = disc.value.get(value);
        // forward metadata cannot choose an encoder for an absent tag
        if (opt && (value !== undefined || ctx.direction !== "backward")) {
            return opt._zod.run(payload, ctx);
        }
        // Fall back to union matching when the fast discriminator path fails:
        // - explicitly enabled via unionFallback, or
        // - during backward direction (encode), since codec-based discriminators have different values in forward vs backward directions
        if (def.unionFallback || ctx.direction === "backward") {
            return _super(payload, ctx);
        }
        // no matching discriminator
        payload.issues.push({
            code: "invalid_union",
            errors: [],
            note: "No matching discriminator",
            discriminator: def.discriminator,
            options: Array.from(disc.value.keys()).filter((value) => disc.value.get(value) !== null),
            input,
            path: [def.discriminator],
            inst,
        });
        return payload;
    };
})));
const $ZodIntersection = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodIntersection", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        const left = def.left._zod.run({ value: input, issues: [] }, ctx);
        const right = def.right._zod.run({ value: input, issues: [] }, ctx);
        const async = left instanceof Promise || right instanceof Promise;
        if (async) {
            return Promise.all([left, right]).then(([left, right]) => {
                return handleIntersectionResults(payload, left, right);
            });
        }
        return handleIntersectionResults(payload, left, right);
    };
});
function mergeValues(a, b) {
    // const aType = parse.t(a);
    // const bType = parse.t(b);
    if (a === b) {
        return { valid: true, data: a };
    }
    if (a instanceof Date && b instanceof Date && +a === +b) {
        return { valid: true, data: a };
    }
    if (core_util/* isPlainObject */.Qd(a) && core_util/* isPlainObject */.Qd(b)) {
        const bKeys = Object.keys(b);
        const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
        const newObj = { ...a, ...b };
        if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
            delete newObj.__proto__;
        for (const key of sharedKeys) {
            if (key === "__proto__")
                continue;
            const sharedValue = mergeValues(a[key], b[key]);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [key, ...sharedValue.mergeErrorPath],
                };
            }
            newObj[key] = sharedValue.data;
        }
        return { valid: true, data: newObj };
    }
    if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length) {
            return { valid: false, mergeErrorPath: [] };
        }
        const newArray = [];
        for (let index = 0; index < a.length; index++) {
            const itemA = a[index];
            const itemB = b[index];
            const sharedValue = mergeValues(itemA, itemB);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [index, ...sharedValue.mergeErrorPath],
                };
            }
            newArray.push(sharedValue.data);
        }
        return { valid: true, data: newArray };
    }
    return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
    // Track which side(s) reject each key. A key rejection is reported only when BOTH sides reject it, so a key owned by one branch survives the other's key schema. strictObject reports these as unrecognized_keys; a record with an open key schema reports one invalid_key per key.
    const unrecKeys = new Map();
    let unrecIssue;
    const keyIssues = new Map();
    const collect = (iss, side) => {
        let keys;
        if (iss.code === "unrecognized_keys" && !iss.path?.length) {
            unrecIssue ?? (unrecIssue = iss);
            keys = iss.keys;
        }
        else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
            const k = String(iss.path[0]);
            if (!keyIssues.has(k))
                keyIssues.set(k, iss);
            keys = [k];
        }
        else {
            return false;
        }
        for (const k of keys) {
            if (!unrecKeys.has(k))
                unrecKeys.set(k, {});
            unrecKeys.get(k)[side] = true;
        }
        return true;
    };
    for (const iss of left.issues) {
        if (!collect(iss, "l"))
            result.issues.push(iss);
    }
    for (const iss of right.issues) {
        if (!collect(iss, "r"))
            result.issues.push(iss);
    }
    // Report only keys rejected by BOTH sides
    const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
    if (bothKeys.length) {
        const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
        if (aggregated.length)
            result.issues.push({ ...unrecIssue, keys: aggregated });
        for (const k of bothKeys) {
            if (!aggregated.includes(k) && keyIssues.has(k))
                result.issues.push(keyIssues.get(k));
        }
    }
    const merged = mergeValues(left.value, right.value);
    if (!merged.valid) {
        if (core_util/* aborted */.QH(result))
            return result;
        throw new Error(`Unmergable intersection. Error path: ` + `${JSON.stringify(merged.mergeErrorPath)}`);
    }
    result.value = merged.data;
    return result;
}
const $ZodTuple = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodTuple", (inst, def) => {
    $ZodType.init(inst, def);
    const items = def.items;
    const memo = core_core/* globalConfig */.cr.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                input,
                inst,
                expected: "tuple",
                code: "invalid_type",
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, [], ctx) : [];
        const proms = [];
        const optinStart = getTupleOptStart(items, "optin");
        const optoutStart = getTupleOptStart(items, "optout");
        if (!def.rest) {
            if (input.length < optinStart) {
                payload.issues.push({
                    code: "too_small",
                    minimum: optinStart,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
                return payload;
            }
            if (input.length > items.length) {
                payload.issues.push({
                    code: "too_big",
                    maximum: items.length,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
            }
        }
        // Run every item in parallel, collecting results into an indexed array. The post-processing in `handleTupleResults` walks them in order so it can decide whether an absent optional-output error can truncate the tail or must be reported to preserve required output.
        const itemResults = new Array(items.length);
        // only tracked when there is a rest loop to skip
        const abortEarly = def.rest ? ctx?.abortEarly : undefined;
        let itemAborted = false;
        for (let i = 0; i < items.length; i++) {
            const r = items[i]._zod.run({ value: input[i], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((rr) => {
                    itemResults[i] = rr;
                }));
            }
            else {
                itemResults[i] = r;
                if (abortEarly && !itemAborted && r.issues.length)
                    itemAborted = core_util/* aborted */.QH(r);
            }
        }
        // sound because rest is non-empty exactly when every fixed index is present, the one case handleTupleResults cannot discard an item's issues
        if (def.rest && !itemAborted) {
            let i = items.length - 1;
            const rest = input.slice(items.length);
            let seen = payload.issues.length;
            for (const el of rest) {
                if (abortEarly && payload.issues.length !== seen) {
                    if (core_util/* aborted */.QH(payload, seen))
                        break;
                    seen = payload.issues.length;
                }
                i++;
                const result = def.rest._zod.run({ value: el, issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((r) => handleTupleResult(r, payload, i)));
                }
                else {
                    handleTupleResult(result, payload, i);
                }
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => handleTupleResults(itemResults, payload, items, input, optoutStart));
        }
        return handleTupleResults(itemResults, payload, items, input, optoutStart);
    };
});
function getTupleOptStart(items, key) {
    for (let i = items.length - 1; i >= 0; i--) {
        // optin is a three-rung ladder so any rung above `undefined` permits an absent slot; optout stays two-valued.
        const omittable = key === "optin" ? items[i]._zod.optin !== undefined : items[i]._zod.optout === "optional";
        if (!omittable)
            return i + 1;
    }
    return 0;
}
function handleTupleResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...core_util/* prefixIssues */.lQ(index, result.issues));
    }
    final.value[index] = result.value;
}
function handleTupleResults(itemResults, final, items, input, optoutStart) {
    // Walk results in order. Mirror $ZodObject's swallow-on-absent-optional rule, but only after `optoutStart`: the first index where the output tuple tail can be absent.
    for (let i = 0; i < items.length; i++) {
        const r = itemResults[i];
        const isPresent = i < input.length;
        // The array analog of `handlePropertyResult`'s absent-key early return: the middle rung permits absence without supplying anything in its place, so the tail truncates here instead of materializing whatever the item made of `undefined`.
        if (!isPresent && i >= optoutStart && items[i]._zod.optin === "optional") {
            final.value.length = i;
            break;
        }
        if (r.issues.length) {
            if (!isPresent && i >= optoutStart) {
                final.value.length = i;
                break;
            }
            final.issues.push(...core_util/* prefixIssues */.lQ(i, r.issues));
        }
        final.value[i] = r.value;
    }
    // Drop trailing slots that produced `undefined` for absent input
    // (the array analog of an absent optional key on an object). The
    // `i >= input.length` floor is critical: an explicit `undefined`
    // *inside* the input must be preserved even when the schema is
    // optional-out (e.g. `z.string().or(z.undefined())` accepting an
    // explicit undefined value).
    for (let i = final.value.length - 1; i >= input.length; i--) {
        if (items[i]._zod.optout === "optional" && final.value[i] === undefined) {
            final.value.length = i;
        }
        else {
            break;
        }
    }
    return final;
}
const $ZodRecord = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodRecord", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core_core/* globalConfig */.cr.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!core_util/* isPlainObject */.Qd(input)) {
            payload.issues.push({
                expected: "record",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        // no guard in either loop below: a record's invalid_key aborts but an enclosing intersection can reconcile it, so a stopped loop hides keys the sibling does not own and the intersection then rejects nothing
        const proms = [];
        const values = def.keyType._zod.values;
        if (values && !def.partial) {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            const recordKeys = new Set();
            for (const key of values) {
                if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
                    recordKeys.add(typeof key === "number" ? key.toString() : key);
                    // A declared __proto__ is stripped but is not an unrecognized key.
                    if (key === "__proto__")
                        continue;
                    const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                    if (keyResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (keyResult.issues.length) {
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())),
                            input: key,
                            path: [key],
                            inst,
                        });
                        continue;
                    }
                    const outKey = keyResult.value;
                    if (outKey === "__proto__")
                        continue;
                    const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                    if (result instanceof Promise) {
                        proms.push(result.then((result) => {
                            if (result.issues.length) {
                                payload.issues.push(...core_util/* prefixIssues */.lQ(key, result.issues));
                            }
                            payload.value[outKey] = result.value;
                        }));
                    }
                    else {
                        if (result.issues.length) {
                            payload.issues.push(...core_util/* prefixIssues */.lQ(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }
                }
            }
            let unrecognized;
            for (const key in input) {
                if (!recordKeys.has(key)) {
                    if (def.mode === "loose") {
                        // skip __proto__ so it can't replace the result prototype via the assignment setter on the plain {} we build into
                        if (key === "__proto__")
                            continue;
                        payload.value[key] = input[key];
                    }
                    else {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        else {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            // An enumerable key schema declares which keys the record owns, so a key outside the set is unrecognized. A non-enumerable one (regex, refine) is a constraint every key must satisfy, so a failing key is invalid. Only the former is reconcilable against the other side of an intersection.
            let unrecognized;
            // Reflect.ownKeys for Symbol-key support; filter non-enumerable to match z.object()
            for (const key of Reflect.ownKeys(input)) {
                if (key === "__proto__")
                    continue;
                if (!Object.prototype.propertyIsEnumerable.call(input, key))
                    continue;
                let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                if (keyResult instanceof Promise) {
                    throw new Error("Async schemas not supported in object keys currently");
                }
                // Numeric string fallback: if key is a numeric string and failed, retry with Number(key). This handles z.number(), z.literal([1, 2, 3]), and unions containing numeric literals
                const checkNumericKey = typeof key === "string" && core_regexes/* number */.ai.test(key) && keyResult.issues.length;
                if (checkNumericKey) {
                    const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
                    if (retryResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (retryResult.issues.length === 0) {
                        keyResult = retryResult;
                    }
                }
                if (keyResult.issues.length) {
                    if (def.mode === "loose") {
                        // Pass through unchanged
                        payload.value[key] = input[key];
                    }
                    else if (values) {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                    else {
                        // Default "strict" behavior: error on invalid key
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())),
                            input: key,
                            path: [key],
                            inst,
                        });
                    }
                    continue;
                }
                // the guard above tests the raw input key, but the key schema can normalize an ordinary key into __proto__; re-check the key we actually write under
                const outKey = keyResult.value;
                if (outKey === "__proto__")
                    continue;
                const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((result) => {
                        if (result.issues.length) {
                            payload.issues.push(...core_util/* prefixIssues */.lQ(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }));
                }
                else {
                    if (result.issues.length) {
                        payload.issues.push(...core_util/* prefixIssues */.lQ(key, result.issues));
                    }
                    payload.value[outKey] = result.value;
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload;
    };
});
const $ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMap", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Map)) {
            payload.issues.push({
                expected: "map",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Map(), ctx) : new Map();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const [key, value] of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
            const valueResult = def.valueType._zod.run({ value: value, issues: [] }, ctx);
            if (keyResult instanceof Promise || valueResult instanceof Promise) {
                proms.push(Promise.all([keyResult, valueResult]).then(([keyResult, valueResult]) => {
                    handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
                }));
            }
            else {
                handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
            }
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, mapSize);
})));
function handleMapResult(keyResult, valueResult, final, key, input, inst, ctx) {
    if (keyResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, keyResult.issues));
        }
        else {
            final.issues.push({
                code: "invalid_key",
                origin: "map",
                input,
                inst,
                issues: keyResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    if (valueResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, valueResult.issues));
        }
        else {
            final.issues.push({
                origin: "map",
                code: "invalid_element",
                input,
                inst,
                key: key,
                issues: valueResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    final.value.set(keyResult.value, valueResult.value);
}
const $ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSet", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Set)) {
            payload.issues.push({
                input,
                inst,
                expected: "set",
                code: "invalid_type",
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Set(), ctx) : new Set();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const item of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const result = def.valueType._zod.run({ value: item, issues: [] }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleSetResult(result, payload)));
            }
            else
                handleSetResult(result, payload);
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, setSize);
})));
function handleSetResult(result, final) {
    if (result.issues.length) {
        final.issues.push(...result.issues);
    }
    final.value.add(result.value);
}
const $ZodEnum = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodEnum", (inst, def) => {
    $ZodType.init(inst, def);
    const values = core_util/* getEnumValues */.w5(def.entries);
    const valuesSet = new Set(values);
    inst._zod.values = valuesSet;
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => {
        const patternValues = core_util/* getEnumValues */.w5(zod.def.entries).filter((k) => core_util/* propertyKeyTypes */.qQ.has(typeof k));
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => core_util/* escapeRegex */.sD(o.toString())).join("|")})$` : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const values = new Set(def.values);
    inst._zod.values = values;
    util.defineLazyInternal(inst, "pattern", (zod) => {
        const vals = zod.def.values;
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(vals.length
            ? `^(${vals
                .map((o) => typeof o === "string" ? util.escapeRegex(o) : o ? util.escapeRegex(o.toString()) : String(o))
                .join("|")})$`
            : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (values.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values: def.values,
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFile", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        // @ts-ignore
        if (input instanceof File)
            return payload;
        payload.issues.push({
            expected: "file",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodTransform = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodTransform", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "optional";
    core_core/* globalConfig */.cr.memoizer?.guard(inst);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new core_core/* $ZodEncodeError */.cV(inst.constructor.name);
        }
        const _out = def.transform(payload.value, payload);
        if (ctx.async) {
            const output = _out instanceof Promise ? _out : Promise.resolve(_out);
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        if (_out instanceof Promise) {
            throw new core_core/* $ZodAsyncError */.GT();
        }
        payload.value = _out;
        return payload;
    };
});
function handleOptionalResult(payload, result) {
    // A substituting schema that still failed has no usable answer; yield undefined. Its issues are simply dropped: it ran on a payload of its own, so there is no shared array to truncate and nothing of the caller's to lose with it.
    payload.value = result.issues.length ? undefined : result.value;
    return payload;
}
const $ZodOptional = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodOptional", (inst, def) => {
    $ZodType.init(inst, def);
    // .optional() propagates absence rather than substituting for it, so a defaulted inner keeps its rung.
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    inst._zod.optout = "optional";
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => {
        const values = zod.def.innerType._zod.values;
        return values ? new Set([...values, undefined]) : undefined;
    });
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${core_util/* cleanRegex */.p6(pattern.source)})?$`) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        if (payload.value === undefined) {
            // Only the top rung substitutes a value for absence; everything else leaves it intact, which is what .optional() means.
            if (def.innerType._zod.optin !== "defaulted")
                return payload;
            // Its own payload, for the same reason $ZodCatch gets one: a pipe forwards an unrecognized key through the caller's issues array, and this must not read that as the substituting schema failing and drop it.
            const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
            if (result instanceof Promise)
                return result.then((result) => handleOptionalResult(payload, result));
            return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodExactOptional = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodExactOptional", (inst, def) => {
    // Call parent init - inherits optin/optout = "optional"
    $ZodOptional.init(inst, def);
    // Override values/pattern to NOT add undefined
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.innerType._zod.values);
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
    // Override parse to just delegate (no undefined handling)
    inst._zod.parse = (payload, ctx) => {
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNullable = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNullable", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.innerType._zod.optin);
    core_util/* defineLazyInternal */.v5(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${core_util/* cleanRegex */.p6(pattern.source)}|null)$`) : undefined;
    });
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => {
        return zod.def.innerType._zod.values ? new Set([...zod.def.innerType._zod.values, null]) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        // Forward direction (decode): allow null to pass through
        if (payload.value === null)
            return payload;
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodDefault = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodDefault", (inst, def) => {
    $ZodType.init(inst, def);
    // inst._zod.qin = "true";
    inst._zod.optin = "defaulted";
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply defaults for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
            /**
             * $ZodDefault returns the default value immediately in forward direction.
             * It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */
            return payload;
        }
        // Forward direction: continue with default handling
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleDefaultResult(result, def));
        }
        return handleDefaultResult(result, def);
    };
});
function handleDefaultResult(payload, def) {
    if (payload.value === undefined) {
        payload.value = def.defaultValue;
    }
    return payload;
}
const $ZodPrefault = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodPrefault", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "defaulted";
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply prefault for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNonOptional = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNonOptional", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => {
        const v = zod.def.innerType._zod.values;
        return v ? new Set([...v].filter((x) => x !== undefined)) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleNonOptionalResult(result, inst));
        }
        return handleNonOptionalResult(result, inst);
    };
});
function handleNonOptionalResult(payload, inst) {
    if (!payload.issues.length && payload.value === undefined) {
        payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: payload.value,
            inst,
        });
    }
    return payload;
}
const $ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSuccess", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new core.$ZodEncodeError("ZodSuccess");
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => {
                payload.value = result.issues.length === 0;
                return payload;
            });
        }
        payload.value = result.issues.length === 0;
        return payload;
    };
})));
function handleCatchResult(payload, result, def, ctx) {
    if (!result.issues.length) {
        payload.value = result.value;
        // The value carries up, so the flag describing it has to carry with it: a back-edge into a node still being parsed must not be frozen by an enclosing readonly, and its checks belong to the node itself. Guarded so the ordinary case adds no own property.
        if (result.memo)
            payload.memo = true;
        return payload;
    }
    // Spread the inner's own payload, not ours: `value` has to stay the input the catch was handed, and the inner ran on a payload of its own so its issues are already private to this call.
    payload.value = def.catchValue({
        ...result,
        value: payload.value,
        error: {
            issues: result.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())),
        },
        input: payload.value,
    });
    return payload;
}
const $ZodCatch = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCatch", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    core_util/* defineLazyInternal */.v5(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply catch logic
        const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleCatchResult(payload, result, def, ctx));
        }
        return handleCatchResult(payload, result, def, ctx);
    };
});
const $ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNaN", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "number" || !Number.isNaN(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "nan",
                code: "invalid_type",
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodPipe = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodPipe", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.in._zod.values);
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.in._zod.optin);
    core_util/* defineLazyInternal */.v5(inst, "optout", (zod) => zod.def.out._zod.optout);
    core_util/* defineLazyInternal */.v5(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handlePipeResult(right, def.in, ctx));
            }
            return handlePipeResult(right, def.in, ctx);
        }
        const left = def.in._zod.run(payload, ctx);
        if (left instanceof Promise) {
            return left.then((left) => handlePipeResult(left, def.out, ctx));
        }
        return handlePipeResult(left, def.out, ctx);
    };
});
function handlePipeResult(left, next, ctx) {
    // Any issue stops the pipe, so a failing refinement never feeds its transform. An unrecognized key is the exception: it describes the input's extra properties, not the value being piped, and an enclosing intersection may yet reconcile it.
    if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
        // prevent further checks
        left.aborted = true;
        return left;
    }
    return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
const $ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCodec", (inst, def) => {
    $ZodType.init(inst, def);
    util.defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    util.defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    util.defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        const direction = ctx.direction || "forward";
        if (direction === "forward") {
            const left = def.in._zod.run(payload, ctx);
            if (left instanceof Promise) {
                return left.then((left) => handleCodecAResult(left, def, ctx));
            }
            return handleCodecAResult(left, def, ctx);
        }
        else {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handleCodecAResult(right, def, ctx));
            }
            return handleCodecAResult(right, def, ctx);
        }
    };
})));
function handleCodecAResult(result, def, ctx) {
    if (result.issues.length) {
        // prevent further checks
        result.aborted = true;
        return result;
    }
    const direction = ctx.direction || "forward";
    if (direction === "forward") {
        const transformed = def.transform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.out, ctx));
        }
        return handleCodecTxResult(result, transformed, def.out, ctx);
    }
    else {
        const transformed = def.reverseTransform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.in, ctx));
        }
        return handleCodecTxResult(result, transformed, def.in, ctx);
    }
}
function handleCodecTxResult(left, value, nextSchema, ctx) {
    // Check if transform added any issues
    if (left.issues.length) {
        left.aborted = true;
        return left;
    }
    return nextSchema._zod.run({ value, issues: left.issues }, ctx);
}
const $ZodPreprocess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPreprocess", (inst, def) => {
    $ZodPipe.init(inst, def);
})));
const $ZodReadonly = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodReadonly", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.innerType._zod.values);
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
    core_util/* defineLazyInternal */.v5(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then(handleReadonlyResult);
        }
        return handleReadonlyResult(result);
    };
});
function handleReadonlyResult(payload) {
    // A repeat visit hands back a node that is still being built; freezing it here would make the rest of its keys fail to assign.
    if (!payload.memo)
        payload.value = Object.freeze(payload.value);
    return payload;
}
// a leaf's pattern source with its own checks folded in: the last pattern-carrying check wins, else length bounds narrow the catch-all, else an integer format narrows the number form. the fold lives here instead of on `_zod.pattern` so a bundle without template literals never pays for it
function leafPattern(schema) {
    const def = schema._zod.def;
    let pattern = def.pattern;
    let isInt = !!def.format?.includes("int");
    let minimum;
    let maximum;
    for (const ch of def.checks ?? []) {
        const d = ch._zod.def;
        if (d.pattern)
            pattern = d.pattern;
        isInt || (isInt = !!d.format?.includes("int"));
        const lo = d.minimum ?? d.length;
        const hi = d.maximum ?? d.length;
        if (lo !== undefined && (minimum === undefined || lo > minimum))
            minimum = lo;
        if (hi !== undefined && (maximum === undefined || hi < maximum))
            maximum = hi;
    }
    if (pattern)
        return pattern.source;
    // an empty range matches nothing at runtime, and `{8,5}` is not a legal quantifier
    if (minimum !== undefined && maximum !== undefined && minimum > maximum)
        return "(?!)";
    if (minimum !== undefined || maximum !== undefined)
        return regexes.string({ minimum, maximum }).source;
    const own = schema._zod.pattern;
    return (isInt && own === regexes.number ? regexes.integer : own)?.source;
}
// a part's pattern source. a wrapper's pattern embeds its inner pattern's source verbatim, so the folded form is substituted in place without knowing the wrapper's own composition; a union's options are joined the way the union builds its own pattern
function partPattern(schema) {
    const def = schema._zod.def;
    const own = schema._zod.pattern?.source;
    // lazy resolves its inner on the internals, not the def
    const inner = def.innerType ?? schema._zod.innerType;
    if (inner) {
        const before = inner._zod.pattern?.source;
        const after = partPattern(inner);
        if (own && before && after && after !== before) {
            return own.replace(util.cleanRegex(before), () => util.cleanRegex(after));
        }
        return own;
    }
    if (def.options) {
        const sources = def.options.map(partPattern);
        if (sources.every(Boolean))
            return `^(${sources.map((s) => util.cleanRegex(s)).join("|")})$`;
    }
    return leafPattern(schema);
}
const $ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodTemplateLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const regexParts = [];
    for (const part of def.parts) {
        if (typeof part === "object" && part !== null) {
            // is Zod schema
            const source = partPattern(part);
            if (!source) {
                throw new Error(`Invalid template literal part, no pattern found: ${[...part._zod.traits].shift()}`);
            }
            regexParts.push(util.cleanRegex(source));
        }
        else if (part === null || util.primitiveTypes.has(typeof part)) {
            regexParts.push(util.escapeRegex(`${part}`));
        }
        else {
            throw new Error(`Invalid template literal part: ${part}`);
        }
    }
    inst._zod.pattern = new RegExp(`^${regexParts.join("")}$`);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "string") {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "string",
                code: "invalid_type",
            });
            return payload;
        }
        inst._zod.pattern.lastIndex = 0;
        if (!inst._zod.pattern.test(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                code: "invalid_format",
                format: def.format ?? "template_literal",
                pattern: inst._zod.pattern.source,
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFunction", (inst, def) => {
    $ZodType.init(inst, def);
    // Defined, not assigned: the classic prototype exposes `_def` as a getter with no setter.
    Object.defineProperty(inst, "_def", { value: def });
    inst._zod.def = def;
    inst.implement = (func) => {
        if (typeof func !== "function") {
            throw new Error("implement() must be called with a function");
        }
        // Defined inline so the closure stays anonymous: binding it to a `const` first names it, which costs 256 bytes per implemented function.
        return Object.defineProperty(function (...args) {
            const parsedArgs = inst._def.input ? parse(inst._def.input, args) : args;
            const result = Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return parse(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst.implementAsync = (func) => {
        if (typeof func !== "function") {
            throw new Error("implementAsync() must be called with a function");
        }
        return Object.defineProperty(async function (...args) {
            const parsedArgs = inst._def.input ? await parseAsync(inst._def.input, args) : args;
            const result = await Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return await parseAsync(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "function") {
            payload.issues.push({
                code: "invalid_type",
                expected: "function",
                input: payload.value,
                inst,
            });
            return payload;
        }
        // Check if output is a promise type to determine if we should use async implementation
        const hasPromiseOutput = inst._def.output && inst._def.output._zod.def.type === "promise";
        if (hasPromiseOutput) {
            payload.value = inst.implementAsync(payload.value);
        }
        else {
            payload.value = inst.implement(payload.value);
        }
        return payload;
    };
    inst.input = (...args) => {
        const F = inst.constructor;
        if (Array.isArray(args[0])) {
            return new F({
                type: "function",
                input: new $ZodTuple({
                    type: "tuple",
                    items: args[0],
                    rest: args[1],
                }),
                output: inst._def.output,
            });
        }
        return new F({
            type: "function",
            input: args[0],
            output: inst._def.output,
        });
    };
    inst.output = (output) => {
        const F = inst.constructor;
        return new F({
            type: "function",
            input: inst._def.input,
            output,
        });
    };
    return inst;
})));
const $ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPromise", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        return Promise.resolve(payload.value).then((inner) => def.innerType._zod.run({ value: inner, issues: [] }, ctx));
    };
})));
const $ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodLazy", (inst, def) => {
    $ZodType.init(inst, def);
    // Cache the resolved inner type on the shared `def` so all clones of this lazy (e.g. via `.describe()`/`.meta()`) share the same inner instance, preserving identity for cycle detection on recursive schemas.
    util.defineLazy(inst._zod, "innerType", () => {
        const d = def;
        if (!d._cachedInner)
            d._cachedInner = def.getter();
        return d._cachedInner;
    });
    util.defineLazyInternal(inst, "pattern", (zod) => zod.innerType?._zod?.pattern);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.innerType?._zod?.propValues);
    util.defineLazyInternal(inst, "optin", (zod) => zod.innerType?._zod?.optin ?? undefined);
    util.defineLazyInternal(inst, "optout", (zod) => zod.innerType?._zod?.optout ?? undefined);
    inst._zod.parse = (payload, ctx) => {
        const inner = inst._zod.innerType;
        return inner._zod.run(payload, ctx);
    };
})));
const $ZodCustom = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodCustom", (inst, def) => {
    core_checks/* $ZodCheck */.QP.init(inst, def);
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _) => {
        return payload;
    };
    inst._zod.check = (payload) => {
        const input = payload.value;
        const r = def.fn(input);
        if (r instanceof Promise) {
            return r.then((r) => handleRefineResult(r, payload, input, inst));
        }
        handleRefineResult(r, payload, input, inst);
        return;
    };
});
function handleRefineResult(result, payload, input, inst) {
    if (!result) {
        const _iss = {
            code: "custom",
            input,
            inst, // incorporates params.error into issue reporting
            path: [...(inst._zod.def.path ?? [])], // incorporates params.error into issue reporting
            continue: !inst._zod.def.abort,
            // params: inst._zod.def.params,
        };
        if (inst._zod.def.params)
            _iss.params = inst._zod.def.params;
        payload.issues.push(core_util/* issue */.sn(_iss));
    }
}

// EXTERNAL MODULE: ./node_modules/zod/v4/core/registries.js
var registries = __nccwpck_require__(396);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __nccwpck_require__(759);
;// CONCATENATED MODULE: ./node_modules/zod/v4/core/to-json-schema.js


function assignProps(target, ...sources) {
    for (const source of sources) {
        for (const key of Reflect.ownKeys(source)) {
            if (Object.prototype.propertyIsEnumerable.call(source, key)) {
                (0,core_util/* assignProp */.Vy)(target, key, source[key]);
            }
        }
    }
    return target;
}
// function initializeContext<T extends schemas.$ZodType>(inputs: JSONSchemaGeneratorParams<T>): ToJSONSchemaContext<T> {
//   return {
//     processor: inputs.processor,
//     metadataRegistry: inputs.metadata ?? globalRegistry,
//     target: inputs.target ?? "draft-2020-12",
//     unrepresentable: inputs.unrepresentable ?? "throw",
//   };
// }
function to_json_schema_initializeContext(params) {
    // Normalize target: convert old non-hyphenated versions to hyphenated versions
    let target = params?.target ?? "draft-2020-12";
    if (target === "draft-4")
        target = "draft-04";
    if (target === "draft-7")
        target = "draft-07";
    return {
        processors: params.processors ?? {},
        metadataRegistry: params?.metadata ?? registries/* globalRegistry */.fd,
        target,
        unrepresentable: params?.unrepresentable ?? "throw",
        override: params?.override ?? (() => { }),
        io: params?.io ?? "output",
        counter: 0,
        seen: new Map(),
        sharedDefsExtractedFor: undefined,
        sharedEmitDoneFor: undefined,
        cycles: params?.cycles ?? "ref",
        reused: params?.reused ?? "inline",
        intersections: [],
        deferred: [],
        external: params?.external ?? undefined,
    };
}
/**
 * Applies the `unrepresentable` setting at a site that has no JSON Schema equivalent. Throws
 * `message` unless the setting (or the handler's return value) says otherwise. Returns `true` if a
 * custom JSON Schema was written into `json`, in which case the caller must not write its own.
 */
function handleUnrepresentable(schema, ctx, json, params, message) {
    const result = typeof ctx.unrepresentable === "function"
        ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message })
        : ctx.unrepresentable;
    if (result === "any")
        return false;
    if (result === undefined || result === "throw")
        throw new Error(message);
    Object.assign(json, result);
    return true;
}
// never rename this back to `process`: bundler polyfills inject a top-level `const process` that a lexical declaration of the same name collides with (#6397)
function to_json_schema_processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
    var _a;
    const def = schema._zod.def;
    // check for schema in seens
    const seen = ctx.seen.get(schema);
    if (seen) {
        seen.count++;
        // check if cycle
        const isCycle = _params.schemaPath.includes(schema);
        if (isCycle) {
            seen.cycle = _params.path;
        }
        return seen.schema;
    }
    // initialize
    const result = { schema: {}, count: 1, cycle: undefined, path: _params.path };
    ctx.seen.set(schema, result);
    ctx.sharedDefsExtractedFor = undefined;
    ctx.sharedEmitDoneFor = undefined;
    // custom method overrides default behavior
    const overrideSchema = schema._zod.toJSONSchema?.();
    if (overrideSchema) {
        result.schema = overrideSchema;
    }
    else {
        const params = {
            ..._params,
            schemaPath: [..._params.schemaPath, schema],
            path: _params.path,
        };
        if (schema._zod.processJSONSchema) {
            schema._zod.processJSONSchema(ctx, result.schema, params);
        }
        else {
            const _json = result.schema;
            const processor = ctx.processors[def.type];
            if (!processor) {
                throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
            }
            processor(schema, ctx, _json, params);
        }
        const parent = schema._zod.parent;
        if (parent) {
            // Also set ref if processor didn't (for inheritance)
            if (!result.ref)
                result.ref = parent;
            to_json_schema_processSchema(parent, ctx, params);
            ctx.seen.get(parent).isParent = true;
        }
    }
    // metadata
    const meta = ctx.metadataRegistry.get(schema);
    if (meta)
        assignProps(result.schema, meta);
    if (ctx.io === "input" && isTransforming(schema)) {
        // examples/defaults only apply to output type of pipe
        delete result.schema.examples;
        delete result.schema.default;
    }
    // set prefault as default
    if (ctx.io === "input" && "_prefault" in result.schema)
        (_a = result.schema).default ?? (_a.default = result.schema._prefault);
    delete result.schema._prefault;
    // pulling fresh from ctx.seen in case it was overwritten
    const _result = ctx.seen.get(schema);
    return _result.schema;
}
/** @deprecated Renamed to `processSchema`. An export alias declares no binding, so it is safe to keep. */

// Escape a reference token for use in a JSON Pointer fragment (RFC 6901): `~` becomes `~0` and `/` becomes `~1`. The `~` replacement must run first.
function encodeJSONPointerSegment(segment) {
    return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function to_json_schema_extractDefs(ctx, schema
// params: EmitParams
) {
    // iterate over seen map;
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // With `external` set, every registered schema resolves through the external branch of `makeURI`, so the root branch below produces the same ref the external branch would — this pass is identical whichever schema it is called with, and only needs to run once.
    if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
        return;
    // Track ids to detect duplicates across different schemas
    const idToSchema = new Map();
    for (const entry of ctx.seen.entries()) {
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            const existing = idToSchema.get(id);
            if (existing && existing !== entry[0]) {
                throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
            }
            idToSchema.set(id, entry[0]);
        }
    }
    // returns a ref to the schema defId will be empty if the ref points to an external schema (or #)
    const makeURI = (entry) => {
        // comparing the seen objects because sometimes multiple schemas map to the same seen object. e.g. lazy
        // external is configured
        const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
        if (ctx.external) {
            const externalId = ctx.external.registry.get(entry[0])?.id; // ?? "__shared";// `__schema${ctx.counter++}`;
            // check if schema is in the external registry
            const uriGenerator = ctx.external.uri ?? ((id) => id);
            if (externalId) {
                return { ref: uriGenerator(externalId) };
            }
            // otherwise, add to __shared
            const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
            entry[1].defId = id; // set defId so it will be reused if needed
            return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
        }
        const uriPrefix = `#`;
        const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
        // an id-less root has nowhere to be extracted to, so it stays inline and self-references as `#`
        if (entry[1] === root && !entry[1].schema.id) {
            return { ref: uriPrefix };
        }
        // self-contained schema
        const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
        return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
    };
    // stored cached version in `def` property remove all properties, set $ref
    const extractToDef = (entry) => {
        // if the schema is already a reference, do not extract it
        if (entry[1].schema.$ref) {
            return;
        }
        const seen = entry[1];
        const { ref, defId } = makeURI(entry);
        seen.def = { ...seen.schema };
        // defId won't be set if the schema is a reference to an external schema or if the schema is the root schema
        if (defId)
            seen.defId = defId;
        // wipe away all properties except $ref
        const schema = seen.schema;
        for (const key in schema) {
            delete schema[key];
        }
        schema.$ref = ref;
    };
    // throw on cycles
    // break cycles
    if (ctx.cycles === "throw") {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.cycle) {
                throw new Error("Cycle detected: " +
                    `#/${seen.cycle?.join("/")}/<root>` +
                    '\n\nSet the `cycles` parameter to `"ref"` to resolve cyclical schemas with defs.');
            }
        }
    }
    // extract schemas into $defs
    for (const entry of ctx.seen.entries()) {
        const seen = entry[1];
        // convert root schema to # $ref
        if (schema === entry[0]) {
            extractToDef(entry); // this has special handling for the root schema
            continue;
        }
        // extract schemas that are in the external registry
        if (ctx.external) {
            const ext = ctx.external.registry.get(entry[0])?.id;
            if (schema !== entry[0] && ext) {
                extractToDef(entry);
                continue;
            }
        }
        // extract schemas with `id` meta
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            extractToDef(entry);
            continue;
        }
        // break cycles
        if (seen.cycle) {
            // any
            extractToDef(entry);
            continue;
        }
        // extract reused schemas
        if (seen.count > 1) {
            if (ctx.reused === "ref") {
                extractToDef(entry);
            }
        }
    }
    if (ctx.external)
        ctx.sharedDefsExtractedFor = ctx.external;
}
/** Rewrites `anyOf: [{type: "a"}, {type: "b"}]` to `type: ["a", "b"]`, which every JSON Schema draft treats as equivalent and most consumers render far better for the nullable case. Only branches that are a bare type assertion qualify — anything carrying a constraint, `$ref`, `const` or metadata is left alone. Runs after `flattenRef`, so a branch an override decorated or `$defs` extraction turned into a `$ref` is no longer bare and correctly stays in `anyOf`. `oneOf` is excluded: `integer` and `number` overlap, so "exactly one" and "at least one" are not the same there. OpenAPI 3.0 is excluded: its `type` must be a single string. */
function compactTypeUnion(schema) {
    const options = schema.anyOf;
    if (!Array.isArray(options) || options.length === 0 || schema.type !== undefined)
        return;
    const types = [];
    for (const option of options) {
        if (!option || typeof option !== "object")
            return;
        // A branch that is itself a compactible union folds into this one — nested `anyOf` and a flat `type` array say the same thing. Compacting it first also makes the result independent of the order this pass walks the seen map in.
        compactTypeUnion(option);
        const keys = Object.keys(option);
        if (keys.length !== 1 || keys[0] !== "type")
            return;
        const type = option.type;
        for (const member of Array.isArray(type) ? type : [type]) {
            if (typeof member !== "string")
                return;
            if (!types.includes(member))
                types.push(member);
        }
    }
    delete schema.anyOf;
    // A `type` array must be non-empty and unique (metaschema); a single member is spelled as a bare string.
    schema.type = types.length === 1 ? types[0] : types;
}
/** Keywords `foldIntersection` knows how to combine. Anything else — `$ref`, `patternProperties`,
 * an annotation like `description` — makes a member unfoldable, so a constraint this does not
 * understand leaves the `allOf` alone instead of being silently dropped or misattributed. */
const FOLDABLE_KEYS = new Set(["type", "properties", "required", "additionalProperties"]);
const UNION_KEYS = ["oneOf", "anyOf"];
/** A member's constraint on a key it does not declare itself. A `catchall` states one; `false`, an absent `additionalProperties`, and the empty schema a loose object emits state nothing. */
function undeclaredConstraint(member) {
    const extra = member.additionalProperties;
    if (extra === undefined || extra === false || typeof extra !== "object" || extra === null)
        return null;
    return Object.keys(extra).length ? extra : null;
}
/** Combines object members into the single object they describe together, or returns `null` if any of them carries a keyword outside {@link FOLDABLE_KEYS}. */
function foldObjects(members) {
    const objects = [];
    for (const member of members) {
        // A boolean subschema is legal JSON Schema and carries no keywords to fold.
        if (typeof member !== "object" || member.type !== "object")
            return null;
        for (const key in member) {
            if (!FOLDABLE_KEYS.has(key))
                return null;
        }
        objects.push(member);
    }
    const properties = {};
    const required = new Set();
    for (const object of objects) {
        for (const key in object.properties) {
            // `in` would report a `__proto__` key as already present via the prototype chain and skip it.
            if (Object.prototype.hasOwnProperty.call(properties, key))
                continue;
            // Every member constrains this key: the ones that declare it say how, and a `catchall` member constrains it too even though it does not name it. The key has to satisfy all of them, which is the same intersection one level down.
            const parts = [];
            for (const other of objects) {
                const part = other.properties?.[key] ?? undeclaredConstraint(other);
                if (part === null || part === undefined)
                    continue;
                if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
                    parts.push(part);
            }
            const merged = parts.length === 1
                ? parts[0]
                : (foldObjects(parts) ?? { allOf: parts });
            (0,core_util/* assignProp */.Vy)(properties, key, merged);
        }
        for (const key of object.required ?? [])
            required.add(key);
    }
    const folded = { type: "object", properties };
    if (required.size)
        folded.required = [...required];
    // A key no member declares is rejected only when every member rejects it, so the fold is closed only when every member is. Otherwise it carries whatever the `catchall` members demand of such a key.
    if (objects.every((object) => object.additionalProperties === false)) {
        folded.additionalProperties = false;
    }
    else {
        const constraints = [];
        for (const object of objects) {
            const constraint = undeclaredConstraint(object);
            if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
                constraints.push(constraint);
        }
        if (constraints.length === 1)
            folded.additionalProperties = constraints[0];
        else if (constraints.length > 1)
            folded.additionalProperties = { allOf: constraints };
    }
    return folded;
}
/** `additionalProperties` in an `allOf` member sees only that member's own `properties`, so two
 * closed object members reject each other's keys and the schema validates nothing. Zod's parser
 * pools the key sets instead — `handleIntersectionResults` reports a key as unrecognized only when
 * *every* side rejects it — so the emitted schema has to pool them too, and folding the members
 * into one object is the encoding that says so on every target.
 *
 * This runs from `finalize`, after `extractDefs`, which is what keeps it clear of the `$ref`
 * machinery: a member extracted into `$defs` is already a `$ref` by now and declines to fold, so it
 * keeps its reference and its own closedness rather than being inlined as a stale copy. */
function foldIntersection(json) {
    const allOf = json.allOf;
    if (!Array.isArray(allOf) || allOf.length < 2)
        return;
    // An `override` runs before this pass and may have written object keywords onto the intersection itself. Those are deliberate, so decline rather than overwrite them.
    for (const key of FOLDABLE_KEYS)
        if (key in json)
            return;
    // An intersection distributes over a union: `A & (X | Y)` is `(A & X) | (A & Y)`. Only the first union is distributed over; a second one stays among the members every branch folds against, where it fails the object check and declines the whole intersection rather than multiplying out.
    const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
    let folded = null;
    if (!unions.length) {
        folded = foldObjects(allOf);
    }
    else {
        const union = unions[0];
        const keyword = UNION_KEYS.find((k) => Array.isArray(union[k]));
        if (Object.keys(union).length !== 1)
            return;
        const rest = allOf.filter((m) => m !== union);
        const branches = union[keyword].map((branch) => foldObjects([...rest, branch]));
        if (branches.some((b) => !b))
            return;
        folded = { [keyword]: branches };
    }
    if (!folded)
        return;
    delete json.allOf;
    assignProps(json, folded);
}
function to_json_schema_finalize(ctx, schema) {
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // flatten refs - inherit properties from parent schemas
    const flattenRef = (zodSchema) => {
        const seen = ctx.seen.get(zodSchema);
        // already processed
        if (seen.ref === null)
            return;
        const schema = seen.def ?? seen.schema;
        const _cached = { ...schema };
        const ref = seen.ref;
        seen.ref = null; // prevent infinite recursion
        if (ref) {
            flattenRef(ref);
            const refSeen = ctx.seen.get(ref);
            const refSchema = refSeen.schema;
            // merge referenced schema into current
            if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
                // older drafts can't combine $ref with other properties
                schema.allOf = schema.allOf ?? [];
                schema.allOf.push(refSchema);
            }
            else {
                assignProps(schema, refSchema);
            }
            // restore child's own properties (child wins)
            assignProps(schema, _cached);
            const isParentRef = zodSchema._zod.parent === ref;
            // For parent chain, child is a refinement - remove parent-only properties
            if (isParentRef) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (!(key in _cached)) {
                        delete schema[key];
                    }
                }
            }
            // When ref was extracted to $defs, remove properties that match the definition
            if (refSchema.$ref && refSeen.def) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (key in refSeen.def && JSON.stringify(schema[key]) === JSON.stringify(refSeen.def[key])) {
                        delete schema[key];
                    }
                }
            }
        }
        // If parent was extracted (has $ref), propagate $ref to this schema. This handles cases like: readonly().meta({id}).describe() where processor sets ref to innerType but parent should be referenced
        const parent = zodSchema._zod.parent;
        if (parent && parent !== ref) {
            // Ensure parent is processed first so its def has inherited properties
            flattenRef(parent);
            const parentSeen = ctx.seen.get(parent);
            if (parentSeen?.schema.$ref) {
                schema.$ref = parentSeen.schema.$ref;
                // De-duplicate with parent's definition
                if (parentSeen.def) {
                    for (const key in schema) {
                        if (key === "$ref" || key === "allOf")
                            continue;
                        if (key in parentSeen.def && JSON.stringify(schema[key]) === JSON.stringify(parentSeen.def[key])) {
                            delete schema[key];
                        }
                    }
                }
            }
        }
        // execute overrides
        ctx.override({
            zodSchema: zodSchema,
            jsonSchema: schema,
            path: seen.path ?? [],
        });
    };
    // Flattening walks the whole map and clears each `ref` as it goes, so a second call over the same map is a no-op scan. Skip it outright once it has run for a registry conversion.
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of [...ctx.seen.entries()].reverse()) {
            flattenRef(entry[0]);
        }
        if (ctx.target !== "openapi-3.0") {
            for (const entry of ctx.seen.entries()) {
                compactTypeUnion(entry[1].def ?? entry[1].schema);
            }
        }
        for (const rewrite of ctx.deferred)
            rewrite();
        // After flattening, every member that was extracted is a `$ref`, so the fold sees the final shape. A schema that inherits an intersection — through `z.lazy`, or any `ref` chain — holds the same `allOf` array, so fold by array identity to catch every copy.
        if (ctx.intersections.length) {
            const carriers = new Map();
            for (const seen of ctx.seen.values()) {
                for (const json of [seen.schema, seen.def]) {
                    const allOf = json?.allOf;
                    if (!Array.isArray(allOf))
                        continue;
                    const existing = carriers.get(allOf);
                    if (existing)
                        existing.push(json);
                    else
                        carriers.set(allOf, [json]);
                }
            }
            for (const allOf of ctx.intersections) {
                for (const json of carriers.get(allOf) ?? [])
                    foldIntersection(json);
            }
        }
    }
    const result = {};
    if (ctx.target === "draft-2020-12") {
        result.$schema = "https://json-schema.org/draft/2020-12/schema";
    }
    else if (ctx.target === "draft-07") {
        result.$schema = "http://json-schema.org/draft-07/schema#";
    }
    else if (ctx.target === "draft-04") {
        result.$schema = "http://json-schema.org/draft-04/schema#";
    }
    else if (ctx.target === "openapi-3.0") {
        // OpenAPI 3.0 schema objects should not include a $schema property
    }
    else {
        // Arbitrary string values are allowed but won't have a $schema property set
    }
    if (ctx.external?.uri) {
        const id = ctx.external.registry.get(schema)?.id;
        if (!id)
            throw new Error("Schema is missing an `id` property");
        result.$id = ctx.external.uri(id);
    }
    // when the root was extracted into $defs, `root.schema` is the `$ref` wrapper and `root.def` is the body that now lives under $defs
    assignProps(result, root.defId ? root.schema : (root.def ?? root.schema));
    // The `id` in `.meta()` is a Zod-specific registration tag used to extract schemas into $defs — it is not user-facing JSON Schema metadata. Strip it from the output body where it would otherwise leak. The id is preserved implicitly via the $defs key (and via $ref paths).
    const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
    if (rootMetaId !== undefined && result.id === rootMetaId)
        delete result.id;
    // build defs object. With `external`, `defs` is the shared object every schema writes into, so the same entries are reassigned on every call. Without it, `defs` is fresh per call and must be rebuilt.
    const defs = ctx.external?.defs ?? {};
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.def && seen.defId) {
                if (seen.def.id === seen.defId)
                    delete seen.def.id;
                (0,core_util/* assignProp */.Vy)(defs, seen.defId, seen.def);
            }
        }
    }
    if (ctx.external)
        ctx.sharedEmitDoneFor = ctx.external;
    // set definitions in result
    if (ctx.external) {
    }
    else {
        if (Object.keys(defs).length > 0) {
            if (ctx.target === "draft-2020-12") {
                result.$defs = defs;
            }
            else {
                result.definitions = defs;
            }
        }
    }
    try {
        // this "finalizes" this schema and ensures all cycles are removed each call to finalize() is functionally independent though the seen map is shared
        const finalized = JSON.parse(JSON.stringify(result));
        Object.defineProperty(finalized, "~standard", {
            value: {
                ...schema["~standard"],
                jsonSchema: {
                    input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
                    output: createStandardJSONSchemaMethod(schema, "output", ctx.processors),
                },
            },
            enumerable: false,
            writable: false,
        });
        return finalized;
    }
    catch (_err) {
        throw new Error("Error converting schema to JSON.");
    }
}
function isTransforming(_schema, _ctx) {
    const ctx = _ctx ?? { seen: new Set() };
    if (ctx.seen.has(_schema))
        return false;
    ctx.seen.add(_schema);
    const def = _schema._zod.def;
    if (def.type === "transform")
        return true;
    if (def.type === "array")
        return isTransforming(def.element, ctx);
    if (def.type === "set")
        return isTransforming(def.valueType, ctx);
    if (def.type === "lazy")
        return isTransforming(def.getter(), ctx);
    if (def.type === "promise" ||
        def.type === "optional" ||
        def.type === "nonoptional" ||
        def.type === "nullable" ||
        def.type === "readonly" ||
        def.type === "default" ||
        def.type === "prefault" ||
        def.type === "catch") {
        return isTransforming(def.innerType, ctx);
    }
    if (def.type === "intersection") {
        return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
    }
    if (def.type === "record" || def.type === "map") {
        return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
    }
    if (def.type === "pipe") {
        if (_schema._zod.traits.has("$ZodCodec"))
            return true;
        return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
    }
    if (def.type === "object") {
        for (const key in def.shape) {
            if (isTransforming(def.shape[key], ctx))
                return true;
        }
        return false;
    }
    if (def.type === "union") {
        for (const option of def.options) {
            if (isTransforming(option, ctx))
                return true;
        }
        return false;
    }
    if (def.type === "tuple") {
        for (const item of def.items) {
            if (isTransforming(item, ctx))
                return true;
        }
        if (def.rest && isTransforming(def.rest, ctx))
            return true;
        return false;
    }
    return false;
}
/**
 * Creates a toJSONSchema method for a schema instance.
 * This encapsulates the logic of initializing context, processing, extracting defs, and finalizing.
 */
const createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
    const ctx = to_json_schema_initializeContext({ ...params, processors });
    to_json_schema_processSchema(schema, ctx);
    to_json_schema_extractDefs(ctx, schema);
    return to_json_schema_finalize(ctx, schema);
};
const createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
    const { libraryOptions, target } = params ?? {};
    const ctx = to_json_schema_initializeContext({ ...(libraryOptions ?? {}), target, io, processors });
    to_json_schema_processSchema(schema, ctx);
    to_json_schema_extractDefs(ctx, schema);
    return to_json_schema_finalize(ctx, schema);
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/json-schema-processors.js




const narrowMin = (agg, key, value) => {
    if (agg[key] === undefined || value > agg[key])
        agg[key] = value;
};
const narrowMax = (agg, key, value) => {
    if (agg[key] === undefined || value < agg[key])
        agg[key] = value;
};
const narrowBoth = (agg, value) => {
    narrowMin(agg, "minimum", value);
    narrowMax(agg, "maximum", value);
};
const addDivisor = (agg, value) => {
    agg.multipleOf ?? (agg.multipleOf = []);
    if (!agg.multipleOf.includes(value))
        agg.multipleOf.push(value);
};
const addPattern = (agg, pattern) => {
    agg.patterns ?? (agg.patterns = new Set());
    agg.patterns.add(pattern);
};
const intersectMime = (agg, mime) => {
    agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
// last-wins, matching the bag's historical write order; the flag keeps an integer format from being lost to a later float one
const setFormat = (agg, format) => {
    agg.format = format;
    if (format.includes("int"))
        agg.isInt = true;
};
const minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
const maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
const formatContributor = (ranges) => (agg, def) => {
    setFormat(agg, def.format);
    const [minimum, maximum] = ranges[def.format];
    narrowMin(agg, "minimum", minimum);
    narrowMax(agg, "maximum", maximum);
};
const contributors = {
    greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
    less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
    multiple_of: (agg, def) => addDivisor(agg, def.value),
    number_format: formatContributor(core_util/* NUMBER_FORMAT_RANGES */.zH),
    bigint_format: formatContributor(core_util/* BIGINT_FORMAT_RANGES */.NR),
    min_length: minContributor,
    max_length: maxContributor,
    length_equals: (agg, def) => narrowBoth(agg, def.length),
    min_size: minContributor,
    max_size: maxContributor,
    size_equals: (agg, def) => narrowBoth(agg, def.size),
    string_format: (agg, def) => {
        setFormat(agg, def.format);
        if (def.pattern)
            addPattern(agg, def.pattern);
        if (def.format === "base64" || def.format === "base64url")
            agg.contentEncoding = def.format;
        if (def.local || def.precision === -1)
            agg.laxFormat = true;
    },
    mime_type: (agg, def) => intersectMime(agg, def.mime),
};
function aggregateChecks(schema) {
    const agg = {};
    const def = schema._zod.def;
    // a format schema is its own first check, same rule as $ZodType init
    const list = schema._zod.traits.has("$ZodCheck")
        ? [schema, ...(def.checks ?? [])]
        : (def.checks ?? []);
    for (const ch of list)
        contributors[ch._zod.def.check]?.(agg, ch._zod.def);
    // reconcile with the bag so third-party onattach contributions still land; first-party residue is never tighter than the fold, so merging it back is idempotent for one and additive for the other
    const bag = schema._zod.bag;
    if (bag.minimum !== undefined)
        narrowMin(agg, "minimum", bag.minimum);
    if (bag.exclusiveMinimum !== undefined)
        narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
    if (bag.maximum !== undefined)
        narrowMax(agg, "maximum", bag.maximum);
    if (bag.exclusiveMaximum !== undefined)
        narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
    if (bag.multipleOf !== undefined)
        addDivisor(agg, bag.multipleOf);
    if (bag.format !== undefined) {
        agg.format ?? (agg.format = bag.format);
        if (bag.format.includes("int"))
            agg.isInt = true;
    }
    if (bag.mime)
        intersectMime(agg, bag.mime);
    for (const pattern of bag.patterns ?? [])
        addPattern(agg, pattern);
    return agg;
}
const formatMap = {
    guid: "uuid",
    url: "uri",
    datetime: "date-time",
    json_string: "json-string",
    regex: "", // do not set
};
// ==================== SIMPLE TYPE PROCESSORS ====================
// the runtime patterns are lax so parse paths never overflow the regex stack; the emitted schema swaps in the exact block forms, which zod itself never executes
const exactPatterns = new Map([
    [base64Charset, core_regexes/* base64 */.K3],
    [base64urlCharset, core_regexes/* base64url */.r0],
]);
const exactPattern = (p) => exactPatterns.get(p) ?? p;
const stringProcessor = (schema, ctx, _json, _params) => {
    const json = _json;
    json.type = "string";
    const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minLength = minimum;
    if (typeof maximum === "number")
        json.maxLength = maximum;
    // custom pattern overrides format
    if (format) {
        json.format = formatMap[format] ?? format;
        if (json.format === "")
            delete json.format; // empty format is not valid
        // `z.iso.time()` is never full-time, and `laxFormat` carries the datetime shapes that also accept what their keyword forbids
        if (format === "time" || laxFormat) {
            delete json.format;
        }
    }
    if (contentEncoding)
        json.contentEncoding = contentEncoding;
    if (patterns && patterns.size > 0) {
        const patternList = [...patterns].map(exactPattern);
        if (patternList.length === 1)
            json.pattern = patternList[0].source;
        else if (patternList.length > 1) {
            json.allOf = [
                ...patternList.map((regex) => ({
                    ...(ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0"
                        ? { type: "string" }
                        : {}),
                    pattern: regex.source,
                })),
            ];
        }
    }
};
const numberProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
    json.type = isInt ? "integer" : "number";
    // when both minimum and exclusiveMinimum exist, pick the more restrictive one
    const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
    const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
    const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
    if (exMin) {
        if (legacy) {
            json.minimum = exclusiveMinimum;
            json.exclusiveMinimum = true;
        }
        else {
            json.exclusiveMinimum = exclusiveMinimum;
        }
    }
    else if (typeof minimum === "number") {
        json.minimum = minimum;
    }
    if (exMax) {
        if (legacy) {
            json.maximum = exclusiveMaximum;
            json.exclusiveMaximum = true;
        }
        else {
            json.exclusiveMaximum = exclusiveMaximum;
        }
    }
    else if (typeof maximum === "number") {
        json.maximum = maximum;
    }
    if (multipleOf) {
        // JSON Schema requires a divisor strictly greater than zero, and a non-finite one does not survive JSON at all. A negative divisor accepts exactly what its absolute value accepts, so it still maps; zero, NaN and Infinity have no keyword form.
        const divisors = new Set();
        for (const divisor of multipleOf) {
            if (Number.isFinite(divisor) && divisor !== 0)
                divisors.add(Math.abs(divisor));
            else
                handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
        }
        // chained divisors are a conjunction the keyword cannot carry alone, so extras ride an allOf, same as stacked patterns
        const [first, ...rest] = divisors;
        if (first !== undefined)
            json.multipleOf = first;
        if (rest.length)
            json.allOf = [...(json.allOf ?? []), ...rest.map((m) => ({ multipleOf: m }))];
    }
};
const booleanProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const bigintProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "BigInt cannot be represented in JSON Schema");
};
const symbolProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Symbols cannot be represented in JSON Schema");
};
const nullProcessor = (_schema, ctx, json, _params) => {
    if (ctx.target === "openapi-3.0") {
        json.type = "string";
        json.nullable = true;
        json.enum = [null];
    }
    else {
        json.type = "null";
    }
};
const undefinedProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Undefined cannot be represented in JSON Schema");
};
const voidProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Void cannot be represented in JSON Schema");
};
const neverProcessor = (_schema, _ctx, json, _params) => {
    json.not = {};
};
const anyProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const unknownProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const dateProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Date cannot be represented in JSON Schema");
};
const enumProcessor = (schema, _ctx, json, _params) => {
    const def = schema._zod.def;
    const values = (0,core_util/* getEnumValues */.w5)(def.entries);
    // an empty enum accepts nothing, same as z.never()
    if (values.length === 0) {
        json.not = {};
        return;
    }
    // Number enums can have both string and number values
    if (values.every((v) => typeof v === "number"))
        json.type = "number";
    if (values.every((v) => typeof v === "string"))
        json.type = "string";
    json.enum = values;
};
const literalProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // a literal with no values accepts nothing, same as z.never()
    if (def.values.length === 0) {
        json.not = {};
        return;
    }
    const vals = [];
    for (const val of def.values) {
        if (val === undefined) {
            // a custom schema replaces the whole literal, so there is nothing left to accumulate
            if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema"))
                return;
            // otherwise do not add to vals
        }
        else if (typeof val === "bigint") {
            if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema"))
                return;
            vals.push(Number(val));
        }
        else {
            vals.push(val);
        }
    }
    if (vals.length === 0) {
        // do nothing (an undefined literal was stripped)
    }
    else if (vals.length === 1) {
        const val = vals[0];
        json.type = val === null ? "null" : typeof val;
        if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
            json.enum = [val];
        }
        else {
            json.const = val;
        }
    }
    else {
        if (vals.every((v) => typeof v === "number"))
            json.type = "number";
        if (vals.every((v) => typeof v === "string"))
            json.type = "string";
        if (vals.every((v) => typeof v === "boolean"))
            json.type = "boolean";
        if (vals.every((v) => v === null))
            json.type = "null";
        json.enum = vals;
    }
};
const nanProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "NaN cannot be represented in JSON Schema");
};
const templateLiteralProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    const pattern = schema._zod.pattern;
    if (!pattern)
        throw new Error("Pattern not found in template literal");
    _json.type = "string";
    _json.pattern = pattern.source;
};
const fileProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    _json.type = "string";
    _json.format = "binary";
    _json.contentEncoding = "binary";
    const { minimum, maximum, mime } = aggregateChecks(schema);
    if (minimum !== undefined)
        _json.minLength = minimum;
    if (maximum !== undefined)
        _json.maxLength = maximum;
    if (!mime)
        return;
    // an empty intersection means the mime checks share no value, so nothing passes at runtime; `anyOf` must be non-empty, so the false schema is `not: {}`
    if (mime.length === 0)
        _json.not = {};
    else if (mime.length === 1)
        _json.contentMediaType = mime[0];
    // only contentMediaType differs, so the shared props stay at the root
    else
        _json.anyOf = mime.map((m) => ({ contentMediaType: m }));
};
const successProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const customProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
const functionProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Function types cannot be represented in JSON Schema");
};
const transformProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
const mapProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Map cannot be represented in JSON Schema");
};
const setProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Set cannot be represented in JSON Schema");
};
// ==================== COMPOSITE TYPE PROCESSORS ====================
const arrayProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
    json.type = "array";
    json.items = to_json_schema_processSchema(def.element, ctx, {
        ...params,
        path: [...params.path, "items"],
    });
};
// Transform and catch set `optin = "optional"` at runtime so the parser lets them observe an
// absent key, but their declared input type stays required. An input JSON Schema describes the
// declared type, so resolve past them to the schema that actually carries the optionality.
// Used by both `objectProcessor` (for `required`) and `tupleProcessor` (for `minItems`); see
// wiki/optionality.md, "The JSON Schema emitter reads the *static* value".
function inputOptin(schema) {
    const def = schema._zod.def;
    if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
        return inputOptin(def.out);
    }
    if (def.type === "catch") {
        return inputOptin(def.innerType);
    }
    return schema._zod.optin;
}
const objectProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const shape = def.shape;
    // dropping it while still emitting `additionalProperties: false` would emit a schema that rejects data this one requires
    const symbolKeys = Object.getOwnPropertySymbols(shape);
    if (symbolKeys.length &&
        handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
        return;
    }
    json.type = "object";
    json.properties = {};
    for (const key in shape) {
        // assignProp so a __proto__ key becomes an own property instead of hitting the inherited setter on the plain {} we build into
        (0,core_util/* assignProp */.Vy)(json.properties, key, to_json_schema_processSchema(shape[key], ctx, {
            ...params,
            path: [...params.path, "properties", key],
        }));
    }
    // required keys
    const requiredKeys = [];
    for (const key of Object.keys(shape)) {
        const field = def.shape[key];
        if (ctx.io === "input" ? inputOptin(field) === undefined : field._zod.optout === undefined) {
            requiredKeys.push(key);
        }
    }
    if (requiredKeys.length > 0) {
        json.required = requiredKeys;
    }
    // catchall
    if (def.catchall?._zod.def.type === "never") {
        // strict
        json.additionalProperties = false;
    }
    else if (!def.catchall) {
        // regular
        if (ctx.io === "output")
            json.additionalProperties = false;
    }
    else if (def.catchall) {
        json.additionalProperties = to_json_schema_processSchema(def.catchall, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
};
const unionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // Exclusive unions (inclusive === false) use oneOf (exactly one match) instead of anyOf (one or more matches). This includes both z.xor() and discriminated unions
    const isExclusive = def.inclusive === false;
    const options = def.options.map((x, i) => to_json_schema_processSchema(x, ctx, {
        ...params,
        path: [...params.path, isExclusive ? "oneOf" : "anyOf", i],
    }));
    if (isExclusive) {
        json.oneOf = options;
    }
    else {
        json.anyOf = options;
    }
};
const intersectionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const a = to_json_schema_processSchema(def.left, ctx, {
        ...params,
        path: [...params.path, "allOf", 0],
    });
    const b = to_json_schema_processSchema(def.right, ctx, {
        ...params,
        path: [...params.path, "allOf", 1],
    });
    const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
    const allOf = [
        ...(isSimpleIntersection(a) ? a.allOf : [a]),
        ...(isSimpleIntersection(b) ? b.allOf : [b]),
    ];
    json.allOf = allOf;
    // Recorded innermost first, so a nested intersection has already folded by the time this one is considered. The array is the handle rather than the schema, because a wrapper that inherits this schema shares the same array; `finalize` folds every object holding it. See `foldIntersection`.
    ctx.intersections.push(allOf);
};
const tupleProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "array";
    const prefixPath = ctx.target === "draft-2020-12" ? "prefixItems" : "items";
    const restPath = ctx.target === "draft-2020-12" ? "items" : ctx.target === "openapi-3.0" ? "items" : "additionalItems";
    const prefixItems = def.items.map((x, i) => to_json_schema_processSchema(x, ctx, {
        ...params,
        path: [...params.path, prefixPath, i],
    }));
    const rest = def.rest
        ? to_json_schema_processSchema(def.rest, ctx, {
            ...params,
            path: [...params.path, restPath, ...(ctx.target === "openapi-3.0" ? [def.items.length] : [])],
        })
        : null;
    let minItems = def.items.length;
    while (minItems > 0) {
        const item = def.items[minItems - 1];
        const optional = ctx.io === "input" ? inputOptin(item) !== undefined : item._zod.optout === "optional";
        if (!optional)
            break;
        minItems--;
    }
    const maxItems = def.items.length;
    const isClosed = !def.rest;
    if (ctx.target === "draft-2020-12") {
        json.prefixItems = prefixItems;
        if (isClosed) {
            json.items = false;
        }
        else if (rest) {
            json.items = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else if (ctx.target === "openapi-3.0") {
        json.items = {
            anyOf: prefixItems,
        };
        if (rest) {
            json.items.anyOf.push(rest);
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else {
        json.items = prefixItems;
        if (isClosed) {
            json.additionalItems = false;
        }
        else if (rest) {
            json.additionalItems = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    // explicit user-defined length checks take precedence
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
};
/** JSON object keys are always strings, so a numeric record key schema is re-expressed over the
 * numeric-string form the record parser matches. Deferred to `finalize`, after the flatten: a key
 * behind a wrapper only carries its own `type` before then, and a union key only has its branches.
 *
 * A numeric bound cannot apply to a property name, so `minimum` and its siblings are dropped rather
 * than carried over: keeping them beside `type: "string"` reproduces the match-nothing schema this
 * exists to fix. A key that carries one therefore emits wider than the record parses — `z.record(z.number().min(5), V)`
 * accepts `"3"` — which is the deliberate trade, since throwing on it would reject an ordinary schema
 * outright. */
function stringifyKeyNames(bySchema, json, visited) {
    // an extracted key that rewrites cannot go on sharing its definition — the string form a key position needs is not the number form every other reference wants — so it inlines. One that does not rewrite keeps the `$ref`.
    if (json.$ref) {
        // a recursive key holds its own reference inside its definition, so a node already on the path is left alone rather than resolved again
        if (visited.has(json))
            return json;
        visited.add(json);
        const def = bySchema.get(json)?.def;
        if (!def)
            return json;
        const inlined = stringifyKeyNames(bySchema, def, visited);
        return inlined === def ? json : inlined;
    }
    for (const keyword of ["anyOf", "oneOf"]) {
        const branches = json[keyword];
        if (!Array.isArray(branches))
            continue;
        const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
        // rebuilding regardless would detach a key that had nothing to re-express, dropping its `$ref` and leaking the internal `id`
        if (mapped.some((branch, i) => branch !== branches[i]))
            json = { ...json, [keyword]: mapped };
    }
    // a member that already admits a string leaves the key unconstrained, so the node's own type re-expresses only when every member is numeric
    const types = Array.isArray(json.type) ? json.type : [json.type];
    const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
    // a heterogeneous key carries no type at all, so its numeric members are caught here instead
    const values = json.enum ?? (json.const !== undefined ? [json.const] : undefined);
    if (!numericType && !values?.some((v) => typeof v === "number"))
        return json;
    const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
    if (rest.enum)
        rest.enum = rest.enum.map((v) => (typeof v === "number" ? String(v) : v));
    else if (typeof rest.const === "number")
        rest.const = String(rest.const);
    // a heterogeneous key keeps its absent type: the stringified members already say what a key may be
    if (!numericType)
        return rest;
    rest.type = "string";
    if (!values)
        rest.pattern = (types.includes("number") ? core_regexes/* number */.ai : core_regexes/* integer */.nd).source;
    return rest;
}
/** Every record of one conversion, so the carriers are found in a single pass rather than once per record. */
const pendingRecords = new WeakMap();
function rewriteKeyNames(ctx) {
    // an extracted key is resolved by the object `extractToDef` left in its place, so the map is built once rather than searched per reference. `_zod.toJSONSchema` can hand the same object to two schemas, so the first entry carrying a body wins, as a search would have found it.
    const bySchema = new Map();
    for (const entry of ctx.seen.values()) {
        if (entry.def && !bySchema.has(entry.schema))
            bySchema.set(entry.schema, entry);
    }
    const rewrites = new Map();
    for (const record of pendingRecords.get(ctx) ?? []) {
        const seen = ctx.seen.get(record);
        const names = (seen?.def ?? seen?.schema)?.propertyNames;
        if (!names || names === true || rewrites.has(names))
            continue;
        const rewritten = stringifyKeyNames(bySchema, names, new Set());
        if (rewritten !== names)
            rewrites.set(names, rewritten);
    }
    if (!rewrites.size)
        return;
    // the flatten has already copied each record's own properties onto every wrapper by reference, and an extracted body is another such copy, so every carrier holding a rewritten key is updated together
    for (const entry of ctx.seen.values()) {
        for (const carrier of [entry.schema, entry.def]) {
            const rewritten = carrier && rewrites.get(carrier.propertyNames);
            if (rewritten)
                carrier.propertyNames = rewritten;
        }
    }
}
const recordProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "object";
    // For looseRecord with regex patterns, use patternProperties. This correctly represents "only validate keys matching the pattern" semantics and composes well with allOf (intersections)
    const keyType = def.keyType;
    const patterns = aggregateChecks(keyType).patterns;
    if (def.mode === "loose" && patterns && patterns.size > 0) {
        // Use patternProperties for looseRecord with regex patterns
        const valueSchema = to_json_schema_processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "patternProperties", "*"],
        });
        json.patternProperties = {};
        for (const pattern of patterns) {
            (0,core_util/* assignProp */.Vy)(json.patternProperties, exactPattern(pattern).source, valueSchema);
        }
    }
    else {
        // Default behavior: use propertyNames + additionalProperties
        if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
            json.propertyNames = to_json_schema_processSchema(def.keyType, ctx, {
                ...params,
                path: [...params.path, "propertyNames"],
            });
            let pending = pendingRecords.get(ctx);
            if (!pending) {
                pending = [];
                pendingRecords.set(ctx, pending);
                ctx.deferred.push(() => rewriteKeyNames(ctx));
            }
            pending.push(schema);
        }
        json.additionalProperties = to_json_schema_processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
    // Add required for keys with discrete values (enum, literal, etc.)
    const keyValues = keyType._zod.values;
    // Every key shares one value schema, so an optional-in value makes the whole key set omittable on input. Output keeps them: the exhaustive branch assigns every key, even one whose value came back undefined.
    const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== undefined;
    if (keyValues && !def.partial && !omittableOnInput) {
        const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
        if (validKeyValues.length > 0) {
            json.required = validKeyValues.map(String);
        }
    }
};
const nullableProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const inner = to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    if (ctx.target === "openapi-3.0") {
        seen.ref = def.innerType;
        json.nullable = true;
    }
    else {
        json.anyOf = [inner, { type: "null" }];
    }
};
const nonoptionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
/** Round-trips a default value through JSON so the emitted schema is guaranteed to be valid JSON.
 * A BigInt has no reliable encoding, so it goes through `unrepresentable` like any other
 * unrepresentable value. Returns a sentinel when the caller must not write a default of its own. */
const UNREPRESENTABLE_DEFAULT = Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
    let unrepresentable = false;
    const serialized = JSON.stringify(value, (_, val) => {
        if (typeof val !== "bigint")
            return val;
        unrepresentable = true;
        return null;
    });
    if (!unrepresentable)
        return JSON.parse(serialized);
    handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
    return UNREPRESENTABLE_DEFAULT;
}
const defaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json.default = value;
};
const prefaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    if (ctx.io !== "input")
        return;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json._prefault = value;
};
const catchProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    let catchValue;
    try {
        catchValue = def.catchValue(undefined);
    }
    catch {
        handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
        return;
    }
    json.default = catchValue;
};
const pipeProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    const inIsTransform = def.in._zod.traits.has("$ZodTransform");
    const innerType = ctx.io === "input" ? (inIsTransform ? def.out : def.in) : def.out;
    to_json_schema_processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
const readonlyProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    json.readOnly = true;
};
const promiseProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const optionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const lazyProcessor = (schema, ctx, _json, params) => {
    const innerType = schema._zod.innerType;
    to_json_schema_processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
// ==================== ALL PROCESSORS ====================
const allProcessors = {
    string: stringProcessor,
    number: numberProcessor,
    boolean: booleanProcessor,
    bigint: bigintProcessor,
    symbol: symbolProcessor,
    null: nullProcessor,
    undefined: undefinedProcessor,
    void: voidProcessor,
    never: neverProcessor,
    any: anyProcessor,
    unknown: unknownProcessor,
    date: dateProcessor,
    enum: enumProcessor,
    literal: literalProcessor,
    nan: nanProcessor,
    template_literal: templateLiteralProcessor,
    file: fileProcessor,
    success: successProcessor,
    custom: customProcessor,
    function: functionProcessor,
    transform: transformProcessor,
    map: mapProcessor,
    set: setProcessor,
    array: arrayProcessor,
    object: objectProcessor,
    union: unionProcessor,
    intersection: intersectionProcessor,
    tuple: tupleProcessor,
    record: recordProcessor,
    nullable: nullableProcessor,
    nonoptional: nonoptionalProcessor,
    default: defaultProcessor,
    prefault: prefaultProcessor,
    catch: catchProcessor,
    pipe: pipeProcessor,
    readonly: readonlyProcessor,
    promise: promiseProcessor,
    optional: optionalProcessor,
    lazy: lazyProcessor,
};
function toJSONSchema(input, params) {
    if ("_idmap" in input) {
        // Registry case
        const registry = input;
        const ctx = initializeContext({ ...params, processors: allProcessors });
        const defs = {};
        // First pass: process all schemas to build the seen map
        for (const entry of registry._idmap.entries()) {
            const [_, schema] = entry;
            processSchema(schema, ctx);
        }
        const schemas = {};
        const external = {
            registry,
            uri: params?.uri,
            defs,
        };
        // Update the context with external configuration
        ctx.external = external;
        // Second pass: emit each schema
        for (const entry of registry._idmap.entries()) {
            const [key, schema] = entry;
            extractDefs(ctx, schema);
            assignProp(schemas, key, finalize(ctx, schema));
        }
        if (Object.keys(defs).length > 0) {
            const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
            schemas.__shared = {
                [defsSegment]: defs,
            };
        }
        return { schemas };
    }
    // Single schema case
    const ctx = initializeContext({ ...params, processors: allProcessors });
    processSchema(input, ctx);
    extractDefs(ctx, input);
    return finalize(ctx, input);
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/locales/en.js

const error = () => {
    const Sizable = {
        string: { unit: "characters", verb: "to have" },
        file: { unit: "bytes", verb: "to have" },
        array: { unit: "items", verb: "to have" },
        set: { unit: "items", verb: "to have" },
        map: { unit: "entries", verb: "to have" },
    };
    function getSizing(origin) {
        return Sizable[origin] ?? null;
    }
    const FormatDictionary = {
        regex: "input",
        email: "email address",
        url: "URL",
        emoji: "emoji",
        uuid: "UUID",
        uuidv4: "UUIDv4",
        uuidv6: "UUIDv6",
        nanoid: "nanoid",
        guid: "GUID",
        cuid: "cuid",
        cuid2: "cuid2",
        ulid: "ULID",
        xid: "XID",
        ksuid: "KSUID",
        datetime: "ISO datetime",
        date: "ISO date",
        time: "ISO time",
        duration: "ISO duration",
        ipv4: "IPv4 address",
        ipv6: "IPv6 address",
        mac: "MAC address",
        cidrv4: "IPv4 range",
        cidrv6: "IPv6 range",
        base64: "base64-encoded string",
        base64url: "base64url-encoded string",
        json_string: "JSON string",
        e164: "E.164 number",
        currency_code: "currency code",
        credit_card: "credit card number",
        iban: "IBAN",
        jwt: "JWT",
        template_literal: "input",
    };
    // type names: missing keys = do not translate (use raw value via ?? fallback)
    const TypeDictionary = {
        // Compatibility: "nan" -> "NaN" for display
        nan: "NaN",
        // All other type names omitted - they fall back to raw values via ?? operator
    };
    function getTypeName(type, input) {
        if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
            return String(input);
        }
        return TypeDictionary[type] ?? type;
    }
    return (issue) => {
        switch (issue.code) {
            case "invalid_type": {
                const expected = getTypeName(issue.expected);
                const receivedType = core_util/* parsedType */.GW(issue.input);
                const received = getTypeName(receivedType, issue.input);
                return `Invalid input: expected ${expected}, received ${received}`;
            }
            case "invalid_value":
                if (issue.values.length === 1)
                    return `Invalid input: expected ${core_util/* stringifyPrimitive */.B7(issue.values[0])}`;
                return `Invalid option: expected one of ${core_util/* joinValues */.jw(issue.values, "|")}`;
            case "too_big": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
                const sizing = getSizing(issue.origin);
                if (sizing)
                    return `Too big: expected ${issue.origin ?? "value"} to have ${adj}${issue.maximum.toString()} ${sizing.unit ?? "elements"}`;
                return `Too big: expected ${issue.origin ?? "value"} to be ${adj}${issue.maximum.toString()}`;
            }
            case "too_small": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
                const sizing = getSizing(issue.origin);
                if (sizing) {
                    return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
                }
                return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
            }
            case "invalid_format": {
                const _issue = issue;
                if (_issue.format === "starts_with") {
                    return `Invalid string: must start with "${_issue.prefix}"`;
                }
                if (_issue.format === "ends_with")
                    return `Invalid string: must end with "${_issue.suffix}"`;
                if (_issue.format === "includes")
                    return `Invalid string: must include "${_issue.includes}"`;
                if (_issue.format === "regex")
                    return `Invalid string: must match pattern ${_issue.pattern}`;
                return `Invalid ${FormatDictionary[_issue.format] ?? issue.format}`;
            }
            case "not_multiple_of":
                return `Invalid number: must be a multiple of ${issue.divisor}`;
            case "unrecognized_keys":
                return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${core_util/* joinValues */.jw(issue.keys, ", ")}`;
            case "invalid_key":
                return `Invalid key in ${issue.origin}`;
            case "invalid_union":
                if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) {
                    const opts = issue.options.map((o) => `'${o}'`).join(" | ");
                    return `Invalid discriminator value. Expected ${opts}`;
                }
                if (issue.inclusive === false) {
                    return "Invalid input: more than one option matched";
                }
                return "Invalid input";
            case "invalid_element":
                return `Invalid value in ${issue.origin}`;
            default:
                return `Invalid input`;
        }
    };
};
/* harmony default export */ function en() {
    return {
        localeError: error(),
    };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/core/errors.js
var errors = __nccwpck_require__(428);
;// CONCATENATED MODULE: ./node_modules/zod/v4/core/parse.js



// Always both keys, so the `_params` read site in `_parse` sees one object shape rather than two.
function finalizeParams(callee, params) {
    return { callee: params?.callee ?? callee, Err: params?.Err };
}
const _parse = (_Err) => {
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
        const result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise) {
            throw new core_core/* $ZodAsyncError */.GT();
        }
        if (result.issues.length) {
            const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())));
            core_util/* captureStackTrace */.gx(e, _params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parse = /* @__PURE__*/ _parse(errors/* $ZodRealError */.Kd);
const _parseAsync = (_Err) => {
    const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
        let result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
            result = await result;
        if (result.issues.length) {
            const e = new (params?.Err ?? _Err)(result.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())));
            core_util/* captureStackTrace */.gx(e, params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parseAsync = /* @__PURE__*/ _parseAsync(errors/* $ZodRealError */.Kd);
const _safeParse = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
        throw new core_core/* $ZodAsyncError */.GT();
    }
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParse = /* @__PURE__*/ _safeParse(errors/* $ZodRealError */.Kd);
// the error is built on the first read of `error`: finalizing the issues and constructing the instance is most of a failing parse, and a caller that only branches on `success` never pays it. a getter in the literal keeps this small; the alternative, one shared accessor descriptor plus a hidden state slot, reads ~15% faster but costs ~75 B gzipped in every bundle
function failure(Err, issues, ctx) {
    let error;
    return {
        success: false,
        get error() {
            if (!error) {
                error = new Err(issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())));
                // finalizeIssue drops `input`, so the built error holds nothing; keeping the raw issues past this point pins the parsed value for the life of the result
                issues = undefined;
                ctx = undefined;
            }
            return error;
        },
        set error(e) {
            error = e;
            // a replacement makes the getter's branch unreachable, so the captures have to go here too
            issues = undefined;
            ctx = undefined;
        },
    };
}
const _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParseAsync = /* @__PURE__*/ _safeParseAsync(errors/* $ZodRealError */.Kd);
// registry mirrors of the compiler's sentinels, so this module never imports the compiler
const COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
const COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
// Deliberately tiny, because v8 will not inline a body carrying the fallback's object literals and throw. Everything that is not the compiled happy path lives in validateFallback, and that split is worth ~35% on a compiled schema.
const validate = ((schema, value, _ctx) => {
    const validator = schema._zod.bag.validator;
    if (validator !== undefined) {
        if (validator(value) !== COMPILE_INVALID)
            return true;
        // a definite sentinel means the runtime would reject, so skip the re-parse; a ctx can still change the answer
        if (validator.definite === true && _ctx === undefined)
            return false;
    }
    return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
    const ctx = _ctx
        ? { ..._ctx, async: false, abortEarly: true }
        : { async: false, abortEarly: true };
    const fallbackRun = schema._zod.bag.fallbackRun;
    let result;
    if (fallbackRun) {
        // skip nested fast paths on the fallback, so user callbacks keep the at-most-twice bound
        ctx[COMPILE_FALLBACK] = true;
        result = fallbackRun({ value, issues: [] }, ctx);
    }
    else {
        result = schema._zod.run({ value, issues: [] }, ctx);
    }
    if (result instanceof Promise) {
        throw new core_core/* $ZodAsyncError */.GT();
    }
    return result.issues.length === 0;
}
// no fast path: the compiler keeps async parses on the runtime, because a promise-returning callback that is not declared async compiles to a throw
const parse_validateAsync = async (schema, value, _ctx) => {
    const ctx = _ctx
        ? { ..._ctx, async: true, abortEarly: true }
        : { async: true, abortEarly: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length === 0;
};
const _encode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return parse(schema, value, ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const encode = /* @__PURE__*/ _encode(errors/* $ZodRealError */.Kd);
const _decode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        return parse(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decode = /* @__PURE__*/ _decode(errors/* $ZodRealError */.Kd);
const _encodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return (await parseAsync(schema, value, ctx, finalizeParams(fn, _params)));
    };
    return fn;
};
const encodeAsync = /* @__PURE__*/ _encodeAsync(errors/* $ZodRealError */.Kd);
const _decodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        return await parseAsync(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decodeAsync = /* @__PURE__*/ _decodeAsync(errors/* $ZodRealError */.Kd);
const _safeEncode = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParse(_Err)(schema, value, ctx);
};
const safeEncode = /* @__PURE__*/ _safeEncode(errors/* $ZodRealError */.Kd);
const _safeDecode = (_Err) => (schema, value, _ctx) => {
    return _safeParse(_Err)(schema, value, _ctx);
};
const safeDecode = /* @__PURE__*/ _safeDecode(errors/* $ZodRealError */.Kd);
const _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParseAsync(_Err)(schema, value, ctx);
};
const safeEncodeAsync = /* @__PURE__*/ _safeEncodeAsync(errors/* $ZodRealError */.Kd);
const _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
    return _safeParseAsync(_Err)(schema, value, _ctx);
};
const safeDecodeAsync = /* @__PURE__*/ _safeDecodeAsync(errors/* $ZodRealError */.Kd);

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/errors.js



/* Prototypes that already carry the lazy helper methods. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
/* Helper methods live as non-enumerable lazy getters on the shared
 * prototype instead of own properties on every instance. On first
 * access the getter allocates the per-instance closure and caches it
 * as a non-enumerable own property, so detached usage still works and
 * the allocation only happens for methods actually touched. */
function _lazyMethod(proto, key, make) {
    Object.defineProperty(proto, key, {
        configurable: true,
        enumerable: false,
        get() {
            const value = make(this);
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
            return value;
        },
        set(value) {
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
        },
    });
}
const initializer = (inst, issues) => {
    errors/* $ZodError */.a$.init(inst, issues);
    inst.name = "ZodError";
    const proto = Object.getPrototypeOf(inst);
    if (_installedErrorProtos.has(proto))
        return;
    _installedErrorProtos.add(proto);
    _lazyMethod(proto, "format", (self) => (mapper) => errors/* formatError */.Wk(self, mapper));
    _lazyMethod(proto, "flatten", (self) => (mapper) => errors/* flattenError */.JM(self, mapper));
    _lazyMethod(proto, "addIssue", (self) => (issue) => {
        self.issues.push(issue);
        self.message = JSON.stringify(self.issues, core_util/* jsonStringifyReplacer */.k8, 2);
    });
    _lazyMethod(proto, "addIssues", (self) => (issues) => {
        self.issues.push(...issues);
        self.message = JSON.stringify(self.issues, core_util/* jsonStringifyReplacer */.k8, 2);
    });
    Object.defineProperty(proto, "isEmpty", {
        configurable: true,
        enumerable: false,
        get() {
            return this.issues.length === 0;
        },
    });
};
const ZodError = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodError", initializer)));
const ZodRealError = /*@__PURE__*/ core_core/* $constructor */.xI("ZodError", initializer, undefined, {
    Parent: Error,
});
// /** @deprecated Use `z.core.$ZodErrorMapCtx` instead. */
// export type ErrorMapCtx = core.$ZodErrorMapCtx;

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/parse.js


const classic_parse_parse = /* @__PURE__ */ _parse(ZodRealError);
const classic_parse_parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
const parse_safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
const parse_safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);

// Codec functions
const parse_encode = /* @__PURE__ */ _encode(ZodRealError);
const parse_decode = /* @__PURE__ */ _decode(ZodRealError);
const parse_encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
const parse_decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
const parse_safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
const parse_safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
const parse_safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
const parse_safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/schemas.js








// Register English as the default locale on first ZodType construction. Hooked into the `ZodType` `$constructor` (rather than a top-level `config(en())` in `external.ts`) so bundlers honoring `sideEffects: false` can't tree-shake it out — see #5953, #5725. An explicit `z.config(z.locales.xx())` call wins regardless of order, since this only sets the default when none is present.
function _ensureDefaultLocale() {
    if (!core_core/* globalConfig */.cr.localeError)
        core_core/* config */.$W(en());
}
// the default memoizer is read by the core container init, which runs before `ZodType.init`, so each container calls this first
function _ensureDefaultMemoizer() {
    if (!core_core/* globalConfig */.cr.memoizer)
        core_core/* config */.$W({ memoizer: memoizer() });
}
const ZodType = /*@__PURE__*/ core_core/* $constructor */.xI("ZodType", (inst, def) => {
    _ensureDefaultLocale();
    $ZodType.init(inst, def);
    inst.def = def;
    inst.type = def.type;
    return inst;
}, {
    check(...chks) {
        const def = this.def;
        return this.clone(core_util/* mergeDefs */.zM(def, {
            checks: [
                ...(def.checks ?? []),
                ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch),
            ],
        }), { parent: true });
    },
    with(...chks) {
        return this.check(...chks);
    },
    clone(def, params) {
        return core_util/* clone */.o8(this, def, params);
    },
    brand() {
        return this;
    },
    register(reg, meta) {
        reg.add(this, meta);
        return this;
    },
    refine(check, params) {
        return this.check(refine(check, params));
    },
    superRefine(refinement, params) {
        return this.check(superRefine(refinement, params));
    },
    overwrite(fn) {
        return this.check(api/* _overwrite */.bS(fn));
    },
    optional() {
        return optional(this);
    },
    exactOptional() {
        return exactOptional(this);
    },
    nullable() {
        return nullable(this);
    },
    nullish() {
        return optional(nullable(this));
    },
    nonoptional(params) {
        return nonoptional(this, params);
    },
    array() {
        return array(this);
    },
    or(arg) {
        return union([this, arg]);
    },
    and(arg) {
        return intersection(this, arg);
    },
    transform(tx) {
        return pipe(this, transform(tx));
    },
    default(d) {
        return _default(this, d);
    },
    prefault(d) {
        return prefault(this, d);
    },
    catch(params) {
        return _catch(this, params);
    },
    pipe(target) {
        return pipe(this, target);
    },
    readonly() {
        return readonly(this);
    },
    describe(description) {
        const cl = this.clone();
        registries/* globalRegistry */.fd.add(cl, { description });
        return cl;
    },
    meta(...args) {
        // overloaded: meta() returns the registered metadata, meta(data) returns a clone with `data` registered. The mapped type picks up the second overload, so we accept variadic any-args and return `any` to satisfy both at runtime.
        if (args.length === 0)
            return registries/* globalRegistry */.fd.get(this);
        const cl = this.clone();
        registries/* globalRegistry */.fd.add(cl, args[0]);
        return cl;
    },
    isOptional() {
        return this.safeParse(undefined).success;
    },
    isNullable() {
        return this.safeParse(null).success;
    },
    apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
    },
    // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
    get "~standard"() {
        return core_util/* hide */.jD(this, "~standard", {
            ...standardProps(this),
            jsonSchema: {
                input: createStandardJSONSchemaMethod(this, "input"),
                output: createStandardJSONSchemaMethod(this, "output"),
            },
        });
    },
    set "~standard"(value) {
        core_util/* own */.qh(this, "~standard", value);
    },
    parse: function _parse(data, params) {
        return classic_parse_parse(this, data, params, { callee: _parse });
    },
    parseAsync: async function _parseAsync(data, params) {
        return await classic_parse_parseAsync(this, data, params, { callee: _parseAsync });
    },
    safeParse(data, params) {
        return parse_safeParse(this, data, params);
    },
    async safeParseAsync(data, params) {
        return parse_safeParseAsync(this, data, params);
    },
    // `spa` is an alias: same function object as `safeParseAsync`, as before.
    get spa() {
        return this?.safeParseAsync;
    },
    set spa(value) {
        core_util/* own */.qh(this, "spa", value);
    },
    validate(data, params) {
        return validate(this, data, params);
    },
    validateAsync(data, params) {
        return parse_validateAsync(this, data, params);
    },
    encode: function _encode(data, params) {
        return parse_encode(this, data, params, { callee: _encode });
    },
    decode: function _decode(data, params) {
        return parse_decode(this, data, params, { callee: _decode });
    },
    encodeAsync: async function _encodeAsync(data, params) {
        return await parse_encodeAsync(this, data, params, { callee: _encodeAsync });
    },
    decodeAsync: async function _decodeAsync(data, params) {
        return await parse_decodeAsync(this, data, params, { callee: _decodeAsync });
    },
    safeEncode(data, params) {
        return parse_safeEncode(this, data, params);
    },
    safeDecode(data, params) {
        return parse_safeDecode(this, data, params);
    },
    async safeEncodeAsync(data, params) {
        return parse_safeEncodeAsync(this, data, params);
    },
    async safeDecodeAsync(data, params) {
        return parse_safeDecodeAsync(this, data, params);
    },
    toJSONSchema(params) {
        return createToJSONSchemaMethod(this, {})(params);
    },
    // Reads through to the registry on every access, so it must not cache.
    get description() {
        return registries/* globalRegistry */.fd.get(this)?.description;
    },
    // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
    get _def() {
        return this._zod.def;
    },
});
/** @internal */
const _ZodString = /*@__PURE__*/ core_core/* $constructor */.xI("_ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ core_util/* derived */.un({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null,
}, {
    regex(...args) {
        return this.check(api/* _regex */.Fk(...args));
    },
    includes(...args) {
        return this.check(api/* _includes */.dR(...args));
    },
    startsWith(...args) {
        return this.check(api/* _startsWith */.$S(...args));
    },
    endsWith(...args) {
        return this.check(api/* _endsWith */.ER(...args));
    },
    min(...args) {
        return this.check(api/* _minLength */.m9(...args));
    },
    max(...args) {
        return this.check(api/* _maxLength */.Eb(...args));
    },
    length(...args) {
        return this.check(api/* _length */.YA(...args));
    },
    nonempty(...args) {
        return this.check(api/* _minLength */.m9(1, ...args));
    },
    lowercase(params) {
        return this.check(api/* _lowercase */.hH(params));
    },
    uppercase(params) {
        return this.check(api/* _uppercase */.qF(params));
    },
    trim() {
        return this.check(api/* _trim */.WN());
    },
    normalize(...args) {
        return this.check(api/* _normalize */.lo(...args));
    },
    toLowerCase() {
        return this.check(api/* _toLowerCase */.Il());
    },
    toUpperCase() {
        return this.check(api/* _toUpperCase */.xY());
    },
    slugify() {
        return this.check(api/* _slugify */.TL());
    },
}));
const ZodString = /*@__PURE__*/ core_core/* $constructor */.xI("ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    _ZodString.init(inst, def);
}, {
    email(params) {
        return this.check(api/* _email */.Mu(ZodEmail, params));
    },
    url(params) {
        return this.check(api/* _url */.Fn(ZodURL, params));
    },
    jwt(params) {
        return this.check(api/* _jwt */.rk(ZodJWT, params));
    },
    emoji(params) {
        return this.check(api/* _emoji */.aC(ZodEmoji, params));
    },
    guid(params) {
        return this.check(api/* _guid */.tB(ZodGUID, params));
    },
    uuid(params) {
        return this.check(api/* _uuid */.Be(ZodUUID, params));
    },
    uuidv4(params) {
        return this.check(api/* _uuidv4 */.nA(ZodUUID, params));
    },
    uuidv6(params) {
        return this.check(api/* _uuidv6 */.pY(ZodUUID, params));
    },
    uuidv7(params) {
        return this.check(api/* _uuidv7 */.wA(ZodUUID, params));
    },
    nanoid(params) {
        return this.check(api/* _nanoid */.Dl(ZodNanoID, params));
    },
    cuid(params) {
        return this.check(api/* _cuid */.fs(ZodCUID, params));
    },
    cuid2(params) {
        return this.check(api/* _cuid2 */.Bj(ZodCUID2, params));
    },
    ulid(params) {
        return this.check(api/* _ulid */.Ct(ZodULID, params));
    },
    base64(params) {
        return this.check(api/* _base64 */.rt(ZodBase64, params));
    },
    base64url(params) {
        return this.check(api/* _base64url */.cU(ZodBase64URL, params));
    },
    xid(params) {
        return this.check(api/* _xid */.Pw(ZodXID, params));
    },
    ksuid(params) {
        return this.check(api/* _ksuid */._z(ZodKSUID, params));
    },
    ipv4(params) {
        return this.check(api/* _ipv4 */.Ny(ZodIPv4, params));
    },
    ipv6(params) {
        return this.check(api/* _ipv6 */.$O(ZodIPv6, params));
    },
    cidrv4(params) {
        return this.check(api/* _cidrv4 */.Uy(ZodCIDRv4, params));
    },
    cidrv6(params) {
        return this.check(api/* _cidrv6 */.gP(ZodCIDRv6, params));
    },
    e164(params) {
        return this.check(api/* _e164 */.KB(ZodE164, params));
    },
    datetime(params) {
        return this.check(api/* _isoDateTime */.G1(ZodISODateTime, params));
    },
    date(params) {
        return this.check(api/* _isoDate */.db(ZodISODate, params));
    },
    time(params) {
        return this.check(api/* _isoTime */.Kn(ZodISOTime, params));
    },
    duration(params) {
        return this.check(api/* _isoDuration */.f2(ZodISODuration, params));
    },
});
function string(params) {
    return api/* _string */.Rl(ZodString, params);
}
const ZodStringFormat = /*@__PURE__*/ core_core/* $constructor */.xI("ZodStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    _ZodString.init(inst, def);
});
const ZodISODateTime = /*@__PURE__*/ core_core/* $constructor */.xI("ZodISODateTime", (inst, def) => {
    $ZodISODateTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODate = /*@__PURE__*/ core_core/* $constructor */.xI("ZodISODate", (inst, def) => {
    $ZodISODate.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISOTime = /*@__PURE__*/ core_core/* $constructor */.xI("ZodISOTime", (inst, def) => {
    $ZodISOTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODuration = /*@__PURE__*/ core_core/* $constructor */.xI("ZodISODuration", (inst, def) => {
    $ZodISODuration.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodEmail = /*@__PURE__*/ core_core/* $constructor */.xI("ZodEmail", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmail.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function email(params) {
    return core._email(ZodEmail, params);
}
const ZodGUID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodGUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodGUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function guid(params) {
    return core._guid(ZodGUID, params);
}
const ZodUUID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodUUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodUUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function uuid(params) {
    return core._uuid(ZodUUID, params);
}
function uuidv4(params) {
    return core._uuidv4(ZodUUID, params);
}
// ZodUUIDv6
function uuidv6(params) {
    return core._uuidv6(ZodUUID, params);
}
// ZodUUIDv7
function uuidv7(params) {
    return core._uuidv7(ZodUUID, params);
}
const ZodURL = /*@__PURE__*/ core_core/* $constructor */.xI("ZodURL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodURL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function url(params) {
    return core._url(ZodURL, params);
}
function httpUrl(params) {
    return core._url(ZodURL, {
        protocol: regexes.httpProtocol,
        hostname: regexes.domain,
        ...util.normalizeParams(params),
    });
}
const ZodEmoji = /*@__PURE__*/ core_core/* $constructor */.xI("ZodEmoji", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmoji.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function emoji(params) {
    return core._emoji(ZodEmoji, params);
}
const ZodNanoID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNanoID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodNanoID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function nanoid(params) {
    return core._nanoid(ZodNanoID, params);
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const ZodCUID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
/**
 * Validates a CUID v1 string.
 *
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2 | `z.cuid2()`} instead.
 * See https://github.com/paralleldrive/cuid.
 */
function cuid(params) {
    return core._cuid(ZodCUID, params);
}
const ZodCUID2 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCUID2", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID2.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function cuid2(params) {
    return core._cuid2(ZodCUID2, params);
}
const ZodULID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodULID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodULID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function ulid(params) {
    return core._ulid(ZodULID, params);
}
const ZodXID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodXID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodXID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function xid(params) {
    return core._xid(ZodXID, params);
}
const ZodKSUID = /*@__PURE__*/ core_core/* $constructor */.xI("ZodKSUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodKSUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function ksuid(params) {
    return core._ksuid(ZodKSUID, params);
}
const ZodIPv4 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodIPv4", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function ipv4(params) {
    return core._ipv4(ZodIPv4, params);
}
const ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMAC", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodMAC.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function mac(params) {
    return core._mac(ZodMAC, params);
}
const ZodIPv6 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodIPv6", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function ipv6(params) {
    return core._ipv6(ZodIPv6, params);
}
const ZodCIDRv4 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCIDRv4", (inst, def) => {
    $ZodCIDRv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function cidrv4(params) {
    return core._cidrv4(ZodCIDRv4, params);
}
const ZodCIDRv6 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCIDRv6", (inst, def) => {
    $ZodCIDRv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function cidrv6(params) {
    return core._cidrv6(ZodCIDRv6, params);
}
const ZodBase64 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodBase64", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function base64(params) {
    return core._base64(ZodBase64, params);
}
const ZodBase64URL = /*@__PURE__*/ core_core/* $constructor */.xI("ZodBase64URL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64URL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function base64url(params) {
    return core._base64url(ZodBase64URL, params);
}
const ZodE164 = /*@__PURE__*/ core_core/* $constructor */.xI("ZodE164", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodE164.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function e164(params) {
    return core._e164(ZodE164, params);
}
const ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCreditCard", (inst, def) => {
    core.$ZodCreditCard.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function creditCard(params) {
    return core._creditCard(ZodCreditCard, params);
}
const ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodIBAN", (inst, def) => {
    core.$ZodIBAN.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function iban(params) {
    return core._iban(ZodIBAN, params);
}
const ZodJWT = /*@__PURE__*/ core_core/* $constructor */.xI("ZodJWT", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodJWT.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function jwt(params) {
    return core._jwt(ZodJWT, params);
}
const ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCustomStringFormat", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodCustomStringFormat.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function stringFormat(format, fnOrRegex, _params = {}) {
    return core._stringFormat(ZodCustomStringFormat, format, fnOrRegex, _params);
}
function hostname(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hostname", regexes.hostname, _params);
}
function hex(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hex", regexes.hex, _params);
}
function currencyCode(_params) {
    return core._stringFormat(ZodCustomStringFormat, "currency_code", regexes.currencyCode, _params);
}
function hash(alg, params) {
    const enc = params?.enc ?? "hex";
    const format = `${alg}_${enc}`;
    const regex = core.regexes[format];
    if (!regex)
        throw new Error(`Unrecognized hash format: ${format}`);
    return core._stringFormat(ZodCustomStringFormat, format, regex, params);
}
const ZodNumber = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNumber", (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
    inst.isFinite = true;
}, 
/*@__PURE__*/ core_util/* derived */.un({
    minValue: (inst) => {
        const { minimum, exclusiveMinimum } = aggregateChecks(inst);
        return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
    },
    maxValue: (inst) => {
        const { maximum, exclusiveMaximum } = aggregateChecks(inst);
        return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
    },
    isInt: (inst) => {
        const { isInt, multipleOf } = aggregateChecks(inst);
        return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
    },
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gt(value, params) {
        return this.check(api/* _gt */.Tx(value, params));
    },
    gte(value, params) {
        return this.check(api/* _gte */.qm(value, params));
    },
    min(value, params) {
        return this.check(api/* _gte */.qm(value, params));
    },
    lt(value, params) {
        return this.check(api/* _lt */.Au(value, params));
    },
    lte(value, params) {
        return this.check(api/* _lte */.Zm(value, params));
    },
    max(value, params) {
        return this.check(api/* _lte */.Zm(value, params));
    },
    int(params) {
        return this.check(schemas_int(params));
    },
    safe(params) {
        return this.check(schemas_int(params));
    },
    positive(params) {
        return this.check(api/* _gt */.Tx(0, params));
    },
    nonnegative(params) {
        return this.check(api/* _gte */.qm(0, params));
    },
    negative(params) {
        return this.check(api/* _lt */.Au(0, params));
    },
    nonpositive(params) {
        return this.check(api/* _lte */.Zm(0, params));
    },
    multipleOf(value, params) {
        return this.check(api/* _multipleOf */.Hi(value, params));
    },
    step(value, params) {
        return this.check(api/* _multipleOf */.Hi(value, params));
    },
    finite() {
        return this;
    },
}));
function number(params) {
    return api/* _number */.F7(ZodNumber, params);
}
const ZodNumberFormat = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNumberFormat", (inst, def) => {
    $ZodNumberFormat.init(inst, def);
    ZodNumber.init(inst, def);
});
function schemas_int(params) {
    return api/* _int */.LK(ZodNumberFormat, params);
}
function float32(params) {
    return core._float32(ZodNumberFormat, params);
}
function float64(params) {
    return core._float64(ZodNumberFormat, params);
}
function int32(params) {
    return core._int32(ZodNumberFormat, params);
}
function uint32(params) {
    return core._uint32(ZodNumberFormat, params);
}
const ZodBoolean = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodBoolean", (inst, def) => {
    core.$ZodBoolean.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.booleanProcessor(inst, ctx, json, params);
})));
function schemas_boolean(params) {
    return core._boolean(ZodBoolean, params);
}
const ZodBigInt = /*@__PURE__*/ core_core/* $constructor */.xI("ZodBigInt", (inst, def) => {
    $ZodBigInt.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => bigintProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ core_util/* derived */.un({
    minValue: (inst) => aggregateChecks(inst).minimum ?? null,
    maxValue: (inst) => aggregateChecks(inst).maximum ?? null,
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gte(value, params) {
        return this.check(api/* _gte */.qm(value, params));
    },
    min(value, params) {
        return this.check(api/* _gte */.qm(value, params));
    },
    gt(value, params) {
        return this.check(api/* _gt */.Tx(value, params));
    },
    lt(value, params) {
        return this.check(api/* _lt */.Au(value, params));
    },
    lte(value, params) {
        return this.check(api/* _lte */.Zm(value, params));
    },
    max(value, params) {
        return this.check(api/* _lte */.Zm(value, params));
    },
    positive(params) {
        return this.check(api/* _gt */.Tx(BigInt(0), params));
    },
    negative(params) {
        return this.check(api/* _lt */.Au(BigInt(0), params));
    },
    nonpositive(params) {
        return this.check(api/* _lte */.Zm(BigInt(0), params));
    },
    nonnegative(params) {
        return this.check(api/* _gte */.qm(BigInt(0), params));
    },
    multipleOf(value, params) {
        return this.check(api/* _multipleOf */.Hi(value, params));
    },
}));
function bigint(params) {
    return core._bigint(ZodBigInt, params);
}
const ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodBigIntFormat", (inst, def) => {
    core.$ZodBigIntFormat.init(inst, def);
    ZodBigInt.init(inst, def);
})));
function int64(params) {
    return core._int64(ZodBigIntFormat, params);
}
function uint64(params) {
    return core._uint64(ZodBigIntFormat, params);
}
const ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSymbol", (inst, def) => {
    core.$ZodSymbol.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.symbolProcessor(inst, ctx, json, params);
})));
function symbol(params) {
    return core._symbol(ZodSymbol, params);
}
const ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodUndefined", (inst, def) => {
    core.$ZodUndefined.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.undefinedProcessor(inst, ctx, json, params);
})));
function _undefined(params) {
    return core._undefined(ZodUndefined, params);
}

const ZodNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodNull", (inst, def) => {
    core.$ZodNull.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.nullProcessor(inst, ctx, json, params);
})));
function _null(params) {
    return core._null(ZodNull, params);
}

const ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodAny", (inst, def) => {
    core.$ZodAny.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.anyProcessor(inst, ctx, json, params);
})));
function any() {
    return core._any(ZodAny);
}
const ZodUnknown = /*@__PURE__*/ core_core/* $constructor */.xI("ZodUnknown", (inst, def) => {
    $ZodUnknown.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params);
});
function unknown() {
    return api/* _unknown */.em(ZodUnknown);
}
const ZodNever = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNever", (inst, def) => {
    $ZodNever.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
});
function never(params) {
    return api/* _never */.G8(ZodNever, params);
}
const ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodVoid", (inst, def) => {
    core.$ZodVoid.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.voidProcessor(inst, ctx, json, params);
})));
function _void(params) {
    return core._void(ZodVoid, params);
}

const ZodDate = /*@__PURE__*/ core_core/* $constructor */.xI("ZodDate", (inst, def) => {
    $ZodDate.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => dateProcessor(inst, ctx, json, params);
    inst.min = (value, params) => inst.check(api/* _gte */.qm(value, params));
    inst.max = (value, params) => inst.check(api/* _lte */.Zm(value, params));
}, 
/*@__PURE__*/ core_util/* derived */.un({
    minDate: (inst) => {
        const { minimum } = aggregateChecks(inst);
        return minimum ? new Date(minimum) : null;
    },
    maxDate: (inst) => {
        const { maximum } = aggregateChecks(inst);
        return maximum ? new Date(maximum) : null;
    },
}, {}));
function date(params) {
    return core._date(ZodDate, params);
}
const ZodArray = /*@__PURE__*/ core_core/* $constructor */.xI("ZodArray", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodArray.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
    inst.element = def.element;
}, {
    min(n, params) {
        return this.check(api/* _minLength */.m9(n, params));
    },
    nonempty(params) {
        return this.check(api/* _minLength */.m9(1, params));
    },
    max(n, params) {
        return this.check(api/* _maxLength */.Eb(n, params));
    },
    length(n, params) {
        return this.check(api/* _length */.YA(n, params));
    },
    unwrap() {
        return this.element;
    },
});
function array(element, params) {
    return api/* _array */.dZ(ZodArray, element, params);
}
// .keyof
function keyof(schema) {
    const shape = schema._zod.def.shape;
    return _enum(Object.keys(shape));
}
const ZodObject = /*@__PURE__*/ core_core/* $constructor */.xI("ZodObject", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodObjectJIT.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
    core_util/* installLazyProp */.X(inst, "shape", (self) => self._zod.def.shape, false);
}, {
    keyof() {
        return _enum(Object.keys(this._zod.def.shape));
    },
    catchall(catchall) {
        // `mergeDefs` rather than a spread: spreading reads `shape`, and resolving it can mint a whole fresh subtree
        return this.clone(core_util/* mergeDefs */.zM(this._zod.def, { catchall: catchall }));
    },
    passthrough() {
        return this.clone(core_util/* mergeDefs */.zM(this._zod.def, { catchall: unknown() }));
    },
    loose() {
        return this.clone(core_util/* mergeDefs */.zM(this._zod.def, { catchall: unknown() }));
    },
    strict() {
        return this.clone(core_util/* mergeDefs */.zM(this._zod.def, { catchall: never() }));
    },
    strip() {
        return this.clone(core_util/* mergeDefs */.zM(this._zod.def, { catchall: undefined }));
    },
    extend(incoming) {
        return core_util/* extend */.X$(this, incoming);
    },
    safeExtend(incoming) {
        return core_util/* safeExtend */.W0(this, incoming);
    },
    merge(other) {
        return core_util/* merge */.h1(this, other);
    },
    pick(mask) {
        return core_util/* pick */.Up(this, mask);
    },
    omit(mask) {
        return core_util/* omit */.cJ(this, mask);
    },
    partial(...args) {
        return core_util/* partial */.OH(ZodOptional, this, args[0]);
    },
    exactPartial(...args) {
        return core_util/* partial */.OH(ZodExactOptional, this, args[0], "exactPartial");
    },
    required(...args) {
        return core_util/* required */.mw(ZodNonOptional, this, args[0]);
    },
});
function object(shape, params) {
    const def = {
        type: "object",
        shape: shape ?? {},
        ...core_util/* normalizeParams */.A2(params),
    };
    return new ZodObject(def);
}
// strictObject
function strictObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: never(),
        ...core_util/* normalizeParams */.A2(params),
    });
}
// looseObject
function looseObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: unknown(),
        ...util.normalizeParams(params),
    });
}
const ZodUnion = /*@__PURE__*/ core_core/* $constructor */.xI("ZodUnion", (inst, def) => {
    $ZodUnion.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
});
function union(options, params) {
    return new ZodUnion({
        type: "union",
        options: options,
        ...core_util/* normalizeParams */.A2(params),
    });
}
const ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodXor", (inst, def) => {
    ZodUnion.init(inst, def);
    core.$ZodXor.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
})));
/** Creates an exclusive union (XOR) where exactly one option must match.
 * Unlike regular unions that succeed when any option matches, xor fails if
 * zero or more than one option matches the input. */
function xor(options, params) {
    return new ZodXor({
        type: "union",
        options: options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
const ZodDiscriminatedUnion = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodDiscriminatedUnion", (inst, def) => {
    ZodUnion.init(inst, def);
    core.$ZodDiscriminatedUnion.init(inst, def);
})));
function discriminatedUnion(discriminator, options, params) {
    // const [options, params] = args;
    return new ZodDiscriminatedUnion({
        type: "union",
        options: options,
        discriminator,
        ...util.normalizeParams(params),
    });
}
const ZodIntersection = /*@__PURE__*/ core_core/* $constructor */.xI("ZodIntersection", (inst, def) => {
    $ZodIntersection.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
    return new ZodIntersection({
        type: "intersection",
        left: left,
        right: right,
    });
}
const ZodTuple = /*@__PURE__*/ core_core/* $constructor */.xI("ZodTuple", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTuple.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => tupleProcessor(inst, ctx, json, params);
}, {
    rest(rest) {
        return this.clone({
            ...this._zod.def,
            rest: rest,
        });
    },
    partial() {
        const def = this._zod.def;
        // a refinement was authored against the full arity; partialing would run it on a shorter array
        if (def.checks?.length)
            throw new Error(".partial() cannot be used on tuple schemas containing refinements");
        return this.clone({
            ...def,
            items: def.items.map((item) => new ZodOptional({ type: "optional", innerType: item })),
        });
    },
});
function tuple(items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof core.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new ZodTuple({
        type: "tuple",
        items: items,
        rest,
        ...util.normalizeParams(params),
    });
}
const ZodRecord = /*@__PURE__*/ core_core/* $constructor */.xI("ZodRecord", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodRecord.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => recordProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
});
function record(keyType, valueType, params) {
    // v3-compat: z.record(valueType, params?) — defaults keyType to z.string()
    if (!valueType || !valueType._zod) {
        return new ZodRecord({
            type: "record",
            keyType: string(),
            valueType: keyType,
            ...core_util/* normalizeParams */.A2(valueType),
        });
    }
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// type alksjf = core.output<core.$ZodRecordKey>;
function partialRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
        partial: true,
    });
}
function looseRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        mode: "loose",
        ...util.normalizeParams(params),
    });
}
const ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMap", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodMap.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.mapProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function map(keyType, valueType, params) {
    return new ZodMap({
        type: "map",
        keyType: keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSet", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodSet.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.setProcessor(inst, ctx, json, params);
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function set(valueType, params) {
    return new ZodSet({
        type: "set",
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodEnum = /*@__PURE__*/ core_core/* $constructor */.xI("ZodEnum", (inst, def) => {
    $ZodEnum.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
    inst.enum = def.entries;
    // reuse the parsed value set so a numeric TS enum's reverse-mapping keys stay out
    inst.options = [...inst._zod.values];
    const keys = new Set(Object.keys(def.entries));
    inst.extract = (values, params) => {
        const newEntries = {};
        for (const value of values) {
            if (keys.has(value)) {
                newEntries[value] = def.entries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...core_util/* normalizeParams */.A2(params),
            entries: newEntries,
        });
    };
    inst.exclude = (values, params) => {
        const newEntries = { ...def.entries };
        for (const value of values) {
            if (keys.has(value)) {
                delete newEntries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...core_util/* normalizeParams */.A2(params),
            entries: newEntries,
        });
    };
});
function _enum(values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    return new ZodEnum({
        type: "enum",
        entries,
        ...core_util/* normalizeParams */.A2(params),
    });
}

/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function nativeEnum(entries, params) {
    return new ZodEnum({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
const ZodLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodLiteral", (inst, def) => {
    core.$ZodLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.literalProcessor(inst, ctx, json, params);
    inst.values = new Set(def.values);
    Object.defineProperty(inst, "value", {
        get() {
            if (def.values.length > 1) {
                throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
            }
            return def.values[0];
        },
    });
})));
function literal(value, params) {
    return new ZodLiteral({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...util.normalizeParams(params),
    });
}
const ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFile", (inst, def) => {
    core.$ZodFile.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.fileProcessor(inst, ctx, json, params);
    inst.min = (size, params) => inst.check(core._minSize(size, params));
    inst.max = (size, params) => inst.check(core._maxSize(size, params));
    inst.mime = (types, params) => inst.check(core._mime(Array.isArray(types) ? types : [types], params));
})));
function file(params) {
    return core._file(ZodFile, params);
}
const ZodTransform = /*@__PURE__*/ core_core/* $constructor */.xI("ZodTransform", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTransform.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
    inst._zod.parse = (payload, _ctx) => {
        if (_ctx.direction === "backward") {
            throw new core_core/* $ZodEncodeError */.cV(inst.constructor.name);
        }
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(core_util/* issue */.sn(issue, payload.value, def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = inst);
                // _issue.continue ??= true;
                payload.issues.push(core_util/* issue */.sn(_issue));
            }
        };
        const output = def.transform(payload.value, payload);
        if (output instanceof Promise) {
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        payload.value = output;
        return payload;
    };
});
function transform(fn) {
    return new ZodTransform({
        type: "transform",
        transform: fn,
    });
}
const ZodOptional = /*@__PURE__*/ core_core/* $constructor */.xI("ZodOptional", (inst, def) => {
    $ZodOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
    return new ZodOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodExactOptional = /*@__PURE__*/ core_core/* $constructor */.xI("ZodExactOptional", (inst, def) => {
    $ZodExactOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
    return new ZodExactOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodNullable = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNullable", (inst, def) => {
    $ZodNullable.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
    return new ZodNullable({
        type: "nullable",
        innerType: innerType,
    });
}
// nullish
function nullish(innerType) {
    return optional(nullable(innerType));
}
const ZodDefault = /*@__PURE__*/ core_core/* $constructor */.xI("ZodDefault", (inst, def) => {
    $ZodDefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeDefault = inst.unwrap;
});
function _default(innerType, defaultValue) {
    return new ZodDefault({
        type: "default",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : core_util/* shallowClone */.yG(defaultValue);
        },
    });
}
const ZodPrefault = /*@__PURE__*/ core_core/* $constructor */.xI("ZodPrefault", (inst, def) => {
    $ZodPrefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
    return new ZodPrefault({
        type: "prefault",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : core_util/* shallowClone */.yG(defaultValue);
        },
    });
}
const ZodNonOptional = /*@__PURE__*/ core_core/* $constructor */.xI("ZodNonOptional", (inst, def) => {
    $ZodNonOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
    return new ZodNonOptional({
        type: "nonoptional",
        innerType: innerType,
        ...core_util/* normalizeParams */.A2(params),
    });
}
const ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSuccess", (inst, def) => {
    core.$ZodSuccess.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.successProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function success(innerType) {
    return new ZodSuccess({
        type: "success",
        innerType: innerType,
    });
}
const ZodCatch = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCatch", (inst, def) => {
    $ZodCatch.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeCatch = inst.unwrap;
});
function _catch(innerType, catchValue) {
    return new ZodCatch({
        type: "catch",
        innerType: innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : core_util/* constantCatch */.SS(catchValue)),
    });
}

const ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodNaN", (inst, def) => {
    core.$ZodNaN.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.nanProcessor(inst, ctx, json, params);
})));
function nan(params) {
    return core._nan(ZodNaN, params);
}
const ZodPipe = /*@__PURE__*/ core_core/* $constructor */.xI("ZodPipe", (inst, def) => {
    $ZodPipe.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
    inst.in = def.in;
    inst.out = def.out;
});
function pipe(in_, out) {
    return new ZodPipe({
        type: "pipe",
        in: in_,
        out: out,
        // ...util.normalizeParams(params),
    });
}
const ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCodec", (inst, def) => {
    ZodPipe.init(inst, def);
    core.$ZodCodec.init(inst, def);
})));
function codec(in_, out, params) {
    return new ZodCodec({
        type: "pipe",
        in: in_,
        out: out,
        transform: params.decode,
        reverseTransform: params.encode,
    });
}
function invertCodec(codec) {
    const def = codec._zod.def;
    return new ZodCodec({
        type: "pipe",
        in: def.out,
        out: def.in,
        transform: def.reverseTransform,
        reverseTransform: def.transform,
    });
}
const ZodPreprocess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodPreprocess", (inst, def) => {
    ZodPipe.init(inst, def);
    core.$ZodPreprocess.init(inst, def);
})));
const ZodReadonly = /*@__PURE__*/ core_core/* $constructor */.xI("ZodReadonly", (inst, def) => {
    $ZodReadonly.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
    return new ZodReadonly({
        type: "readonly",
        innerType: innerType,
    });
}
const ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodTemplateLiteral", (inst, def) => {
    core.$ZodTemplateLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.templateLiteralProcessor(inst, ctx, json, params);
})));
function templateLiteral(parts, params) {
    return new ZodTemplateLiteral({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
const ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodLazy", (inst, def) => {
    core.$ZodLazy.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.lazyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.getter();
})));
function lazy(getter) {
    return new ZodLazy({
        type: "lazy",
        getter: getter,
    });
}
const ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodPromise", (inst, def) => {
    core.$ZodPromise.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.promiseProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function promise(innerType) {
    return new ZodPromise({
        type: "promise",
        innerType: innerType,
    });
}
const ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFunction", (inst, def) => {
    core.$ZodFunction.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.functionProcessor(inst, ctx, json, params);
})));
function _function(params) {
    return new ZodFunction({
        type: "function",
        input: Array.isArray(params?.input) ? tuple(params?.input) : (params?.input ?? array(unknown())),
        output: params?.output ?? unknown(),
    });
}

const ZodCustom = /*@__PURE__*/ core_core/* $constructor */.xI("ZodCustom", (inst, def) => {
    $ZodCustom.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
// custom checks
function check(fn) {
    const ch = new core.$ZodCheck({
        check: "custom",
        // ...util.normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
function custom(fn, _params) {
    return core._custom(ZodCustom, fn ?? (() => true), _params);
}
function refine(fn, _params = {}) {
    return api/* _refine */.fU(ZodCustom, fn, _params);
}
// superRefine
function superRefine(fn, params) {
    return api/* _superRefine */.MB(fn, params);
}
// Re-export describe and meta from core
const describe = api/* describe */.q0;
const meta = api/* meta */.mI;
const ZodInstanceOf = /*@__PURE__*/ core_core/* $constructor */.xI("ZodInstanceOf", (inst, def) => {
    ZodCustom.init(inst, def);
}, {
    properties(shape, params) {
        // asserts in place, so the narrowed output type is truthful without a wrapper
        return this.check(api/* _properties */.T2(shape, params));
    },
});
function _instanceof(cls, params = {}) {
    const inst = new ZodInstanceOf({
        type: "custom",
        check: "custom",
        fn: (data) => data instanceof cls,
        abort: true,
        ...util.normalizeParams(params),
    });
    inst._zod.bag.Class = cls;
    // Override check to emit invalid_type instead of custom
    inst._zod.check = (payload) => {
        if (!(payload.value instanceof cls)) {
            payload.issues.push({
                code: "invalid_type",
                expected: cls.name,
                input: payload.value,
                inst,
                path: [...(inst._zod.def.path ?? [])],
            });
        }
    };
    return inst;
}

// stringbool
const stringbool = (...args) => core._stringbool({
    Codec: ZodCodec,
    Boolean: ZodBoolean,
    String: ZodString,
}, ...args);
function json(params) {
    const jsonSchema = lazy(() => {
        return union([string(params), number(), schemas_boolean(), _null(), array(jsonSchema), record(string(), jsonSchema)]);
    });
    return jsonSchema;
}
// preprocess
function preprocess(fn, schema) {
    return new ZodPreprocess({
        type: "pipe",
        in: transform(fn),
        out: schema,
    });
}


/***/ }),

/***/ 759:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $O: () => (/* binding */ _ipv6),
/* harmony export */   $S: () => (/* binding */ _startsWith),
/* harmony export */   Au: () => (/* binding */ _lt),
/* harmony export */   Be: () => (/* binding */ _uuid),
/* harmony export */   Bj: () => (/* binding */ _cuid2),
/* harmony export */   Ct: () => (/* binding */ _ulid),
/* harmony export */   Dl: () => (/* binding */ _nanoid),
/* harmony export */   ER: () => (/* binding */ _endsWith),
/* harmony export */   Eb: () => (/* binding */ _maxLength),
/* harmony export */   F7: () => (/* binding */ _number),
/* harmony export */   Fk: () => (/* binding */ _regex),
/* harmony export */   Fn: () => (/* binding */ _url),
/* harmony export */   G1: () => (/* binding */ _isoDateTime),
/* harmony export */   G8: () => (/* binding */ _never),
/* harmony export */   Hi: () => (/* binding */ _multipleOf),
/* harmony export */   Il: () => (/* binding */ _toLowerCase),
/* harmony export */   KB: () => (/* binding */ _e164),
/* harmony export */   Kn: () => (/* binding */ _isoTime),
/* harmony export */   LK: () => (/* binding */ _int),
/* harmony export */   MB: () => (/* binding */ _superRefine),
/* harmony export */   Mu: () => (/* binding */ _email),
/* harmony export */   Ny: () => (/* binding */ _ipv4),
/* harmony export */   Pw: () => (/* binding */ _xid),
/* harmony export */   Rl: () => (/* binding */ _string),
/* harmony export */   T2: () => (/* binding */ _properties),
/* harmony export */   TL: () => (/* binding */ _slugify),
/* harmony export */   Tx: () => (/* binding */ _gt),
/* harmony export */   Uy: () => (/* binding */ _cidrv4),
/* harmony export */   WN: () => (/* binding */ _trim),
/* harmony export */   YA: () => (/* binding */ _length),
/* harmony export */   Zm: () => (/* binding */ _lte),
/* harmony export */   _z: () => (/* binding */ _ksuid),
/* harmony export */   aC: () => (/* binding */ _emoji),
/* harmony export */   bS: () => (/* binding */ _overwrite),
/* harmony export */   cU: () => (/* binding */ _base64url),
/* harmony export */   dR: () => (/* binding */ _includes),
/* harmony export */   dZ: () => (/* binding */ _array),
/* harmony export */   db: () => (/* binding */ _isoDate),
/* harmony export */   em: () => (/* binding */ _unknown),
/* harmony export */   f2: () => (/* binding */ _isoDuration),
/* harmony export */   fU: () => (/* binding */ _refine),
/* harmony export */   fs: () => (/* binding */ _cuid),
/* harmony export */   gP: () => (/* binding */ _cidrv6),
/* harmony export */   hH: () => (/* binding */ _lowercase),
/* harmony export */   lo: () => (/* binding */ _normalize),
/* harmony export */   m9: () => (/* binding */ _minLength),
/* harmony export */   mI: () => (/* binding */ meta),
/* harmony export */   nA: () => (/* binding */ _uuidv4),
/* harmony export */   pY: () => (/* binding */ _uuidv6),
/* harmony export */   q0: () => (/* binding */ describe),
/* harmony export */   qF: () => (/* binding */ _uppercase),
/* harmony export */   qm: () => (/* binding */ _gte),
/* harmony export */   rk: () => (/* binding */ _jwt),
/* harmony export */   rt: () => (/* binding */ _base64),
/* harmony export */   tB: () => (/* binding */ _guid),
/* harmony export */   wA: () => (/* binding */ _uuidv7),
/* harmony export */   xY: () => (/* binding */ _toUpperCase)
/* harmony export */ });
/* unused harmony exports _coercedString, _mac, _creditCard, _iban, TimePrecision, _coercedNumber, _float32, _float64, _int32, _uint32, _boolean, _coercedBoolean, _bigint, _coercedBigint, _int64, _uint64, _symbol, _undefined, _null, _any, _void, _date, _coercedDate, _nan, _max, _min, _positive, _negative, _nonpositive, _nonnegative, _maxSize, _minSize, _size, _property, _mime, _union, _xor, _discriminatedUnion, _intersection, _tuple, _record, _map, _set, _enum, _nativeEnum, _literal, _file, _transform, _optional, _nullable, _default, _nonoptional, _success, _catch, _pipe, _readonly, _templateLiteral, _lazy, _promise, _custom, _check, _stringbool, _stringFormat */
/* harmony import */ var _checks_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(890);
/* harmony import */ var _registries_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(396);
/* harmony import */ var _util_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(723);




function snapshotChecks(def) {
    if (def.checks)
        def.checks = [...def.checks];
    return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
    return new Class(snapshotChecks({ type: "string", ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedString(Class, params) {
    return new Class(snapshotChecks({ type: "string", coerce: true, ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class, params) {
    return new Class({
        type: "string",
        format: "email",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class, params) {
    return new Class({
        type: "string",
        format: "guid",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v4",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v6",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v7",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _url(Class, params) {
    return new Class({
        type: "string",
        format: "url",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _emoji(Class, params) {
    return new Class({
        type: "string",
        format: "emoji",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class, params) {
    return new Class({
        type: "string",
        format: "nanoid",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link _cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
// @__NO_SIDE_EFFECTS__
function _cuid(Class, params) {
    return new Class({
        type: "string",
        format: "cuid",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class, params) {
    return new Class({
        type: "string",
        format: "cuid2",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class, params) {
    return new Class({
        type: "string",
        format: "ulid",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class, params) {
    return new Class({
        type: "string",
        format: "xid",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class, params) {
    return new Class({
        type: "string",
        format: "ksuid",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class, params) {
    return new Class({
        type: "string",
        format: "ipv4",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class, params) {
    return new Class({
        type: "string",
        format: "ipv6",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mac(Class, params) {
    return new Class({
        type: "string",
        format: "mac",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv4",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv6",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class, params) {
    return new Class({
        type: "string",
        format: "base64",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class, params) {
    return new Class({
        type: "string",
        format: "base64url",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class, params) {
    return new Class({
        type: "string",
        format: "e164",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _creditCard(Class, params) {
    return new Class({
        type: "string",
        format: "credit_card",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _iban(Class, params) {
    return new Class({
        type: "string",
        format: "iban",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class, params) {
    return new Class({
        type: "string",
        format: "jwt",
        check: "string_format",
        abort: false,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
const TimePrecision = {
    Any: null,
    Minute: -1,
    Second: 0,
    Millisecond: 3,
    Microsecond: 6,
};
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class, params) {
    return new Class({
        type: "string",
        format: "datetime",
        check: "string_format",
        offset: false,
        local: false,
        precision: null,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class, params) {
    return new Class({
        type: "string",
        format: "date",
        check: "string_format",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class, params) {
    return new Class({
        type: "string",
        format: "time",
        check: "string_format",
        precision: null,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class, params) {
    return new Class({
        type: "string",
        format: "duration",
        check: "string_format",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
    return new Class(snapshotChecks({ type: "number", checks: [], ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedNumber(Class, params) {
    return new Class(snapshotChecks({ type: "number", coerce: true, checks: [], ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "safeint",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float64(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "int32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "uint32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
    return new Class({
        type: "boolean",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBoolean(Class, params) {
    return new Class({
        type: "boolean",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _bigint(Class, params) {
    return new Class({
        type: "bigint",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBigint(Class, params) {
    return new Class({
        type: "bigint",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "int64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "uint64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _symbol(Class, params) {
    return new Class({
        type: "symbol",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _undefined(Class, params) {
    return new Class({
        type: "undefined",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _null(Class, params) {
    return new Class({
        type: "null",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _any(Class) {
    return new Class({
        type: "any",
    });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
    return new Class({
        type: "unknown",
    });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
    return new Class({
        type: "never",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _void(Class, params) {
    return new Class({
        type: "void",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _date(Class, params) {
    return new Class({
        type: "date",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedDate(Class, params) {
    return new Class({
        type: "date",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nan(Class, params) {
    return new Class({
        type: "nan",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckLessThan */ .sm({
        check: "less_than",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckLessThan */ .sm({
        check: "less_than",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckGreaterThan */ .J_({
        check: "greater_than",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckGreaterThan */ .J_({
        check: "greater_than",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _positive(params) {
    return _gt(0, params);
}
// negative
// @__NO_SIDE_EFFECTS__
function _negative(params) {
    return _lt(0, params);
}
// nonpositive
// @__NO_SIDE_EFFECTS__
function _nonpositive(params) {
    return _lte(0, params);
}
// nonnegative
// @__NO_SIDE_EFFECTS__
function _nonnegative(params) {
    return _gte(0, params);
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckMultipleOf */ .Jk({
        check: "multiple_of",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        value,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxSize(maximum, params) {
    return new checks.$ZodCheckMaxSize({
        check: "max_size",
        ...util.normalizeParams(params),
        maximum,
    });
}
// @__NO_SIDE_EFFECTS__
function _minSize(minimum, params) {
    return new checks.$ZodCheckMinSize({
        check: "min_size",
        ...util.normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _size(size, params) {
    return new checks.$ZodCheckSizeEquals({
        check: "size_equals",
        ...util.normalizeParams(params),
        size,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
    const ch = new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckMaxLength */ .Yk({
        check: "max_length",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        maximum,
    });
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckMinLength */ .Kk({
        check: "min_length",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckLengthEquals */ .RM({
        check: "length_equals",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        length,
    });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckRegex */ .DG({
        check: "string_format",
        format: "regex",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        pattern,
    });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckLowerCase */ .NI({
        check: "string_format",
        format: "lowercase",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckUpperCase */ .kH({
        check: "string_format",
        format: "uppercase",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckIncludes */ .Tt({
        check: "string_format",
        format: "includes",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        includes,
    });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckStartsWith */ .J({
        check: "string_format",
        format: "starts_with",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        prefix,
    });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckEndsWith */ .E6({
        check: "string_format",
        format: "ends_with",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
        suffix,
    });
}
// @__NO_SIDE_EFFECTS__
function _property(property, schema, params) {
    return new checks.$ZodCheckProperty({
        check: "property",
        property,
        schema,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _properties(shape, params) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckProperties */ .nJ({
        check: "properties",
        shape,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mime(types, params) {
    return new checks.$ZodCheckMimeType({
        check: "mime_type",
        mime: types,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
    return new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheckOverwrite */ .v$({
        check: "overwrite",
        tx,
    });
}
// normalize
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
    return _overwrite((input) => input.normalize(form));
}
// trim
// @__NO_SIDE_EFFECTS__
function _trim() {
    return _overwrite((input) => input.trim());
}
// toLowerCase
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
    return _overwrite((input) => input.toLowerCase());
}
// toUpperCase
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
    return _overwrite((input) => input.toUpperCase());
}
// slugify
// @__NO_SIDE_EFFECTS__
function _slugify() {
    return _overwrite((input) => _util_js__WEBPACK_IMPORTED_MODULE_0__/* .slugify */ .Yv(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class, element, params) {
    return new Class({
        type: "array",
        element,
        // get element() {
        //   return element;
        // },
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _union(Class, options, params) {
    return new Class({
        type: "union",
        options,
        ...util.normalizeParams(params),
    });
}
function _xor(Class, options, params) {
    return new Class({
        type: "union",
        options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _discriminatedUnion(Class, discriminator, options, params) {
    return new Class({
        type: "union",
        options: options,
        discriminator,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _intersection(Class, left, right) {
    return new Class({
        type: "intersection",
        left,
        right,
    });
}
// export function _tuple(
//   Class: util.SchemaClass<schemas.$ZodTuple>,
//   items: [],
//   params?: string | $ZodTupleParams
// ): schemas.$ZodTuple<[], null>;
// @__NO_SIDE_EFFECTS__
function _tuple(Class, items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof schemas.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new Class({
        type: "tuple",
        items,
        rest,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _record(Class, keyType, valueType, params) {
    return new Class({
        type: "record",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _map(Class, keyType, valueType, params) {
    return new Class({
        type: "map",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _set(Class, valueType, params) {
    return new Class({
        type: "set",
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _enum(Class, values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    // if (Array.isArray(values)) {
    //   for (const value of values) {
    //     entries[value] = value;
    //   }
    // } else {
    //   Object.assign(entries, values);
    // }
    // const entries: util.EnumLike = {};
    // for (const val of values) {
    //   entries[val] = val;
    // }
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function _nativeEnum(Class, entries, params) {
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _literal(Class, value, params) {
    return new Class({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _file(Class, params) {
    return new Class({
        type: "file",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _transform(Class, fn) {
    return new Class({
        type: "transform",
        transform: fn,
    });
}
// @__NO_SIDE_EFFECTS__
function _optional(Class, innerType) {
    return new Class({
        type: "optional",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _nullable(Class, innerType) {
    return new Class({
        type: "nullable",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _default(Class, innerType, defaultValue) {
    return new Class({
        type: "default",
        innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : util.shallowClone(defaultValue);
        },
    });
}
// @__NO_SIDE_EFFECTS__
function _nonoptional(Class, innerType, params) {
    return new Class({
        type: "nonoptional",
        innerType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _success(Class, innerType) {
    return new Class({
        type: "success",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _catch(Class, innerType, catchValue) {
    return new Class({
        type: "catch",
        innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : util.constantCatch(catchValue)),
    });
}
// @__NO_SIDE_EFFECTS__
function _pipe(Class, in_, out) {
    return new Class({
        type: "pipe",
        in: in_,
        out,
    });
}
// @__NO_SIDE_EFFECTS__
function _readonly(Class, innerType) {
    return new Class({
        type: "readonly",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _templateLiteral(Class, parts, params) {
    return new Class({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lazy(Class, getter) {
    return new Class({
        type: "lazy",
        getter,
    });
}
// @__NO_SIDE_EFFECTS__
function _promise(Class, innerType) {
    return new Class({
        type: "promise",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _custom(Class, fn, _params) {
    const norm = util.normalizeParams(_params);
    norm.abort ?? (norm.abort = true); // default to abort:false
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...norm,
    });
    return schema;
}
// same as _custom but defaults to abort:false
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(_params),
    });
    return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
    const ch = _check((payload) => {
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(_util_js__WEBPACK_IMPORTED_MODULE_0__/* .issue */ .sn(issue, payload.value, ch._zod.def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = ch);
                _issue.continue ?? (_issue.continue = !ch._zod.def.abort); // abort is always undefined, so this is always true...
                payload.issues.push(_util_js__WEBPACK_IMPORTED_MODULE_0__/* .issue */ .sn(_issue));
            }
        };
        return fn(payload.value, payload);
    }, params);
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
    const ch = new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheck */ .QP({
        check: "custom",
        ..._util_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeParams */ .A2(params),
    });
    ch._zod.check = fn;
    return ch;
}
// @__NO_SIDE_EFFECTS__
function describe(description) {
    const ch = new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheck */ .QP({ check: "describe" });
    ch._zod.onattach = [
        (inst) => {
            const existing = _registries_js__WEBPACK_IMPORTED_MODULE_2__/* .globalRegistry */ .fd.get(inst) ?? {};
            _registries_js__WEBPACK_IMPORTED_MODULE_2__/* .globalRegistry */ .fd.add(inst, { ...existing, description });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function meta(metadata) {
    const ch = new _checks_js__WEBPACK_IMPORTED_MODULE_1__/* .$ZodCheck */ .QP({ check: "meta" });
    ch._zod.onattach = [
        (inst) => {
            const existing = _registries_js__WEBPACK_IMPORTED_MODULE_2__/* .globalRegistry */ .fd.get(inst) ?? {};
            _registries_js__WEBPACK_IMPORTED_MODULE_2__/* .globalRegistry */ .fd.add(inst, { ...existing, ...metadata });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _stringbool(Classes, _params) {
    const params = util.normalizeParams(_params);
    let truthyArray = params.truthy ?? ["true", "1", "yes", "on", "y", "enabled"];
    let falsyArray = params.falsy ?? ["false", "0", "no", "off", "n", "disabled"];
    if (params.case !== "sensitive") {
        truthyArray = truthyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
        falsyArray = falsyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
    }
    const truthySet = new Set(truthyArray);
    const falsySet = new Set(falsyArray);
    const _Codec = Classes.Codec ?? schemas.$ZodCodec;
    const _Boolean = Classes.Boolean ?? schemas.$ZodBoolean;
    const _String = Classes.String ?? schemas.$ZodString;
    const stringSchema = new _String({ type: "string", error: params.error });
    const booleanSchema = new _Boolean({ type: "boolean", error: params.error });
    const codec = new _Codec({
        type: "pipe",
        in: stringSchema,
        out: booleanSchema,
        transform: ((input, payload) => {
            let data = input;
            if (params.case !== "sensitive")
                data = data.toLowerCase();
            if (truthySet.has(data)) {
                return true;
            }
            else if (falsySet.has(data)) {
                return false;
            }
            else {
                payload.issues.push({
                    code: "invalid_value",
                    expected: "stringbool",
                    values: [...truthySet, ...falsySet],
                    input: payload.value,
                    inst: codec,
                    continue: false,
                });
                return {};
            }
        }),
        reverseTransform: ((input, _payload) => {
            if (input === true) {
                return truthyArray[0] || "true";
            }
            else {
                return falsyArray[0] || "false";
            }
        }),
        error: params.error,
    });
    codec._zod.bag.truthy = truthyArray;
    codec._zod.bag.falsy = falsyArray;
    codec._zod.bag.case = params.case ?? "insensitive";
    return codec;
}
// @__NO_SIDE_EFFECTS__
function _stringFormat(Class, format, fnOrRegex, _params = {}) {
    const params = util.normalizeParams(_params);
    const def = {
        check: "string_format",
        type: "string",
        format,
        fn: typeof fnOrRegex === "function" ? fnOrRegex : (val) => fnOrRegex.test(val),
        ...params,
    };
    if (fnOrRegex instanceof RegExp) {
        def.pattern = fnOrRegex;
    }
    const inst = new Class(def);
    return inst;
}


/***/ }),

/***/ 890:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DG: () => (/* binding */ $ZodCheckRegex),
/* harmony export */   E6: () => (/* binding */ $ZodCheckEndsWith),
/* harmony export */   J: () => (/* binding */ $ZodCheckStartsWith),
/* harmony export */   J_: () => (/* binding */ $ZodCheckGreaterThan),
/* harmony export */   Jk: () => (/* binding */ $ZodCheckMultipleOf),
/* harmony export */   KH: () => (/* binding */ $ZodCheckNumberFormat),
/* harmony export */   Kk: () => (/* binding */ $ZodCheckMinLength),
/* harmony export */   NI: () => (/* binding */ $ZodCheckLowerCase),
/* harmony export */   QP: () => (/* binding */ $ZodCheck),
/* harmony export */   RM: () => (/* binding */ $ZodCheckLengthEquals),
/* harmony export */   Tt: () => (/* binding */ $ZodCheckIncludes),
/* harmony export */   Yk: () => (/* binding */ $ZodCheckMaxLength),
/* harmony export */   kH: () => (/* binding */ $ZodCheckUpperCase),
/* harmony export */   nJ: () => (/* binding */ $ZodCheckProperties),
/* harmony export */   ql: () => (/* binding */ $ZodCheckStringFormat),
/* harmony export */   sm: () => (/* binding */ $ZodCheckLessThan),
/* harmony export */   v$: () => (/* binding */ $ZodCheckOverwrite)
/* harmony export */ });
/* unused harmony exports $ZodCheckBigIntFormat, $ZodCheckMaxSize, $ZodCheckMinSize, $ZodCheckSizeEquals, $ZodCheckProperty, $ZodCheckMimeType */
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(532);
/* harmony import */ var _regexes_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(908);
/* harmony import */ var _util_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(723);
// import { $ZodType } from "./schemas.js";



const $ZodCheck = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheck", (inst, def) => {
    var _a;
    inst._zod ?? (inst._zod = {});
    inst._zod.def = def;
    (_a = inst._zod).onattach ?? (_a.onattach = []);
});
/** Default `when` for size-based checks: run only on non-nullish values with a `size`. */
const _whenHasSize = (payload) => {
    const val = payload.value;
    return !util.nullish(val) && val.size !== undefined;
};
/** Default `when` for length-based checks: run only on non-nullish values with a `length`. */
const _whenHasLength = (payload) => {
    const val = payload.value;
    return !_util_js__WEBPACK_IMPORTED_MODULE_1__/* .nullish */ .cl(val) && val.length !== undefined;
};
const numericOriginMap = {
    number: "number",
    bigint: "bigint",
    object: "date",
};
const $ZodCheckLessThan = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckLessThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_big",
            maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckGreaterThan = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckGreaterThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_small",
            minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMultipleOf = 
/*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckMultipleOf", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        if (typeof payload.value !== typeof def.value)
            throw new Error("Cannot mix number and bigint in multiple_of check.");
        const isMultiple = typeof payload.value === "bigint"
            ? // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
                def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
            : _util_js__WEBPACK_IMPORTED_MODULE_1__/* .floatSafeRemainder */ .LG(payload.value, def.value) === 0;
        if (isMultiple)
            return;
        payload.issues.push({
            origin: typeof payload.value,
            code: "not_multiple_of",
            divisor: def.value,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckNumberFormat = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckNumberFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    def.format = def.format || "float64";
    const isInt = def.format?.includes("int");
    const origin = isInt ? "int" : "number";
    const [minimum, maximum] = _util_js__WEBPACK_IMPORTED_MODULE_1__/* .NUMBER_FORMAT_RANGES */ .zH[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (isInt) {
            if (!Number.isInteger(input)) {
                // invalid_format issue
                // payload.issues.push({
                //   expected: def.format,
                //   format: def.format,
                //   code: "invalid_format",
                //   input,
                //   inst,
                // });
                // invalid_type issue
                payload.issues.push({
                    expected: origin,
                    format: def.format,
                    code: "invalid_type",
                    continue: false,
                    input,
                    inst,
                });
                return;
                // not_multiple_of issue
                // payload.issues.push({
                //   code: "not_multiple_of",
                //   origin: "number",
                //   input,
                //   inst,
                //   divisor: 1,
                // });
            }
            if (!Number.isSafeInteger(input)) {
                if (input > 0) {
                    // too_big
                    payload.issues.push({
                        input,
                        code: "too_big",
                        maximum: Number.MAX_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                else {
                    // too_small
                    payload.issues.push({
                        input,
                        code: "too_small",
                        minimum: Number.MIN_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                return;
            }
        }
        if (input < minimum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_small",
                minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodCheckBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckBigIntFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    const [minimum, maximum] = util.BIGINT_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (input < minimum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_small",
                minimum: minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
})));
const $ZodCheckMaxSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMaxSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size <= def.maximum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMinSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMinSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size >= def.minimum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckSizeEquals = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckSizeEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size === def.size)
            return;
        const tooBig = size > def.size;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            ...(tooBig ? { code: "too_big", maximum: def.size } : { code: "too_small", minimum: def.size }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMaxLength = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckMaxLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // Strings are measured in Unicode code points, not UTF-16 units. A code point is at most two units, so a string that already fits in units fits in code points; only an overflow has to be counted.
        const length = typeof input === "string" && units > def.maximum ? _util_js__WEBPACK_IMPORTED_MODULE_1__/* .codePointLength */ .O7(input) : units;
        if (length <= def.maximum)
            return;
        const origin = _util_js__WEBPACK_IMPORTED_MODULE_1__/* .getLengthableOrigin */ .Rc(input);
        payload.issues.push({
            origin,
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMinLength = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckMinLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so fewer units than the floor can never reach it and twice the floor always clears it. Only in between is the exact count in doubt.
        const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2
            ? _util_js__WEBPACK_IMPORTED_MODULE_1__/* .codePointLength */ .O7(input)
            : units;
        if (length >= def.minimum)
            return;
        const origin = _util_js__WEBPACK_IMPORTED_MODULE_1__/* .getLengthableOrigin */ .Rc(input);
        payload.issues.push({
            origin,
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLengthEquals = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckLengthEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so outside `[length, length * 2]` units the target is missed either way — and missed in the same direction in both measures.
        const length = typeof input === "string" && units >= def.length && units <= def.length * 2
            ? _util_js__WEBPACK_IMPORTED_MODULE_1__/* .codePointLength */ .O7(input)
            : units;
        if (length === def.length)
            return;
        const origin = _util_js__WEBPACK_IMPORTED_MODULE_1__/* .getLengthableOrigin */ .Rc(input);
        const tooBig = length > def.length;
        payload.issues.push({
            origin,
            ...(tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStringFormat = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckStringFormat", (inst, def) => {
    var _a, _b;
    $ZodCheck.init(inst, def);
    if (def.pattern)
        (_a = inst._zod).check ?? (_a.check = (payload) => {
            def.pattern.lastIndex = 0;
            if (def.pattern.test(payload.value))
                return;
            payload.issues.push({
                origin: "string",
                code: "invalid_format",
                format: def.format,
                input: payload.value,
                ...(def.pattern ? { pattern: def.pattern.toString() } : {}),
                inst,
                continue: !def.abort,
            });
        });
    else
        (_b = inst._zod).check ?? (_b.check = () => { });
});
const $ZodCheckRegex = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckRegex", (inst, def) => {
    $ZodCheckStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "regex",
            input: payload.value,
            pattern: def.pattern.toString(),
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLowerCase = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckLowerCase", (inst, def) => {
    def.pattern ?? (def.pattern = _regexes_js__WEBPACK_IMPORTED_MODULE_2__/* .lowercase */ .AC);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckUpperCase = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckUpperCase", (inst, def) => {
    def.pattern ?? (def.pattern = _regexes_js__WEBPACK_IMPORTED_MODULE_2__/* .uppercase */ .Zv);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckIncludes = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckIncludes", (inst, def) => {
    $ZodCheck.init(inst, def);
    const escapedRegex = _util_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeRegex */ .sD(def.includes);
    // `String.prototype.includes(sub, position)` matches `sub` at `position`
    // OR LATER, so the pattern must allow at least `position` leading chars
    // (`{N,}`), not exactly `position` chars (`{N}`).
    const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
    def.pattern = pattern;
    inst._zod.check = (payload) => {
        if (payload.value.includes(def.includes, def.position))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "includes",
            includes: def.includes,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStartsWith = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckStartsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`^${_util_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeRegex */ .sD(def.prefix)}.*`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.startsWith(def.prefix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "starts_with",
            prefix: def.prefix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckEndsWith = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckEndsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`.*${_util_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeRegex */ .sD(def.suffix)}$`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.endsWith(def.suffix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "ends_with",
            suffix: def.suffix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
///////////////////////////////////
/////    $ZodCheckProperty    /////
///////////////////////////////////
function handleCheckPropertyResult(result, payload, property) {
    if (result.issues.length) {
        payload.issues.push(..._util_js__WEBPACK_IMPORTED_MODULE_1__/* .prefixIssues */ .lQ(property, result.issues));
    }
}
const $ZodCheckProperty = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckProperty", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        const result = def.schema._zod.run({
            value: payload.value[def.property],
            issues: [],
        }, {});
        if (result instanceof Promise) {
            return result.then((result) => handleCheckPropertyResult(result, payload, def.property));
        }
        handleCheckPropertyResult(result, payload, def.property);
        return;
    };
})));
const $ZodCheckProperties = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckProperties", (inst, def) => {
    $ZodCheck.init(inst, def);
    _util_js__WEBPACK_IMPORTED_MODULE_1__/* .hide */ .jD(inst, Symbol.iterator, function* () {
        yield inst;
    });
    // key and schema snapshotted together: reading one live and the other cached lets a later mutation of the caller's shape object pair a stale key with a missing schema
    let entries;
    inst._zod.check = (payload) => {
        // the base schema already typed the value, so only a nullish one is rejected here: the properties read on a primitive too, matching z.property() on a string's length
        if (payload.value == null) {
            payload.issues.push({ expected: "object", code: "invalid_type", input: payload.value, inst });
            return undefined;
        }
        entries ?? (entries = Reflect.ownKeys(def.shape).map((key) => [key, def.shape[key]]));
        const input = payload.value;
        let proms;
        for (const [key, schema] of entries) {
            const result = schema._zod.run({ value: input[key], issues: [] }, {});
            if (result instanceof Promise) {
                proms ?? (proms = []);
                proms.push(result.then((result) => handleCheckPropertyResult(result, payload, key)));
            }
            else {
                handleCheckPropertyResult(result, payload, key);
            }
        }
        if (proms)
            return Promise.all(proms).then(() => undefined);
        return undefined;
    };
});
const $ZodCheckMimeType = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMimeType", (inst, def) => {
    $ZodCheck.init(inst, def);
    const mimeSet = new Set(def.mime);
    inst._zod.check = (payload) => {
        if (mimeSet.has(payload.value.type))
            return;
        payload.issues.push({
            code: "invalid_value",
            values: def.mime,
            input: payload.value.type,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckOverwrite = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckOverwrite", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        payload.value = def.tx(payload.value);
    };
});


/***/ }),

/***/ 532:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $W: () => (/* binding */ config),
/* harmony export */   GT: () => (/* binding */ $ZodAsyncError),
/* harmony export */   cV: () => (/* binding */ $ZodEncodeError),
/* harmony export */   cr: () => (/* binding */ globalConfig),
/* harmony export */   tm: () => (/* binding */ NEVER),
/* harmony export */   xI: () => (/* binding */ $constructor)
/* harmony export */ });
/* unused harmony export $brand */
/* harmony import */ var _util_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(723);
var _a;

/** A special constant with type `never` */
const NEVER = /*@__PURE__*/ Object.freeze({
    status: "aborted",
});
/* Shared descriptor for installing `_zod`; defineProperty reads it
 * synchronously, so reusing one object avoids a per-instance allocation. */
const _zodDesc = { value: undefined, enumerable: false };
// null where suppressing the capture would be unrecoverable: `parse()` puts the frames back with `captureStackTrace`, so without it the throw would lose its stack. also latched to null once `stackTraceLimit` proves unassignable, which a realm can do at any point by hardening Error
let _E = "captureStackTrace" in Error ? Error : null;
// v8 captures a stack trace inside the Error constructor, which dominates a failed parse; costs only the frames, and parse() restores those. the constructor must RUN: Object.create is cheaper and passes instanceof, but Error.isError and util.types.isNativeError check an internal slot
function newError(Definition) {
    const E = _E;
    if (E) {
        const saved = E.stackTraceLimit;
        if (typeof saved === "number") {
            try {
                E.stackTraceLimit = 0;
            }
            catch {
                _E = null;
                return new Definition();
            }
            try {
                return new Definition();
            }
            finally {
                E.stackTraceLimit = saved;
            }
        }
    }
    return new Definition();
}
function $constructor(name, initializer, 
/** This trait's members, installed once on every prototype that composes it. They cannot be declared in the initializer above: that runs per instance, and the prototype is shared. */
proto, params) {
    // Prototype for this constructor's `_zod` internals. Lazily-derived fields (`values`, `pattern`, `optin`, …) install here once rather than as an accessor on every instance.
    const zodProto = {};
    // Assigning the fields in the constructor body is what gives instances in-object slots; building the object literally and reparenting it costs a second allocation and a generic property copy.
    function Internals(def) {
        this.def = def;
        this.constr = _;
        this.traits = new Set();
    }
    Internals.prototype = zodProto;
    const protoMembers = proto;
    // One trait's members land on every prototype whose chain composes it, so the answer is per prototype rather than per trait.
    const initialized = protoMembers && new WeakSet();
    function init(inst, def) {
        if (!inst._zod) {
            _zodDesc.value = new Internals(def);
            try {
                Object.defineProperty(inst, "_zod", _zodDesc);
            }
            finally {
                // Cleared even on throw, so the shared descriptor never leaks one instance's internals into the next.
                _zodDesc.value = undefined;
            }
        }
        else if (inst._zod.traits.has(name)) {
            return;
        }
        inst._zod.traits.add(name);
        initializer(inst, def);
        if (initialized) {
            // `super(def)` from a user subclass gives `this` a prototype the subclass owns, and installing there would overwrite whatever the subclass declared. `constr` built the instance, so its prototype is the one below the subclass's that should carry the members. A receiver whose chain never reaches that prototype installs on its own, which for a plain object handed straight to `init` means `Object.prototype` — unchanged from before.
            const own = Object.getPrototypeOf(inst);
            const ctorProto = inst._zod.constr.prototype;
            let up = own;
            while (up && up !== ctorProto)
                up = Object.getPrototypeOf(up);
            const target = up ?? own;
            if (!initialized.has(target)) {
                initialized.add(target);
                (0,_util_js__WEBPACK_IMPORTED_MODULE_0__/* .members */ .ol)(target, protoMembers);
            }
        }
        // support prototype modifications; for-in avoids the array allocation of Object.keys on the (usually empty) prototype
        const proto = _.prototype;
        for (const k in proto) {
            if (!Object.prototype.hasOwnProperty.call(proto, k))
                continue;
            if (!(k in inst)) {
                inst[k] = proto[k].bind(inst);
            }
        }
    }
    // doesn't work if Parent has a constructor with arguments
    const Parent = params?.Parent ?? Object;
    class Definition extends Parent {
    }
    Object.defineProperty(Definition, "name", { value: name });
    function _(def) {
        const inst = params?.Parent ? newError(Definition) : this;
        init(inst, def);
        const deferred = inst._zod.deferred;
        if (deferred) {
            for (const fn of deferred) {
                fn();
            }
            // Released: initializers run once, and the list would otherwise be retained for the schema's lifetime.
            inst._zod.deferred = undefined;
        }
        // Global post-processor hook. Internal: installed by `import "zod/compile"` to enable AOT compilation for every constructed schema. Runs last, once the instance is fully built, because it hands the instance to compile(). The post-processor is expected to be reentrancy-guarded by its own implementation.
        const pp = globalThis.__zod_globalConfig?.postProcessor;
        if (pp)
            pp(inst);
        return inst;
    }
    Object.defineProperty(_, "init", { value: init });
    Object.defineProperty(_, Symbol.hasInstance, {
        value: (inst) => {
            if (params?.Parent && inst instanceof params.Parent)
                return true;
            return inst?._zod?.traits?.has(name);
        },
    });
    Object.defineProperty(_, "name", { value: name });
    return _;
}
//////////////////////////////   UTILITIES   ///////////////////////////////////////
const $brand = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("zod_brand")));
class $ZodAsyncError extends Error {
    constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
    }
}
class $ZodEncodeError extends Error {
    constructor(name) {
        super(`Encountered unidirectional transform during encode: ${name}`);
        this.name = "ZodEncodeError";
    }
}
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
const globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
    if (newConfig)
        Object.assign(globalConfig, newConfig);
    return globalConfig;
}


/***/ }),

/***/ 428:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JM: () => (/* binding */ flattenError),
/* harmony export */   Kd: () => (/* binding */ $ZodRealError),
/* harmony export */   S1: () => (/* binding */ prettifyError),
/* harmony export */   Wk: () => (/* binding */ formatError),
/* harmony export */   a$: () => (/* binding */ $ZodError)
/* harmony export */ });
/* unused harmony exports treeifyError, toDotPath */
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(532);
/* harmony import */ var _util_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(723);


/* Computing the message eagerly is expensive (pretty-printed JSON of all
 * issues), so defer it until first read. The accessor functions and
 * descriptors are shared across instances to keep error construction
 * cheap; the computed message is cached on the internals object. The
 * setter preserves plain assignment semantics for consumers that
 * overwrite `message`. */
function _getMessage() {
    const internals = this._zod;
    internals.message ?? (internals.message = JSON.stringify(internals.def, _util_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonStringifyReplacer */ .k8, 2));
    return internals.message;
}
function _setMessage(value) {
    this._zod.message = value;
}
const _messageDesc = {
    get: _getMessage,
    set: _setMessage,
    enumerable: true,
    configurable: true,
};
const _issuesDesc = { value: undefined, enumerable: false };
/* Prototypes that already carry the lazy `toString`. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
const initializer = (inst, def) => {
    inst.name = "$ZodError";
    // `_zod` is already non-enumerable: $constructor's init defined it with this same descriptor
    _issuesDesc.value = def;
    Object.defineProperty(inst, "issues", _issuesDesc);
    // Clear the shared slot; a retained `value` pins the last error's issues.
    _issuesDesc.value = undefined;
    Object.defineProperty(inst, "message", _messageDesc);
    /* `toString` lives as a non-enumerable lazy getter on the shared
     * prototype; on first access it caches a per-instance closure so
     * detached usage still works. */
    const proto = Object.getPrototypeOf(inst);
    if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
            configurable: true,
            enumerable: false,
            get() {
                const value = () => this.message;
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
                return value;
            },
            set(value) {
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
            },
        });
    }
};
const $ZodError = (0,_core_js__WEBPACK_IMPORTED_MODULE_1__/* .$constructor */ .xI)("$ZodError", initializer);
const $ZodRealError = (0,_core_js__WEBPACK_IMPORTED_MODULE_1__/* .$constructor */ .xI)("$ZodError", initializer, undefined, {
    Parent: Error,
});
/** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
 * ("toString", "constructor") would otherwise read through to the prototype, and assigning
 * "__proto__" would hit the setter instead of creating a key. */
function node(obj, key, make) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) {
        if (key === "__proto__") {
            Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
        }
        else {
            obj[key] = make();
        }
    }
    return obj[key];
}
function flattenError(error, mapper = (issue) => issue.message) {
    const fieldErrors = {};
    const formErrors = [];
    for (const sub of error.issues) {
        if (sub.path.length > 0) {
            node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
        }
        else {
            formErrors.push(mapper(sub));
        }
    }
    return { formErrors, fieldErrors };
}
function formatError(error, mapper = (issue) => issue.message) {
    const fieldErrors = { _errors: [] };
    const processError = (error, path = []) => {
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    fieldErrors._errors.push(mapper(issue));
                }
                else {
                    let curr = fieldErrors;
                    let i = 0;
                    while (i < fullpath.length) {
                        const el = fullpath[i];
                        const terminal = i === fullpath.length - 1;
                        // `_errors` is reserved by this legacy format, so merge a matching path segment into the current node instead of treating its array as a child.
                        if (el === "_errors") {
                            if (terminal)
                                curr._errors.push(mapper(issue));
                            i++;
                            continue;
                        }
                        // A path element may collide with an inherited property name such as
                        // "__proto__" or "constructor". Truthiness checks read the prototype
                        // (so no node is created, then ._errors.push throws), and bracket
                        // assignment of "__proto__" hits the setter instead of creating an
                        // own key. Guard the read with hasOwnProperty and create the node
                        // with defineProperty so any path element becomes a real own key.
                        if (!Object.prototype.hasOwnProperty.call(curr, el)) {
                            Object.defineProperty(curr, el, {
                                value: { _errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        const node = curr[el];
                        if (terminal) {
                            node._errors.push(mapper(issue));
                        }
                        curr = node;
                        i++;
                    }
                }
            }
        }
    };
    processError(error);
    return fieldErrors;
}
function treeifyError(error, mapper = (issue) => issue.message) {
    const result = { errors: [] };
    const processError = (error, path = []) => {
        var _a;
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                // regular union error
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    result.errors.push(mapper(issue));
                    continue;
                }
                let curr = result;
                let i = 0;
                while (i < fullpath.length) {
                    const el = fullpath[i];
                    const terminal = i === fullpath.length - 1;
                    if (typeof el === "string") {
                        curr.properties ?? (curr.properties = {});
                        // el may collide with an inherited property name ("__proto__",
                        // "constructor", ...); ??= reads the prototype so the node is never
                        // created and curr.errors.push throws. Guard with hasOwnProperty and
                        // create the node with defineProperty so "__proto__" becomes a real
                        // own key rather than invoking the prototype setter.
                        if (!Object.prototype.hasOwnProperty.call(curr.properties, el)) {
                            Object.defineProperty(curr.properties, el, {
                                value: { errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        curr = curr.properties[el];
                    }
                    else {
                        curr.items ?? (curr.items = []);
                        (_a = curr.items)[el] ?? (_a[el] = { errors: [] });
                        curr = curr.items[el];
                    }
                    if (terminal) {
                        curr.errors.push(mapper(issue));
                    }
                    i++;
                }
            }
        }
    };
    processError(error);
    return result;
}
/** Format a ZodError as a human-readable string in the following form.
 *
 * From
 *
 * ```ts
 * ZodError {
 *   issues: [
 *     {
 *       expected: 'string',
 *       code: 'invalid_type',
 *       path: [ 'username' ],
 *       message: 'Invalid input: expected string'
 *     },
 *     {
 *       expected: 'number',
 *       code: 'invalid_type',
 *       path: [ 'favoriteNumbers', 1 ],
 *       message: 'Invalid input: expected number'
 *     }
 *   ];
 * }
 * ```
 *
 * to
 *
 * ```
 * username
 *   ✖ Expected number, received string at "username
 * favoriteNumbers[0]
 *   ✖ Invalid input: expected number
 * ```
 */
function toDotPath(_path) {
    const segs = [];
    const path = _path.map((seg) => (typeof seg === "object" ? seg.key : seg));
    for (const seg of path) {
        if (typeof seg === "number")
            segs.push(`[${seg}]`);
        else if (typeof seg === "symbol")
            segs.push(`[${JSON.stringify(String(seg))}]`);
        else if (/[^\w$]/.test(seg))
            segs.push(`[${JSON.stringify(seg)}]`);
        else {
            if (segs.length)
                segs.push(".");
            segs.push(seg);
        }
    }
    return segs.join("");
}
function prettifyError(error) {
    const lines = [];
    // sort by path length
    const issues = [...error.issues].sort((a, b) => (a.path ?? []).length - (b.path ?? []).length);
    // Process each issue
    for (const issue of issues) {
        lines.push(`✖ ${issue.message}`);
        if (issue.path?.length)
            lines.push(`  → at ${toDotPath(issue.path)}`);
    }
    // Convert Map to formatted string
    return lines.join("\n");
}


/***/ }),

/***/ 908:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AC: () => (/* binding */ lowercase),
/* harmony export */   Ak: () => (/* binding */ nanoid),
/* harmony export */   D2: () => (/* binding */ nanoidOfLength),
/* harmony export */   F: () => (/* binding */ httpProtocol),
/* harmony export */   Gl: () => (/* binding */ cuid2),
/* harmony export */   K3: () => (/* binding */ base64),
/* harmony export */   Os: () => (/* binding */ guid),
/* harmony export */   Rp: () => (/* binding */ email),
/* harmony export */   Z0: () => (/* binding */ ulid),
/* harmony export */   Zg: () => (/* binding */ emoji),
/* harmony export */   Zv: () => (/* binding */ uppercase),
/* harmony export */   ai: () => (/* binding */ number),
/* harmony export */   fO: () => (/* binding */ ksuid),
/* harmony export */   gF: () => (/* binding */ cuid),
/* harmony export */   gp: () => (/* binding */ anyString),
/* harmony export */   hQ: () => (/* binding */ e164),
/* harmony export */   kB: () => (/* binding */ time),
/* harmony export */   kM: () => (/* binding */ xid),
/* harmony export */   l7: () => (/* binding */ cidrv6),
/* harmony export */   nd: () => (/* binding */ integer),
/* harmony export */   o: () => (/* binding */ bigint),
/* harmony export */   p0: () => (/* binding */ duration),
/* harmony export */   p6: () => (/* binding */ date),
/* harmony export */   r0: () => (/* binding */ base64url),
/* harmony export */   uR: () => (/* binding */ uuid),
/* harmony export */   uX: () => (/* binding */ ipv4),
/* harmony export */   ug: () => (/* binding */ ipv6),
/* harmony export */   w$: () => (/* binding */ datetime),
/* harmony export */   zr: () => (/* binding */ cidrv4)
/* harmony export */ });
/* unused harmony exports extendedDuration, uuid4, uuid6, uuid7, html5Email, rfc5322Email, unicodeEmail, idnEmail, browserEmail, mac, hostname, domain, creditCard, currencyCode, iban, string, boolean, null, undefined, hex, md5_hex, md5_base64, md5_base64url, sha1_hex, sha1_base64, sha1_base64url, sha256_hex, sha256_base64, sha256_base64url, sha384_hex, sha384_base64, sha384_base64url, sha512_hex, sha512_base64, sha512_base64url */

/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const cuid = /^[cC][0-9a-z]{6,}$/;
const cuid2 = /^[0-9a-z]+$/;
const ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
const xid = /^[0-9a-vA-V]{20}$/;
const ksuid = /^[A-Za-z0-9]{27}$/;
const nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
    return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
/** ISO 8601-1 duration regex. Does not support the 8601-2 extensions like negative durations or fractional/negative components. */
const duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
/** Implements ISO 8601-2 extensions like explicit +- prefixes, mixing weeks with other units, and fractional/negative components. */
const extendedDuration = /^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/;
/** A regex for any UUID-like identifier: 8-4-4-4-12 hex pattern */
const guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
/** Returns a regex for validating an RFC 9562/4122 UUID.
 *
 * @param version Optionally specify a version 1-8. If no version is specified, all versions are supported. */
const uuid = (version) => {
    if (!version)
        return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
    return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
const uuid4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(4)));
const uuid6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(6)));
const uuid7 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(7)));
/** Practical email validation */
const email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
/** Equivalent to the HTML5 input[type=email] validation implemented by browsers. Source: https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/email */
const html5Email = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
/** The classic emailregex.com regex for RFC 5322-compliant emails */
const rfc5322Email = /^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/;
/** A loose regex that allows Unicode characters, enforces length limits, and that's about it. */
const unicodeEmail = /^[^\s@"]{1,64}@[^\s@]{1,255}$/u;
const idnEmail = (/* unused pure expression or super */ null && (unicodeEmail));
const browserEmail = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
// from https://thekevinscott.com/emojis-in-javascript/#writing-a-regular-expression
// Single character class, not an alternation: the two properties overlap (U+1F9B0-U+1F9B3), so `(A|B)+` backtracks exponentially on a failed match. The leading lookahead then demands one anchor — a pictograph, a regional indicator, or the enclosing keycap — because `\p{Emoji_Component}` on its own covers ASCII digits, `#`, `*`, ZWJ, variation selectors and skin tone modifiers, none of which is an emoji without a base.
const _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
    return new RegExp(_emoji, "u");
}
const ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
const ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
const mac = (delimiter) => {
    const escapedDelim = util.escapeRegex(delimiter ?? ":");
    return new RegExp(`^(?:[0-9A-F]{2}${escapedDelim}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${escapedDelim}){5}[0-9a-f]{2}$`);
};
const cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
const cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
// https://stackoverflow.com/questions/7860392/determine-if-string-is-in-base64-using-javascript
const base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
const base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
// based on https://stackoverflow.com/questions/106179/regular-expression-to-match-dns-hostname-or-ip-address
// export const hostname: RegExp = /^([a-zA-Z0-9-]+\.)*[a-zA-Z0-9-]+$/;
const hostname = /^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/;
const domain = /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;
const httpProtocol = /^https?$/;
// https://blog.stevenlevithan.com/archives/validate-phone-number#r4-3 (regex sans spaces) E.164: leading digit must be 1-9; total digits (excluding '+') between 7-15
const e164 = /^\+[1-9]\d{6,14}$/;
// Credit card shape: 12–19 digits, optionally separated by single spaces or single hyphens. ISO/IEC 7812 caps the PAN at 19 digits; 12 is the shortest issued length (Maestro).
const creditCard = /^\d(?:[ -]?\d){11,18}$/;
// ISO 4217 alpha codes from the SIX list, regenerated by scripts/update-iso-4217.ts
const currencyCode = /^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/;
// iban electronic format: 2-letter country, check digits 02-98 (the only values `98 - remainder` can produce), 11-30 bban characters
const iban = /^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/;
const dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
/** Anchors a pattern source. The interpolation lives here rather than at the call site because
 * esbuild will not drop a `@__PURE__` call whose own argument interpolates a variable, but it
 * will drop `anchor(dateSource)`. Keeping it inline pinned `date` into every bundle. */
function anchor(source) {
    return new RegExp(`^${source}$`);
}
const date = /*@__PURE__*/ anchor(dateSource);
function timeSource(args) {
    const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
    const regex = typeof args.precision === "number"
        ? args.precision === -1
            ? `${hhmm}`
            : args.precision === 0
                ? `${hhmm}:[0-5]\\d`
                : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}`
        : args.seconds
            ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?`
            : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
    return regex;
}
function time(args) {
    return new RegExp(`^${timeSource(args)}$`);
}
// Adapted from https://stackoverflow.com/a/3143231
function datetime(args) {
    const opts = ["Z"];
    // if (args.offset) opts.push(`([+-]\\d{2}:\\d{2})`);
    if (args.offset)
        opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
    // RFC 3339 mandates seconds wherever the time carries a `Z` or an offset, so only the unqualified form `local` adds may omit them
    const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
    const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
    return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
// the unbounded form of `string()` as a literal, so every plain string shares one instance instead of building its own
const anyString = /^[\s\S]{0,}$/;
const string = (params) => {
    const regex = params ? `[\\s\\S]{${params?.minimum ?? 0},${params?.maximum ?? ""}}` : `[\\s\\S]*`;
    return new RegExp(`^${regex}$`);
};
const bigint = /^-?\d+n?$/;
const integer = /^-?\d+$/;
const number = /^-?\d+(?:\.\d+)?$/;
const boolean = /^(?:true|false)$/i;
const _null = /^null$/i;

const _undefined = /^undefined$/i;

// regex for string with no uppercase letters
const lowercase = /^[^A-Z]*$/;
// regex for string with no lowercase letters
const uppercase = /^[^a-z]*$/;
// regex for hexadecimal strings (any length)
const hex = /^[0-9a-fA-F]*$/;
// Hash regexes for different algorithms and encodings
// Helper function to create base64 regex with exact length and padding
function fixedBase64(bodyLength, padding) {
    return new RegExp(`^[A-Za-z0-9+/]{${bodyLength}}${padding}$`);
}
// Helper function to create base64url regex with exact length (no padding)
function fixedBase64url(length) {
    return new RegExp(`^[A-Za-z0-9_-]{${length}}$`);
}
// MD5 (16 bytes): base64 = 24 chars total (22 + "==")
const md5_hex = /^[0-9a-fA-F]{32}$/;
const md5_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(22, "==")));
const md5_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(22)));
// SHA1 (20 bytes): base64 = 28 chars total (27 + "=")
const sha1_hex = /^[0-9a-fA-F]{40}$/;
const sha1_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(27, "=")));
const sha1_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(27)));
// SHA256 (32 bytes): base64 = 44 chars total (43 + "=")
const sha256_hex = /^[0-9a-fA-F]{64}$/;
const sha256_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(43, "=")));
const sha256_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(43)));
// SHA384 (48 bytes): base64 = 64 chars total (no padding)
const sha384_hex = /^[0-9a-fA-F]{96}$/;
const sha384_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(64, "")));
const sha384_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(64)));
// SHA512 (64 bytes): base64 = 88 chars total (86 + "==")
const sha512_hex = /^[0-9a-fA-F]{128}$/;
const sha512_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(86, "==")));
const sha512_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(86)));


/***/ }),

/***/ 396:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   fd: () => (/* binding */ globalRegistry)
/* harmony export */ });
/* unused harmony exports $output, $input, $ZodRegistry, registry */
var _a;
const $output = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodOutput")));
const $input = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodInput")));
class $ZodRegistry {
    constructor() {
        this._map = new WeakMap();
        this._idmap = new Map();
    }
    add(schema, ..._meta) {
        const meta = _meta[0];
        this._map.set(schema, meta);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.set(meta.id, schema);
        }
        return this;
    }
    clear() {
        this._map = new WeakMap();
        this._idmap = new Map();
        return this;
    }
    remove(schema) {
        const meta = this._map.get(schema);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.delete(meta.id);
        }
        this._map.delete(schema);
        return this;
    }
    get(schema) {
        // return this._map.get(schema) as any;
        // inherit metadata
        const p = schema._zod.parent;
        if (p) {
            const pm = { ...(this.get(p) ?? {}) };
            delete pm.id; // do not inherit id
            const f = { ...pm, ...this._map.get(schema) };
            return Object.keys(f).length ? f : undefined;
        }
        return this._map.get(schema);
    }
    has(schema) {
        return this._map.has(schema);
    }
}
// registries
function registry() {
    return new $ZodRegistry();
}
(_a = globalThis).__zod_globalRegistry ?? (_a.__zod_globalRegistry = registry());
const globalRegistry = globalThis.__zod_globalRegistry;


/***/ }),

/***/ 723:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A2: () => (/* binding */ normalizeParams),
/* harmony export */   B7: () => (/* binding */ stringifyPrimitive),
/* harmony export */   GW: () => (/* binding */ parsedType),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   LG: () => (/* binding */ floatSafeRemainder),
/* harmony export */   MO: () => (/* binding */ rawShape),
/* harmony export */   NM: () => (/* binding */ optionalKeys),
/* harmony export */   NR: () => (/* binding */ BIGINT_FORMAT_RANGES),
/* harmony export */   O7: () => (/* binding */ codePointLength),
/* harmony export */   OH: () => (/* binding */ partial),
/* harmony export */   PO: () => (/* binding */ cached),
/* harmony export */   QH: () => (/* binding */ aborted),
/* harmony export */   Qd: () => (/* binding */ isPlainObject),
/* harmony export */   Rc: () => (/* binding */ getLengthableOrigin),
/* harmony export */   SS: () => (/* binding */ constantCatch),
/* harmony export */   UQ: () => (/* binding */ esc),
/* harmony export */   Up: () => (/* binding */ pick),
/* harmony export */   Vy: () => (/* binding */ assignProp),
/* harmony export */   W0: () => (/* binding */ safeExtend),
/* harmony export */   X: () => (/* binding */ installLazyProp),
/* harmony export */   X$: () => (/* binding */ extend),
/* harmony export */   Yv: () => (/* binding */ slugify),
/* harmony export */   cJ: () => (/* binding */ omit),
/* harmony export */   cl: () => (/* binding */ nullish),
/* harmony export */   d3: () => (/* binding */ attachSchema),
/* harmony export */   gx: () => (/* binding */ captureStackTrace),
/* harmony export */   h1: () => (/* binding */ merge),
/* harmony export */   hI: () => (/* binding */ allowsEval),
/* harmony export */   hi: () => (/* binding */ sizeCaps),
/* harmony export */   iR: () => (/* binding */ finalizeIssue),
/* harmony export */   jD: () => (/* binding */ hide),
/* harmony export */   jw: () => (/* binding */ joinValues),
/* harmony export */   k8: () => (/* binding */ jsonStringifyReplacer),
/* harmony export */   lQ: () => (/* binding */ prefixIssues),
/* harmony export */   mw: () => (/* binding */ required),
/* harmony export */   o8: () => (/* binding */ clone),
/* harmony export */   ol: () => (/* binding */ members),
/* harmony export */   p6: () => (/* binding */ cleanRegex),
/* harmony export */   qQ: () => (/* binding */ propertyKeyTypes),
/* harmony export */   qh: () => (/* binding */ own),
/* harmony export */   rL: () => (/* binding */ explicitlyAborted),
/* harmony export */   sD: () => (/* binding */ escapeRegex),
/* harmony export */   sn: () => (/* binding */ issue),
/* harmony export */   un: () => (/* binding */ derived),
/* harmony export */   v5: () => (/* binding */ defineLazyInternal),
/* harmony export */   w5: () => (/* binding */ getEnumValues),
/* harmony export */   yG: () => (/* binding */ shallowClone),
/* harmony export */   zH: () => (/* binding */ NUMBER_FORMAT_RANGES),
/* harmony export */   zM: () => (/* binding */ mergeDefs)
/* harmony export */ });
/* unused harmony exports assertEqual, assertNotEqual, toZod, assertIs, assertNever, assert, defineLazy, objectClone, cloneDef, getElementAtPath, promiseAllObject, randomString, numKeys, getParsedType, primitiveTypes, createTransparentProxy, unwrapMessage, getSizableOrigin, cleanEnum, base64ToUint8Array, uint8ArrayToBase64, base64urlToUint8Array, uint8ArrayToBase64url, hexToUint8Array, uint8ArrayToHex, Class, CONSTANT_CATCH */
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(532);

// functions
function assertEqual(val) {
    return val;
}
function assertNotEqual(val) {
    return val;
}
function toZod() {
    return (schema) => schema;
}
function assertIs(_arg) { }
function assertNever(_x) {
    throw new Error("Unexpected value in exhaustive check");
}
function assert(_) { }
function getEnumValues(entries) {
    const numericValues = Object.values(entries).filter((v) => typeof v === "number");
    const values = Object.entries(entries)
        .filter(([k, _]) => numericValues.indexOf(+k) === -1)
        .map(([_, v]) => v);
    return values;
}
function joinValues(array, separator = "|") {
    return array.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
    if (typeof value === "bigint")
        return value.toString();
    return value;
}
// the accessor lives on a shared prototype: an own accessor makes every box a dictionary-mode object (~360 B and a slow load per read against ~100 B and an inlined getter here)
class Cached {
    constructor(getter) {
        this._getter = getter;
        this._value = undefined;
    }
    get value() {
        const getter = this._getter;
        if (getter !== undefined) {
            this._value = getter();
            this._getter = undefined;
        }
        return this._value;
    }
}
function cached(getter) {
    return new Cached(getter);
}
function nullish(input) {
    return input === null || input === undefined;
}
function cleanRegex(source) {
    const start = source.startsWith("^") ? 1 : 0;
    const end = source.endsWith("$") ? source.length - 1 : source.length;
    return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
    const ratio = val / step;
    const roundedRatio = Math.round(ratio);
    // `val` and `step` each round to a double before the division rounds again, so a true decimal multiple's quotient can sit up to 1.5 of these scaled epsilons from the integer. A 1x tolerance therefore rejected 2.03 as a multiple of 0.07; 4x covers the worst case with margin.
    const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
    if (Math.abs(ratio - roundedRatio) < tolerance)
        return 0;
    return ratio - roundedRatio;
}
const EVALUATING = /* @__PURE__*/ (/* unused pure expression or super */ null && (Symbol("evaluating")));
function defineLazy(object, key, getter) {
    let value = undefined;
    Object.defineProperty(object, key, {
        get() {
            if (value === EVALUATING) {
                // Circular reference detected, return undefined to break the cycle
                return undefined;
            }
            if (value === undefined) {
                value = EVALUATING;
                value = getter();
            }
            return value;
        },
        set(v) {
            Object.defineProperty(object, key, {
                value: v,
                // configurable: true,
            });
            // object[key] = v;
        },
        configurable: true,
    });
}
function objectClone(obj) {
    return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function assignProp(target, prop, value) {
    Object.defineProperty(target, prop, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
    });
}
/**
 * Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
 *
 * Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
 */
function rawShape(def) {
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    return desc?.get ? desc.get.raw : desc?.value;
}
// where a builder reads its source's keys and descriptors, resolving only a shape a def answers for itself. A shape resolves by object spread, so only its enumerable keys are ever part of it.
function sourceShape(schema) {
    return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
// a key whose value is not settled yet, self-caching so every read after the first gets the same one
function deferProp(target, key, getter) {
    Object.defineProperty(target, key, {
        get() {
            const value = getter();
            assignProp(this, key, value);
            return value;
        },
        enumerable: true,
        configurable: true,
    });
}
// Writes a settled key. A plain assignment is much cheaper than `defineProperty` and produces the same descriptor, but it runs whatever setter already answers to the key — an accessor this shape deferred, or an inherited one, which `__proto__` has on every object and prototype pollution can add for any name.
function putProp(target, key, value) {
    if (key in target)
        assignProp(target, key, value);
    else
        target[key] = value;
}
/**
 * Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
 *
 * A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
 */
function mirrorShape(target, source, keys, wrap) {
    const raw = sourceShape(source);
    for (const key of keys) {
        const desc = Object.getOwnPropertyDescriptor(raw, key);
        if (!desc.enumerable)
            continue;
        if (desc.get) {
            deferProp(target, key, () => {
                const value = source._zod.def.shape[key];
                return wrap ? wrap(value, key) : value;
            });
        }
        else
            putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
    }
}
// same, for a plain shape a caller passed rather than a schema's
function mirrorProps(target, source) {
    for (const key of Reflect.ownKeys(source)) {
        const desc = Object.getOwnPropertyDescriptor(source, key);
        if (!desc.enumerable)
            continue;
        if (desc.get)
            deferProp(target, key, () => source[key]);
        else
            putProp(target, key, desc.value);
    }
}
function mergeDefs(...defs) {
    const mergedDescriptors = {};
    for (const def of defs) {
        const descriptors = Object.getOwnPropertyDescriptors(def);
        Object.assign(mergedDescriptors, descriptors);
    }
    return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
    return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path) {
    if (!path)
        return obj;
    return path.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
    const keys = Object.keys(promisesObj);
    const promises = keys.map((key) => promisesObj[key]);
    return Promise.all(promises).then((results) => {
        const resolvedObj = {};
        for (let i = 0; i < keys.length; i++) {
            resolvedObj[keys[i]] = results[i];
        }
        return resolvedObj;
    });
}
function randomString(length = 10) {
    const chars = "abcdefghijklmnopqrstuvwxyz";
    let str = "";
    for (let i = 0; i < length; i++) {
        str += chars[Math.floor(Math.random() * chars.length)];
    }
    return str;
}
function esc(str) {
    return JSON.stringify(str);
}
function slugify(input) {
    return input
        .toLowerCase()
        .trim()
        .replace(/[^\w\s-]/g, "")
        .replace(/[\s_-]+/g, "-")
        .replace(/^-+|-+$/g, "");
}
const captureStackTrace = ("captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => { });
function isObject(data) {
    return typeof data === "object" && data !== null && !Array.isArray(data);
}
const allowsEval = /* @__PURE__*/ cached(() => {
    // Skip the probe under `jitless`: strict CSPs report the caught `new Function` as a `securitypolicyviolation` even though the throw is swallowed.
    if (_core_js__WEBPACK_IMPORTED_MODULE_0__/* .globalConfig */ .cr.jitless) {
        return false;
    }
    // @ts-ignore
    if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
        return false;
    }
    try {
        const F = Function;
        new F("");
        return true;
    }
    catch (_) {
        return false;
    }
});
function isPlainObject(o) {
    if (isObject(o) === false)
        return false;
    // modified constructor
    const ctor = o.constructor;
    if (ctor === undefined)
        return true;
    if (typeof ctor !== "function")
        return true;
    // modified prototype
    const prot = ctor.prototype;
    if (isObject(prot) === false)
        return false;
    // ctor doesn't have static `isPrototypeOf`
    if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
        return false;
    }
    return true;
}
function shallowClone(o) {
    if (isPlainObject(o))
        return { ...o };
    if (Array.isArray(o))
        return [...o];
    if (o instanceof Map)
        return new Map(o);
    if (o instanceof Set)
        return new Set(o);
    return o;
}
function numKeys(data) {
    let keyCount = 0;
    for (const key in data) {
        if (Object.prototype.hasOwnProperty.call(data, key)) {
            keyCount++;
        }
    }
    return keyCount;
}
const getParsedType = (data) => {
    const t = typeof data;
    switch (t) {
        case "undefined":
            return "undefined";
        case "string":
            return "string";
        case "number":
            return Number.isNaN(data) ? "nan" : "number";
        case "boolean":
            return "boolean";
        case "function":
            return "function";
        case "bigint":
            return "bigint";
        case "symbol":
            return "symbol";
        case "object":
            if (Array.isArray(data)) {
                return "array";
            }
            if (data === null) {
                return "null";
            }
            if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
                return "promise";
            }
            if (typeof Map !== "undefined" && data instanceof Map) {
                return "map";
            }
            if (typeof Set !== "undefined" && data instanceof Set) {
                return "set";
            }
            if (typeof Date !== "undefined" && data instanceof Date) {
                return "date";
            }
            // @ts-ignore
            if (typeof File !== "undefined" && data instanceof File) {
                return "file";
            }
            return "object";
        default:
            throw new Error(`Unknown data type: ${t}`);
    }
};
const propertyKeyTypes = /* @__PURE__*/ new Set(["string", "number", "symbol"]);
const primitiveTypes = /* @__PURE__*/ new Set([
    "string",
    "number",
    "bigint",
    "boolean",
    "symbol",
    "undefined",
]);
function escapeRegex(str) {
    return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
// zod-specific utils
function clone(inst, def, params) {
    const cl = new inst._zod.constr(def ?? inst._zod.def);
    if (!def || params?.parent)
        cl._zod.parent = inst;
    return cl;
}
function normalizeParams(_params) {
    const params = _params;
    if (!params)
        return {};
    if (typeof params === "string")
        return { error: () => params };
    if (params?.message !== undefined) {
        if (params?.error !== undefined)
            throw new Error("Cannot specify both `message` and `error` params");
        params.error = params.message;
    }
    delete params.message;
    if (typeof params.error === "string")
        return { ...params, error: () => params.error };
    return params;
}
function createTransparentProxy(getter) {
    let target;
    return new Proxy({}, {
        get(_, prop, receiver) {
            target ?? (target = getter());
            return Reflect.get(target, prop, receiver);
        },
        set(_, prop, value, receiver) {
            target ?? (target = getter());
            return Reflect.set(target, prop, value, receiver);
        },
        has(_, prop) {
            target ?? (target = getter());
            return Reflect.has(target, prop);
        },
        deleteProperty(_, prop) {
            target ?? (target = getter());
            return Reflect.deleteProperty(target, prop);
        },
        ownKeys(_) {
            target ?? (target = getter());
            return Reflect.ownKeys(target);
        },
        getOwnPropertyDescriptor(_, prop) {
            target ?? (target = getter());
            return Reflect.getOwnPropertyDescriptor(target, prop);
        },
        defineProperty(_, prop, descriptor) {
            target ?? (target = getter());
            return Reflect.defineProperty(target, prop, descriptor);
        },
    });
}
function stringifyPrimitive(value) {
    if (typeof value === "bigint")
        return value.toString() + "n";
    if (typeof value === "string")
        return `"${value}"`;
    return `${value}`;
}
function optionalKeys(shape) {
    return Object.keys(shape).filter((k) => {
        return shape[k]._zod.optin !== undefined && shape[k]._zod.optout === "optional";
    });
}
// Wrapped in a `@__PURE__` IIFE: esbuild never tree-shakes a top-level initializer that contains a member access on `Number`, so the bare object literal survived into every bundle.
const NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
    safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-3.4028234663852886e38, 3.4028234663852886e38],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
}))();
const BIGINT_FORMAT_RANGES = {
    int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
    uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")],
};
function pick(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".pick() cannot be used on object schemas containing refinements");
    }
    const newShape = {};
    mirrorShape(newShape, schema, maskedKeys(schema, mask));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
// the mask keys that select something, checked against the source's shape without resolving it
function maskedKeys(schema, mask) {
    const raw = sourceShape(schema);
    const keys = [];
    // `for...in` skips symbols, so a symbol in the mask would select nothing
    for (const key of Reflect.ownKeys(mask)) {
        if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
            throw new Error(`Unrecognized key: "${String(key)}"`);
        }
        if (mask[key])
            keys.push(key);
    }
    return keys;
}
function omit(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".omit() cannot be used on object schemas containing refinements");
    }
    const omitted = new Set(maskedKeys(schema, mask));
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to extend: expected a plain object");
    }
    const checks = schema._zod.def.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        // Only throw if new shape overlaps with existing shape. Use getOwnPropertyDescriptor to check key existence without accessing values
        const existingShape = sourceShape(schema);
        for (const key of Reflect.ownKeys(shape)) {
            if (Object.getOwnPropertyDescriptor(existingShape, key) !== undefined) {
                throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
            }
        }
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
// the source's keys, then the caller's overlaid on top
function extended(schema, shape) {
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
    mirrorProps(newShape, shape);
    return newShape;
}
function safeExtend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to safeExtend: expected a plain object");
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
    if (!b?._zod?.def) {
        throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
    }
    if (a._zod.def.checks?.length) {
        throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
    }
    const newShape = {};
    mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
    mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
    const def = mergeDefs(a._zod.def, {
        shape: newShape,
        get catchall() {
            return b._zod.def.catchall;
        },
        checks: b._zod.def.checks ?? [],
    });
    return clone(a, def);
}
function partial(Class, schema, mask, name = "partial") {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
    }
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class &&
        ((value, key) => (selected && !selected.has(key) ? value : new Class({ type: "optional", innerType: value }))));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class, schema, mask) {
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => 
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class({ type: "nonoptional", innerType: value }));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
// invalid_type | too_big | too_small | invalid_format | not_multiple_of | unrecognized_keys | invalid_union | invalid_key | invalid_element | invalid_value | custom
function aborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue !== true) {
            return true;
        }
    }
    return false;
}
// Checks for explicit abort (continue === false), as opposed to implicit abort (continue === undefined). Used to respect `abort: true` in .refine() even for checks that have a `when` function.
function explicitlyAborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue === false) {
            return true;
        }
    }
    return false;
}
function prefixIssues(path, issues) {
    return issues.map((iss) => {
        var _a;
        (_a = iss).path ?? (_a.path = []);
        iss.path.unshift(path);
        return iss;
    });
}
function unwrapMessage(message) {
    return typeof message === "string" ? message : message?.message;
}
/* A check holds no link back to the schema it is attached to — the same check instance is shared by every clone of that schema — so the owner is stamped onto the issues a check just raised, at the only point where both are in scope. Runs on the failure path only; `start` is the issue count from before the check ran. */
/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
function sizeCaps(defChecks) {
    const caps = [];
    for (const ch of defChecks ?? []) {
        const d = ch._zod.def;
        // a later check may rewrite the value
        if (!/_(length|size)$|_equals$/.test(d.check))
            break;
        const max = d.maximum ?? d.length ?? d.size;
        if (max >= 0)
            caps.push([max, ch]);
    }
    return caps;
}
function attachSchema(issues, start, inst) {
    var _a;
    for (let i = start; i < issues.length; i++) {
        (_a = issues[i]).schema ?? (_a.schema = inst);
    }
}
function finalizeIssue(iss, ctx, config) {
    var _a;
    // A schema that raised an issue itself owns it outright, and outranks any stamp an enclosing check left in `attachSchema`. String formats and z.custom() are schema and check at once, so when they act as a check they defer to that stamp instead.
    const traits = iss.inst?._zod?.traits;
    if (traits?.has("$ZodType")) {
        if (traits.has("$ZodCheck"))
            (_a = iss).schema ?? (_a.schema = iss.inst);
        else
            iss.schema = iss.inst;
    }
    // Decreasing specificity, first map to return a message wins. `inst` is whatever raised the issue, so a check's own map outranks the owning schema's.
    const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : undefined;
    const message = iss.message
        ? iss.message
        : (unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ??
            unwrapMessage(schemaError?.(iss)) ??
            unwrapMessage(ctx?.error?.(iss)) ??
            unwrapMessage(config.customError?.(iss)) ??
            unwrapMessage(config.localeError?.(iss)) ??
            "Invalid input");
    // an explicit own-key copy beats object rest with excluded keys, which v8 routes through a generic runtime call; Object.keys rather than for-in so an issue pushed with a prototype does not leak inherited keys, and an own __proto__ key is dropped rather than assigned through the setter
    const full = {};
    for (const k of Object.keys(iss)) {
        if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
            continue;
        full[k] = iss[k];
    }
    full.path ?? (full.path = []);
    full.message = message;
    if (ctx?.reportInput) {
        full.input = iss.input;
    }
    return full;
}
function getSizableOrigin(input) {
    if (input instanceof Set)
        return "set";
    if (input instanceof Map)
        return "map";
    // @ts-ignore
    if (input instanceof File)
        return "file";
    return "unknown";
}
const highSurrogate = /[\uD800-\uDBFF]/;
// Code points in `str`: a surrogate pair counts once, a lone surrogate as itself. Hand-rolled because the string iterator allocates and runs ~250x slower on this path; the regex probe exits ~50x quicker for a string with no astral characters.
function codePointLength(str) {
    const units = str.length;
    if (!highSurrogate.test(str))
        return units;
    let count = units;
    for (let i = 0; i < units - 1; i++) {
        if ((str.charCodeAt(i) & 0xfc00) === 0xd800 && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            count--;
            i++;
        }
    }
    return count;
}
function getLengthableOrigin(input) {
    if (Array.isArray(input))
        return "array";
    if (typeof input === "string")
        return "string";
    return "unknown";
}
function parsedType(data) {
    const t = typeof data;
    switch (t) {
        case "number": {
            return Number.isNaN(data) ? "nan" : "number";
        }
        case "object": {
            if (data === null) {
                return "null";
            }
            if (Array.isArray(data)) {
                return "array";
            }
            const obj = data;
            if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
                return obj.constructor.name;
            }
        }
    }
    return t;
}
function issue(...args) {
    const [iss, input, inst] = args;
    if (typeof iss === "string") {
        return {
            message: iss,
            code: "custom",
            input,
            inst,
        };
    }
    return { ...iss };
}
function cleanEnum(obj) {
    return Object.entries(obj)
        .filter(([k, _]) => {
        // return true if NaN, meaning it's not a number, thus a string key
        return Number.isNaN(Number.parseInt(k, 10));
    })
        .map((el) => el[1]);
}
// Codec utility functions
function base64ToUint8Array(base64) {
    const binaryString = atob(base64);
    const bytes = new Uint8Array(binaryString.length);
    for (let i = 0; i < binaryString.length; i++) {
        bytes[i] = binaryString.charCodeAt(i);
    }
    return bytes;
}
function uint8ArrayToBase64(bytes) {
    let binaryString = "";
    for (let i = 0; i < bytes.length; i++) {
        binaryString += String.fromCharCode(bytes[i]);
    }
    return btoa(binaryString);
}
function base64urlToUint8Array(base64url) {
    const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
    const padding = "=".repeat((4 - (base64.length % 4)) % 4);
    return base64ToUint8Array(base64 + padding);
}
function uint8ArrayToBase64url(bytes) {
    return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
    const cleanHex = hex.replace(/^0x/, "");
    if (cleanHex.length % 2 !== 0) {
        throw new Error("Invalid hex string length");
    }
    const bytes = new Uint8Array(cleanHex.length / 2);
    for (let i = 0; i < cleanHex.length; i += 2) {
        bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
    }
    return bytes;
}
function uint8ArrayToHex(bytes) {
    return Array.from(bytes)
        .map((b) => b.toString(16).padStart(2, "0"))
        .join("");
}
// instanceof
class Class {
    constructor(..._args) { }
}
//////////    PROTOTYPE INSTALLERS     //////////
//
// Members live on the prototype and materialize per instance on first read, which keeps own-property count under the step where V8 stops using inline slots. Changing anything here means re-measuring runtime, memory and bundle size together — see "The three axes" in AGENTS.md.
/**
 * Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
 *
 * Call this from a `proto` initializer, which runs once per prototype — never per instance.
 */
function members(proto, table) {
    for (const key in table) {
        const desc = Object.getOwnPropertyDescriptor(table, key);
        // a getter installs as written, so it stays live: `description` reads through to the registry on every access. not enumerable: an object literal's is, and a prototype member never was
        if (desc.get)
            Object.defineProperty(proto, key, { ...desc, enumerable: false });
        // a method materializes bound on first read, which is what keeps a detached member working: `const opt = schema.optional; opt()`
        else
            defineBound(proto, key, desc.value);
    }
}
/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
function own(inst, key, value, enumerable = true) {
    Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
    return value;
}
/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
function hide(inst, key, value) {
    return own(inst, key, value, false);
}
/** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */
function derived(computes, table) {
    for (const key in computes) {
        const compute = computes[key];
        // an object literal's accessor is configurable and enumerable, and `members` copies the descriptor as written
        Object.defineProperty(table, key, {
            configurable: true,
            enumerable: true,
            get() {
                return own(this, key, compute(this));
            },
            set(value) {
                own(this, key, value);
            },
        });
    }
    return table;
}
function defineBound(proto, key, fn) {
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // vitest's spyOn calls a prototype getter bare to find the function it wraps, so a nullish receiver answers the raw method
            return this == null ? fn : own(this, key, fn.bind(this));
        },
        set(value) {
            own(this, key, value);
        },
    });
}
/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
function claim(inst, sentinel) {
    const proto = Object.getPrototypeOf(inst);
    // Runs on every construction, so `in` rather than the costlier `hasOwnProperty.call`. Sentinels are keys the group itself defines.
    return sentinel in proto ? undefined : proto;
}
// The internals whose init chain is installing. A second call for the same one is a derived constructor overriding its base, so it must not construct another schema in between or the override is dropped.
let installing;
// Set while a getter is running, so a value that resolved through a recursion break is not memoized. One shared descriptor shadows the key for the duration, which costs no per-key allocation.
let broke = false;
const breaker = {
    configurable: true,
    get() {
        broke = true;
        return undefined;
    },
};
/**
 * Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
 * constructor, computed from the internals object itself and cached there on
 * first read. One accessor per constructor rather than one per instance.
 */
function defineLazyInternal(inst, key, compute) {
    const proto = Object.getPrototypeOf(inst._zod);
    if (key in proto && installing !== inst._zod) {
        // A repeat construction: everything is installed already. Cleared here so the reference is not held past the first construction of every type.
        installing = undefined;
        return;
    }
    installing = inst._zod;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing so a re-entrant read from a recursive schema resolves to undefined instead of running the getter again.
            Object.defineProperty(this, key, breaker);
            const outer = broke;
            broke = false;
            try {
                const value = compute(this);
                // A result that resolved through a recursion break is recomputed once the graph is complete; everything else memoizes, undefined included.
                if (broke)
                    delete this[key];
                else
                    Object.defineProperty(this, key, { configurable: true, writable: true, value });
                broke = broke || outer;
                return value;
            }
            catch (err) {
                // A compute that threw memoizes nothing, so a later read runs it again and fails the same way. The shadow goes with it, since leaving it installed would answer undefined for every later read.
                delete this[key];
                broke = broke || outer;
                throw err;
            }
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, value });
        },
    });
}
/**
 * Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
 * data property. One accessor per constructor rather than one per instance, because an own accessor
 * puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
 */
function installLazyProp(inst, key, make, enumerable) {
    const proto = claim(inst, key);
    if (!proto)
        return;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing, so a re-entrant read from a self-referential shape resolves to undefined instead of running the getter again. A data property rather than an accessor: an own accessor is the dictionary-mode transition this exists to avoid.
            const desc = { configurable: true, writable: true, enumerable, value: undefined };
            Object.defineProperty(this, key, desc);
            // a compute that throws leaves the shadow behind, so later reads answer undefined instead of re-throwing; `defineLazy` did the same, and `defineLazyInternal`'s delete-on-catch would cost bytes in every bundle for a case only a throwing user getter reaches
            desc.value = make(this);
            Object.defineProperty(this, key, desc);
            return desc.value;
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
        },
    });
}
/** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */
const CONSTANT_CATCH = "~constantCatch";
/** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */
function constantCatch(value) {
    const fn = () => value;
    fn[CONSTANT_CATCH] = true;
    return fn;
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
