export const id = 9;
export const ids = [9];
export const modules = {

/***/ 8009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishComment: () => (/* binding */ publishComment)
});

// UNUSED EXPORTS: PERMISSIONS_SNIPPET, WORKFLOW_TOKEN_LOGIN, commentTarget

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 16 modules
var core = __webpack_require__(8179);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./src/inputs.ts
var src_inputs = __webpack_require__(8422);
// EXTERNAL MODULE: ./src/log-text.ts
var log_text = __webpack_require__(3529);
// EXTERNAL MODULE: ./src/truncate.ts
var truncate = __webpack_require__(6689);
// EXTERNAL MODULE: ./src/render/format.ts
var format = __webpack_require__(1509);
// EXTERNAL MODULE: ./src/render/markdown.ts
var markdown = __webpack_require__(2495);
// EXTERNAL MODULE: ./src/render/report.ts
var report = __webpack_require__(6076);
;// CONCATENATED MODULE: ./src/render/comment.ts




/**
 * GitHub refuses a comment body over 65,536 characters. UTF-16 code units never number fewer than
 * characters, so counting them is safe however the API counts.
 */
const COMMENT_LIMIT = {
    max: 65_536,
    measure: (markdown) => markdown.length,
};
/** Rows of the compact table: enough for a pull request, few enough to read at a glance. */
const SESSIONS_IN_COMPACT = 10;
const UNREADABLE_IN_COMPACT = 3;
const MODELS_IN_HEADLINE = 2;
const LABEL_MAX = 60;
const PATH_MAX = 120;
const REASON_MAX = 200;
/** Room kept for the table's header, its "+N older sessions" row, and the blank lines around it. */
const TABLE_MARGIN = 400;
/**
 * The hidden first line by which the comment is found again. The tag is restricted at input to
 * characters that cannot end an HTML comment, and log text never reaches this line.
 */
function commentMarker(tag) {
    return `<!-- claude-session-report:${tag} -->`;
}
/**
 * The comment body: the marker, then the report in the chosen layout, the two together within
 * GitHub's limit. When the comment covers a pull request's logs and it has none, one line says
 * so: an earlier comment brought up to date no longer shows sessions that left. Pure.
 */
function renderComment(analysis, context, marker, layout = 'compact') {
    const { scope } = context;
    if (scope !== undefined && analysis.totals.files === 0 && analysis.totals.unreadableFiles === 0)
        return `${marker}\n${nothingInScope(context, scope)}\n`;
    const limit = { ...COMMENT_LIMIT, max: COMMENT_LIMIT.max - marker.length - 1 };
    return `${marker}\n${layout === 'compact' ? compactReport(analysis, context, limit.max) : (0,report/* renderReport */.B1)(analysis, context, limit)}`;
}
function nothingInScope(context, scope) {
    const warning = (0,report/* costWarning */.YF)(scope.overallUsage ?? null, context.costWarningUsd);
    const line = `🤖 **${(0,markdown/* text */.Qq)(context.title)}:** no session log was ${scope.label}.`;
    return warning === '' ? line : `${line} ${warning}`;
}
/**
 * The answer in three lines: a heading, one sentence of totals (cost and tokens when the logs hold
 * them), a table of at most five narrow columns, and a footer that links the full report. Every
 * part is bounded (rows, labels, paths), so the comment stays far within GitHub's limit.
 */
