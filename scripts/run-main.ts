/**
 * Runs a script's main and exits with the code it gives back; when it throws, prints
 * `failure: <message>` (never a stack trace) and exits with `failureCode`.
 */
export function runMain(main: () => Promise<number>, failure: string, failureCode = 1): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`${failure}: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(failureCode);
    },
  );
}
