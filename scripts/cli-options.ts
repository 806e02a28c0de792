/** A whole-number command-line option (`--name N`), or the fallback when it is absent. */
export function numberOption(name: string, fallback: number, argv = process.argv): number {
  const index = argv.indexOf(`--${name}`);
  const value = index === -1 ? fallback : Number(argv[index + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number of at least 1`);
  return value;
}

/** A text command-line option (`--name value`), or undefined when it is absent. */
export function textOption(name: string, argv = process.argv): string | undefined {
  const index = argv.indexOf(`--${name}`);
  return index === -1 ? undefined : argv[index + 1];
}
