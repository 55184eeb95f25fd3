export const id = 76;
export const ids = [76];
export const modules = {

/***/ 9311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* binding */ emptyLineFacts),
/* harmony export */   OL: () => (/* binding */ emptyBlockFacts),
/* harmony export */   Rx: () => (/* binding */ TEXT_START_CHARS),
/* harmony export */   U9: () => (/* binding */ count),
/* harmony export */   _Q: () => (/* binding */ emptyUsageFacts),
/* harmony export */   up: () => (/* binding */ factsOfValue)
/* harmony export */ });
/* unused harmony export usageOf */
/**
 * What the digest needs from one transcript line: a handful of small fields. Both the streaming
 * scanner and the `JSON.parse` reference fill this shape, so the digest rules exist once.
 */
/** Characters of a prompt's start kept to tell a typed prompt from command output. */
const TEXT_START_CHARS = 32;
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

/***/ 2542:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ TranscriptLineScanner)
/* harmony export */ });
/* unused harmony export KEPT_STRING_LIMIT */
/* harmony import */ var _line_facts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9311);
/* harmony import */ var _json_bytes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3574);


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
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
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
/** Per role, the keys it reads by byte length: most keys are ruled out by their length alone. */
const KEYS_BY_LENGTH = Object.fromEntries(Object.entries(KEYS_OF).map(([role, keys]) => {
    const byLength = [];
    for (const [name, slot] of keys)
        (byLength[name.length] ??= []).push([encode(name), slot]);
    return [role, byLength];
}));
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
const LITERALS = [encode('true'), encode('false'), encode('null')];
/** Longest string a whole-string slot keeps (an id, a model, a path): a longer one breaks the line. */
const KEPT_STRING_LIMIT = 64 * 1024;
/** Longer than any key read, so that a long key is never kept whole. */
const KEY_LIMIT = 64;
/** Bytes of a prompt kept to read its first `TEXT_START_CHARS` characters. */
const START_BYTES = _line_facts_js__WEBPACK_IMPORTED_MODULE_0__/* .TEXT_START_CHARS */ .Rx * 4;
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
 * Deliberately lenient inside what is stepped over: a skipped value is only followed far enough
 * to find its end (its strings and brackets), so an invalid escape or number there goes unnoticed
 * where `JSON.parse` would refuse the line. Everything the report reads is checked strictly.
 */
class TranscriptLineScanner {
    sink;
    recent = new RecentValues();
    facts = (0,_line_facts_js__WEBPACK_IMPORTED_MODULE_0__/* .emptyLineFacts */ .$2)();
    block = (0,_line_facts_js__WEBPACK_IMPORTED_MODULE_0__/* .emptyBlockFacts */ .OL)();
    usage = (0,_line_facts_js__WEBPACK_IMPORTED_MODULE_0__/* .emptyUsageFacts */ ._Q)();
    lineNumber = 1;
    /** Anything but whitespace seen on this line. */
    started = false;
    bad = null;
    /** The rest of the line holds nothing the report reads: only its end is looked for. */
    restSkipped = false;
    topIsObject = false;
    bomBytes = 0;
    expect = VALUE;
    slot = ROOT;
    /** Roles of the open containers whose members are read, innermost last. */
    roles = [];
    role = 0;
    /** Depth inside a value that is stepped over (0 when reading). */
    skipDepth = 0;
    /** The current chunk, to read four bytes at once. */
    view = (0,_json_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .viewOf */ .du)(Buffer.alloc(0));
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
        this.view = (0,_json_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .viewOf */ .du)(chunk);
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
                    this.scan(chunk, i, end);
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
            if (this.token === NUMBER_TOKEN && this.roles.length === 0 && this.skipDepth === 0) {
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
            this.facts = (0,_line_facts_js__WEBPACK_IMPORTED_MODULE_0__/* .emptyLineFacts */ .$2)();
            this.started = false;
        }
        this.bad = null;
        this.restSkipped = false;
        this.topIsObject = false;
        this.expect = VALUE;
        this.slot = ROOT;
        this.roles.length = 0;
        this.role = 0;
        this.skipDepth = 0;
        this.token = NO_TOKEN;
        this.escapePending = false;
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
                    if (c !== QUOTE)
                        throw unexpected(b, i, 'expected a property name in double quotes');
                    const close = (0,_json_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .closingQuote */ .m2)(b, this.view, i + 1, i + 1, end);
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
                    if (c === QUOTE) {
                        const close = (0,_json_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .closingQuote */ .m2)(b, this.view, i + 1, i + 1, end);
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
            const close = (0,_json_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .closingQuote */ .m2)(b, this.view, start, start, end);
            if (close === -1) {
                this.escapePending = (0,_json_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .trailingEscape */ .Ms)(b, start, end);
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
            if (c === QUOTE) {
                const close = (0,_json_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .closingQuote */ .m2)(b, this.view, i + 1, i + 1, end);
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
        this.escapePending = (0,_json_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .trailingEscape */ .Ms)(b, start, end);
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
        this.slot = NOWHERE;
        const candidates = KEYS_BY_LENGTH[this.role];
        if (candidates === undefined)
            return;
        if ((0,_json_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .hasBackslash */ .B2)(b, start, end)) {
            // A name written with escapes (`"typ\u0065"`) is the same name once decoded.
            const name = decode(b, start, end);
            const found = KEYS_OF[this.role].find(([key]) => key === name);
            if (found)
                this.slot = found[1];
            return;
        }
        const same = candidates[end - start];
        if (same === undefined)
            return;
        for (const [bytes, slot] of same) {
            let k = 0;
            while (k < bytes.length && b[start + k] === bytes[k])
                k++;
            if (k === bytes.length) {
                this.slot = slot;
                return;
            }
        }
    }
    /**
     * `toolUseResult` repeats a tool's result in a structure of its own, often the largest part of
     * the line, and comes after the fields the report reads (`type`, `timestamp`, the message): once
     * those were seen, the rest of the line is passed over to its newline, unchecked. The fields some
     * versions write after it (`cwd`, `sessionId`, `version`, `gitBranch`) are on every other line.
     */
    skipsRest() {
        if (this.roles.length !== 1 ||
            this.facts.type === undefined ||
            this.facts.timestamp === undefined)
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
        const value = this.recent.text(slot, b, start, end);
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
        this.expect = this.roles.length === 0 ? AFTER_END : COMMA_OR_END;
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
                this.block = (0,_line_facts_js__WEBPACK_IMPORTED_MODULE_0__/* .emptyBlockFacts */ .OL)();
                break;
            case USAGE:
                this.usage = (0,_line_facts_js__WEBPACK_IMPORTED_MODULE_0__/* .emptyUsageFacts */ ._Q)();
                break;
        }
        this.roles.push(role);
        this.role = role;
        const object = (role & 1) === 1;
        this.expect = object ? KEY_OR_END : VALUE_OR_END;
        this.slot = role === CONTENT ? BLOCK_ITEM : NOWHERE;
    }
    close() {
        const role = this.roles.pop();
        this.role = this.roles[this.roles.length - 1] ?? 0;
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
/**
 * The last value decoded for each slot, by its bytes: a session's id, version, branch, folder,
 * model and line types repeat on nearly every line, so most are never decoded again.
 */
class RecentValues {
    bytes = [];
    texts = [];
    text(slot, b, start, end) {
        const length = end - start;
        if (length > 64 || slot === TIMESTAMP || slot === BLOCK_ID || slot === TOOL_USE_ID)
            return decode(b, start, end);
        const known = this.bytes[slot];
        if (known !== undefined && known.length === length) {
            let k = length - 1;
            while (k >= 0 && known[k] === b[start + k])
                k--;
            if (k < 0)
                return this.texts[slot];
        }
        const text = decode(b, start, end);
        this.bytes[slot] = Uint8Array.prototype.slice.call(b, start, end);
        this.texts[slot] = text;
        return text;
    }
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
        if (c < 0x20 || c === BACKSLASH) {
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
    const raw = b.toString('utf8', start, Math.min(end, start + START_BYTES));
    let text;
    try {
        text = JSON.parse(`"${raw.replace(/\\u?[0-9a-fA-F]{0,3}$|\\$/, '')}"`);
    }
    catch {
        text = raw;
    }
    return text.slice(0, _line_facts_js__WEBPACK_IMPORTED_MODULE_0__/* .TEXT_START_CHARS */ .Rx);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tz: () => (/* binding */ detectFormat),
/* harmony export */   pG: () => (/* binding */ FORMAT_CHOICES),
/* harmony export */   pI: () => (/* binding */ KNOWN_FORMATS_HINT)
/* harmony export */ });
/* unused harmony export SNIFF_BYTES */
/* harmony import */ var _claude_code_line_scanner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2542);

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

/***/ 3574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B2: () => (/* binding */ hasBackslash),
/* harmony export */   Ms: () => (/* binding */ trailingEscape),
/* harmony export */   du: () => (/* binding */ viewOf),
/* harmony export */   m2: () => (/* binding */ closingQuote),
/* harmony export */   se: () => (/* binding */ afterSpaces)
/* harmony export */ });
/**
 * The byte-level steps both streaming scanners share: finding the quote that closes a string and
 * stepping over indentation, four bytes at a time where that helps.
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
 * The index of the quote that closes a string whose content starts at `from`, before `end`, or
 * -1. Backslashes before a quote are counted back to `floor` (where the string's bytes begin in
 * this chunk). `view` is `viewOf(b)`.
 */
function closingQuote(b, view, from, floor, end) {
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
    for (; j < near; j++) {
        const c = b[j];
        if (c === QUOTE)
            return j;
        if (c === BACKSLASH) {
            j++;
            if (j >= near)
                break;
        }
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
function hasBackslash(b, start, end) {
    for (let k = start; k < end; k++)
        if (b[k] === BACKSLASH)
            return true;
    return false;
}
/** The index after the run of spaces that starts at `from` (before `end`). */
function afterSpaces(b, view, from, end) {
    let i = from;
    while (i + 4 <= end && view.getInt32(i, true) === 0x20202020)
        i += 4;
    while (i < end && b[i] === 0x20)
        i++;
    return i;
}


/***/ }),