function compactReport(analysis, context, maxLength) {
    const { scope } = context;
    const heading = `### 🤖 ${(0,markdown/* text */.Qq)(context.title)}${scope === undefined ? '' : ` ${scope.label}`}`;
    const warning = (0,report/* costWarning */.YF)(scope === undefined ? analysis.usage : (scope.overallUsage ?? null), context.costWarningUsd);
    const before = [heading, warning, compactHeadline(analysis)];
    const after = [
        analysis.unreadable.length > 0 ? unreadableList(analysis.unreadable) : '',
        compactFooter(analysis, context),
    ];
    const join = (sections) => `${sections.filter((section) => section !== '').join('\n\n')}\n`;
    // What the table may take: the rest of GitHub's limit, and a margin for its last row and joins.
    const budget = maxLength - join([...before, ...after]).length - TABLE_MARGIN;
    const sessions = analysis.sessions.length > 0 ? sessionTable(analysis, context, budget) : '';
    return join([...before, sessions, ...after]);
}
function compactHeadline(analysis) {
    const { totals, usage } = analysis;
    if (totals.files === 0)
        return `⚠️ **No session log could be read:** ${(0,format/* plural */.LS)(totals.unreadableFiles, 'file')} matched.`;
    const errors = totals.toolErrors > 0 ? ` (${(0,format/* plural */.LS)(totals.toolErrors, 'error')})` : '';
    const parts = [
        `**${(0,format/* plural */.LS)(totals.sessions, 'session')}**`,
        (0,format/* plural */.LS)(totals.prompts, 'prompt'),
        `${(0,format/* plural */.LS)(totals.toolCalls, 'tool call')}${errors}`,
    ];
    if (totals.sessionTimeMs > 0)
        parts.push((0,format/* duration */.p0)(totals.sessionTimeMs));
    if (hasUsage(usage))
        parts.push(`**${(0,markdown/* text */.Qq)((0,format/* usd */.dR)(usage.costUsd))}**${costByModel(usage)}`, tokensOf(usage));
    else
        parts.push((0,format/* plural */.LS)(totals.interactions, 'interaction'));
    if (totals.unreadableFiles > 0)
        parts.push(`⚠️ ${(0,format/* plural */.LS)(totals.unreadableFiles, 'file')} unreadable`);
    return parts.join(' · ');
}
function hasUsage(usage) {
    return usage !== null && usage.models.length > 0;
}
function tokensOf(usage) {
    return `${(0,format/* tokenCount */.jt)((0,report/* totalTokens */.RP)(usage.tokens))} tokens`;
}
/** " (opus-4-5 $2.09, haiku-4-5 $0.04)" when there is more than one model; unpriced ones said. */
function costByModel(usage) {
    const unpriced = usage.unpricedModels.length;
    const more = unpriced > 0 ? ` + ${(0,format/* plural */.LS)(unpriced, 'unpriced model')}` : '';
    if (usage.models.length < 2)
        return more;
    const shown = usage.models
        .slice(0, MODELS_IN_HEADLINE)
        .map((model) => `${(0,markdown/* text */.Qq)((0,truncate/* truncate */.x)((0,report/* shortModel */.Mm)(model.model), LABEL_MAX))} ${model.costUsd === null ? 'unpriced' : (0,markdown/* text */.Qq)((0,format/* usd */.dR)(model.costUsd))}`);
    const rest = usage.models.length - shown.length;
    return `${more} (${shown.join(', ')}${rest > 0 ? `, +${rest}` : ''})`;
}
/**
 * One row per session, newest first: what it is, when and for how long, prompts, tool calls, and
 * its cost when the logs hold usage, its interactions when none does (session-recorder logs).
 */
function sessionTable(analysis, context, budget) {
    const priced = analysis.sessions.some((session) => hasUsage(session.usage));
    const interactions = new Map(analysis.files.map((file) => [file.path, file.interactions]));
    const rows = [];
    let length = 0;
    for (const session of analysis.sessions.slice(0, SESSIONS_IN_COMPACT)) {
        const row = sessionRow(session);
        // A row is bounded but for its link, whose path may be long: rows stop where the limit is near.
        length += (0,markdown/* tableRow */.jD)(row).length + 1;
        if (length > budget)
            break;
        rows.push(row);
    }
    const rest = analysis.sessions.length - rows.length;
    if (rest > 0)
        rows.push([`+${(0,format/* plural */.LS)(rest, rows.length === 0 ? 'session' : 'older session')}`, '', '', '', '']);
    return (0,markdown/* table */.tp)(['session', 'when (UTC)', 'prompts', 'tool calls', priced ? 'cost' : 'interactions'], rows, ['left', 'left', 'right', 'right', 'right']);
    function sessionRow(session) {
        return [
            sessionLabel(session, context),
            (0,report/* when */.z7)(session),
            (0,format/* count */.U9)(session.prompts),
            session.toolErrors > 0
                ? (0,format/* oneLine */.TN)(`${(0,format/* count */.U9)(session.toolCalls)} (${(0,format/* plural */.LS)(session.toolErrors, 'error')})`)
                : (0,format/* count */.U9)(session.toolCalls),
            priced
                ? hasUsage(session.usage)
                    ? (0,markdown/* text */.Qq)((0,format/* usd */.dR)(session.usage.costUsd))
                    : '—'
                : (0,format/* count */.U9)(session.paths.reduce((sum, path) => sum + (interactions.get(path) ?? 0), 0)),
        ];
    }
}
/**
 * A session-recorder log by its file name (it names the day), any other session by the start of
 * its id, linked to its file; a run that ended in error says so.
 */
