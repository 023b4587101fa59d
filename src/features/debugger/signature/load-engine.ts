type Engine = typeof import('./engine');

let engine: Promise<Engine> | undefined;

/** Loads the verification engine once; later calls share the same module. */
export function loadEngine(): Promise<Engine> {
  engine ??= import('./engine');
  return engine;
}
