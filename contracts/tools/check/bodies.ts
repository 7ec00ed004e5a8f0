/**
 * Compile-time check over the types openapi-typescript generates from the
 * contracts: no request or response body of any operation (paths and, for the
 * gateway, webhooks) may be typed `any`, `unknown`, `never`, `{}` or
 * `Record<string, never>` (what a missing or empty schema turns into).
 *
 * Each check is `Assert<NoOpaque<...>>`. When some bodies are opaque, tsc fails
 * with one error per check that lists every offending body, e.g.
 *   Type '{ "opaque bodies": "body paths POST /api/v1/x -> 201 application/json: unknown"; }'
 *   does not satisfy the constraint 'true'.
 * ("->" a response status, "<- request" the request body; then the media type
 * and what the body is typed; tsconfig sets noErrorTruncation).
 */
import type * as Gateway from "../generated/gateway";
import type * as Plan from "../generated/plan-service";
import type * as Inspection from "../generated/inspection-service";
import type * as Finance from "../generated/finance-service";

// The well-known tricks: `any` is the only type for which 1 & T is wider than 0.
type IsAny<T> = 0 extends 1 & T ? true : false;
type IsUnknown<T> = IsAny<T> extends true ? false : unknown extends T ? true : false;
type IsNever<T> = [T] extends [never] ? true : false;
type IsEqual<A, B> =
  (<G>() => G extends A ? 1 : 2) extends (<G>() => G extends B ? 1 : 2) ? true : false;

/** The name of what is wrong with a body type, or never if it is a real type. */
type Opaque<T> =
  IsAny<T> extends true ? "any"
  : IsUnknown<T> extends true ? "unknown"
  : IsNever<T> extends true ? "never"
  : IsEqual<T, Record<string, never>> extends true ? "Record<string, never>"
  : IsEqual<T, {}> extends true ? "{}"
  : never;

type Method = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";
type Str<K> = K extends string | number ? `${K}` : never;

/** One label per media type of a `content` object; kind "all" lists every body, "bad" only the opaque ones. */
type MediaLabels<Content, Label extends string, Kind extends "all" | "bad"> =
  Content extends object
    ? {
        [M in keyof Content]-?: Kind extends "all"
          ? `${Label} ${Str<M>}`
          : Opaque<Content[M]> extends infer W extends string
            ? IsNever<W> extends true ? never : `${Label} ${Str<M>}: ${W}`
            : never;
      }[keyof Content]
    : never;

type ResponseLabels<Op, Label extends string, Kind extends "all" | "bad"> =
  Op extends { responses: infer R }
    ? {
        [S in keyof R]-?: R[S] extends { content: infer C }
          ? MediaLabels<C, `${Label} -> ${Str<S>}`, Kind>
          : never; // no content (e.g. 204): no body to check
      }[keyof R]
    : never;

type RequestLabels<Op, Label extends string, Kind extends "all" | "bad"> =
  Op extends { requestBody?: infer B }
    ? NonNullable<B> extends { content: infer C }
      ? MediaLabels<C, `${Label} <- request`, Kind>
      : never // requestBody?: never: the operation takes no body
    : never;

/** Walks a generated `paths` or `webhooks` interface: path -> method -> operation. */
type Walk<Paths, Section extends string, Which extends "response" | "request", Kind extends "all" | "bad"> = {
  [P in keyof Paths]-?: {
    [M in Method & keyof Paths[P]]-?: Which extends "response"
      ? ResponseLabels<Paths[P][M], `${Section} ${Uppercase<M>} ${Str<P>}`, Kind>
      : RequestLabels<Paths[P][M], `${Section} ${Uppercase<M>} ${Str<P>}`, Kind>;
  }[Method & keyof Paths[P]];
}[keyof Paths];

/**
 * true when there is no offending body; otherwise an object type spelling out
 * each one (the template literal makes tsc print the union, not an alias name).
 */
type NoOpaque<T> = IsNever<T> extends true ? true : { "opaque bodies": T extends string ? `body ${T}` : never };
type Assert<T extends true> = T;
/** Guards against a vacuous pass (e.g. if the generated layout changed): there must be bodies to check. */
type Expect<T extends true> = T;
type Found<T> = IsNever<T> extends true ? false : true;

// Gateway: the contract integrators use.
export type GatewayResponses = Assert<NoOpaque<Walk<Gateway.paths, "paths", "response", "bad">>>;
export type GatewayRequests = Assert<NoOpaque<Walk<Gateway.paths, "paths", "request", "bad">>>;
export type GatewayWebhookRequests = Assert<NoOpaque<Walk<Gateway.webhooks, "webhooks", "request", "bad">>>;
export type GatewayWebhookResponses = Assert<NoOpaque<Walk<Gateway.webhooks, "webhooks", "response", "bad">>>;
export type GatewayHasBodies = [
  Expect<Found<Walk<Gateway.paths, "paths", "response", "all">>>,
  Expect<Found<Walk<Gateway.paths, "paths", "request", "all">>>,
  Expect<Found<Walk<Gateway.webhooks, "webhooks", "request", "all">>>,
];

// The three services' own contracts, by the same rule.
export type PlanResponses = Assert<NoOpaque<Walk<Plan.paths, "plan-service paths", "response", "bad">>>;
export type PlanRequests = Assert<NoOpaque<Walk<Plan.paths, "plan-service paths", "request", "bad">>>;
export type InspectionResponses = Assert<NoOpaque<Walk<Inspection.paths, "inspection-service paths", "response", "bad">>>;
export type InspectionRequests = Assert<NoOpaque<Walk<Inspection.paths, "inspection-service paths", "request", "bad">>>;
export type FinanceResponses = Assert<NoOpaque<Walk<Finance.paths, "finance-service paths", "response", "bad">>>;
export type FinanceRequests = Assert<NoOpaque<Walk<Finance.paths, "finance-service paths", "request", "bad">>>;
export type ServicesHaveBodies = [
  Expect<Found<Walk<Plan.paths, "", "response", "all">>>,
  Expect<Found<Walk<Inspection.paths, "", "response", "all">>>,
  Expect<Found<Walk<Finance.paths, "", "response", "all">>>,
];
