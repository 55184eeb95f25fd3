/**
 * GitHub's own description of its REST API (npm `@octokit/openapi`), used to check every request
 * the action makes, and every answer the fake API gives, against what api.github.com accepts.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'

// ajv-formats is CommonJS with a default export; under NodeNext its type is the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default

interface Parameter {
  readonly name: string
  readonly in: 'path' | 'query' | 'header' | 'cookie'
  readonly required?: boolean
  readonly schema: object
}

interface Operation {
  readonly operationId: string
  readonly parameters?: readonly (Parameter | { $ref: string })[]
  readonly requestBody?: { readonly required?: boolean; readonly content: Record<string, unknown> }
  readonly responses: Record<string, Response | { $ref: string }>
}

interface Response {
  readonly content?: Record<string, unknown>
}

interface Description {
  readonly paths: Record<string, Record<string, Operation>>
  readonly components: {
    readonly parameters: Record<string, Parameter>
    readonly responses: Record<string, Response>
  }
}

/** A request matched to the operation GitHub describes for it. */
export interface Route {
  /** The path template, as in `/repos/{owner}/{repo}/issues/{issue_number}/comments`. */
  readonly template: string
  readonly operationId: string
  /** Path parameters by name, as sent (strings). */
  readonly params: Readonly<Record<string, string>>
}

export type Checked = { readonly route: Route; readonly problems: readonly string[] }

const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options']
const DOCUMENT_ID = 'api.github.com.json'

/** Loads the api.github.com description once per process (13 MB of JSON). */
export class RestDescription {
  private readonly description: Description
  private readonly templates: readonly { template: string; pattern: RegExp; literals: number }[]
  /** Coerces path and query strings to the types the description gives them. */
  private readonly coercing = newAjv(true)
  private readonly strict = newAjv(false)
  private readonly validators = new Map<string, ValidateFunction>()

  constructor() {
    const require = createRequire(import.meta.url)
    const folder = path.dirname(require.resolve('@octokit/openapi/package.json'))
    const file = path.join(folder, 'generated', DOCUMENT_ID)
    this.description = JSON.parse(readFileSync(file, 'utf8')) as Description
    for (const ajv of [this.coercing, this.strict]) ajv.addSchema(this.description, DOCUMENT_ID)
    this.templates = Object.keys(this.description.paths)
      .map((template) => ({
        template,
        pattern: new RegExp(
          `^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '([^/]+)')}$`,
        ),
        literals: template.split('/').filter((part) => part !== '' && !part.startsWith('{')).length,
      }))
      // When two templates match, the one with more fixed segments is the route GitHub serves.
      .sort((a, b) => b.literals - a.literals)
  }

  /**
   * Checks a request: a described method and path, path and query parameters of the described
   * names and types, and a JSON body that fits the described schema. Null when no route matches.
   */
  checkRequest(
    method: string,
    pathname: string,
    query: URLSearchParams,
    body: unknown,
  ): Checked | null {
    const verb = method.toLowerCase()
    const found = this.match(verb, pathname)
    if (found === null) return null
    const { route, operation } = found
    const problems: string[] = []
    const parameters = (operation.parameters ?? []).map((parameter) => this.parameter(parameter))
    problems.push(
      ...this.checkParameters(
        route,
        'path',
        parameters.filter((p) => p.in === 'path'),
        route.params,
      ),
    )
    const queryValues: Record<string, string> = {}
    for (const [name, value] of query) {
      if (name in queryValues) problems.push(`query parameter '${name}' given twice`)
      queryValues[name] = value
    }
    problems.push(
      ...this.checkParameters(
        route,
        'query',
        parameters.filter((p) => p.in === 'query'),
        queryValues,
      ),
    )
    const content = operation.requestBody?.content
    if (content === undefined) {
      if (body !== undefined) problems.push('a body was sent to an operation that takes none')
    } else if (body === undefined) {
      if (operation.requestBody?.required) problems.push('the required body is missing')
    } else {
      const pointer = ['paths', route.template, verb, 'requestBody', 'content', 'application/json']
      problems.push(...this.validate(this.strict, [...pointer, 'schema'], body, 'body'))
    }
    return { route, problems }
  }