function sessionLabel(session, context) {
    const main = session.paths[0];
    const label = session.format === 'session-recorder' && main !== undefined
        ? (0,markdown/* text */.Qq)((0,truncate/* truncate */.x)(main.slice(main.lastIndexOf('/') + 1), LABEL_MAX))
        : (0,markdown/* code */.aY)(session.sessionId.slice(0, 8));
    const linked = (0,markdown/* link */.nf)(label, main === undefined ? undefined : context.fileUrl?.(main));
    return session.runError === true ? `${linked} ⚠️` : linked;
}
function unreadableList(files) {
    const lines = files
        .slice(0, UNREADABLE_IN_COMPACT)
        .map((file) => `- ⚠️ ${(0,markdown/* code */.aY)((0,truncate/* truncate */.x)(file.path, PATH_MAX))}: ${(0,markdown/* text */.Qq)((0,truncate/* truncate */.x)(file.reason, REASON_MAX))}`);
    const rest = files.length - UNREADABLE_IN_COMPACT;
    if (rest > 0)
        lines.push(`- ⚠️ and ${(0,format/* plural */.LS)(rest, 'more unreadable file')}`);
    return lines.join('\n');
}
/** All logs in one line when the comment shows part of them, the full report's link, the prices' date. */
function compactFooter(analysis, context) {
    const parts = [];
    const { scope } = context;
    if (scope !== undefined) {
        const all = scope.overall;
        const usage = scope.overallUsage ?? null;
        parts.push([
            `All session logs: ${(0,format/* plural */.LS)(all.sessions, 'session')}`,
            ...(hasUsage(usage) ? [(0,markdown/* text */.Qq)((0,format/* usd */.dR)(usage.costUsd)), tokensOf(usage)] : []),
            ...(all.unreadableFiles > 0 ? [`${(0,format/* plural */.LS)(all.unreadableFiles, 'file')} unreadable`] : []),
        ].join(' · '));
    }
    if (context.fullReportUrl !== undefined)
        parts.push(`[full report in the step summary](${context.fullReportUrl})`);
    const { pricing } = analysis;
    if (hasUsage(analysis.usage) && pricing.date !== '')
        parts.push(`prices of ${(0,markdown/* text */.Qq)(pricing.date)}`);
    return parts.length === 0 ? '' : `<sub>${parts.join(' · ')}</sub>`;
}

// EXTERNAL MODULE: ./src/runner.ts
var src_runner = __webpack_require__(4813);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./src/publish/octokit.ts




/** Waits longer than this are not worth holding a job for: the request fails instead. */
const MAX_WAIT_SECONDS = 90;
const MAX_RATE_LIMIT_RETRIES = 2;
/**
 * The one place the API client is made. Server errors are retried with back-off (three times,
 * after 1, 4 and 9 s); rate-limit answers are retried after the wait GitHub asks for, when short.
 */
