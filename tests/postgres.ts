import postgres from "postgres";

/** The server the tests use; CI and this machine have one on 127.0.0.1:5432 with trust auth. */
export function postgresAdminUrl(): string {
  return process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";
}

/** Creates a uniquely named database on the server and returns its URL and a way to drop it. */
export async function createTestPostgresDatabase(adminUrl: string, label: string) {
  const admin = postgres(adminUrl, { max: 1, connect_timeout: 5, onnotice: () => {} });
  try {
    await admin`select 1`;
  } catch (error) {
    await admin.end();
    throw new Error(
      `PostgreSQL is not reachable at ${adminUrl} (${(error as Error).message}). ` +
        "The tests need a real server: start it (pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start) " +
        "or point TEST_POSTGRES_URL at one.",
    );
  }
  const name = `psd_test_${label}_${process.pid}_${Date.now().toString(36)}`;
  await admin.unsafe(`create database "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const cleanup = postgres(adminUrl, { max: 1, onnotice: () => {} });
      await cleanup.unsafe(`drop database if exists "${name}" with (force)`);
      await cleanup.end();
    },
  };
}
