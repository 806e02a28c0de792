import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * Servers a script in scripts/ starts on free ports in a folder of their own (replica.sh,
 * failover.sh), never the shared test server: `start` runs the script's start and reads
 * the URLs and ports it writes to urls.env; `run` any other of its commands on them, giving
 * back what it printed.
 */
export function scriptedServers(name: "replica" | "failover") {
  const dir = path.join(tmpdir(), `psd-${name}-${process.pid}-${Date.now().toString(36)}`);
  const script = path.join(process.cwd(), "scripts", `${name}.sh`);
  const run = (command: string) =>
    execFileSync(script, [command, dir], { stdio: ["ignore", "pipe", "inherit"] })
      .toString()
      .trim();
  return {
    run,
    start(): Record<string, string> {
      run("start");
      return Object.fromEntries(
        readFileSync(path.join(dir, "urls.env"), "utf8")
          .trim()
          .split("\n")
          .map((line) => line.split("=", 2) as [string, string]),
      );
    },
  };
}
