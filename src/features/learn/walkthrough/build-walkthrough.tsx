export function BuildWalkthrough() {
  return <section aria-label="How a JWT is built" />;
}
