// A mistake in how mpts was called or in the user's environment (a missing
// file, an output folder it cannot write): the CLI prints the message on one
// line and exits with status 2, never as an internal error.
export class UsageError extends Error {}