/***/ 8422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TL: () => (/* binding */ parseInputs),
/* harmony export */   pH: () => (/* binding */ SECRET_INPUTS),
/* harmony export */   pd: () => (/* binding */ Input),
/* harmony export */   zY: () => (/* binding */ DEFAULTS)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3798);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8532);
/* harmony import */ var _formats_detect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(445);
/* harmony import */ var _log_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3529);
/* harmony import */ var _publish_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7791);
/* harmony import */ var _publish_webhooks_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3889);





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
const boolean = zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
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
const fileToWrite = zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().superRefine((value, context) => {
    const problem = value === '' ? null : (0,_publish_files_js__WEBPACK_IMPORTED_MODULE_1__/* .workspacePathProblem */ .wX)(value);
    if (problem !== null)
        context.addIssue({ code: 'custom', message: problem });
});
/** The URL of a service to send to, or empty for none. */
const httpUrl = zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().transform((value, context) => {
    if (value === '')
        return null;
    const url = URL.canParse(value) ? new URL(value) : null;
    if (url === null || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
        context.addIssue({ code: 'custom', message: 'expected an http or https URL' });
        return zod__WEBPACK_IMPORTED_MODULE_4__/* .NEVER */ .tm;
    }
    return url;
});
const InputsSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    [Input.path]: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
        .transform((value) => nonEmptyLines(value).filter((line) => !line.startsWith('#')))
        .refine((patterns) => patterns.some((pattern) => !pattern.startsWith('!')), {
        message: 'expected at least one glob pattern that is not an exclusion',
    }),
    [Input.ifNoFilesFound]: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['warn', 'error', 'ignore'], {
        message: 'expected one of warn, error, ignore',
    }),
    [Input.jobSummary]: boolean,
    [Input.failOnParseError]: boolean,
    [Input.followSymbolicLinks]: boolean,
    [Input.reportFile]: fileToWrite,
    [Input.title]: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
        .min(1, { message: 'expected a non-empty heading' })
        .max(200, { message: 'expected at most 200 characters' }),
    [Input.commentOnPr]: boolean,
    [Input.githubToken]: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    // The tag goes inside an HTML comment: nothing that could end it or need escaping.
    [Input.commentTag]: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(/^[A-Za-z0-9._:/-]{1,100}$/, {
        message: "expected 1 to 100 letters, digits, '.', '_', ':', '/' or '-'",
    }),
    [Input.commentMode]: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['update', 'recreate', 'new'], {
        message: 'expected one of update, recreate, new',
    }),
    [Input.commentScope]: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['changed', 'all'], { message: 'expected one of changed, all' }),
    [Input.prNumber]: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
        .regex(/^(|[1-9][0-9]{0,9})$/, { message: 'expected a pull request number, or nothing' })
        .transform((value) => (value === '' ? null : Number(value))),
    // Compiled (and so checked) by user-patterns.ts, loaded only when there are patterns.
    [Input.redactPatterns]: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().transform(nonEmptyLines),
    [Input.format]: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_formats_detect_js__WEBPACK_IMPORTED_MODULE_0__/* .FORMAT_CHOICES */ .pG, {
        message: `expected one of ${_formats_detect_js__WEBPACK_IMPORTED_MODULE_0__/* .FORMAT_CHOICES */ .pG.join(', ')}`,
    }),
    [Input.executionFile]: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    // Read and checked by pricing-file.ts, once the workspace is known.
    [Input.pricingFile]: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    [Input.commentLayout]: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['compact', 'full'], { message: 'expected one of compact, full' }),
    [Input.costWarningUsd]: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
        .regex(/^(|\d{1,9}(\.\d+)?)$/, {
        message: 'expected an amount in US dollars, such as 25 or 7.50, or nothing',
    })
        .transform((value) => (value === '' ? null : Number(value))),
    [Input.failOnCostWarning]: boolean,
    [Input.metricsFile]: fileToWrite,
    [Input.pushgatewayUrl]: httpUrl,
    [Input.pushgatewayJob]: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(200, { message: 'expected at most 200 characters' }),
    [Input.webhookUrl]: httpUrl,
    [Input.webhookFormat]: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_publish_webhooks_js__WEBPACK_IMPORTED_MODULE_2__/* .WEBHOOK_FORMATS */ .hK, {
        message: `expected one of ${_publish_webhooks_js__WEBPACK_IMPORTED_MODULE_2__/* .WEBHOOK_FORMATS */ .hK.join(', ')}`,
    }),
    [Input.failOnWebhookError]: boolean,
    [Input.interactionsFile]: fileToWrite,
    [Input.sqliteFile]: fileToWrite,
    // Read whole by the PostgreSQL client when the sessions are written; a URL it cannot read then
    // is a warning like an unreachable server.
    [Input.postgresUrl]: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
        .refine((value) => value === '' || /^postgres(ql)?:\/\//.test(value), {
        message: 'expected a postgres:// or postgresql:// URL',
    })
        .transform((value) => (value === '' ? null : value)),
    [Input.failOnDatabaseError]: boolean,
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
            const shown = SECRET_INPUTS.includes(name) ? '(a secret, not shown)' : (0,_log_text_js__WEBPACK_IMPORTED_MODULE_5__/* .quoted */ .T)(raw[name]);
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

/***/ 6288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 3529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ quoted)
/* harmony export */ });
/* unused harmony export unseenEscaped */
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

/***/ 76:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: costWarningMessage, noFilesMessage, readFound

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
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

