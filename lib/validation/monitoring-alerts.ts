import { z } from "zod";
import { platforms } from "@/lib/vocabulary";
import { storable } from "./text";

/**
 * The body a force's protective-monitoring system sends (JSON). Unknown fields are
 * refused, so a sender that changes its format hears so at once instead of losing data.
 */
export const monitoringAlertSchema = z.strictObject(
  {
    alertId: storable(z.string({ error: "alertId must be text" }).trim().min(1, "alertId is required").max(100, "alertId: use at most 100 characters")),
    raisedAt: z.iso.datetime({ offset: true, message: "raisedAt must be an ISO 8601 date and time with its offset, e.g. 2026-12-01T09:30:00Z" }),
    platform: z.enum(platforms.keys, { message: `platform must be one of ${platforms.keys.join(", ")}` }),
    summary: storable(
      z.string({ error: "summary must be text" }).trim().min(10, "summary: at least 10 characters").max(5000, "summary: at most 5,000 characters"),
    ),
    groupName: storable(z.string({ error: "groupName must be text" }).trim().max(200, "groupName: at most 200 characters")).optional(),
    /** Who the alert concerns, as the monitoring system knows them (a user name, a device's user). */
    peopleInvolved: storable(z.string({ error: "peopleInvolved must be text" }).trim().max(1000, "peopleInvolved: at most 1,000 characters")).optional(),
  },
  { error: "The body must be a JSON object with the alert's fields" },
);

export type MonitoringAlert = z.infer<typeof monitoringAlertSchema>;

/** The most a delivery may be: an alert is a few hundred bytes of JSON, never a file. */
export const MONITORING_ALERT_MAX_BYTES = 64 * 1024;