  /** Checks an answer of the fake API against the response schema described for its status. */
  checkResponse(method: string, template: string, status: number, body: unknown): string[] {
    const verb = method.toLowerCase()
    let pointer = ['paths', template, verb, 'responses', String(status)]
    let response = this.description.paths[template]?.[verb]?.responses[String(status)]
    if (response !== undefined && '$ref' in response) {
      const name = String(response.$ref).replace('#/components/responses/', '')
      pointer = ['components', 'responses', name]
      response = this.description.components.responses[name]
    }
    if (response === undefined)
      return [`status ${status} is not described for ${method} ${template}`]
    if (response.content?.['application/json'] === undefined) return []
    return this.validate(
      this.strict,
      [...pointer, 'content', 'application/json', 'schema'],
      body,
      'response',
    )
  }

  private match(verb: string, pathname: string): { route: Route; operation: Operation } | null {
    if (!METHODS.includes(verb)) return null
    for (const { template, pattern } of this.templates) {
      const values = pattern.exec(pathname)
      const operation = this.description.paths[template]?.[verb]
      if (values === null || operation === undefined) continue
      const names = [...template.matchAll(/\{([^}]+)\}/g)].map((name) => name[1]!)
      const params = Object.fromEntries(
        names.map((name, index) => [name, decodeURIComponent(values[index + 1]!)]),
      )
      return { route: { template, operationId: operation.operationId, params }, operation }
    }
    return null
  }

  private parameter(parameter: Parameter | { $ref: string }): Parameter {
    if (!('$ref' in parameter)) return parameter
    const name = parameter.$ref.replace('#/components/parameters/', '')
    const resolved = this.description.components.parameters[name]
    if (resolved === undefined) throw new Error(`unresolved parameter ${parameter.$ref}`)
    return resolved
  }

  private checkParameters(
    route: Route,
    where: 'path' | 'query',
    described: readonly Parameter[],
    given: Readonly<Record<string, string>>,
  ): string[] {
    const schema = {
      type: 'object',
      properties: Object.fromEntries(described.map((p) => [p.name, p.schema])),
      required: described.filter((p) => p.required).map((p) => p.name),
      additionalProperties: false,
    }
    const key = `${route.template} ${where} ${JSON.stringify(schema)}`
    let validate = this.validators.get(key)
    if (validate === undefined) {
      validate = this.coercing.compile(schema)
      this.validators.set(key, validate)
    }
    return validate({ ...given }) ? [] : describeErrors(validate, `${where} parameters`)
  }

  private validate(ajv: Ajv, pointer: readonly string[], value: unknown, what: string): string[] {
    const ref = `${DOCUMENT_ID}#/${pointer.map(pointerSegment).join('/')}`
    let validate = this.validators.get(ref)
    if (validate === undefined) {
      validate = ajv.compile({ $ref: ref })
      this.validators.set(ref, validate)
    }
    return validate(value) ? [] : describeErrors(validate, what)
  }
}

function newAjv(coerceTypes: boolean): Ajv {
  // Not strict: the description carries OpenAPI keywords (`example`, `x-github`…) that are not
  // JSON Schema; `nullable` is understood by Ajv itself.
  const ajv = new Ajv({ strict: false, allErrors: true, coerceTypes, logger: false })
  addFormats(ajv)
  return ajv
}

function pointerSegment(segment: string): string {
  return encodeURIComponent(segment.replace(/~/g, '~0').replace(/\//g, '~1'))
}

function describeErrors(validate: ValidateFunction, what: string): string[] {
  return (validate.errors ?? []).map(
    (error) =>
      `${what}${error.instancePath || ''} ${error.message ?? 'is invalid'}` +
      (error.keyword === 'additionalProperties'
        ? ` ('${String(error.params.additionalProperty)}')`
        : ''),
  )
}
