import { execFileSync, spawn } from "node:child_process";
import { connect } from "node:net";
import { chownSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "./free-port";

const binary = process.env.PGBOUNCER_BIN ?? "/usr/sbin/pgbouncer";

export interface Pooler {
  /** `url` with the pooler's host and port in place of PostgreSQL's. */
  urlFor(directUrl: string): string;
  /** The pooler's own console, for SHOW commands. */
  adminUrl: string;
  stop(): Promise<void>;
}

/**
 * A private PgBouncer in transaction mode in front of the given PostgreSQL server, on a
 * free port, with a pool of two server connections per database so that clients share
 * them. Missing PgBouncer fails the test: it is installed as Chromium is (.ci/run).
 */
export async function startPgBouncer(directUrl: string): Promise<Pooler> {
  if (!existsSync(binary)) throw new Error(`PgBouncer is not installed at ${binary} (apt-get install -y pgbouncer, or set PGBOUNCER_BIN)`);
  const server = new URL(directUrl);
  const user = decodeURIComponent(server.username || "postgres");
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), "psd-pgbouncer-"));
  writeFileSync(path.join(dir, "users.txt"), `"${user}" ""\n`);
  writeFileSync(
    path.join(dir, "pgbouncer.ini"),
    [
      "[databases]",
      `* = host=${server.hostname} port=${server.port || "5432"}`,
      "[pgbouncer]",
      "listen_addr = 127.0.0.1",
      `listen_port = ${port}`,
      "unix_socket_dir =",
      "auth_type = trust",
      `auth_file = ${path.join(dir, "users.txt")}`,
      `admin_users = ${user}`,
      "pool_mode = transaction",
      "default_pool_size = 2",
      "max_client_conn = 100",
      `logfile = ${path.join(dir, "pgbouncer.log")}`,
      "",
    ].join("\n"),
  );
  // PgBouncer refuses to run as root: as root (CI), it runs as the postgres system user.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const ids = (name: string) => Number(execFileSync("id", [name, "postgres"]).toString().trim());
    for (const file of [dir, path.join(dir, "users.txt"), path.join(dir, "pgbouncer.ini")]) chownSync(file, ids("-u"), ids("-g"));
  }
  const command = asRoot ? ["runuser", "-u", "postgres", "--", binary] : [binary];
  const child = spawn(command[0]!, [...command.slice(1), path.join(dir, "pgbouncer.ini")], { stdio: ["ignore", "ignore", "pipe"] });
  let errors = "";
  child.stderr!.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  const urlFor = (url: string) => {
    const pooled = new URL(url);
    pooled.hostname = "127.0.0.1";
    pooled.port = String(port);
    return pooled.toString();
  };
  const adminUrl = urlFor(Object.assign(new URL(directUrl), { pathname: "/pgbouncer" }).toString());
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`PgBouncer stopped while starting: ${errors}`);
    const up = await new Promise<boolean>((resolve) => {
      const socket = connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.end();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (up) break;
    if (attempt > 100) throw new Error(`PgBouncer did not open port ${port}: ${errors}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    urlFor,
    adminUrl,
    stop: async () => {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      // Immediate shutdown: the test is over, whatever clients remain.
      child.kill("SIGTERM");
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
