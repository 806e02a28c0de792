import { z } from "zod";
import { isoDate, storable } from "./text";
import { messagingApps } from "@/lib/vocabulary";
import { referencePattern } from "@/lib/references";

const appRef = z.string().regex(referencePattern("appPermission"), "Give the request reference");

export const requestAppPermissionSchema = z
  .object({
    app: z.enum(messagingApps.keys, { message: "Choose the app" }),
    otherApp: storable(z.string().trim().max(100, "Use at most 100 characters"))
      .optional()
      .transform((v) => v || null),
    purpose: storable(z.string().trim().min(20, "Explain the business purpose (at least 20 characters)").max(2000, "Use at most 2,000 characters")),
    device: storable(z.string().trim().min(3, "Say which phone: its asset tag or number").max(200, "Use at most 200 characters")),
    startsOn: isoDate("Give the first day you need it as a date"),
    requestedUntil: isoDate("Give the last day you need it as a date"),
  })
  .refine((r) => r.app !== "other" || r.otherApp !== null, { message: "Name the app", path: ["otherApp"] })
  .refine((r) => r.requestedUntil >= r.startsOn, { message: "The last day cannot be before the first", path: ["requestedUntil"] });

export type AppPermissionInput = z.infer<typeof requestAppPermissionSchema>;

export const decideAppPermissionSchema = z.discriminatedUnion(
  "decision",
  [
    z.object({
      ref: appRef,
      decision: z.literal("approved"),
      expiresOn: isoDate("Give the expiry date as a date"),
    }),
    z.object({
      ref: appRef,
      decision: z.literal("refused"),
      reason: storable(
        z.string().trim().min(10, "Give the reason for refusing (at least 10 characters): the requester will see it").max(2000, "Use at most 2,000 characters"),
      ),
    }),
  ],
  { message: "Choose approve or refuse" },
);

export type AppPermissionDecision = z.infer<typeof decideAppPermissionSchema>;

export const revokeAppPermissionSchema = z.object({
  ref: appRef,
  reason: storable(z.string().trim().min(10, "Give the reason for revoking (at least 10 characters)").max(2000, "Use at most 2,000 characters")),
});
