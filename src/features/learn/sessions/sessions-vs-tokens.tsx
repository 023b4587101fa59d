export function SessionsVsTokens() {
  return <section aria-label="Sessions vs tokens" />;
}
