/** Verification and signing controls. */
export function SignaturePanel() {
  return <section data-testid="signature-panel" />;
}
