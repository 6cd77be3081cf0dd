// Names for the analytics, alerts and incidents shapes, all derived from AppRouter so a change there is a type error here.
import type { RouterInputs, RouterOutputs } from "../trpc.ts";

type In = RouterInputs;
type Out = RouterOutputs;

export type ApprovalInput = In["analytics"]["approval"];
export type ApprovalOutput = Out["analytics"]["approval"];
export type ApprovalPoint = ApprovalOutput["series"][number];
export type BreakdownInput = In["analytics"]["breakdown"];
export type BreakdownOutput = Out["analytics"]["breakdown"];
export type BreakdownRow = BreakdownOutput["rows"][number];
export type DeclinesInput = In["analytics"]["declines"];
export type DeclinesOutput = Out["analytics"]["declines"];
export type WebhookLagInput = In["analytics"]["webhookLag"];
export type WebhookLagOutput = Out["analytics"]["webhookLag"];
export type ProviderCount = WebhookLagOutput["late"][number];
export type LatencyInput = In["analytics"]["latency"];
export type LatencyOutput = Out["analytics"]["latency"];
export type LatencySummary = LatencyOutput["summary"][number];
export type AlertsListInput = In["alerts"]["list"];
export type Alert = Out["alerts"]["list"][number];
export type IncidentsState = Out["incidents"]["state"];
export type IncidentInput = In["incidents"]["set"];
export type IncidentOutput = Out["incidents"]["set"];
export type WebhookMode = IncidentsState["webhooks"][number]["mode"];

export type Bucket = ApprovalInput["bucket"];
export type Dimension = BreakdownInput["dimension"];

// Keyed by the API's own unions, so a new bucket or dimension is a type error until it is listed here.
const BUCKET_SET: Record<Bucket, true> = { "1m": true, "5m": true, "15m": true, "1h": true, "6h": true, "1d": true };
const DIMENSION_SET: Record<Dimension, true> = {
  bin: true,
  issuer: true,
  brand: true,
  method: true,
  provider: true,
  country: true,
};
export const BUCKETS = Object.keys(BUCKET_SET) as Bucket[];
export const DIMENSIONS = Object.keys(DIMENSION_SET) as Dimension[];
export type DisputeRateInput = In["analytics"]["disputeRate"];
export type DisputeRateOutput = Out["analytics"]["disputeRate"];
export type DisputeRateRow = DisputeRateOutput["months"][number];
export type DisputeBreakdownInput = In["analytics"]["disputeBreakdown"];
export type AlertChannel = Out["alertChannels"]["list"][number];
export type AlertChannelInput = In["alertChannels"]["create"];
export type AlertDelivery = Out["alerts"]["deliveries"][number];
export type AlertMute = Out["alerts"]["mutes"][number];
