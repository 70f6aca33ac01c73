// The ending every graph-seed CLI shares: exit with main's code, or print what went wrong (its message, never a
// stack trace: the user did nothing wrong by reading one) and exit 1.

export const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function runMain(main: () => Promise<number>, describe: (err: unknown) => string = messageOf): void {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(describe(err));
      process.exit(1);
    },
  );
}