// EXTERNAL MODULE: ./src/pricing.ts
var pricing = __webpack_require__(4309);
// EXTERNAL MODULE: ./src/usage.ts
var src_usage = __webpack_require__(4980);
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
        fromRun: runOf(digest) !== null,
        firstActivity: digest.firstActivity,
    })));
    return read.map((file, index) => {
        const { digest } = file;
        const responses = digest.transcript === null ? [] : kept[index];
        const run = runOf(digest);
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
function runOf(digest) {
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

// EXTERNAL MODULE: ./src/inputs.ts
var src_inputs = __webpack_require__(8422);
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

;// CONCATENATED MODULE: ./src/publish/annotations.ts


/** GitHub shows about ten warnings per step; the rest are summed up in one closing warning. */
const MAX_ANNOTATIONS = 10;
/** Emits at most MAX_ANNOTATIONS warnings, then one that counts the rest. */
function annotate(warnings) {
    const shown = warnings.length > MAX_ANNOTATIONS ? warnings.slice(0, MAX_ANNOTATIONS - 1) : warnings;
    for (const warning of shown) {
        core/* warning */.$e(warning.message, {
            title: warning.title,
            file: warning.file,
            ...(warning.line !== undefined && { startLine: warning.line }),
            ...(warning.column !== undefined && { startColumn: warning.column }),
        });
    }
    const rest = warnings.length - shown.length;
    if (rest > 0) {
        core/* warning */.$e(`${rest} more session logs were unreadable or partly invalid; the step summary lists every one.`, {
            title: 'More session log warnings',
        });
    }
}

// EXTERNAL MODULE: ./src/log-text.ts
var log_text = __webpack_require__(3529);
// EXTERNAL MODULE: ./src/publish/files.ts
var files = __webpack_require__(7791);
;// CONCATENATED MODULE: ./src/publish/metrics.ts

/** Tools beyond this many (the most called) are folded into the label value `other`. */
const TOP_TOOLS = 20;
/** Models beyond this many (the costliest) are folded into the label value `other`. */
const TOP_MODELS = 10;
const OTHER = 'other';
/** Every metric the action writes, by name: its type and help text. */
const METRICS = {
    claude_sessions_total: ['counter', 'Distinct Claude Code sessions in the session logs read.'],
    claude_interactions_total: ['counter', 'Interactions of every type in the session logs read.'],
    claude_interactions_by_type: ['gauge', 'Interactions in the session logs read, by type.'],
    claude_tool_calls_total: ['counter', 'Tool calls in the session logs read.'],
    claude_tool_calls_by_type: [
        'gauge',
        `Tool calls in the session logs read, by tool (beyond the ${TOP_TOOLS} most called: "${OTHER}").`,
    ],
    claude_tool_errors_total: [
        'counter',
        `Tool results marked as errors, by tool (beyond the ${TOP_TOOLS} most called: "${OTHER}").`,
    ],
    claude_unreadable_files: [
        'gauge',
        'Matched files that could not be read or were not valid session logs.',
    ],
    claude_tokens_total: [
        'counter',
        `Tokens of the API responses, each counted once, by model (beyond the ${TOP_MODELS} costliest: "${OTHER}") and kind.`,
    ],
    claude_cost_usd_total: [
        'counter',
        `Cost in US dollars at list prices, by model (beyond the ${TOP_MODELS} costliest: "${OTHER}"); models without a price have no series.`,
    ],
    claude_report_timestamp_seconds: [
        'gauge',
        'When the report was made, in seconds since the Unix epoch.',
    ],
};
/** The token kinds of `claude_tokens_total`, and the field of each. */
const TOKEN_KINDS = [
    ['input', 'input'],
    ['output', 'output'],
    ['cache_write_5m', 'cacheWrite5m'],
    ['cache_write_1h', 'cacheWrite1h'],
    ['cache_read', 'cacheRead'],
];
/**
 * The metrics of an analysis as text exposition, every metric with its HELP and TYPE (one with
 * nothing to count, such as tokens of session-recorder logs, has no sample). `reportTime` is the
 * time of the report, in milliseconds since the epoch.
 */
function renderMetrics(analysis, reportTime) {
    const { totals, usage } = analysis;
    const tools = foldTools(analysis);
    const models = foldModels(analysis);
    const samples = {
        claude_sessions_total: [[{}, totals.sessions]],
        claude_interactions_total: [[{}, totals.interactions]],
        claude_interactions_by_type: ALL_KINDS.map((kind) => [{ type: kind }, totals.kinds[kind]]),
        claude_tool_calls_total: [[{}, totals.toolCalls]],
        claude_tool_calls_by_type: tools.map(({ tool, calls }) => [{ tool }, calls]),
        claude_tool_errors_total: usage === null ? [] : tools.map(({ tool, errors }) => [{ tool }, errors]),
        claude_unreadable_files: [[{}, totals.unreadableFiles]],
        claude_tokens_total: models.flatMap(({ model, tokens }) => TOKEN_KINDS.map(([kind, field]) => [{ model, kind }, tokens[field]])),
        claude_cost_usd_total: models.flatMap(({ model, costUsd }) => costUsd === null ? [] : [[{ model }, costUsd]]),
        claude_report_timestamp_seconds: [[{}, reportTime / 1000]],
    };
    const lines = [];
    for (const name of Object.keys(METRICS)) {
        const [type, help] = METRICS[name];
        lines.push(`# HELP ${name} ${escapeHelp(help)}`, `# TYPE ${name} ${type}`);
        for (const [labels, value] of samples[name])
            lines.push(`${name}${labelText(labels)} ${numberText(value)}`);
    }
    return `${lines.join('\n')}\n`;
}
/** The most called tools, the rest added up as `other`. */
function foldTools(analysis) {
    const kept = analysis.tools.slice(0, TOP_TOOLS).map(({ tool, calls, errors }) => ({
        tool,
        calls,
        errors,
    }));
    const rest = analysis.tools.slice(TOP_TOOLS);
    if (rest.length === 0)
        return kept;
    // A tool called `other` among the kept ones takes the rest's counts: one series per label value.
    const other = kept.find((entry) => entry.tool === OTHER) ?? { tool: OTHER, calls: 0, errors: 0 };
    if (!kept.includes(other))
        kept.push(other);
    for (const entry of rest) {
        other.calls += entry.calls;
        other.errors += entry.errors;
    }
    return kept;
}
/** The costliest models, the rest added up as `other` (its cost unknown when any of them has none). */
function foldModels(analysis) {
    const all = (analysis.usage?.models ?? []).map(({ model, tokens, costUsd }) => ({
        model,
        tokens: { ...tokens },
        costUsd,
    }));
    const kept = all.slice(0, TOP_MODELS);
    const rest = all.slice(TOP_MODELS);
    if (rest.length === 0)
        return kept;
    let other = kept.find((entry) => entry.model === OTHER);
    if (other === undefined) {
        other = {
            model: OTHER,
            tokens: { input: 0, output: 0, cacheWrite5m: 0, cacheWrite1h: 0, cacheRead: 0 },
            costUsd: 0,
        };
        kept.push(other);
    }
    for (const entry of rest) {
        for (const [, field] of TOKEN_KINDS)
            other.tokens[field] += entry.tokens[field];
        other.costUsd =
            other.costUsd === null || entry.costUsd === null ? null : other.costUsd + entry.costUsd;
    }
    return kept;
}
/** `{a="x",b="y"}`, or nothing for no labels. */
function labelText(labels) {
    const pairs = Object.entries(labels).map(([name, value]) => `${name}="${escapeLabel(value)}"`);
    return pairs.length === 0 ? '' : `{${pairs.join(',')}}`;
}
/**
 * A label value as the format requires: backslash, double quote and line feed escaped. A carriage
 * return or other control is escaped too, so that no tool's name can look like a line of its own
 * to a reader that splits on it.
 */
function escapeLabel(value) {
    return value.replace(/[\\"\n]|\p{Cc}/gu, (char) => {
        if (char === '\\')
            return '\\\\';
        if (char === '"')
            return '\\"';
        if (char === '\n')
            return '\\n';
        return `\\\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
    });
}
/** HELP text: backslash and line feed escaped. */
function escapeHelp(text) {
    return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}
/** A sample value: integers as they are, other numbers in the shortest form that reads back exactly. */
function numberText(value) {
    if (Number.isNaN(value))
        return 'NaN';
    if (!Number.isFinite(value))
        return value > 0 ? '+Inf' : '-Inf';
    return String(value);
}

// EXTERNAL MODULE: ./src/report-json.ts
var report_json = __webpack_require__(5844);
;// CONCATENATED MODULE: ./src/publish/outputs.ts


/** Every output name and its value, computed from the analysis. Pure. */
function outputValues(analysis, reportFile) {
    const { totals, usage } = analysis;
    return {
        files: String(totals.files),
        sessions: String(totals.sessions),
        interactions: String(totals.interactions),
        'user-messages': String(totals.kinds.user_message),
        'tool-calls': String(totals.kinds.tool_call),
        'tool-results': String(totals.kinds.tool_result),
        'assistant-summaries': String(totals.kinds.assistant_summary),
        tools: JSON.stringify(Object.fromEntries(analysis.tools.map(({ tool, calls }) => [tool, calls]))),
        'unreadable-files': String(totals.unreadableFiles),
        'report-file': reportFile,
        'tool-errors': String(totals.toolErrors),
        ...usageOutputs(usage),
    };
}
/**
 * Tokens and cost. Empty when no file holds usage (session-recorder logs record none): "unknown"
 * is not "0 tokens, $0". In a workflow expression an empty output still compares as 0.
 */
function usageOutputs(usage) {
    if (usage === null)
        return {
            'input-tokens': '',
            'output-tokens': '',
            'cache-creation-tokens': '',
            'cache-read-tokens': '',
            'cost-usd': '',
            models: '{}',
        };
    const { tokens } = usage;
    return {
        'input-tokens': String(tokens.input),
        'output-tokens': String(tokens.output),
        'cache-creation-tokens': String(tokens.cacheWrite5m + tokens.cacheWrite1h),
        'cache-read-tokens': String(tokens.cacheRead),
        'cost-usd': String((0,report_json/* roundUsd */.tE)(usage.costUsd, 4)),
        models: JSON.stringify(Object.fromEntries(usage.models.map((model) => [
            model.model,
            {
                responses: model.responses,
                ...(0,report_json/* usageTokens */.kw)(model.tokens),
                costUsd: model.costUsd === null ? null : (0,report_json/* roundUsd */.tE)(model.costUsd, 4),
            },
        ]))),
    };
}
function setOutputs(values) {
    for (const [name, value] of Object.entries(values))
        core/* setOutput */.uH(name, value);
}

// EXTERNAL MODULE: ./src/publish/postgres-url.ts
var postgres_url = __webpack_require__(9384);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./src/log-path.ts

/** A path as text: a name that is not valid UTF-8 shows each stray byte as `\xHH`. */
function textOf(file) {
    if (typeof file === 'string')
        return file;
    if ((0,external_node_buffer_.isUtf8)(file))
        return file.toString();
    let text = '';
    let start = 0;
    let i = 0;
    while (i < file.length) {
        const length = sequenceLength(file[i]);
        if (length > 0 && i + length <= file.length && (0,external_node_buffer_.isUtf8)(file.subarray(i, i + length))) {
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
var detect = __webpack_require__(445);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 10 modules
var schemas = __webpack_require__(3798);
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
const AGENT_FILE = /^agent-(.+)\.jsonl$/;
/**
 * What a transcript's path tells: a subagent's file (`agent-<id>.jsonl`, flat beside the session
 * or under `<sessionId>/subagents/`), its parent session's id when no line names it, and the
 * `agent-<id>.meta.json` beside it (agent type and description), when there is one.
 */
function transcriptContext(file) {
    const name = external_node_path_default().basename(file);
    const agent = AGENT_FILE.exec(name);
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
        fd = (0,external_node_fs_.openSync)(file, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0));
    }
    catch {
        return null;
    }
    try {
        const info = (0,external_node_fs_.fstatSync)(fd);
        if (!info.isFile() || info.size > META_LIMIT_BYTES)
            return null;
        const bytes = Buffer.alloc(info.size);
        const read = (0,external_node_fs_.readSync)(fd, bytes, 0, info.size, 0);
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
        (0,external_node_fs_.closeSync)(fd);
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

// EXTERNAL MODULE: ./src/formats/claude-code/line-scanner.ts
var line_scanner = __webpack_require__(2542);
// EXTERNAL MODULE: ./src/formats/claude-code/line-facts.ts
var line_facts = __webpack_require__(9311);
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
            run = digest_runOf(message);
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
function digest_runOf(result) {
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

// EXTERNAL MODULE: ./src/formats/json-bytes.ts
var json_bytes = __webpack_require__(3574);
;// CONCATENATED MODULE: ./src/formats/recorder-scan.ts


// What the scanner expects next, as in the JSON grammar.
const VALUE = 0;
const KEY_OR_END = 1;
const KEY = 2;
const COLON = 3;
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
const SESSION_ID = 2;
const START = 3;
const END = 4;
const PROJECT = 5;
const INTERACTION_LIST = 6;
const INTERACTION = 7;
const ID = 8;
const TYPE = 9;
const TIMESTAMP = 10;
const CONTENT_VALUE = 11;
const TOOL = 12;
const SUMMARY = 13;
/** Slots whose string value is kept (decoded); the rest only need the value's kind. */
const KEPT = Uint8Array.from({ length: 14 }, (_, slot) => slot >= SESSION_ID && slot !== INTERACTION_LIST && slot !== INTERACTION ? 1 : 0);
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
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const KEYS_OF = {
    [TOP]: [
        ['session_id', SESSION_ID],
        ['start_timestamp', START],
        ['end_timestamp', END],
        ['project_path', PROJECT],
        ['interactions', INTERACTION_LIST],
    ],
    [ITEM]: [
        ['interaction_id', ID],
        ['type', TYPE],
        ['timestamp', TIMESTAMP],
        ['content', CONTENT_VALUE],
    ],
    [CONTENT]: [
        ['tool', TOOL],
        ['summary', SUMMARY],
    ],
};
/**
 * Per role, the names it reads by their length in bytes, then their bytes and slots side by side:
 * most names are ruled out by their length alone.
 */
const KEYS_BY_LENGTH = {};
const SLOTS_BY_LENGTH = {};
for (const [role, keys] of Object.entries(KEYS_OF)) {
    const names = [];
    const slots = [];
    for (const [name, slot] of keys) {
        ;
        (names[name.length] ??= []).push(new TextEncoder().encode(name));
        (slots[name.length] ??= []).push(slot);
    }
    KEYS_BY_LENGTH[Number(role)] = names;
    SLOTS_BY_LENGTH[Number(role)] = slots;
}
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
 * A streaming reader of session-recorder logs: it tokenizes the JSON bytes chunk by chunk and
 * decodes only the strings the report uses (header fields, type, timestamp, ids, tool names,
 * summaries); every other string is stepped over with a native search for its closing quote.
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
    // Types and tool names come from a small set.
    types = new RecentStrings(8);
    tools = new RecentStrings(32);
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
    /** The current chunk, to read four bytes at once. */
    view = (0,json_bytes/* viewOf */.du)(EMPTY);
    // The token cut by the end of the previous chunk, if any.
    token = NO_TOKEN;
    stringIsKey = false;
    stringKept = false;
    /** The string cut by the chunk's end is dropped, not refused, once over the limit. */
    stringDroppable = false;
    stringOverlong = false;
    escapePending = false;
    pieces = [];
    keptBytes = 0;
    numberState = 0;
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
        if (this.fault)
            return false;
        this.view = (0,json_bytes/* viewOf */.du)(chunk);
        let i = 0;
        try {
            // A leading byte-order mark is dropped, as TextDecoder drops it (even cut by a chunk's end).
            while (this.bomBytes < BOM.length && i < chunk.length) {
                if (chunk[i] !== BOM[this.bomBytes]) {
                    if (this.bomBytes > 0)
                        throw new SyntaxFault(0, 'expected a value, found a non-ASCII character');
                    this.bomBytes = BOM.length;
                    break;
                }
                this.bomBytes++;
                i++;
            }
            if (this.token !== NO_TOKEN)
                i = this.resume(chunk, i);
            if (i >= 0)
                this.scan(chunk, i);
        }
        catch (error) {
            if (!(error instanceof SyntaxFault))
                throw error;
            this.fault = error;
        }
        this.base += chunk.length;
        return this.fault === null;
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
    /** Finishes the token cut by the previous chunk; returns where scanning goes on, or -1. */
    resume(b, from) {
        const n = b.length;
        if (this.token === STRING_TOKEN) {
            let start = from;
            if (this.escapePending) {
                if (start >= n)
                    return -1;
                start++;
                this.escapePending = false;
            }
            const close = (0,json_bytes/* closingQuote */.m2)(b, this.view, start, start, n);
            if (close === -1) {
                this.escapePending = (0,json_bytes/* trailingEscape */.Ms)(b, start, n);
                if (this.stringKept)
                    this.keep(b.subarray(from, n));
                return -1;
            }
            this.token = NO_TOKEN;
            // Its last piece may take it over the limit, and it is dropped then.
            if (this.stringKept)
                this.keep(b.subarray(from, close));
            if (this.stringKept) {
                const bytes = Buffer.concat(this.pieces);
                this.pieces = [];
                if (this.stringIsKey)
                    this.keyDone(bytes, 0, bytes.length, this.base + from);
                else
                    this.stringValueDone(decode(bytes, 0, bytes.length, this.base + from));
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
    scan(b, from) {
        const n = b.length;
        const view = this.view;
        let i = from;
        while (i < n) {
            const c = b[i];
            if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
                // Indentation: a run of spaces, taken in a loop of its own.
                i = (0,json_bytes/* afterSpaces */.se)(b, view, i + 1, n);
                continue;
            }
            switch (this.expect) {
                case COMMA_OR_END:
                    if (c === 0x2c) {
                        i++;
                        this.expect = this.role & 1 ? KEY : VALUE;
                        this.slot = this.role === INTERACTIONS ? INTERACTION : NOWHERE;
                        continue;
                    }
                    if (c === (this.role & 1 ? 0x7d : 0x5d)) {
                        i++;
                        this.close();
                        continue;
                    }
                    throw this.unexpected(b, i, `expected ',' or '${this.role & 1 ? '}' : ']'}'`);
                case KEY_OR_END:
                    if (c === 0x7d) {
                        i++;
                        this.close();
                        continue;
                    }
                    this.expect = KEY;
                    continue;
                case KEY: {
                    if (c !== QUOTE)
                        throw this.unexpected(b, i, 'expected a property name in double quotes');
                    const keyed = this.role === TOP || this.role === ITEM || this.role === CONTENT;
                    const close = (0,json_bytes/* closingQuote */.m2)(b, view, i + 1, i + 1, n);
                    if (close === -1)
                        return this.cut(b, i + 1, true, keyed ? KEEP : STEP);
                    if (keyed)
                        this.keyDone(b, i + 1, close, this.base + i);
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
                        throw this.unexpected(b, i, "expected ':' after a property name");
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
                    if (c === QUOTE) {
                        const use = this.use();
                        const close = (0,json_bytes/* closingQuote */.m2)(b, view, i + 1, i + 1, n);
                        if (close === -1)
                            return this.cut(b, i + 1, false, use);
                        if (this.slot === NOWHERE)
                            this.expect = COMMA_OR_END;
                        else if (this.slot === ID || this.slot === TIMESTAMP)
                            this.idOrStampBytes(b, i + 1, close, this.base + i);
                        else
                            this.stringValueDone(use === STEP
                                ? this.notKept()
                                : this.kept(this.slot, b, i + 1, close, this.base + i));
                        i = close + 1;
                        // As with the colon, a comma right after a member is taken at once.
                        if (b[i] === 0x2c && this.expect === COMMA_OR_END) {
                            i++;
                            this.expect = this.role & 1 ? KEY : VALUE;
                            this.slot = this.role === INTERACTIONS ? INTERACTION : NOWHERE;
                        }
                        continue;
                    }
                    if (c === 0x7b) {
                        i++;
                        this.open('object');
                        continue;
                    }
                    if (c === 0x5b) {
                        i++;
                        this.open('array');
                        continue;
                    }
                    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
                        this.numberState = 0;
                        const end = this.number(b, i);
                        if (end === -1) {
                            this.token = NUMBER_TOKEN;
                            return;
                        }
                        this.scalarDone('number', 0);
                        i = end;
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
                        i = end;
                    }
                    continue;
                default:
                    throw this.unexpected(b, i, 'unexpected text after the end of the JSON value');
            }
        }
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
    /** Remembers a string cut by the chunk's end: kept bytes, and whether a backslash is pending. */
    cut(b, start, isKey, use) {
        const kept = use !== STEP;
        this.token = STRING_TOKEN;
        this.stringIsKey = isKey;
        this.stringKept = kept;
        this.stringDroppable = use === KEEP_IF_SMALL;
        this.stringOverlong = false;
        this.escapePending = (0,json_bytes/* trailingEscape */.Ms)(b, start, b.length);
        this.pieces = [];
        this.keptBytes = 0;
        if (kept)
            this.keep(b.subarray(start));
        else if (isKey)
            this.expect = COLON;
    }
    keyDone(b, start, end, at) {
        this.expect = COLON;
        this.slot = NOWHERE;
        const length = end - start;
        // Names are matched by length and bytes; a name written with escapes (`"typ\u0065"`) has a
        // backslash, so it never matches as it is written, and is decoded only then.
        const names = KEYS_BY_LENGTH[this.role][length];
        if (names !== undefined) {
            for (let e = 0; e < names.length; e++) {
                const bytes = names[e];
                let k = 0;
                while (k < length && b[start + k] === bytes[k])
                    k++;
                if (k === length) {
                    this.slot = SLOTS_BY_LENGTH[this.role][length][e];
                    return;
                }
            }
        }
        // A name with escapes is longer written than read: a short one cannot be any of them.
        if (length < 6 || !(0,json_bytes/* hasBackslash */.B2)(b, start, end))
            return;
        const name = decode(b, start, end, at);
        const found = KEYS_OF[this.role].find(([key]) => key === name);
        if (found)
            this.slot = found[1];
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
        if (this.slot === ID) {
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
        const recent = slot === TYPE ? this.types : slot === TOOL ? this.tools : null;
        if (recent === null || end - start > RecentStrings.LONGEST)
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
            case SESSION_ID:
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
            case ID:
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
                        throw this.numberFault(at);
                    continue;
                case 1: // after '-'
                    if (c === 0x30)
                        state = 2;
                    else if (digit)
                        state = 3;
                    else
                        throw this.numberFault(at);
                    continue;
                case 2: // after a leading 0
                    if (c === 0x2e)
                        state = 4;
                    else if (c === 0x65 || c === 0x45)
                        state = 6;
                    else if (digit)
                        throw this.numberFault(at);
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
                        throw this.numberFault(at);
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
                        throw this.numberFault(at);
                    continue;
                case 7: // after the exponent's sign
                    if (digit)
                        state = 8;
                    else
                        throw this.numberFault(at);
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
    numberFault(at) {
        return new SyntaxFault(this.base + at, 'invalid number');
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
    [SESSION_ID]: 'session_id',
    [START]: 'start_timestamp',
    [END]: 'end_timestamp',
    [PROJECT]: 'project_path',
    [INTERACTION_LIST]: 'interactions',
};
/**
 * A file whose start has an object for every this many bytes or fewer is dense with structure (as
 * real logs are, every tool result `"null\n"`: about 100 bytes an object), and V8's native
 * JSON.parse reads it faster than the scanner; with long strings (tool results of thousands of
 * characters) the scanner, which steps over them, is faster.
 */
const DENSE_BYTES_PER_OBJECT = 200;
/** How much of a file's start is looked at to judge it. */
const SAMPLE_BYTES = 64 * 1024;
/**
 * Files larger than this are scanned however dense: the objects JSON.parse builds take about ten
 * times the file's bytes, and two threads each holding those of a 7.5 MB file took peak memory
 * from 172 to 337 MiB.
 */
const WHOLE_PARSE_MAX_BYTES = 2 * 1024 * 1024;
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
const EMPTY = Buffer.alloc(0);
/** Decodes a kept string's bytes, checking them as JSON.parse would. */
function decode(b, start, end, at) {
    let plain = true;
    for (let k = start; k < end; k++) {
        const c = b[k];
        if (c < 0x20 || c === BACKSLASH) {
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
const READ_FLAGS = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0);
/** Bytes read at a time: files up to this size are read in one go, larger ones streamed. */
const CHUNK_BYTES = 8 * 1024 * 1024;
/**
 * Reads one log file in chunks, in the format chosen or (`auto`) the one its first bytes show:
 * a session-recorder log through `RecorderScanner`, checking that it is UTF-8 as it goes; a Claude
 * Code transcript through `TranscriptLineScanner`. Never throws; memory stays within one chunk plus
 * the strings the report keeps.
 */
function scanFile(file, chunk = Buffer.allocUnsafe(CHUNK_BYTES), format = 'auto') {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file, READ_FLAGS);
    }
    catch (error) {
        return { kind: 'unreadable', reason: describeFsError(error) };
    }
    try {
        const info = (0,external_node_fs_.fstatSync)(fd);
        if (!info.isFile())
            return { kind: 'unreadable', reason: describeNotRegular(info) };
        const first = (0,external_node_fs_.readSync)(fd, chunk, 0, chunk.length, null);
        const head = chunk.subarray(0, first);
        const chosen = format === 'auto' ? (0,detect/* detectFormat */.Tz)(head) : format;
        if (chosen === 'claude-code')
            return scanTranscript(file, fd, chunk, first);
        if (chosen === 'execution-file') {
            const scanned = scanExecutionFile(file, fd);
            // In `auto`, an array of anything else is read as a recorder log, which says what is wrong.
            if (scanned !== null || format === 'execution-file')
                return scanned ?? notExecution;
            return scanRecorderLog(fd, chunk, (0,external_node_fs_.readSync)(fd, chunk, 0, chunk.length, 0));
        }
        return scanRecorderLog(fd, chunk, first);
    }
    catch (error) {
        return { kind: 'unreadable', reason: describeFsError(error) };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Reads the rest of a transcript whose first `first` bytes are in `chunk`. */
function scanTranscript(file, fd, chunk, first) {
    const builder = new TranscriptDigestBuilder(transcriptContext(textOf(file)));
    const scanner = new line_scanner/* TranscriptLineScanner */.p(builder);
    let bytes = 0;
    for (let read = first; read > 0; read = (0,external_node_fs_.readSync)(fd, chunk, 0, chunk.length, null)) {
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
    const size = (0,external_node_fs_.fstatSync)(fd).size;
    if (size > EXECUTION_FILE_LIMIT_BYTES)
        return {
            kind: 'unreadable',
            reason: `is an execution file over ${EXECUTION_FILE_LIMIT_BYTES / 1024 / 1024} MiB, not read`,
        };
    const whole = Buffer.allocUnsafe(size);
    const read = (0,external_node_fs_.readSync)(fd, whole, 0, size, 0);
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
        const more = (0,external_node_fs_.readSync)(fd, chunk, first, chunk.length - first, null);
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
    for (let read = first; read > 0; read = (0,external_node_fs_.readSync)(fd, chunk, 0, chunk.length, null)) {
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
            if (!(0,external_node_buffer_.isUtf8)(Buffer.concat([this.carry, chunk.subarray(0, need)])))
                return false;
            this.carry = Buffer.alloc(0);
            start = need;
        }
        const end = completeLength(chunk, start);
        if (!(0,external_node_buffer_.isUtf8)(chunk.subarray(start, end)))
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
        const read = (0,external_node_fs_.readSync)(fd, chunk, 0, Math.min(chunk.length, offset - position), position);
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
    (0,external_node_fs_.readSync)(fd, chunk, 0, 3, 0);
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

// EXTERNAL MODULE: ./src/reader-threads.ts
var reader_threads = __webpack_require__(1280);
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
    const threads = Math.max(1, Math.min(options.threads ?? (0,external_node_os_.availableParallelism)(), files.length));
    if (threads === 1 || total < PARALLEL_MIN_BYTES) {
        const largest = sizes.reduce((most, size) => Math.max(most, size), 0);
        // A buffer as small as the files allows: one small file should not cost 8 MB.
        const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, largest + 1));
        files.forEach((file, index) => (scanned[index] = scanFile(file, chunk, format)));
    }
    else {
        await scanInParallel(files, sizes, threads, scanned, format, options.workerUrl);
    }
    // Threads started ahead and not needed (few files, or few bytes) are ended.
    await (0,reader_threads/* stopReaderThreads */.BT)();
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
        return (0,external_node_fs_.statSync)(file).size;
    }
    catch {
        return 0; // Reading it says what is wrong.
    }
}
/**
 * Shares the files out among the main thread and `threads - 1` workers, largest files first. Each
 * batch holds about a quarter of what is left per thread (`nextBatch`), so batches shrink as the
 * work runs out and no thread is left with much to do when the others are done; each worker keeps
 * two batches in hand, and the main thread hands out the next one as soon as one is answered.
 */
async function scanInParallel(files, sizes, threads, scanned, format, workerUrl) {
    const order = sizes.map((_, index) => index).sort((a, b) => sizes[b] - sizes[a]);
    let next = 0;
    let left = sizes.reduce((sum, size) => sum + size, 0);
    const take = () => {
        if (next === order.length)
            return undefined;
        const batch = nextBatch(order, sizes, next, left, threads);
        next += batch.length;
        for (const index of batch)
            left -= sizes[index];
        return batch;
    };
    const store = (batch, results) => batch.forEach((index, k) => (scanned[index] = results[k]));
    const workers = [];
    for (const worker of (0,reader_threads/* readerThreads */.pF)(threads - 1, workerUrl)) {
        workers.push(new Promise((resolve) => {
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
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
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
 * The next batch: the files of `order` from `from` on, up to about a quarter of the bytes `left`
 * per thread (at least `MIN_BATCH_BYTES`, and at least one file).
 */
function nextBatch(order, sizes, from, left, threads) {
    const target = Math.max(MIN_BATCH_BYTES, left / (threads * 4));
    const batch = [];
    let bytes = 0;
    for (let k = from; k < order.length && (batch.length === 0 || bytes < target); k++) {
        batch.push(order[k]);
        bytes += sizes[order[k]];
    }
    return batch;
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
        real = external_node_fs_.realpathSync.native(absolute);
    }
    catch (error) {
        const missing = error.code === 'ENOENT';
        return { ok: false, path: given, reason: missing ? 'does not exist' : describeFsError(error) };
    }
    const roots = [
        [external_node_fs_.realpathSync.native(workspace), (file) => workspacePath(external_node_fs_.realpathSync.native(workspace), file)],
    ];
    if (runnerTemp) {
        try {
            const temp = external_node_fs_.realpathSync.native(runnerTemp);
            roots.push([temp, (file) => `$RUNNER_TEMP/${workspacePath(temp, file)}`]);
        }
        catch {
            // No such folder: nothing may be read there.
        }
    }
    const root = roots.find(([folder]) => isInside(folder, real));
    if (root === undefined)
        throw new Error(`The execution-file '${given}' is outside the workspace and RUNNER_TEMP; only an execution file there is read.`);
    return { file: real, shown: root[1](real) };
}
function isInside(parent, child) {
    const relative = external_node_path_default().relative(parent, child);
    return relative !== '' && !relative.startsWith('..') && !external_node_path_default().isAbsolute(relative);
}

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 7 modules
var esm = __webpack_require__(3581);
;// CONCATENATED MODULE: ./src/find.ts







/**
 * Resolves the glob patterns against the workspace. Patterns that point outside the workspace are
 * an error; symbolic links are refused unless followed, and followed ones must stay inside it.
 */
async function findLogFiles(patterns, options) {
    const workspace = external_node_path_default().resolve(options.workspace);
    const realWorkspace = external_node_fs_.realpathSync.native(workspace);
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
                matches.push(entry);
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
            info = (0,external_node_fs_.statSync)(entry.path);
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
            info = (0,external_node_fs_.lstatSync)(root);
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
        const entries = (0,external_node_fs_.readdirSync)(folder.path, { withFileTypes: true });
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
    return (0,external_node_fs_.readdirSync)(folder.path, { withFileTypes: true, encoding: 'buffer' }).map((dirent) => {
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
        ? external_node_fs_.realpathSync.native(file)
        : textOf(external_node_fs_.realpathSync.native(file, { encoding: 'buffer' }));
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
        matcher: new esm/* Minimatch */.VR(anchored.slice(negated ? 1 : 0), MATCH_OPTIONS),
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
function check({ path: file, text }, workspace, realWorkspace, followSymbolicLinks) {
    const gone = { target: null, direct: true };
    let target;
    try {
        let info = (0,external_node_fs_.lstatSync)(file);
        if (info.isSymbolicLink()) {
            if (!followSymbolicLinks)
                return {
                    refused: 'is a symbolic link, not read (set follow-symbolic-links: true to read links)',
                };
            info = (0,external_node_fs_.statSync)(file);
        }
        if (info.isDirectory())
            return LOG_NAME.test(text) ? { refused: 'is a directory, not a file' } : SKIP;
        // A named pipe would block the run until something writes to it.
        if (!info.isFile())
            return { refused: describeNotRegular(info) };
        target = realText(file);
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

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(4377);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/errors.js
var errors = __webpack_require__(7428);
;// CONCATENATED MODULE: ./src/pricing-file.ts






/** US dollars per million tokens: a finite number, zero or more. */
const dollars = schemas/* number */.aig().finite().nonnegative();
const day = iso/* date */.p6({ message: 'expected a date written YYYY-MM-DD' });
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

// EXTERNAL MODULE: ./src/redact.ts
var src_redact = __webpack_require__(6670);
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
        : (await Promise.all(/* import() */[__webpack_require__.e(856), __webpack_require__.e(282)]).then(__webpack_require__.bind(__webpack_require__, 8282))).compileRedactPatterns(options.redactPatterns);
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

// EXTERNAL MODULE: ./src/publish/http.ts
var http = __webpack_require__(2211);
;// CONCATENATED MODULE: ./src/publish/pushgateway.ts
/**
 * Pushes the metrics to a Pushgateway, under one job: `PUT` replaces the job's whole group, so a
 * tool that left the top of the list leaves no stale series behind. A Pushgateway that stays down
 * is a warning, never a failure: the report is already written.
 */

/**
 * The URL of a job's group: the job name base64url-encoded (`job@base64`), so that any name,
 * slashes included, is one path segment. Pure.
 */
function groupUrl(base, job) {
    const url = new URL(base);
    const encoded = Buffer.from(job, 'utf8').toString('base64url');
    url.pathname = `${url.pathname.replace(/\/+$/, '')}/metrics/job@base64/${encoded}`;
    url.search = '';
    url.hash = '';
    return url;
}
/** The default job name: the repository (`owner/name`), or the action's name outside GitHub. */
function defaultJob(repository) {
    return repository ?? 'claude-session-report';
}
/** Pushes the text exposition under the job, replacing what the job pushed before. */
async function pushMetrics(base, job, metrics, policy, clock) {
    return (0,http/* send */.tN)({
        url: groupUrl(base, job),
        method: 'PUT',
        headers: { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' },
        body: metrics,
    }, policy, clock);
}

// EXTERNAL MODULE: ./src/publish/webhooks.ts
var webhooks = __webpack_require__(3889);
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

// EXTERNAL MODULE: ./src/truncate.ts
var truncate = __webpack_require__(6689);
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
        return (0,truncate/* truncate */.x)(redact(source), ROW_TEXT_MAX);
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
const interactions_CHUNK_BYTES = 1024 * 1024;
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
    const fd = (0,external_node_fs_.openSync)(file, READ_FLAGS);
    try {
        const info = (0,external_node_fs_.fstatSync)(fd);
        if (!info.isFile())
            throw new FileProblem(describeNotRegular(info));
        yield* use(fd);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function* recorderRows(file, identity, how) {
    const { names, text, report, limit } = how;
    yield* withFile(file, function* (fd) {
        const splitter = new RecorderItemSplitter(limit);
        const chunk = Buffer.allocUnsafe(interactions_CHUNK_BYTES);
        let unparsed = 0;
        for (let read = (0,external_node_fs_.readSync)(fd, chunk); read > 0; read = (0,external_node_fs_.readSync)(fd, chunk)) {
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
        const chunk = Buffer.allocUnsafe(interactions_CHUNK_BYTES);
        for (let read = (0,external_node_fs_.readSync)(fd, chunk); read > 0; read = (0,external_node_fs_.readSync)(fd, chunk)) {
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
        const size = (0,external_node_fs_.fstatSync)(fd).size;
        if (size > EXECUTION_FILE_LIMIT_BYTES)
            throw new FileProblem(`is over ${mebibytes(EXECUTION_FILE_LIMIT_BYTES)} now`);
        const whole = Buffer.allocUnsafe(size);
        const read = (0,external_node_fs_.readSync)(fd, whole, 0, size, 0);
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

;// CONCATENATED MODULE: ./src/publish/interactions-file.ts

/** Characters gathered before a piece is written. */
const PIECE_CHARS = 64 * 1024;
/** The rows as NDJSON, in pieces of about `PIECE_CHARS`; counts them into `tally`. */
async function* ndjson(rows, tally = { rows: 0 }) {
    let piece = '';
    for await (const row of rows) {
        // JSON.stringify escapes line breaks and lone surrogates: each row stays one line of UTF-8.
        piece += `${JSON.stringify(row)}\n`;
        tally.rows++;
        if (piece.length >= PIECE_CHARS) {
            yield piece;
            piece = '';
        }
    }
    if (piece !== '')
        yield piece;
}
/**
 * Writes the rows to a file inside the workspace, under a temporary name renamed into place (as
 * every file the action writes). Never throws: what went wrong is the outcome's reason.
 */
async function writeInteractionsFile(workspace, file, rows) {
    const tally = { rows: 0 };
    const written = await (0,files/* writeWorkspaceFile */.dx)(workspace, file, ndjson(rows, tally));
    return { ...written, rows: tally.rows };
}

// EXTERNAL MODULE: ./src/render/format.ts
var format = __webpack_require__(1509);
// EXTERNAL MODULE: ./src/render/report.ts
var report = __webpack_require__(6076);
// EXTERNAL MODULE: ./src/runner.ts
var src_runner = __webpack_require__(4813);
;// CONCATENATED MODULE: ./src/main.ts




















/**
 * The action: inputs → find → read → analyse → render → publish. The one place that wires the
 * stages and turns an error into a failed step.
 */
async function run() {
    try {
        // Masked before anything else is done, so that no message can show them.
        for (const name of src_inputs/* SECRET_INPUTS */.pH) {
            const value = core/* getInput */.V4(name).trim();
            if (value !== '')
                core/* setSecret */.Pq(value);
            // A message may name the password alone (a server's error, say).
            if (name === src_inputs/* Input */.pd.postgresUrl)
                for (const password of (0,postgres_url/* connectionSecrets */.K)(value))
                    core/* setSecret */.Pq(password);
        }
        const inputs = (0,src_inputs/* parseInputs */.TL)((name) => core/* getInput */.V4(name));
        await main_report(inputs);
    }
    catch (error) {
        core/* setFailed */.C1(error instanceof Error ? error.message : String(error));
    }
}
/**
 * What the step says when the logs cost more than `cost-warning-usd`, or null when they do not
 * (or hold no usage, or no threshold is set). The cost is every matched log's, as `cost-usd`'s.
 */
function costWarningMessage(analysis, thresholdUsd) {
    const cost = analysis.usage?.costUsd;
    if (thresholdUsd === null || cost === undefined || !(cost > thresholdUsd))
        return null;
    return `The session logs cost ${(0,format/* usd */.dR)(cost)}, more than the ${(0,format/* usd */.dR)(thresholdUsd)} set in '${src_inputs/* Input */.pd.costWarningUsd}'.`;
}
/**
 * Names the patterns that matched nothing and whether they are the default ones: the default
 * suits one layout of logs only, and a runner passes it as if it were given, so it is told apart
 * by its value.
 */
function noFilesMessage(patterns) {
    const given = patterns.map(log_text/* quoted */.T).join(', ');
    return patterns.join('\n') === src_inputs/* DEFAULTS */.zY.path
        ? `No files were found with the default path: ${given}. Set the '${src_inputs/* Input */.pd.path}' input to where the session logs are.`
        : `No files were found with the path given in the '${src_inputs/* Input */.pd.path}' input: ${given}.`;
}
async function main_report(inputs) {
    const runner = (0,src_runner/* runnerContext */.cE)();
    // A bad redaction pattern, a bad price table or a pattern outside the workspace fails the step
    // here, before anything is read or published.
    const { found, outcomes, analysis, prices, redact } = await readAndAnalyse({
        ...inputs,
        workspace: runner.workspace,
        runnerTemp: process.env.RUNNER_TEMP,
    });
    if (outcomes.length === 0) {
        const message = noFilesMessage(inputs.patterns);
        if (inputs.ifNoFilesFound === 'error')
            throw new Error(message);
        if (inputs.ifNoFilesFound === 'warn')
            core/* warning */.$e(message);
        else
            core/* info */.pq(message);
    }
    const { totals } = analysis;
    core/* info */.pq(`Read ${totals.files} of ${outcomes.length} matched files: ${totals.sessions} sessions, ` +
        `${totals.interactions} interactions, ${totals.toolCalls} tool calls.`);
    annotate(fileWarnings(analysis));
    let reportFile = '';
    if (inputs.reportFile !== '') {
        const meta = { title: inputs.title, commit: runner.sha, patterns: inputs.patterns };
        const json = `${JSON.stringify((0,report_json/* toJsonReport */.Ow)(analysis, meta), null, 2)}\n`;
        const written = await (0,files/* writeWorkspaceFile */.dx)(runner.workspace, inputs.reportFile, json);
        if (written.ok) {
            reportFile = written.path;
            core/* info */.pq(`Wrote the JSON report to ${(0,log_text/* quoted */.T)(reportFile)}.`);
        }
        else {
            core/* warning */.$e(`The JSON report was not written to ${(0,log_text/* quoted */.T)(inputs.reportFile)} (input '${src_inputs/* Input */.pd.reportFile}'): ${written.reason}.`, { title: 'JSON report not written' });
        }
    }
    const nothingFound = outcomes.length === 0;
    const context = {
        title: inputs.title,
        patterns: inputs.patterns,
        fileUrl: (0,src_runner/* fileUrlAtCommit */.c5)(runner),
        // Named by its path in the workspace, as written however the input spelt it.
        ...(reportFile !== '' && {
            reportFile: external_node_path_default().relative(runner.workspace, reportFile).split((external_node_path_default()).sep).join('/'),
        }),
        ...(inputs.costWarningUsd !== null && { costWarningUsd: inputs.costWarningUsd }),
    };
    const summaryWritten = inputs.jobSummary && !(nothingFound && inputs.ifNoFilesFound === 'ignore');
    if (summaryWritten) {
        const markdown = (0,report/* renderReport */.B1)(analysis, context);
        await core/* summary */.z.addRaw(markdown).write();
    }
    setOutputs(outputValues(analysis, reportFile));
    let reported = analysis;
    if (inputs.comment.enabled) {
        // Imported here so that a run without a comment never loads the GitHub API client.
        const { publishComment } = await Promise.all(/* import() */[__webpack_require__.e(239), __webpack_require__.e(9)]).then(__webpack_require__.bind(__webpack_require__, 8009));
        // The comment links the run's page for what it leaves out, when the full report is there.
        const commentContext = {
            ...context,
            fullReportUrl: summaryWritten ? (0,src_runner/* runUrl */.Vp)(runner) : undefined,
        };
        const comment = await publishComment({
            inputs: inputs.comment,
            outcomes,
            analysis,
            summarise: (some) => analyse(some, prices),
            context: commentContext,
        });
        setOutputs(comment.outputs);
        // The sessions of a pull request's comment are the ones the run reports on.
        if (comment.shown !== null)
            reported = comment.shown;
    }
    await publishMetrics(inputs.metrics, analysis, runner);
    const rows = rowReader(() => rowSources(runner.workspace, found, outcomes, inputs.executionFile, process.env.RUNNER_TEMP), redact);
    await publishInteractions(inputs.interactionsFile, runner.workspace, rows);
    const sqliteFailure = await publishSqlite(inputs.sqliteFile, runner.workspace, {
        analysis,
        outcomes,
        rows,
    });
    const postgresFailure = await publishPostgres(inputs.database, {
        analysis,
        outcomes,
        repository: runner.repository,
        rows,
    });
    const webhookFailure = await publishWebhook(inputs.webhook, reported, {
        title: inputs.title,
        runUrl: summaryWritten ? (0,src_runner/* runUrl */.Vp)(runner) : undefined,
    });
    const overCost = costWarningMessage(analysis, inputs.costWarningUsd);
    if (overCost !== null) {
        if (inputs.failOnCostWarning)
            throw new Error(`${overCost} The step fails because '${src_inputs/* Input */.pd.failOnCostWarning}' is true.`);
        core/* warning */.$e(overCost, { title: 'Cost above the warning' });
    }
    if (inputs.failOnParseError && totals.unreadableFiles > 0) {
        throw new Error(`${totals.unreadableFiles} session log file(s) could not be read (${src_inputs/* Input */.pd.failOnParseError} is true); see the warnings above.`);
    }
    if (webhookFailure !== null && inputs.webhook.failOnError)
        throw new Error(`${webhookFailure} (${src_inputs/* Input */.pd.failOnWebhookError} is true).`);
    const databaseFailure = sqliteFailure ?? postgresFailure;
    if (databaseFailure !== null && inputs.database.failOnError)
        throw new Error(`${databaseFailure} (${src_inputs/* Input */.pd.failOnDatabaseError} is true).`);
}
/**
 * Writes every session to PostgreSQL, when asked for. Returns why it was not written (already a
 * warning), or null.
 */
async function publishPostgres(inputs, source) {
    if (inputs.postgresUrl === null)
        return null;
    // Imported here so that a run without a database never loads the client.
    const { databaseRecords } = await __webpack_require__.e(/* import() */ 758).then(__webpack_require__.bind(__webpack_require__, 7758));
    const { writeToPostgres } = await Promise.all(/* import() */[__webpack_require__.e(628), __webpack_require__.e(19)]).then(__webpack_require__.bind(__webpack_require__, 7019));
    const records = databaseRecords(source.analysis, source.outcomes, source.repository);
    if (records.skipped.length > 0)
        core/* warning */.$e(`${records.skipped.length} session(s) not written to PostgreSQL: ${records.skipped.join('; ')}.`, { title: 'Sessions not written to PostgreSQL' });
    const written = await writeToPostgres(inputs.postgresUrl, records, source.rows());
    if (written.ok) {
        const { sessions, models } = written;
        const migrations = written.migrations.length === 0 ? '' : `; migrations ${written.migrations.join(', ')} applied`;
        core/* info */.pq(`Wrote the sessions to PostgreSQL (${(0,postgres_url/* describeTarget */.f)(written.target)}): ` +
            `${sessions.inserted} new, ${sessions.updated} updated, ${sessions.unchanged} unchanged; ` +
            `tokens by model: ${models.inserted} new, ${models.updated} updated, ${models.unchanged} unchanged, ` +
            `${models.deleted} deleted${migrations}.`);
        return null;
    }
    const where = written.target === null ? '' : `, ${(0,postgres_url/* describeTarget */.f)(written.target)}`;
    const message = `The sessions were not written to PostgreSQL (input '${src_inputs/* Input */.pd.postgresUrl}'${where}): ${written.reason}`;
    core/* warning */.$e(`${message}.`, { title: 'Database not written' });
    return message;
}
/**
 * Posts the sessions reported to the webhook, when asked for. Returns why it was not delivered
 * (already a warning), or null.
 */
async function publishWebhook(inputs, analysis, context) {
    if (inputs.url === null)
        return null;
    const payloads = (0,webhooks/* webhookPayloads */.D3)(analysis, inputs.format, context);
    if (payloads.length === 0) {
        core/* info */.pq('No session to post to the webhook.');
        return null;
    }
    const delivery = await (0,webhooks/* deliverWebhooks */.ag)(inputs.url, payloads);
    if (delivery.failed === null) {
        core/* info */.pq(`Posted ${delivery.sent} ${inputs.format} payload(s) to the webhook.`);
        return null;
    }
    const message = `The webhook (input '${src_inputs/* Input */.pd.webhookUrl}') was not delivered: ${delivery.failed.reason}; ` +
        `${delivery.sent} of ${payloads.length} payload(s) were sent`;
    core/* warning */.$e(`${message}.`, { title: 'Webhook not delivered' });
    return message;
}
/** The metrics file and the push to a Pushgateway, when asked for; either failing is a warning. */
async function publishMetrics(inputs, analysis, runner) {
    if (inputs.file === '' && inputs.pushgatewayUrl === null)
        return;
    const metrics = renderMetrics(analysis, Date.now());
    if (inputs.file !== '') {
        const written = await (0,files/* writeWorkspaceFile */.dx)(runner.workspace, inputs.file, metrics);
        if (written.ok)
            core/* info */.pq(`Wrote the metrics to ${(0,log_text/* quoted */.T)(written.path)}.`);
        else
            core/* warning */.$e(`The metrics were not written to ${(0,log_text/* quoted */.T)(inputs.file)} (input '${src_inputs/* Input */.pd.metricsFile}'): ${written.reason}.`, { title: 'Metrics file not written' });
    }
    if (inputs.pushgatewayUrl !== null) {
        const job = inputs.job === '' ? defaultJob(runner.repository) : inputs.job;
        const pushed = await pushMetrics(inputs.pushgatewayUrl, job, metrics);
        if (pushed.ok)
            core/* info */.pq(`Pushed the metrics to the Pushgateway under job ${(0,log_text/* quoted */.T)(job)}.`);
        else
            core/* warning */.$e(`The metrics were not pushed to the Pushgateway (input '${src_inputs/* Input */.pd.pushgatewayUrl}') under job ${(0,log_text/* quoted */.T)(job)}: ${pushed.reason}.`, { title: 'Metrics not pushed' });
    }
}
function rowReader(sources, redact) {
    const warned = new Set();
    return (incomplete) => interactionRows(sources(), {
        redact,
        onSkipped: (file, reason) => {
            incomplete?.add(file);
            const message = `${(0,log_text/* quoted */.T)(file)} ${reason}.`;
            if (warned.has(message))
                return;
            warned.add(message);
            core/* warning */.$e(message, { title: 'Interactions not all exported' });
        },
    });
}
/** The NDJSON file of every interaction, when asked for; failing to write it is a warning. */
async function publishInteractions(file, workspace, rows) {
    if (file === '')
        return;
    const written = await writeInteractionsFile(workspace, file, rows());
    if (written.ok)
        core/* info */.pq(`Wrote ${written.rows} interactions to ${(0,log_text/* quoted */.T)(written.path)}.`);
    else
        core/* warning */.$e(`The interactions were not written to ${(0,log_text/* quoted */.T)(file)} (input '${src_inputs/* Input */.pd.interactionsFile}'): ${written.reason}.`, { title: 'Interactions file not written' });
}
/**
 * The SQLite database, when asked for. Returns why it was not updated (already a warning), or
 * null.
 */
async function publishSqlite(file, workspace, run) {
    if (file === '')
        return null;
    // Imported here so that a run without a database never loads node:sqlite.
    const { sessionRecords, writeSqlite } = await __webpack_require__.e(/* import() */ 934).then(__webpack_require__.bind(__webpack_require__, 3934));
    const incompleteFiles = new Set();
    const written = await writeSqlite(workspace, file, {
        sessions: sessionRecords(run.analysis, run.outcomes),
        rows: run.rows(incompleteFiles),
        incompleteFiles,
    });
    if (written.ok) {
        core/* info */.pq(`Updated the SQLite database ${(0,log_text/* quoted */.T)(written.path)}: ${written.sessionsAdded} sessions added, ` +
            `${written.sessionsUpdated} updated; ${written.interactionsAdded} interactions added, ` +
            `${written.interactionsUpdated} updated, ${written.interactionsRemoved} removed.`);
        return null;
    }
    const message = `The SQLite database ${(0,log_text/* quoted */.T)(file)} (input '${src_inputs/* Input */.pd.sqliteFile}') was not updated: ${written.reason}`;
    core/* warning */.$e(`${message}.`, { title: 'SQLite database not updated' });
    return message;
}


/***/ }),

/***/ 4309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 7791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HU: () => (/* binding */ workspaceTarget),
/* harmony export */   dx: () => (/* binding */ writeWorkspaceFile),
/* harmony export */   wX: () => (/* binding */ workspacePathProblem)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _log_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3529);
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
    if (node_path__WEBPACK_IMPORTED_MODULE_2___default().parse(file).root !== '')
        return 'expected a path relative to the workspace, not an absolute one';
    const normal = node_path__WEBPACK_IMPORTED_MODULE_2___default().normalize(file);
    if (normal === '..' || normal.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)}`))
        return "expected a path inside the workspace, with no '..' that leaves it";
    if (normal === '.' || normal.endsWith((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)))
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
    const temporary = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(final), `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(final)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(6).toString('hex')}.tmp`);
    try {
        // `wx` creates a new file and never opens one that is there, a link least of all.
        if (typeof content === 'string' || content instanceof Uint8Array)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(temporary, content, { flag: 'wx' });
        else {
            const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(temporary, 'wx');
            try {
                for await (const piece of content)
                    await handle.write(piece);
            }
            finally {
                await handle.close();
            }
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(temporary, final);
        return { ok: true, path: node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workspace, file) };
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(temporary, { force: true });
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
    const target = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workspace, file);
    try {
        const folder = await realFolder(workspace, node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target));
        if (typeof folder !== 'string')
            return { ok: false, reason: folder.refused };
        const final = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(folder, node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(target));
        const existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(final).catch(ifMissing(null));
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
    const realWorkspace = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(workspace);
    const missing = [];
    let existing = folder;
    while ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(existing).catch(ifMissing(null))) === null &&
        existing !== node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(existing)) {
        missing.unshift(node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(existing));
        existing = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(existing);
    }
    const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(existing).catch(ifMissing(null));
    if (real === null)
        return { refused: `${shown(workspace, existing)} is a symbolic link to nothing` };
    if (!isInside(realWorkspace, real))
        return { refused: `${shown(workspace, existing)} leads outside the workspace` };
    if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(real)).isDirectory())
        return { refused: `${shown(workspace, existing)} is a file, not a folder` };
    const made = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(real, ...missing);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(made, { recursive: true });
    return made;
}
function isInside(folder, candidate) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(folder, candidate);
    return (relative === '' ||
        (relative !== '..' && !relative.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)}`) && !node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(relative)));
}
/** A folder as the user named it: relative to the workspace. */
function shown(workspace, folder) {
    return `the folder ${(0,_log_text_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .T)(node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(workspace, folder))}`;
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


/***/ }),

/***/ 2211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   tN: () => (/* binding */ send)
/* harmony export */ });
/* unused harmony exports DEFAULT_RETRY, retryAfterMs */
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
async function send(request, policy = DEFAULT_RETRY, clock = REAL_CLOCK) {
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


/***/ }),

/***/ 9384:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ connectionSecrets),
/* harmony export */   f: () => (/* binding */ describeTarget)
/* harmony export */ });
/* harmony import */ var _log_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3529);
/**
 * What may be said of a PostgreSQL connection URL, and what must be hidden: its host, port and
 * database name go into messages, its password never. Loaded on every run to mask the password,
 * without loading the client.
 */

/** `host 127.0.0.1, port 5432, database "reports"`: what a message may say of the target. */
function describeTarget(target) {
    const host = /^[\w.:/[\]-]+$/.test(target.host) ? target.host : (0,_log_text_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .T)(target.host);
    return `host ${host}, port ${target.port}, database ${(0,_log_text_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .T)(target.database)}`;
}
/**
 * The passwords a connection URL holds, in its user part or as a `password` parameter, as written
 * and as decoded: each is masked in the log and hidden from messages. Read from the text alone
 * (the client's parser would read the certificate files the URL names).
 */
function connectionSecrets(url) {
    const found = [];
    const userInfo = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)@/i.exec(url)?.[1];
    const colon = userInfo?.indexOf(':') ?? -1;
    if (userInfo !== undefined && colon !== -1)
        found.push(userInfo.slice(colon + 1));
    const query = url.indexOf('?');
    if (query !== -1)
        found.push(...new URLSearchParams(url.slice(query + 1)).getAll('password'));
    const secrets = new Set();
    for (const secret of found) {
        secrets.add(secret);
        secrets.add(decoded(secret));
    }
    secrets.delete('');
    return [...secrets];
}
function decoded(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}


/***/ }),

/***/ 3889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D3: () => (/* binding */ webhookPayloads),
/* harmony export */   ag: () => (/* binding */ deliverWebhooks),
/* harmony export */   hK: () => (/* binding */ WEBHOOK_FORMATS)
/* harmony export */ });
/* unused harmony exports SLACK_LIMITS, DISCORD_CONTENT_LIMIT, sessionComplete, slackEscape, discordEscape */
/* harmony import */ var _report_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5844);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4980);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2211);



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
            tokens: (0,_usage_js__WEBPACK_IMPORTED_MODULE_0__/* .exportTokens */ .p6)(usage.tokens),
            cost_usd: usage.unpricedModels.length > 0 ? null : (0,_report_json_js__WEBPACK_IMPORTED_MODULE_2__/* .roundUsd */ .tE)(usage.costUsd, 4),
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
            ? [`$${(0,_report_json_js__WEBPACK_IMPORTED_MODULE_2__/* .roundUsd */ .tE)(session.usage.costUsd, 2).toFixed(2)}`]
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
        ...(usage !== null ? [`$${(0,_report_json_js__WEBPACK_IMPORTED_MODULE_2__/* .roundUsd */ .tE)(usage.costUsd, 2).toFixed(2)}`] : []),
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
        const outcome = await (0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .send */ .tN)({
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


/***/ }),

/***/ 6670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J2: () => (/* binding */ redactOutcomes),
/* harmony export */   XF: () => (/* binding */ REDACTED),
/* harmony export */   lY: () => (/* binding */ createRedactor)
/* harmony export */ });
/* unused harmony export namesSecret */
/* harmony import */ var _invisible_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6288);

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

/***/ 1509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KN: () => (/* binding */ percent),
/* harmony export */   KQ: () => (/* binding */ dateTime),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   Ln: () => (/* binding */ span),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   U9: () => (/* binding */ count),
/* harmony export */   dR: () => (/* binding */ usd),
/* harmony export */   ee: () => (/* binding */ bytes),
/* harmony export */   jr: () => (/* binding */ startedFor),
/* harmony export */   jt: () => (/* binding */ tokenCount),
/* harmony export */   p0: () => (/* binding */ duration)
/* harmony export */ });
/** Number, date and duration formats shared by every renderer; fixed, so output never depends on the runner's locale. */
/** 12345 → "12,345". */
function count(value) {
    return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
/** "1 session", "2 sessions". */
function plural(value, one, many = `${one}s`) {
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


/***/ }),

/***/ 2495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   jD: () => (/* binding */ tableRow),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* harmony import */ var _invisible_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6288);
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
function text(value) {
    return escape(value, true);
}
/**
 * Log text in a monospace span, escaped the same way, except that hex runs stay whole: GitHub
 * links no commit inside code, and ids (session ids) stay easy to copy.
 */
function code(value) {
    return `<code>${escape(value, false)}</code>`;
}
function escape(value, breakHexRuns) {
    const line = value
        .replace(/[\s\u2028\u2029]+/gu, ' ')
        .replace(_invisible_js__WEBPACK_IMPORTED_MODULE_0__/* .INVISIBLE */ .k, '')
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
function link(label, url) {
    return url === undefined ? label : `[${label}](${url.replace(/[()\s<>]/g, percentEncode)})`;
}
/** `encodeURIComponent` leaves parentheses alone, and an unbalanced one would end the link. */
function percentEncode(char) {
    return char === '(' ? '%28' : char === ')' ? '%29' : encodeURIComponent(char);
}


/***/ }),

/***/ 6076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ renderReport),
/* harmony export */   Mm: () => (/* binding */ shortModel),
/* harmony export */   RP: () => (/* binding */ totalTokens),
/* harmony export */   YF: () => (/* binding */ costWarning),
/* harmony export */   z7: () => (/* binding */ when)
/* harmony export */ });
/* unused harmony export STEP_SUMMARY_LIMIT */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1509);
/* harmony import */ var _truncate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6689);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2495);



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
const TOOL_TABLE_HEAD = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['tool', 'calls', 'share', 'files'], [], ['left', 'right', 'right', 'right']);
const TOOL_TABLE_HEAD_WITH_ERRORS = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['tool', 'calls', 'errors', 'share', 'files'], [], ['left', 'right', 'right', 'right', 'right']);
const SESSION_TABLE_HEAD = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['session', 'when (UTC)', 'prompts', 'tool calls', 'tokens', 'cost'], [], ['left', 'left', 'right', 'right', 'right', 'right']);
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
const FILE_TABLE_HEAD = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['file', 'when (UTC)', 'interactions', 'tool calls', 'top tools'], [], ['left', 'left', 'right', 'right', 'left']);
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
        `## 🤖 ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(context.title)}`,
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
            : `\n\n> ⚠️ ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(unreadable.length, 'file')} could not be read:${count > 0 ? '\n>' : ''}`, (index) => `\n${unreadableLine(unreadable[index])}`),
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
    return (`⚠️ **Over the cost warning:** the session logs cost **${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .usd */ .dR)(usage.costUsd))}**, ` +
        `more than the ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .usd */ .dR)(thresholdUsd))} set in <code>cost-warning-usd</code>.`);
}
/** The answer in one line: cost and tokens first when the logs hold them, then the activity. */
function headline(totals, usage, transcripts) {
    if (totals.files === 0 && totals.unreadableFiles === 0)
        return 'No session logs matched.';
    if (totals.files === 0)
        return totals.unreadableFiles === 1
            ? '⚠️ **No session log could be read:** the one file that matched is listed below with the reason.'
            : `⚠️ **No session log could be read:** the ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(totals.unreadableFiles)} files that matched are listed below with the reasons.`;
    const parts = [];
    if (usage !== null && usage.models.length > 0) {
        const unpriced = usage.unpricedModels.length;
        parts.push(`**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .usd */ .dR)(usage.costUsd))}**${unpriced > 0 ? ` + ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(unpriced, 'unpriced model')}` : ''}`, `**${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .tokenCount */ .jt)(totalTokens(usage.tokens))} tokens**`);
    }
    const toolDetail = [
        (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(totals.distinctTools, 'tool'),
        ...(transcripts ? [(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(totals.toolErrors, 'error')] : []),
    ].join(', ');
    parts.push(`**${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(totals.files, 'file')}**`, `**${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(totals.sessions, 'session')}** on ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(totals.activeDays, 'day')}`, `**${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(totals.interactions, 'interaction')}**`, `**${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(totals.toolCalls, 'tool call')}** (${toolDetail})`);
    if (totals.subagents > 0)
        parts.push((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(totals.subagents, 'subagent'));
    if (totals.sessionTimeMs > 0)
        parts.push(`${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .duration */ .p0)(totals.sessionTimeMs)} of session time`);
    if (totals.unreadableFiles > 0)
        parts.push(`⚠️ ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(totals.unreadableFiles, 'file')} unreadable`);
    return parts.join(' · ');
}
/** Every kind of token (web searches are requests, not tokens). */
function totalTokens(tokens) {
    return tokens.input + tokens.output + tokens.cacheWrite5m + tokens.cacheWrite1h + tokens.cacheRead;
}
function kindTable(totals, transcripts) {
    const kinds = transcripts ? TRANSCRIPT_KINDS : HEADER_KINDS;
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['', ...kinds.map(([, , many]) => many), 'total'], [
        [
            '**interactions**',
            ...kinds.map(([kind]) => (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(totals.kinds[kind])),
            `**${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(totals.interactions)}**`,
        ],
    ], ['left', ...kinds.map(() => 'right'), 'right']);
}
function activity(totals) {
    if (totals.firstActivity === null || totals.lastActivity === null)
        return '';
    const busiest = totals.busiestDay;
    const busiestText = busiest && totals.activeDays > 1
        ? `; busiest day ${busiest.day} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(busiest.interactions, 'interaction')})`
        : '';
    return `Activity ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .span */ .Ln)(totals.firstActivity, totals.lastActivity)} UTC${busiestText}.`;
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
        : `the prices${dated} in ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)((0,_truncate_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .x)(pricing.source, PATTERN_MAX))}`;
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
            .map((model) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)((0,_truncate_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .x)(model, MODEL_NAME_MAX)));
        const more = usage.unpricedModels.length - names.length;
        if (more > 0)
            names.push((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(more, 'more model'));
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
        (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(responses),
        (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(tokens.input),
        (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(tokens.output),
        ...(split
            ? [(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(tokens.cacheWrite5m), (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(tokens.cacheWrite1h)]
            : [(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(tokens.cacheWrite5m + tokens.cacheWrite1h)]),
        (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(tokens.cacheRead),
        ...(searches ? [(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(tokens.webSearches)] : []),
        cost,
    ];
    const shown = usage.models.length > max + 1 ? usage.models.slice(0, max) : usage.models;
    const rows = shown.map((model) => cells((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)((0,_truncate_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .x)(model.model, MODEL_NAME_MAX)), model.responses, model.tokens, model.costUsd === null ? 'unpriced' : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .usd */ .dR)(model.costUsd))));
    const rest = usage.models.slice(shown.length);
    if (rest.length > 0) {
        const restUsage = sumModels(rest);
        rows.push(cells(`${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(rest.length, 'more model')}`, restUsage.responses, restUsage.tokens, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .usd */ .dR)(restUsage.costUsd))));
    }
    if (usage.models.length > 1) {
        const responses = usage.models.reduce((sum, model) => sum + model.responses, 0);
        rows.push(cells('**total**', responses, usage.tokens, `**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .usd */ .dR)(usage.costUsd))}**`).map((cell, index) => (index === 0 || index === header.length - 1 ? cell : `**${cell}**`)));
    }
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(header, rows, ['left', ...header.slice(1).map(() => 'right')]);
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
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableRow */ .jD)([
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)((0,_truncate_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .x)(usage.tool, TOOL_NAME_MAX)),
        (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(usage.calls),
        ...(withErrors ? [(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(usage.errors)] : []),
        (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .percent */ .KN)(usage.share),
        (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(usage.files),
    ]);
}
function sessionRow(session, context) {
    const main = session.paths[0];
    const label = [
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .link */ .nf)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(session.sessionId.slice(0, 8)), main === undefined ? undefined : context.fileUrl?.(main)),
        ...(session.subagents > 0 ? [(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(session.subagents, 'subagent')] : []),
        ...(session.runError === true ? ['⚠️ ended in error'] : []),
    ].join(' · ');
    const { usage } = session;
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableRow */ .jD)([
        label,
        when(session),
        (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(session.prompts),
        session.toolErrors > 0
            ? (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(`${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(session.toolCalls)} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(session.toolErrors, 'error')})`)
            : (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(session.toolCalls),
        usage === null ? '—' : (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .tokenCount */ .jt)(totalTokens(usage.tokens))),
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
    return (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .startedFor */ .jr)((session.firstActivity ?? session.lastActivity), open ? 'not finalized' : session.durationMs);
}
/** `claude-opus-4-5-20251101` → `opus-4-5`: the full names are in the cost table. */
function shortModel(model) {
    return model.replace(/^claude-/, '').replace(/-\d{8}$/, '') || model;
}
function sessionCost(usage) {
    const unpriced = usage.unpricedModels.length;
    return `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .usd */ .dR)(usage.costUsd))}${unpriced > 0 ? ` + ${unpriced} unpriced` : ''}`;
}
function sessionDetails(session, files, context) {
    const own = session.paths.map((path) => files.get(path)).filter((file) => file !== undefined);
    const summaries = own.flatMap((file) => file.summaries);
    const problems = own.flatMap((file) => file.problems.map((problem) => own.length > 1 ? `${baseName(file.path)}: ${problem}` : problem));
    const models = session.usage?.models.length ?? 0;
    const heading = [
        FORMAT_NAMES[session.format],
        ...(models > 0 ? [(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(models, 'model')] : []),
        ...(session.subagents > 0 ? [(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(session.subagents, 'subagent')] : []),
        ...(summaries.length > 0
            ? [(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(summaries.length, 'assistant summary', 'assistant summaries')]
            : []),
        (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(session.tools.length, 'tool'),
        ...(problems.length > 0 ? [(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(problems.length, 'problem')] : []),
    ].join(', ');
    const facts = [
        `Session ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)((0,_truncate_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .x)(session.sessionId, SESSION_ID_MAX))}`,
        ...(session.versions.length > 0
            ? [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)((0,_truncate_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .x)(`Claude Code ${session.versions.join(', ')}`, PATTERN_MAX))]
            : []),
        ...(session.branches.length > 0 ? [branchList(session.branches)] : []),
        ...(session.activeMs !== null ? [`${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .duration */ .p0)(session.activeMs)} active`] : []),
        ...(session.compactions > 0 ? [(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(session.compactions, 'compaction')] : []),
        ...(session.apiErrors > 0 ? [(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(session.apiErrors, 'API error')] : []),
        ...(session.runError === true ? ['⚠️ the run ended in error'] : []),
    ];
    const body = [facts.join(' · ')];
    const shownPaths = session.paths.slice(0, PATHS_IN_DETAILS);
    const morePaths = session.paths.length - shownPaths.length;
    body.push(`${session.paths.length === 1 ? 'File' : 'Files'}: ${shownPaths
        .map((path) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .link */ .nf)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(baseName(path)), context.fileUrl?.(path)))
        .join(', ')}${morePaths > 0 ? ` +${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(morePaths, 'more file')}` : ''}`);
    if (summaries.length > 0)
        body.push(summaryList(summaries));
    if (session.usage !== null && session.usage.models.length > 0)
        body.push(modelTable(session.usage, MODELS_IN_TABLE));
    if (session.agents.length > 0)
        body.push(agentTable(session, context));
    if (session.tools.length > 0) {
        const shown = session.tools
            .slice(0, TOOLS_IN_DETAILS)
            .map(({ tool, calls, errors }) => `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)((0,_truncate_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .x)(tool, TOOL_NAME_MAX))} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(calls)}${errors > 0 ? ` (${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(errors, 'error')})` : ''}`);
        const rest = session.tools.length - shown.length;
        body.push(`Tools: ${shown.join(' · ')}${rest > 0 ? ` +${rest}` : ''}`);
    }
    if (problems.length > 0)
        body.push(problems.map((problem) => `- ⚠️ ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(problem)}`).join('\n'));
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .details */ .zH)(`${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(session.sessionId.slice(0, 8))} — ${heading}`, body.join('\n\n'));
}
function branchList(branches) {
    const shown = branches
        .slice(0, BRANCHES_IN_DETAILS)
        .map((branch) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)((0,_truncate_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .x)(branch, PATTERN_MAX)));
    const rest = branches.length - shown.length;
    return `${branches.length === 1 ? 'branch' : 'branches'} ${shown.join(', ')}${rest > 0 ? ` +${rest}` : ''}`;
}
function agentTable(session, context) {
    const shown = session.agents.slice(0, AGENTS_IN_DETAILS);
    const rows = shown.map((agent) => [
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .link */ .nf)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)((0,_truncate_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .x)(agent.agentId, SESSION_ID_MAX)), context.fileUrl?.(agent.path)),
        agent.type === null ? '—' : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)((0,_truncate_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .x)(agent.type, TOOL_NAME_MAX)),
        agent.description === null ? '—' : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)((0,_truncate_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .x)(agent.description, AGENT_TASK_MAX)),
        (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(agent.responses),
        (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(agent.toolCalls),
        (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .tokenCount */ .jt)(totalTokens(agent.usage.tokens)),
        sessionCost(agent.usage),
    ]);
    const rest = session.agents.length - shown.length;
    if (rest > 0)
        rows.push([(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(rest, 'more subagent'), '', '', '', '', '', '']);
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['subagent', 'type', 'task', 'responses', 'tool calls', 'tokens', 'cost'], rows, [
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
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableRow */ .jD)([
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .link */ .nf)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(baseName(file.path)), context.fileUrl?.(file.path)),
        file.start === null
            ? '—'
            : (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .startedFor */ .jr)(file.start, file.end === null ? 'not finalized' : file.durationMs),
        (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(file.interactions),
        (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(file.kinds.tool_call),
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
        .map(({ tool, calls }) => `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)((0,_truncate_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .x)(tool, TOOL_NAME_MAX))} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(calls)}`);
    const rest = file.tools.length - max;
    return rest > 0 ? `${top.join(separator)} +${rest}` : top.join(separator);
}
function fileDetails(file) {
    const heading = [
        (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(file.summaries.length, 'assistant summary', 'assistant summaries'),
        (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(file.tools.length, 'tool'),
        ...(file.problems.length > 0 ? [(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(file.problems.length, 'problem')] : []),
    ].join(', ');
    const body = [
        `Session ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)((0,_truncate_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .x)(file.sessionId, SESSION_ID_MAX))} · ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .bytes */ .ee)(file.bytes)} · ${HEADER_KINDS.map(([kind, one, many]) => (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(file.kinds[kind], one, many)).join(', ')}`,
    ];
    if (file.summaries.length > 0)
        body.push(summaryList(file.summaries));
    if (file.tools.length > 0)
        body.push(`Tools: ${toolCounts(file, TOOLS_IN_DETAILS, ' · ')}`);
    if (file.problems.length > 0)
        body.push(file.problems.map((problem) => `- ⚠️ ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(problem)}`).join('\n'));
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .details */ .zH)(`${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(baseName(file.path))} — ${heading}`, body.join('\n\n'));
}
/** The first assistant summaries, one per line, with their time of day. */
function summaryList(summaries) {
    const lines = summaries
        .slice(0, SUMMARIES_IN_DETAILS)
        .map((summary) => `- ${summary.timestamp ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .dateTime */ .KQ)(summary.timestamp).slice(11)} ` : ''}${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)((0,_truncate_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .x)(summary.text, SUMMARY_TEXT_MAX))}`);
    const rest = summaries.length - SUMMARIES_IN_DETAILS;
    if (rest > 0)
        lines.push(`- … and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(rest, 'later summary', 'later summaries')}`);
    return lines.join('\n');
}
function unreadableLine(file) {
    const where = file.position ? ` (line ${file.position.line}, column ${file.position.column})` : '';
    return `> - ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(file.path)}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(file.reason)}${where}`;
}
function omissions(analysis, rows, context, shown) {
    const left = [];
    const hiddenDetails = rows.length - shown.details;
    if (hiddenDetails > 0)
        left.push(`the details of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(hiddenDetails, rows.noun)}`);
    const hiddenRows = rows.length - shown.files;
    if (hiddenRows > 0)
        left.push(`the rows of the ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(hiddenRows, `oldest ${rows.noun}`)}`);
    const hiddenTools = analysis.tools.length - shown.tools;
    if (hiddenTools > 0)
        left.push((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(hiddenTools, 'less used tool'));
    const hiddenUnreadable = analysis.unreadable.length - shown.unreadable;
    if (hiddenUnreadable > 0)
        left.push(`${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(hiddenUnreadable, 'more unreadable file')} (each has a warning)`);
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
    const matched = (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(everyFile.files + everyFile.unreadableFiles, 'file');
    const shownPatterns = context.patterns
        .slice(0, PATTERNS_SHOWN)
        .map((pattern) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)((0,_truncate_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .x)(pattern, PATTERN_MAX)));
    const morePatterns = context.patterns.length - PATTERNS_SHOWN;
    if (morePatterns > 0)
        shownPatterns.push(`${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(morePatterns, 'more pattern')}`);
    const parts = [`${matched} matched ${shownPatterns.join(', ')}`];
    if (context.reportFile)
        parts.push(`JSON report: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)((0,_truncate_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .x)(context.reportFile, PATTERN_MAX))}`);
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


/***/ }),

/***/ 5844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ow: () => (/* binding */ toJsonReport),
/* harmony export */   kw: () => (/* binding */ usageTokens),
/* harmony export */   tE: () => (/* binding */ roundUsd)
/* harmony export */ });
/* unused harmony export REPORT_SCHEMA_VERSION */
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


/***/ }),

/***/ 4813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vp: () => (/* binding */ runUrl),
/* harmony export */   c5: () => (/* binding */ fileUrlAtCommit),
/* harmony export */   cE: () => (/* binding */ runnerContext)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

function runnerContext(env = process.env) {
    return {
        workspace: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(env.GITHUB_WORKSPACE || process.cwd()),
        serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
        repository: env.GITHUB_REPOSITORY || null,
        sha: env.GITHUB_SHA || null,
        runId: env.GITHUB_RUN_ID || null,
    };
}
/** Link to a workspace file at the run's commit, or undefined outside GitHub. */
function fileUrlAtCommit(context) {
    const { serverUrl, repository, sha } = context;
    if (repository === null || sha === null)
        return undefined;
    return (file) => `${serverUrl}/${repository}/blob/${sha}/${file.split('/').map(encodeURIComponent).join('/')}`;
}
/** Link to the run's page (where the step summary shows), or undefined outside GitHub. */
function runUrl(context) {
    const { serverUrl, repository, runId } = context;
    return repository === null || runId === null
        ? undefined
        : `${serverUrl}/${repository}/actions/runs/${runId}`;
}


/***/ }),

/***/ 6689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ truncate)
/* harmony export */ });
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


/***/ }),

/***/ 4980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ee: () => (/* binding */ UsageTally),
/* harmony export */   L0: () => (/* binding */ keepEachResponseOnce),
/* harmony export */   p6: () => (/* binding */ exportTokens)
/* harmony export */ });
/* unused harmony exports tokenTotal, summaryOf, addTokens */
/* harmony import */ var _pricing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4309);

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


/***/ })

};
