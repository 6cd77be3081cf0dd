// The hostile inputs the fuzz suite (hostile-input.test.ts) sends everywhere, and what no answer may show.
// Test-only: nothing in the server imports this file.

/** One hostile request body: its name (for the report and the pending list), the bytes, and the content type. */
export interface HostileBody {
  name: string;
  body: string | Buffer;
  contentType: string;
}

const deepArray = (levels: number) => "[".repeat(levels) + "]".repeat(levels);
const deepObject = (levels: number) => '{"a":'.repeat(levels) + "1" + "}".repeat(levels);
// Bytes that are not UTF-8 at all: a lone continuation byte, an overlong form, a truncated sequence, 0xFF.
const INVALID_UTF8 = Buffer.from([0x80, 0xc0, 0xaf, 0xe2, 0x82, 0xff, 0xfe]);
const withBytes = (before: string, after: string) =>
  Buffer.concat([Buffer.from(before), INVALID_UTF8, Buffer.from(after)]);

// Field names the procedures and providers use, so a hostile value reaches a real field wherever the schema looks.
const FIELDS = [
  "q",
  "id",
  "email",
  "password",
  "name",
  "note",
  "body",
  "reason",
  "amount",
  "amountMinor",
  "currency",
  "accountId",
  "provider",
  "transactionId",
  "cursor",
  "from",
  "to",
  "timeZone",
  "uid",
  "tracking_id",
  "status",
];
const everyField = (value: unknown) => Object.fromEntries(FIELDS.map((field) => [field, value]));

/** tRPC inputs (superjson envelopes) the input guard must refuse with 400 on every procedure, signed in or not. */
export const GUARDED_TRPC_INPUTS: HostileBody[] = [
  {
    name: "NUL in every field",
    body: JSON.stringify({ json: everyField("a\u0000b") }),
    contentType: "application/json",
  },
  { name: "NUL as the whole input", body: JSON.stringify({ json: "\u0000" }), contentType: "application/json" },
  {
    name: "C0 control characters",
    body: JSON.stringify({ json: everyField("x\u0001\u0007\u001b[31m\u001f") }),
    contentType: "application/json",
  },
  { name: "NUL in a key", body: JSON.stringify({ json: { "q\u0000": "x" } }), contentType: "application/json" },
  {
    name: "lone high surrogate",
    body: '{"json":{"q":"\\ud800","note":"\\ud800","email":"\\ud800"}}',
    contentType: "application/json",
  },
  { name: "lone low surrogate", body: '{"json":{"q":"a\\udc00b","id":"\\udfff"}}', contentType: "application/json" },
  { name: "deep arrays (6,000 levels)", body: `{"json":${deepArray(6000)}}`, contentType: "application/json" },
  { name: "deep objects (6,000 levels)", body: `{"json":${deepObject(6000)}}`, contentType: "application/json" },
];

/** tRPC inputs of the wrong shape or size: any 4xx, never a 5xx. */
export const MALFORMED_TRPC_INPUTS: HostileBody[] = [
  { name: "invalid UTF-8 bytes", body: withBytes('{"json":{"q":"', '","id":"'), contentType: "application/json" },
  { name: "invalid UTF-8 outside strings", body: withBytes('{"json":', "}"), contentType: "application/json" },
  { name: "raw control character in JSON text", body: '{"json":{"q":"a\u0000b"}}', contentType: "application/json" },
  {
    name: "number beyond a double",
    body: '{"json":{"amountMinor":1e400,"limit":1e400,"amount":1e400}}',
    contentType: "application/json",
  },
  {
    name: "number beyond safe integer",
    body: JSON.stringify({ json: everyField(9007199254740993) }).replace(/9007199254740992/g, "9007199254740993"),
    contentType: "application/json",
  },
  {
    name: "amount as exponent text",
    body: JSON.stringify({ json: everyField("1e400") }),
    contentType: "application/json",
  },
  {
    name: "bigint beyond int8",
    body: JSON.stringify({
      json: everyField("99999999999999999999999999"),
      meta: { values: Object.fromEntries(FIELDS.map((f) => [f, ["bigint"]])) },
    }),
    contentType: "application/json",
  },
  {
    name: "NUL in a superjson bigint",
    body: JSON.stringify({ json: { amountMinor: "1\u0000" }, meta: { values: { amountMinor: ["bigint"] } } }),
    contentType: "application/json",
  },
  {
    name: "bigint that is not a number",
    body: JSON.stringify({ json: { amountMinor: "1e400" }, meta: { values: { amountMinor: ["bigint"] } } }),
    contentType: "application/json",
  },
  {
    name: "date that is not a date",
    body: JSON.stringify({
      json: everyField("not a date"),
      meta: { values: Object.fromEntries(FIELDS.map((f) => [f, ["Date"]])) },
    }),
    contentType: "application/json",
  },
  {
    name: "strings where numbers go",
    body: JSON.stringify({ json: { limit: "fifty", amountMinor: "ten", page: "1" } }),
    contentType: "application/json",
  },
  { name: "arrays where objects go", body: JSON.stringify({ json: [[1, 2], ["a"]] }), contentType: "application/json" },
  {
    name: "arrays in every field",
    body: JSON.stringify({ json: everyField(["a", { b: 1 }]) }),
    contentType: "application/json",
  },
  {
    name: "objects in every field",
    body: JSON.stringify({ json: everyField({ $gt: "" }) }),
    contentType: "application/json",
  },
  {
    name: "5,000-character text",
    body: JSON.stringify({ json: everyField("9".repeat(5000)) }),
    contentType: "application/json",
  },
  {
    name: "prototype pollution",
    body: '{"json":{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}}',
    contentType: "application/json",
  },
  {
    name: "superjson meta pointing nowhere",
    body: JSON.stringify({
      json: { q: "x" },
      meta: { values: { "a.b.c": ["Date"], "__proto__.x": ["bigint"] }, referentialEqualities: { q: ["nope"] } },
    }),
    contentType: "application/json",
  },
  { name: "a form instead of JSON", body: "q=%00&id=1", contentType: "application/x-www-form-urlencoded" },
  { name: "multipart garbage", body: "--x\r\nnot a part", contentType: "multipart/form-data; boundary=x" },
  { name: "octet stream", body: INVALID_UTF8, contentType: "application/octet-stream" },
];

