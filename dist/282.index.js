export const id = 282;
export const ids = [282];
export const modules = {

/***/ 8282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compileRedactPatterns: () => (/* binding */ compileRedactPatterns),
/* harmony export */   compileUserPattern: () => (/* binding */ compileUserPattern),
/* harmony export */   userRule: () => (/* binding */ userRule)
/* harmony export */ });
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2856);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8422);
/* harmony import */ var _log_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3529);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6670);
/**
 * The user's own secret patterns (`redact-patterns`), in RE2 syntax. A module of its own, loaded
 * only when the input is set: the RE2 engine is a quarter of a megabyte that most runs never need.
 */




/**
 * Compiles one of the user's `redact-patterns`. RE2 syntax: matching takes time linear in the
 * text, whatever the pattern, so a pattern cannot hang the step on a crafted log.
 * Throws an Error that says what is wrong with the pattern.
 */
function compileUserPattern(source) {
    let pattern;
    try {
        pattern = re2js__WEBPACK_IMPORTED_MODULE_2__/* .RE2JS */ .L3.compile(source);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`${(0,_log_text_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .T)(source)} is not a valid RE2 regular expression (${reason}); RE2 has no lookaround and no backreferences`);
    }
    if (matchesEmptyText(source))
        throw new Error(`${(0,_log_text_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .T)(source)} can match empty text, so it would insert ${_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .REDACTED */ .XF} where nothing is secret; a pattern must match at least one character`);
    return pattern;
}
/**
 * The characters on either side of a position, as an empty match there sees them. A match of
 * empty text reads no character, only RE2's empty-width assertions (`^` `$` `\A` `\z` `\b` `\B`,
 * and `^` `$` of `(?m)`), which ask whether the position is at the start or end of the text, after
 * or before a line break, and after or before an ASCII word character. These four cases on each
 * side give every answer those questions can have.
 */
const SIDES = ['', '\n', 'a', ' '];
/**
 * Whether a valid pattern can match empty text at some position of some text: it is tried,
 * enclosed so that it must match exactly nothing, between each pair of sides.
 */
function matchesEmptyText(source) {
    // A `\Q` left open quotes the rest of the pattern, and would quote what encloses it too.
    const closed = isValid(`${source}\\E`) ? `${source}\\E` : source;
    return SIDES.some((before) => SIDES.some((after) => re2js__WEBPACK_IMPORTED_MODULE_2__/* .RE2JS */ .L3.compile(`\\A${re2js__WEBPACK_IMPORTED_MODULE_2__/* .RE2JS */ .L3.quote(before)}(?:${closed})${re2js__WEBPACK_IMPORTED_MODULE_2__/* .RE2JS */ .L3.quote(after)}\\z`).matches(before + after)));
}
function isValid(source) {
    try {
        re2js__WEBPACK_IMPORTED_MODULE_2__/* .RE2JS */ .L3.compile(source);
        return true;
    }
    catch {
        return false;
    }
}
/** The redaction rule of a compiled pattern: each match replaced. */
function userRule(pattern) {
    return (text) => (pattern.test(text) ? pattern.matcher(text).replaceAll(() => _redact_js__WEBPACK_IMPORTED_MODULE_1__/* .REDACTED */ .XF) : text);
}
/**
 * Compiles every pattern of the input into a redaction rule. Throws one Error that names the
 * input, its value and each pattern that is wrong, as for any invalid input.
 */
function compileRedactPatterns(sources) {
    const problems = [];
    const rules = sources.map((source, index) => {
        try {
            return userRule(compileUserPattern(source));
        }
        catch (error) {
            problems.push(`pattern ${index + 1} ${error.message}`);
            return (text) => text;
        }
    });
    if (problems.length > 0)
        throw new Error(`Invalid input: input '${_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .Input */ .pd.redactPatterns}' is ${(0,_log_text_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .T)(sources.join('\n'))}: ${problems.join('; ')}`);
    return rules;
}


/***/ })

};
