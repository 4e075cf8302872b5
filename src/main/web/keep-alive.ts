// Browser mode is a long-running server: a promise some code forgot to await must not end it (Node's
// default for an unhandled rejection is to exit the process). Each request already ends in a reply of
// its own (server.ts); this is the net under everything else.
export function keepServingOnUnhandledRejection(log: (message: string, reason: unknown) => void = console.error): void {
  process.on('unhandledRejection', (reason) => log('[web] unhandled rejection; the server keeps running:', reason))
}