function createOctokit(token) {
    const onLimit = (kind) => (retryAfter, request, _, retries) => {
        const route = `${request.method} ${request.url}`;
        if (retries < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_WAIT_SECONDS) {
            core/* info */.pq(`GitHub's ${kind} was hit on ${route}: retrying in ${retryAfter} s.`);
            return true;
        }
        core/* info */.pq(`GitHub's ${kind} was hit on ${route}: not retrying (reset in ${retryAfter} s).`);
        return false;
    };
    return (0,github/* getOctokit */.Q)(token, {
        throttle: {
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
        },
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}

;// CONCATENATED MODULE: ./src/publish/comment.ts
/**
 * Keeps the report as one comment on a pull request. The only module that writes through the
 * GitHub API; main.ts imports it only when a comment is asked for, so that a run without one
 * never loads the API client.
 */







/**
 * Who writes with a workflow's GITHUB_TOKEN: the login assumed for an installation token when only
 * REST can be asked who the token is (`GET /user` answers 403 to such tokens).
 */
const WORKFLOW_TOKEN_LOGIN = 'github-actions[bot]';
const PERMISSIONS_SNIPPET = ['permissions:', '  contents: read', '  pull-requests: write'];
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
const SCOPE_LABEL = 'added or changed in this pull request';
/**
 * The pull request of a `pull_request`/`pull_request_target` event, else the `pr-number` input.
 * A `pull_request` from a fork is skipped: GitHub gives such a run a read-only token. Pure.
 */
function commentTarget(eventName, payload, prNumber) {
    const pr = PULL_REQUEST_EVENTS.includes(eventName) ? payload.pull_request : undefined;
    if (pr !== undefined) {
        if (eventName === 'pull_request' && pr.head.repo?.id !== pr.base.repo.id)
            return {
                skip: `Pull request #${pr.number} comes from a fork, and GitHub gives its workflow a read-only ` +
                    'token: no comment was posted. The README shows how to comment on pull requests from ' +
                    'forks with a second workflow on `workflow_run`.',
            };
        return { number: pr.number, headSha: pr.head.sha };
    }
    if (prNumber !== null)
        return { number: prNumber, headSha: payload.workflow_run?.head_sha ?? null };
    return {
        skip: `No pull request to comment on: the ${eventName || 'current'} event names none and ` +
            `'${src_inputs/* Input */.pd.prNumber}' is empty. No comment was posted.`,
    };
}
/** Posts or updates the comment. */
async function publishComment(job) {
    let shown = null;
    const outputs = await commentOutputs(job, (analysis) => (shown = analysis));
    return { outputs, shown };
}
async function commentOutputs(job, detailed) {
    const { inputs } = job;
    const payload = github/* context */._.payload;
    const target = commentTarget(github/* context */._.eventName, payload, inputs.prNumber);
    if ('skip' in target) {
        core/* notice */.lm(target.skip);
        return {};
    }
    if (inputs.token === '')
        throw new Error(`Input '${src_inputs/* Input */.pd.githubToken}' is empty, so the pull-request comment cannot be written: ` +
            `pass a token (the default is \${{ github.token }}) or set '${src_inputs/* Input */.pd.commentOnPr}' to false.`);
    const pr = { ...github/* context */._.repo, issue_number: target.number };
    const octokit = createOctokit(inputs.token);
    const runner = (0,src_runner/* runnerContext */.cE)();
    const context = {
        ...job.context,
        fileUrl: (0,src_runner/* fileUrlAtCommit */.c5)({ ...runner, sha: target.headSha ?? runner.sha }),
        ...(inputs.scope === 'changed' && {
            scope: {
                label: SCOPE_LABEL,
                overall: job.analysis.totals,
                overallUsage: job.analysis.usage,
            },
        }),
    };
    const step = { doing: 'list the files of' };
    try {
        let shown = job.analysis;
        if (inputs.scope === 'changed') {
            const changed = await changedFiles(octokit, pr);
            shown = job.summarise(job.outcomes.filter((outcome) => changed.has(outcome.path)));
        }
        detailed(shown);
        const marker = commentMarker(inputs.tag);
        const body = renderComment(shown, context, marker, inputs.layout);
        const nothingToShow = shown.totals.files === 0 && shown.totals.unreadableFiles === 0;
        const comment = await writeComment(octokit, pr, { body, marker, nothingToShow }, inputs, step);
        if (comment === null) {
            core/* notice */.lm(`No session log was ${inputs.scope === 'changed' ? SCOPE_LABEL : 'found'}: no comment was posted on pull request #${pr.issue_number}.`);
            return {};
        }
        return { 'comment-id': String(comment.id), 'comment-url': comment.html_url };
    }
    catch (error) {
        const status = statusOf(error);
        const message = error instanceof Error ? error.message : String(error);
        const answer = status === undefined ? message : `GitHub answered ${status} (${message})`;
        const failed = `Could not ${step.doing} pull request #${pr.issue_number}: ${answer}.`;
        if (status === 403 || status === 404) {
            core/* warning */.$e([
                `${failed} The token needs permission to write pull-request comments on this repository` +
                    (status === 404 ? ', and the pull request must exist.' : '.') +
                    ` A workflow's GITHUB_TOKEN gets it from the job's permissions; a pull request from a ` +
                    "fork or Dependabot's gets a read-only token (the README shows the `workflow_run` set-up for those).",
                '',
                ...PERMISSIONS_SNIPPET,
            ].join('\n'), { title: 'Pull-request comment not written' });
            return {};
        }
        if (status === 401)
            throw new Error(`${failed} Check that '${src_inputs/* Input */.pd.githubToken}' is a valid token.`, {
                cause: error,
            });
        throw new Error(failed, { cause: error });
    }
}
/** Paths of the files a pull request adds or changes (all pages: GitHub lists up to 3,000). */
async function changedFiles(octokit, pr) {
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
        owner: pr.owner,
        repo: pr.repo,
        pull_number: pr.issue_number,
        per_page: 100,
    });
    return new Set(files.filter((file) => file.status !== 'removed').map((file) => file.filename));
}
/**
 * Writes the comment as the mode says. Never starts a new comment only to say there is nothing to
 * show; an existing one is still brought up to date. Returns null when nothing was written.
 */
