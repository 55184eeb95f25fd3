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

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./src/inputs.ts
var src_inputs = __webpack_require__(8422);
// EXTERNAL MODULE: ./src/log-text.ts
var log_text = __webpack_require__(3529);
// EXTERNAL MODULE: ./src/render/report.ts + 4 modules
var report = __webpack_require__(9552);
;// CONCATENATED MODULE: ./src/render/comment.ts

/**
 * GitHub refuses a comment body over 65,536 characters. UTF-16 code units never number fewer than
 * characters, so counting them is safe however the API counts.
 */
const COMMENT_LIMIT = {
    max: 65_536,
    measure: (markdown) => markdown.length,
};
/**
 * The hidden first line by which the comment is found again. The tag is restricted at input to
 * characters that cannot end an HTML comment, and log text never reaches this line.
 */
function commentMarker(tag) {
    return `<!-- claude-session-report:${tag} -->`;
}
/** The comment body: the marker, then the report, the two together within GitHub's limit. Pure. */
function renderComment(analysis, context, marker) {
    const limit = { ...COMMENT_LIMIT, max: COMMENT_LIMIT.max - marker.length - 1 };
    return `${marker}\n${(0,report/* renderReport */.B)(analysis, context, limit)}`;
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
/** Posts or updates the comment; returns the comment outputs, empty when none was written. */
async function publishComment(job) {
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
        const marker = commentMarker(inputs.tag);
        const body = renderComment(shown, context, marker);
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
