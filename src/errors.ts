/** A problem with how mou was called or where it was pointed: exit code 2, one line, no stack trace. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
