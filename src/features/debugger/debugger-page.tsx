export function DebuggerPage() {
  return <h1 className="text-2xl font-bold">Debugger</h1>;
}
