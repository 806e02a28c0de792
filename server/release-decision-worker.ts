/**
 * A release-check decision on a worker thread of its own (started by
 * server/release-decision.ts): at a national size it weighs some hundred thousand groups
 * of officers for seconds, pure CPU, and the server's thread must keep answering meanwhile.
 */
import { parentPort, workerData } from "node:worker_threads";
import { decideFromSet, type DecisionRequest } from "@/lib/stats/release-decision";

parentPort!.postMessage(decideFromSet(workerData as DecisionRequest));
