/**
 * The token the debugger opens with. HS256, signed with `SAMPLE_SECRET`; it expires on
 * 2100-01-01, so it stays valid, and its name claim is Korean to show UTF-8 decoding.
 */
export const SAMPLE_TOKEN = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGguZXhhbXBsZS5jb20iLCJzdWIiOiJ1c2VyLTEyMyIsImF1ZCI6ImFwaS5leGFtcGxlLmNvbSIsIm5hbWUiOiLquYDrr7zsp4AiLCJyb2xlcyI6WyJyZWFkZXIiXSwiaWF0IjoxNzY3MjI1NjAwLCJleHAiOjQxMDI0NDQ4MDB9.tRdVnWky4fgRuWNQEAzT0b6y4ZWFU1cdGoqz0TocPsg';

/** The HMAC secret of `SAMPLE_TOKEN`. Public on purpose: never sign a real token with it. */
export const SAMPLE_SECRET = 'jwt-lab-sample-secret-0123456789abcdef';