async function writeComment(octokit, pr, comment, inputs, step) {
    step.doing = 'find the earlier comment on';
    const earlier = inputs.mode === 'new' ? [] : await ownComments(octokit, pr, comment.marker);
    const latest = earlier.at(-1);
    if (comment.nothingToShow && latest === undefined)
        return null;
    if (inputs.mode === 'update' && latest !== undefined) {
        if (latest.body === comment.body) {
            core/* info */.pq(`Comment ${latest.html_url} is already up to date.`);
            return latest;
        }
        step.doing = 'update the comment on';
        const { data } = await octokit.rest.issues.updateComment({
            owner: pr.owner,
            repo: pr.repo,
            comment_id: latest.id,
            body: comment.body,
        });
        core/* info */.pq(`Updated comment ${data.html_url}.`);
        return data;
    }
    step.doing = 'create a comment on';
    const { data } = await octokit.rest.issues.createComment({ ...pr, body: comment.body });
    core/* info */.pq(`Created comment ${data.html_url}.`);
    // Posted before the old ones go, so that a failure never leaves the pull request without one.
    step.doing = 'delete the earlier comment on';
    for (const old of inputs.mode === 'recreate' ? earlier : []) {
        await octokit.rest.issues.deleteComment({ owner: pr.owner, repo: pr.repo, comment_id: old.id });
        core/* info */.pq(`Deleted the earlier comment ${old.html_url}.`);
    }
    return data;
}
/**
 * The comments that carry the marker, written by the token's own identity and not minimized,
 * oldest first, from every page: a human who quotes the marker cannot take the comment over.
 */
async function ownComments(octokit, pr, marker) {
    const login = await tokenLogin(octokit);
    const found = [];
    const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        ...pr,
        per_page: 100,
    });
    for await (const { data } of pages) {
        for (const comment of data) {
            if (comment.user?.login === login &&
                // Newer than the client's types: null, or absent on older servers, unless hidden.
                !comment.minimized &&
                comment.body?.includes(marker))
                found.push({ id: comment.id, html_url: comment.html_url, body: comment.body });
        }
    }
    return found;
}
/**
 * The login the token writes as. GraphQL's `viewer` answers for every kind of token: a personal
 * token, the workflow's GITHUB_TOKEN (`github-actions[bot]`) and a GitHub App's installation token
 * (`<app-slug>[bot]`). Should GraphQL fail for another reason than a bad token (its own rate limit,
 * a server that does not serve it), REST's `GET /user` answers for a personal token, and an
 * installation token, which it refuses, is taken for the workflow's.
 */
async function tokenLogin(octokit) {
    try {
        const { viewer } = await octokit.graphql('query { viewer { login } }');
        return viewer.login;
    }
    catch (error) {
        if (statusOf(error) === 401)
            throw error;
        core/* info */.pq(`GitHub's GraphQL API did not say who the token is (${(0,log_text/* quoted */.T)(error instanceof Error ? error.message : String(error))}); asking its REST API.`);
    }
    try {
        return (await octokit.rest.users.getAuthenticated()).data.login;
    }
    catch (error) {
        if (statusOf(error) === 403 && /not accessible by integration/i.test(String(error)))
            return WORKFLOW_TOKEN_LOGIN;
        throw error;
    }
}
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}


/***/ })

};