/** Webhook bodies: the provider's rejection or another 4xx, never a 5xx. */
export const HOSTILE_WEBHOOK_BODIES: HostileBody[] = [
  {
    name: "NUL in JSON",
    body: '{"transaction":{"uid":"a\\u0000b","status":"successful"},"id":"\\u0000"}',
    contentType: "application/json",
  },
  { name: "raw NUL", body: "{\u0000}", contentType: "application/json" },
  {
    name: "lone surrogate in JSON",
    body: '{"transaction":{"uid":"\\ud800","status":"\\udc00"}}',
    contentType: "application/json",
  },
  {
    name: "invalid UTF-8 bytes in JSON",
    body: withBytes('{"transaction":{"uid":"', '"}}'),
    contentType: "application/json",
  },
  {
    name: "invalid UTF-8 bytes in a form",
    body: withBytes("transactionNo=", "&status=success"),
    contentType: "application/x-www-form-urlencoded",
  },
  { name: "deep JSON (6,000 levels)", body: deepArray(6000), contentType: "application/json" },
  { name: "deep JSON objects (6,000 levels)", body: deepObject(6000), contentType: "application/json" },
  {
    name: "huge numbers",
    body: '{"transaction":{"uid":1e400,"amount":99999999999999999999999,"status":1}}',
    contentType: "application/json",
  },
  {
    name: "wrong types",
    body: '{"transaction":[1,2,3],"amount":"1e400","status":{"a":1}}',
    contentType: "application/json",
  },
];

/** Query strings for the CSV exports: a 4xx (or the CSV), never a 5xx. Each is appended to the export's path. */
export const HOSTILE_QUERIES: ReadonlyArray<readonly [string, string]> = [
  ["NUL in q", "q=%00"],
  [
    "NUL in every parameter",
    "q=%00&from=%00&to=%00&timeZone=%00&provider=%00&accountId=%00&currency=%00&kind=%00&states=%00&sort=%00&dir=%00",
  ],
  ["C0 control in a parameter", "q=a%01b&timeZone=UTC%1B"],
  ["encoded lone surrogate", "q=%ED%A0%80&timeZone=%ED%A0%80"],
  ["invalid percent-encoding", "q=%ZZ%&from=%E0%A4%A&timeZone=%"],
  [
    "5,000-character parameters",
    `q=${"a".repeat(5000)}&from=${"1".repeat(5000)}&to=${"2".repeat(5000)}&timeZone=${"Europe/".repeat(700)}&accountId=${"x".repeat(5000)}`,
  ],
  ["a parameter given twice", "q=a&q=b&from=2026-01-01&from=2026-01-02&to=2026-01-03&timeZone=UTC&timeZone=UTC"],
  ["dates out of range", "from=99999-99-99&to=0000-00-00&timeZone=UTC"],
  ["huge numbers", "from=1e400&to=9007199254740993&timeZone=UTC&q=amount>1e400"],
  ["huge amounts in the query language", "q=amount>99999999999999999999999.99%20amount<-1e400"],
  ["unknown time zone", "from=2026-01-01&to=2026-01-31&timeZone=Mars/Phobos"],
  ["reversed period", "from=2026-12-31&to=2026-01-01&timeZone=UTC"],
  ["enormous period", "from=0001-01-01&to=9999-12-31&timeZone=UTC"],
  ["bad enum values", "sort=%27;drop&dir=sideways&kind=nope&states=open,zz"],
  [
    "injection",
    "q=%27%20OR%201=1%20--&accountId=%27);%20DROP%20TABLE%20transactions;--&from=2026-01-01&to=2026-01-02&timeZone=UTC",
  ],
];

// What no answer may contain: a stack frame, SQL, a database refusal's words, a source path.
const INTERNALS: ReadonlyArray<readonly [string, RegExp]> = [
  ["a stack trace", / {4}at /],
  ["SQL text", /\b(select|insert|update)\b[^"]*\b(from|into|set)\b/i],
  [
    "a database error",
    /syntax error at|violates|invalid input syntax|out of range for type|invalid byte sequence|value too long/i,
  ],
  ["a file path", /\/(work|home|src|node_modules)\//],
  ["a source location", /\.ts:\d|\.ts\b/],
];

/** What an answer body shows that it must not, or null. */
export function internalsIn(body: string): string | null {
  for (const [what, pattern] of INTERNALS) {
    const match = pattern.exec(body);
    if (match) return `${what}: …${body.slice(Math.max(0, match.index - 60), match.index + 80)}…`;
  }
  return null;
}
